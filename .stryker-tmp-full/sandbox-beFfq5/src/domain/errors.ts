// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import type { Violation } from '../rules/types.js';

/**
 * Stable codes for everything domain code may refuse. One table in `src/http/problem.ts` maps each to an
 * HTTP status; domain code never throws HTTP errors.
 */
export type DomainErrorCode = /** The input is well-formed JSON but breaks a field rule (a date in the wrong order, an unknown kind). */
'invalid_input'
/** The object does not exist, or lies outside the caller's data scope (never reveal which). */ | 'not_found'
/** The caller is known but may not take this act. */ | 'forbidden'
/** No valid session. */ | 'unauthenticated'
/** The object changed since the caller read it (optimistic concurrency), or a unique value is taken. */ | 'conflict'
/** One or more rules of the rulebook refuse the act; `violations` says which articles. */ | 'rule_violation'
/** Too many attempts in a short time (login). */ | 'rate_limited';
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly violations: readonly Violation[];
  readonly details: Record<string, unknown> | undefined;
  constructor(code: DomainErrorCode, message: string, options: {
    violations?: readonly Violation[];
    details?: Record<string, unknown>;
  } = {}) {
    if (stryMutAct_9fa48("822")) {
      {}
    } else {
      stryCov_9fa48("822");
      super(message);
      this.name = stryMutAct_9fa48("823") ? "" : (stryCov_9fa48("823"), 'DomainError');
      this.code = code;
      this.violations = stryMutAct_9fa48("824") ? options.violations && [] : (stryCov_9fa48("824"), options.violations ?? (stryMutAct_9fa48("825") ? ["Stryker was here"] : (stryCov_9fa48("825"), [])));
      this.details = options.details;
    }
  }
}

/** Refuses an act with every violation found; the message is the first one's, in Chinese. */
export function refuse(violations: readonly Violation[]): never {
  if (stryMutAct_9fa48("826")) {
    {}
  } else {
    stryCov_9fa48("826");
    const first = violations[0];
    throw new DomainError(stryMutAct_9fa48("827") ? "" : (stryCov_9fa48("827"), 'rule_violation'), first ? first.message : stryMutAct_9fa48("828") ? "" : (stryCov_9fa48("828"), '违反工作规则'), stryMutAct_9fa48("829") ? {} : (stryCov_9fa48("829"), {
      violations
    }));
  }
}
export function notFound(what: string): never {
  if (stryMutAct_9fa48("830")) {
    {}
  } else {
    stryCov_9fa48("830");
    throw new DomainError(stryMutAct_9fa48("831") ? "" : (stryCov_9fa48("831"), 'not_found'), stryMutAct_9fa48("832") ? `` : (stryCov_9fa48("832"), `${what}不存在或无权查看`));
  }
}
export function invalid(message: string, details?: Record<string, unknown>): never {
  if (stryMutAct_9fa48("833")) {
    {}
  } else {
    stryCov_9fa48("833");
    throw new DomainError(stryMutAct_9fa48("834") ? "" : (stryCov_9fa48("834"), 'invalid_input'), message, details ? stryMutAct_9fa48("835") ? {} : (stryCov_9fa48("835"), {
      details
    }) : {});
  }
}

/** The value, or a `not_found` refusal naming what is missing. */
export function found<T>(value: T | undefined | null, what: string): T {
  if (stryMutAct_9fa48("836")) {
    {}
  } else {
    stryCov_9fa48("836");
    if (stryMutAct_9fa48("839") ? value === undefined && value === null : stryMutAct_9fa48("838") ? false : stryMutAct_9fa48("837") ? true : (stryCov_9fa48("837", "838", "839"), (stryMutAct_9fa48("841") ? value !== undefined : stryMutAct_9fa48("840") ? false : (stryCov_9fa48("840", "841"), value === undefined)) || (stryMutAct_9fa48("843") ? value !== null : stryMutAct_9fa48("842") ? false : (stryCov_9fa48("842", "843"), value === null)))) notFound(what);
    return value;
  }
}