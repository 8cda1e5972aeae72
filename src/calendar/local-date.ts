import { DomainError } from '../domain/errors.js';
import type { LocalDate } from '../rules/types.js';

/**
 * Date arithmetic on `LocalDate` strings through day numbers (days since 1970-01-01). Working with plain
 * integers keeps the calendar free of time zones and daylight-saving surprises: a civil date in Beijing is
 * just a day number, and `Date.UTC` is used only as a pure converter, never to read the clock.
 */

/** The range the calendar answers for. Outside it, a date is almost certainly a typo, and refusing it
 * keeps a stray `n` from sending a deadline loop through centuries. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

const MS_PER_DAY = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (2026-02-30 is not). */
export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Day number of a `LocalDate`, or `null` when it is malformed or outside the supported years. */
export function tryDayNumber(date: string): number | null {
  if (!isLocalDate(date)) return null;
  const year = Number(date.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return Date.UTC(year, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

/** 2026年3月5日 (explain.ts imports this module, so the few lines are repeated here rather than imported). */
const chineseDateOf = (date: LocalDate): string => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/** Day number of a `LocalDate`; throws `invalid_input` (Chinese message) for a malformed or out-of-range date. */
export function toDayNumber(date: LocalDate): number {
  const dayNumber = tryDayNumber(date);
  if (dayNumber !== null) return dayNumber;
  if (!isLocalDate(date)) {
    throw new DomainError('invalid_input', `日期“${date}”无效，应为YYYY-MM-DD格式的有效日期`);
  }
  throw new DomainError('invalid_input', `日期${chineseDateOf(date)}超出工作日历支持的范围（${MIN_YEAR}—${MAX_YEAR}年）`);
}

/** The `LocalDate` of a day number. */
export function fromDayNumber(dayNumber: number): LocalDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number of 1 January of `year`. */
export function firstDayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / MS_PER_DAY;
}

/** The Gregorian year a day number falls in. */
export function yearOfDayNumber(dayNumber: number): number {
  return new Date(dayNumber * MS_PER_DAY).getUTCFullYear();
}

/** ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(dayNumber: number): boolean {
  return isoWeekday(dayNumber) >= 6;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Formats year, month and day (all 1-based) as a `LocalDate`. */
export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const WEEKDAY_NAMES = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'] as const;

/** 星期一 … 星期日 for a day number. */
export function weekdayName(dayNumber: number): string {
  return WEEKDAY_NAMES[isoWeekday(dayNumber) - 1] ?? '';
}
