// @ts-nocheck
import type { Effective, LocalDate } from './types.js';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (2022-02-30 is not one). */
export function isLocalDate(value: string): value is LocalDate {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Whether something with this effective window is in force on `asOf` — the date of the act, never "today".
 * `to` is the last day in force. `YYYY-MM-DD` strings compare correctly as strings.
 */
export function isInEffect(effective: Effective, asOf: LocalDate): boolean {
  return effective.from <= asOf && (effective.to === undefined || asOf <= effective.to);
}

/** Whether two effective windows share at least one day. */
export function effectiveOverlaps(a: Effective, b: Effective): boolean {
  return (a.to === undefined || b.from <= a.to) && (b.to === undefined || a.from <= b.to);
}

/** Throws a RangeError unless `asOf` is a real `YYYY-MM-DD` date: a wrong date must not silently pick a rule. */
export function assertLocalDate(asOf: string, what = 'asOf'): asserts asOf is LocalDate {
  if (!isLocalDate(asOf)) throw new RangeError(`${what} must be a YYYY-MM-DD date, got ${JSON.stringify(asOf)}`);
}
