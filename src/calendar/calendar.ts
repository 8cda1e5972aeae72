import { DomainError } from '../domain/errors.js';
import type { LocalDate } from '../rules/types.js';
import {
  describeAdjusted,
  describeCites,
  describeProvisional,
  describeSkipped,
  chineseDate,
  dateWithWeekday,
} from './explain.js';
import {
  daysInMonth,
  daysInYear,
  firstDayOfYear,
  formatLocalDate,
  fromDayNumber,
  isWeekend,
  MAX_YEAR,
  MIN_YEAR,
  toDayNumber,
  tryDayNumber,
  weekdayName,
  yearOfDayNumber,
} from './local-date.js';
import { SHIPPED_NOTICES } from './shipped-notices.js';
import { statutoryHolidays } from './statutory-holidays.js';
import type {
  AdjustedWorkingDay,
  DayInfo,
  DayReason,
  Deadline,
  DeadlineCites,
  HolidayPeriod,
  SkippedDay,
  YearNotice,
  YearStatus,
  YearStatusKind,
} from './types.js';
import { assertValidNotice } from './validate-notice.js';

/**
 * The official working-day calendar.
 *
 * Conventions (see also README.md):
 * - A day is a working day when it is Monday–Friday and not inside a holiday period, or when it is a
 *   weekend day that the year's notice makes an adjusted working day (调休上班).
 * - Deadlines follow 《民法典》第二百零一条: the day of the act (`start`) does not count; counting begins
 *   the next day. The deadline ends at the end of `due` (24:00 Beijing time), so an act on `due` is in time.
 * - `addWorkingDays(start, n)`: `due` is the n-th working day after `start`; `start` itself may be any day.
 *   `n = 0` gives `start`.
 * - `workingDaysBetween(a, b)` counts working days in (a, b], so `workingDaysBetween(d, addWorkingDays(d, n).due)
 *   === n`; it is negative when b < a.
 * - `addCalendarDays` and `addMonths` count calendar days and months; `addMonths` clamps to the month's last
 *   day (《民法典》第二百零二条: 没有对应日的，月末日为期间的最后一日). Neither moves a `due` that falls on a
 *   holiday (第二百零三条 would): the regime that uses them decides, and the explanation says when it happens.
 * - A year without a notice is provisional: only the statutory holidays count, no 调休. Results that touch
 *   such a year say so and list the years; `recomputeDeadline` re-runs them after a notice is imported.
 */
export type Calendar = {
  /** Whether `date` is a working day. Throws `invalid_input` for a malformed date. */
  isWorkingDay(date: LocalDate): boolean;
  /** What kind of day `date` is, and why. */
  dayInfo(date: LocalDate): DayInfo;
  /** The n-th working day after `start` (n ≥ 0), the day of the act not counting. */
  addWorkingDays(start: LocalDate, n: number, cites?: DeadlineCites): Deadline;
  /** Working days in (a, b]; negative when b is before a. */
  workingDaysBetween(a: LocalDate, b: LocalDate): number;
  /** `start` plus n calendar days (n ≥ 0); a holiday `due` is not moved. */
  addCalendarDays(start: LocalDate, n: number, cites?: DeadlineCites): Deadline;
  /** The same day n months later (n ≥ 0), clamped to the month's last day; a holiday `due` is not moved. */
  addMonths(start: LocalDate, n: number, cites?: DeadlineCites): Deadline;
  /** Whether `year` runs on a shipped notice, an imported one, or provisionally on the statute. */
  yearStatus(year: number): YearStatus;
  /** The notices the calendar was built from, one per year, oldest first. */
  readonly notices: readonly YearNotice[];
};

// Day kinds in a year table; numbers so a year fits in one Uint8Array.
const WEEKDAY = 0;
const WEEKEND = 1;
const HOLIDAY = 2;
const ADJUSTED = 3;
const REASONS: readonly DayReason[] = ['weekday', 'weekend', 'holiday', 'adjusted_working_day'];

type YearTable = {
  year: number;
  firstDay: number;
  kinds: Uint8Array;
  /** Holiday name per day index, for holidays and adjusted working days only. */
  names: Map<number, string>;
  /** prefix[i] = working days among the first i days of the year; prefix[length] = total. */
  prefix: Int32Array;
  status: YearStatusKind;
  notice: YearNotice | null;
};

function isWorkingKind(kind: number): boolean {
  return kind === WEEKDAY || kind === ADJUSTED;
}

/**
 * Builds a calendar from year notices: the shipped official years plus any imported later. A later entry
 * for the same year replaces an earlier one, so callers append imported notices after the shipped ones.
 * Every notice is validated; a bad one is refused with `invalid_input` listing what is wrong.
 */
export function createCalendar(years: readonly YearNotice[]): Calendar {
  const byYear = new Map<number, YearNotice>();
  for (const notice of years) {
    assertValidNotice(notice);
    byYear.set(notice.year, notice);
  }
  const notices = [...byYear.values()].sort((a, b) => a.year - b.year);
  // Year tables are built on first use and kept: a calendar is immutable once created.
  const tables = new Map<number, YearTable>();

  function table(year: number): YearTable {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new DomainError('invalid_input', `期限超出工作日历支持的范围（${MIN_YEAR}—${MAX_YEAR}年）`);
    }
    let built = tables.get(year);
    if (!built) {
      built = buildYearTable(year, byYear.get(year) ?? null, byYear.get(year + 1) ?? null);
      tables.set(year, built);
    }
    return built;
  }

  function tableOf(dayNumber: number): YearTable {
    return table(yearOfDayNumber(dayNumber));
  }

  function infoOf(dayNumber: number): DayInfo {
    const t = tableOf(dayNumber);
    const index = dayNumber - t.firstDay;
    const kind = t.kinds[index] ?? WEEKDAY;
    const name = t.names.get(index);
    const info: DayInfo = {
      date: fromDayNumber(dayNumber),
      isWorkingDay: isWorkingKind(kind),
      reason: REASONS[kind] ?? 'weekday',
      provisional: t.status === 'provisional',
    };
    if (name !== undefined) info.holidayName = name;
    return info;
  }

  /** Working days from 1 January of the day's year up to and including the day. */
  function countThrough(t: YearTable, dayNumber: number): number {
    return t.prefix[dayNumber - t.firstDay + 1] ?? 0;
  }

  function between(a: number, b: number): number {
    if (b < a) return -between(b, a);
    let ta = tableOf(a);
    const tb = tableOf(b);
    let count = countThrough(tb, b) - countThrough(ta, a);
    while (ta.year < tb.year) {
      count += ta.prefix[ta.prefix.length - 1] ?? 0;
      ta = table(ta.year + 1);
    }
    return count;
  }

  function requireCount(n: number, what: string): void {
    if (!Number.isSafeInteger(n) || n < 0) {
      throw new DomainError('invalid_input', `${what}必须是非负整数，收到${String(n)}`);
    }
  }

  function withCites(deadline: Omit<Deadline, 'cites'>, cites: DeadlineCites | undefined): Deadline {
    if (!cites) return deadline;
    return { ...deadline, cites: { ...cites } };
  }

  function joinSentence(parts: readonly string[]): string {
    return `${parts.filter((p) => p !== '').join('，')}。`;
  }

  function addWorkingDays(start: LocalDate, n: number, cites?: DeadlineCites): Deadline {
    const s = toDayNumber(start);
    requireCount(n, '工作日数');
    const startYear = yearOfDayNumber(s);
    if (n === 0) {
      return withCites(
        {
          start,
          due: start,
          basis: 'working_days',
          amount: 0,
          provisional: false,
          provisionalYears: [],
          skipped: [],
          adjustedWorkingDays: [],
          explanation: joinSentence([describeCites(cites), `期限为0个工作日，截止即起算日${dateWithWeekday(start)}（含当日）`]),
        },
        cites,
      );
    }

    // Jump whole years with the prefix counts, then binary-search the day inside the final year: the
    // cost grows with the years crossed, not the days, so long deadlines stay cheap.
    let t = table(startYear);
    let target = countThrough(t, s) + n;
    let total = t.prefix[t.prefix.length - 1] ?? 0;
    while (target > total) {
      target -= total;
      t = table(t.year + 1);
      total = t.prefix[t.prefix.length - 1] ?? 0;
    }
    let lo = 0;
    let hi = t.kinds.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((t.prefix[mid + 1] ?? 0) >= target) hi = mid;
      else lo = mid + 1;
    }
    const d = t.firstDay + lo;
    const due = fromDayNumber(d);

    // The explanation lists what lies between: one pass over the days actually spanned.
    const skipped: SkippedDay[] = [];
    const adjusted: LocalDate[] = [];
    const provisionalYears = new Set<number>();
    let cursor = table(startYear);
    for (let day = s + 1; day <= d; day++) {
      if (day - cursor.firstDay >= cursor.kinds.length) cursor = table(cursor.year + 1);
      const index = day - cursor.firstDay;
      const kind = cursor.kinds[index] ?? WEEKDAY;
      if (cursor.status === 'provisional') provisionalYears.add(cursor.year);
      if (kind === WEEKEND) {
        skipped.push({ date: fromDayNumber(day), reason: 'weekend' });
      } else if (kind === HOLIDAY) {
        const entry: SkippedDay = { date: fromDayNumber(day), reason: 'holiday' };
        const name = cursor.names.get(index);
        if (name !== undefined) entry.holidayName = name;
        skipped.push(entry);
      } else if (kind === ADJUSTED) {
        adjusted.push(fromDayNumber(day));
      }
    }
    const years = [...provisionalYears].sort((a, b) => a - b);
    const explanation =
      joinSentence([
        describeCites(cites),
        `自${chineseDate(start)}起计${n}个工作日（起算当日不计）`,
        describeSkipped(skipped, startYear),
        describeAdjusted(adjusted, startYear),
        `截止${chineseDate(due)}（${weekdayName(d)}，含当日）`,
      ]) + (years.length > 0 ? `${describeProvisional(years)}。` : '');
    return withCites(
      {
        start,
        due,
        basis: 'working_days',
        amount: n,
        provisional: years.length > 0,
        provisionalYears: years,
        skipped,
        adjustedWorkingDays: adjusted,
        explanation,
      },
      cites,
    );
  }

  /** The closing remark for calendar-day and month deadlines whose last day is not a working day. */
  function dueRemark(d: number): string {
    const info = infoOf(d);
    if (info.isWorkingDay) return '';
    const what = info.reason === 'holiday' ? `${info.holidayName ?? '节假日'}假期` : '周末';
    const provisional = info.provisional ? `（${yearOfDayNumber(d)}年尚无放假安排通知，系暂定）` : '';
    return `截止日为${what}${provisional}，本计算不予顺延，是否顺延由适用的办理制度决定`;
  }

  function calendarDeadline(
    start: LocalDate,
    d: number,
    basis: 'calendar_days' | 'months',
    amount: number,
    counted: string,
    cites: DeadlineCites | undefined,
  ): Deadline {
    const due = fromDayNumber(d);
    const explanation = joinSentence([
      describeCites(cites),
      counted,
      dueRemark(d),
      `截止${chineseDate(due)}（${weekdayName(d)}，含当日）`,
    ]);
    return withCites(
      {
        start,
        due,
        basis,
        amount,
        provisional: false,
        provisionalYears: [],
        skipped: [],
        adjustedWorkingDays: [],
        explanation,
      },
      cites,
    );
  }

  function addCalendarDays(start: LocalDate, n: number, cites?: DeadlineCites): Deadline {
    const s = toDayNumber(start);
    requireCount(n, '日数');
    const d = s + n;
    tableOf(d); // refuses a due date outside the supported years
    return calendarDeadline(start, d, 'calendar_days', n, `自${chineseDate(start)}起计${n}日（起算当日不计）`, cites);
  }

  function addMonths(start: LocalDate, n: number, cites?: DeadlineCites): Deadline {
    toDayNumber(start);
    requireCount(n, '月数');
    const year = Number(start.slice(0, 4));
    const month = Number(start.slice(5, 7));
    const day = Number(start.slice(8, 10));
    const monthIndex = month - 1 + n;
    const dueYear = year + Math.floor(monthIndex / 12);
    const dueMonth = (monthIndex % 12) + 1;
    const lastDay = daysInMonth(dueYear, dueMonth);
    const dueText = formatLocalDate(dueYear, dueMonth, Math.min(day, lastDay));
    const d = tryDayNumber(dueText);
    if (d === null) {
      throw new DomainError('invalid_input', `期限超出工作日历支持的范围（${MIN_YEAR}—${MAX_YEAR}年）`);
    }
    const clamped = day > lastDay ? `，${dueYear}年${dueMonth}月没有${day}日，以该月末日为最后一日` : '';
    return calendarDeadline(start, d, 'months', n, `自${chineseDate(start)}起计${n}个月（到期月的对应日为最后一日${clamped}）`, cites);
  }

  function yearStatus(year: number): YearStatus {
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
      throw new DomainError('invalid_input', `年份${String(year)}无效，应为${MIN_YEAR}—${MAX_YEAR}之间的整数`);
    }
    const notice = byYear.get(year) ?? null;
    if (!notice) return { year, status: 'provisional', notice: null };
    return { year, status: notice.origin === 'shipped' ? 'official' : 'imported', notice };
  }

  return {
    isWorkingDay: (date) => infoOf(toDayNumber(date)).isWorkingDay,
    dayInfo: (date) => infoOf(toDayNumber(date)),
    addWorkingDays,
    workingDaysBetween: (a, b) => between(toDayNumber(a), toDayNumber(b)),
    addCalendarDays,
    addMonths,
    yearStatus,
    notices,
  };
}

/** The calendar of the shipped official years plus `imported` notices (which win for their years). */
export function createOfficialCalendar(imported: readonly YearNotice[] = []): Calendar {
  return createCalendar([...SHIPPED_NOTICES, ...imported]);
}

function buildYearTable(year: number, notice: YearNotice | null, nextNotice: YearNotice | null): YearTable {
  const firstDay = firstDayOfYear(year);
  const length = daysInYear(year);
  const kinds = new Uint8Array(length);
  const names = new Map<number, string>();
  for (let i = 0; i < length; i++) kinds[i] = isWeekend(firstDay + i) ? WEEKEND : WEEKDAY;

  const markHolidays = (periods: readonly HolidayPeriod[]): void => {
    for (const period of periods) {
      const from = Math.max(toDayNumber(period.from), firstDay);
      const to = Math.min(toDayNumber(period.to), firstDay + length - 1);
      for (let day = from; day <= to; day++) {
        kinds[day - firstDay] = HOLIDAY;
        names.set(day - firstDay, period.name);
      }
    }
  };
  const markAdjusted = (days: readonly AdjustedWorkingDay[]): void => {
    for (const adjusted of days) {
      const index = toDayNumber(adjusted.date) - firstDay;
      if (index < 0 || index >= length) continue;
      kinds[index] = ADJUSTED;
      names.set(index, adjusted.holidayName);
    }
  };

  if (notice) {
    markHolidays(notice.holidays);
    markAdjusted(notice.adjustedWorkingDays);
  } else {
    markHolidays(statutoryHolidays(year));
  }
  // The next year's notice may reach back into this December (2023's 元旦 began on 2022-12-31); for those
  // days it is the later and more specific decision, so it wins.
  if (nextNotice) {
    markHolidays(nextNotice.holidays);
    markAdjusted(nextNotice.adjustedWorkingDays);
  }

  const prefix = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) prefix[i + 1] = (prefix[i] ?? 0) + (isWorkingKind(kinds[i] ?? WEEKDAY) ? 1 : 0);
  const status: YearStatusKind = notice === null ? 'provisional' : notice.origin === 'shipped' ? 'official' : 'imported';
  return { year, firstDay, kinds, names, prefix, status, notice };
}
