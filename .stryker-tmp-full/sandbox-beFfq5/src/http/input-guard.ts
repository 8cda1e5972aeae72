// @ts-nocheck
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors.js';

/** The range of the integer columns (PostgreSQL `integer`, 32 bits); a larger number can only be a mistake or an attack. */
const INT_MAX = 2_147_483_647;
const INT_MIN = -2_147_483_648;
/** Deeper than any request the API defines; stops a nesting bomb before a handler walks it. */
const MAX_DEPTH = 32;

/** NUL, and UTF-16 surrogates without their pair: PostgreSQL cannot store the first, nothing can encode the second. */
// eslint-disable-next-line no-control-regex
const unsafeText = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first value in a parsed body, query or params that no column could hold, as a path and a Chinese reason. */
export function unsafeValue(value: unknown, path: string, depth = 0): { path: string; message: string } | undefined {
  if (depth > MAX_DEPTH) return { path, message: '嵌套层次过深' };
  if (typeof value === 'string') return unsafeText.test(value) ? { path, message: '含有不允许的字符（NUL 或不成对的代理字符）' } : undefined;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { path, message: '数字无效' };
    return Number.isInteger(value) && (value > INT_MAX || value < INT_MIN) ? { path, message: `整数超出范围（${INT_MIN}–${INT_MAX}）` } : undefined;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = unsafeValue(item, `${path}.${i}`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const found = unsafeText.test(key) ? { path: `${path}.${key}`, message: '字段名含有不允许的字符' } : unsafeValue(item, `${path}.${key}`, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * One guard for every route, after the schemas have parsed and coerced the input: a string with NUL or an
 * unpaired surrogate, or an integer beyond the 32-bit columns, answers 400 on both databases instead of
 * reaching PostgreSQL (which refuses NUL and overflows with a 500) or being stored mangled by SQLite.
 */
export async function rejectUnsafeInput(request: FastifyRequest): Promise<void> {
  for (const [part, value] of [['params', request.params], ['querystring', request.query], ['body', request.body]] as const) {
    const found = unsafeValue(value, part);
    if (found) throw new DomainError('invalid_input', `${found.path}：${found.message}`, { details: { errors: [found] } });
  }
}
