/**
 * The official working-day calendar: shipped State Council holiday notices (2020–2026), provisional years
 * computed from 《全国年节及纪念日放假办法》, deadlines that explain themselves, and import of later notices
 * from JSON or iCalendar. Pure: no I/O, no clock. See README.md for the conventions.
 */
export { createCalendar, createOfficialCalendar, type Calendar } from './calendar.js';
export { recomputeDeadline } from './recompute-deadline.js';
export { parseNoticeJson, formatNoticeJson, noticeJsonSchema, type NoticeJson } from './parse-notice-json.js';
export { parseNoticeIcs } from './parse-notice-ics.js';
export { noticeProblems, assertValidNotice, PREVIOUS_YEAR_SPILL_DAYS } from './validate-notice.js';
export { SHIPPED_NOTICES } from './shipped-notices.js';
export { statutoryHolidays, statutoryVersionFor, STATUTORY_VERSIONS, type StatutoryVersion } from './statutory-holidays.js';
export { isLocalDate, MIN_YEAR, MAX_YEAR } from './local-date.js';
export { chineseDate, chineseNumber } from './explain.js';
export type {
  AdjustedWorkingDay,
  DayInfo,
  DayReason,
  Deadline,
  DeadlineBasis,
  DeadlineCites,
  HolidayPeriod,
  NoticeSource,
  RecomputedDeadline,
  SkippedDay,
  YearNotice,
  YearStatus,
  YearStatusKind,
} from './types.js';
