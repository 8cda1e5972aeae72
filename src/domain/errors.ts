import type { Violation } from '../rules/types.js';

/**
 * Stable codes for everything domain code may refuse. One table in `src/http/problem.ts` maps each to an
 * HTTP status; domain code never throws HTTP errors.
 */
export type DomainErrorCode =
  /** The input is well-formed JSON but breaks a field rule (a date in the wrong order, an unknown kind). */
  | 'invalid_input'
  /** The object does not exist, or lies outside the caller's data scope (never reveal which). */
  | 'not_found'
  /** The caller is known but may not take this act. */
  | 'forbidden'
  /** No valid session. */
  | 'unauthenticated'
  /** The object changed since the caller read it (optimistic concurrency), or a unique value is taken. */
  | 'conflict'
  /** One or more rules of the rulebook refuse the act; `violations` says which articles. */
  | 'rule_violation'
  /** Too many attempts in a short time (login). */
  | 'rate_limited'
  /** A facility this server lacks is needed (no LibreOffice for a PDF); the message says what to use instead. */
  | 'unavailable';

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly violations: readonly Violation[];
  readonly details: Record<string, unknown> | undefined;

  constructor(code: DomainErrorCode, message: string, options: { violations?: readonly Violation[]; details?: Record<string, unknown> } = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.violations = options.violations ?? [];
    this.details = options.details;
  }
}

/** Refuses an act with every violation found; the message is the first one's, in Chinese. */
export function refuse(violations: readonly Violation[]): never {
  const first = violations[0];
  throw new DomainError('rule_violation', first ? first.message : '违反工作规则', { violations });
}

export function notFound(what: string): never {
  throw new DomainError('not_found', `${what}不存在或无权查看`);
}

export function invalid(message: string, details?: Record<string, unknown>): never {
  throw new DomainError('invalid_input', message, details ? { details } : {});
}

/** The value, or a `not_found` refusal naming what is missing. */
export function found<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) notFound(what);
  return value;
}
