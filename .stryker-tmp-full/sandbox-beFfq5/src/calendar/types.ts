// @ts-nocheck
import type { LocalDate } from '../rules/types.js';

/** The document a year's arrangement comes from. Unknown facts are `null`, never guessed. */
export type NoticeSource = {
  /** Full title, e.g. 国务院办公厅关于2026年部分节假日安排的通知. */
  title: string;
  /** Document number (文号), e.g. 国办发明电〔2024〕12号; `null` where it is not known for certain. */
  documentNumber: string | null;
  /** The date the notice bears (成文日期), where known. */
  issuedOn: LocalDate | null;
  /** Where the text was published, where known. */
  url: string | null;
};

/** One run of days off as a notice announces it, both ends inclusive (放假调休 … 共N天). */
export type HolidayPeriod = {
  /** The notice's own wording: 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, or 国庆节、中秋节 when merged. */
  name: string;
  from: LocalDate;
  to: LocalDate;
  /** Why this period is recorded the way it is, when that is not obvious (e.g. a later extension). */
  note?: string;
};

/** A Saturday or Sunday that a notice makes a working day (调休上班), and the holiday it pays for. */
export type AdjustedWorkingDay = {
  date: LocalDate;
  holidayName: string;
};

/**
 * One year's holiday arrangement: the State Council General Office's notice (国务院办公厅关于YYYY年部分节假日
 * 安排的通知) as in force, i.e. with any later amendment applied (2020: the 春节 extension). The shipped data
 * and the JSON import share this shape (see README.md); `origin` says which of the two it is.
 *
 * Dates lie in `year`, except that a period or adjusted working day may begin in the last week of December
 * of the year before — the 2023 notice's 元旦 ran from 2022-12-31, and the 2012 notice made Saturday
 * 2011-12-31 a working day.
 */
export type YearNotice = {
  year: number;
  /** `shipped` with the platform (official data verified in tests); `imported` later by the office. */
  origin: 'shipped' | 'imported';
  source: NoticeSource;
  /** Later notices that changed this year's arrangement, already applied to `holidays`/`adjustedWorkingDays`. */
  amendments: readonly NoticeSource[];
  holidays: readonly HolidayPeriod[];
  adjustedWorkingDays: readonly AdjustedWorkingDay[];
  notes: readonly string[];
};

/**
 * Where a year's working days come from: a shipped official notice, a notice imported later, or — with no
 * notice — the statutory holidays of 《全国年节及纪念日放假办法》 alone, which is *provisional*: the notice,
 * when it comes, will add 调休 and may move days.
 */
export type YearStatusKind = 'official' | 'imported' | 'provisional';

export type YearStatus = {
  year: number;
  status: YearStatusKind;
  /** The notice in force for the year; `null` while provisional. */
  notice: YearNotice | null;
};

/** Why a day is or is not a working day. */
export type DayReason = 'weekday' | 'weekend' | 'holiday' | 'adjusted_working_day';

export type DayInfo = {
  date: LocalDate;
  isWorkingDay: boolean;
  reason: DayReason;
  /** The holiday a day off belongs to, or the holiday an adjusted working day pays for. */
  holidayName?: string;
  /** The day's year has no notice yet; its status may change when one is imported. */
  provisional: boolean;
};

/** How a deadline's amount is counted. */
export type DeadlineBasis = 'working_days' | 'calendar_days' | 'months';

/** The rule a deadline serves, echoed into the result and its explanation. */
export type DeadlineCites = { ruleId?: string; article?: number };

export type SkippedDay = {
  date: LocalDate;
  reason: 'weekend' | 'holiday';
  holidayName?: string;
};

/**
 * A computed deadline that explains itself. The day of the act (`start`) never counts; the deadline ends at
 * the end of `due` (24:00, Beijing time): an act done on `due` is in time.
 */
export type Deadline = {
  start: LocalDate;
  due: LocalDate;
  basis: DeadlineBasis;
  amount: number;
  /** `due` could still move: a day counted or skipped lies in a year without a notice. Never true for
   * calendar-day and month deadlines, whose `due` does not depend on the holiday data. */
  provisional: boolean;
  provisionalYears: number[];
  /** Non-working days between `start` and `due` that were not counted (working-day deadlines only). */
  skipped: SkippedDay[];
  /** 调休 weekend days that were counted as working days (working-day deadlines only). */
  adjustedWorkingDays: LocalDate[];
  /** Chinese, for the person who must meet the deadline. */
  explanation: string;
  cites?: DeadlineCites;
};

/** The result of re-running a deadline on a newer calendar (after a notice was imported). */
export type RecomputedDeadline = {
  deadline: Deadline;
  previousDue: LocalDate;
  /** `due` moved. */
  isDueChanged: boolean;
};
