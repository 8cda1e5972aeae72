import { suggestedFileName } from '../lib/download';
import { type BodyOf, client, ok, type QueryOf, type ResponseOf } from './client';

// Types are the server's own (schema.gen.ts); the names below are what the pages call them.

/** `actions` holds `import` for whoever may import a notice (the system administrator). */
export type CalendarYearList = ResponseOf<'/api/calendar/years', 'get'>;
export type CalendarYear = CalendarYearList['items'][number];
/**
 * Where a year's working days come from: a shipped State Council notice, a notice imported later, or — with
 * none — the statutory holidays alone, which is provisional.
 */
export type YearStatusKind = CalendarYear['status'];
/** The document a year's arrangement comes from. Unknown facts are null, never guessed. */
export type NoticeSource = NonNullable<CalendarYear['source']>;
export type CalendarMonth = ResponseOf<'/api/calendar/months/{month}', 'get'>;
export type DayInfo = CalendarMonth['days'][number];
/** Why a day is or is not a working day. */
export type DayReason = DayInfo['reason'];
/**
 * A computed deadline that explains itself. The day of the act never counts; the deadline ends at the end of
 * `due` (24:00 Beijing time).
 */
export type Deadline = ResponseOf<'/api/calendar/deadline', 'get'>;
export type DeadlineBasis = Deadline['basis'];
export type SkippedDay = Deadline['skipped'][number];
export type DeadlineInput = Required<QueryOf<'/api/calendar/deadline', 'get'>>;
export type ImportNoticeInput = BodyOf<'/api/calendar/notices', 'post'>;
export type ImportNoticeResult = ResponseOf<'/api/calendar/notices', 'post'>;

export const calendarKeys = {
  all: ['calendar'] as const,
  years: () => ['calendar', 'years'] as const,
  month: (month: string) => ['calendar', 'month', month] as const,
  deadline: (input: DeadlineInput) => ['calendar', 'deadline', input] as const,
};

export function fetchCalendarYears(signal?: AbortSignal): Promise<CalendarYearList> {
  return ok(client.GET('/api/calendar/years', { signal }));
}

/** One month, `YYYY-MM`. */
export function fetchCalendarMonth(month: string, signal?: AbortSignal): Promise<CalendarMonth> {
  return ok(client.GET('/api/calendar/months/{month}', { params: { path: { month } }, signal }));
}

export function fetchDeadline(input: DeadlineInput, signal?: AbortSignal): Promise<Deadline> {
  return ok(client.GET('/api/calendar/deadline', { params: { query: input }, signal }));
}

export function importNotice(input: ImportNoticeInput): Promise<ImportNoticeResult> {
  return ok(client.POST('/api/calendar/notices', { body: input }));
}

/** A year's arrangement as re-importable JSON, with the file name the server suggests. */
export async function exportNotice(year: number): Promise<{ blob: Blob; fileName: string }> {
  const { data, response } = await client.GET('/api/calendar/notices/{year}', { params: { path: { year } }, parseAs: 'blob' });
  return { blob: data as Blob, fileName: suggestedFileName(response) ?? `holidays-${year}.json` };
}
