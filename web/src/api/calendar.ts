import { api } from './client';

/** The document a year's arrangement comes from. Unknown facts are null, never guessed. */
export type NoticeSource = {
  /** 国务院办公厅关于2026年部分节假日安排的通知 */
  title: string;
  /** 文号, e.g. 国办发明电〔2025〕7号; null where not known for certain. */
  documentNumber: string | null;
  issuedOn: string | null;
  url: string | null;
};

/**
 * Where a year's working days come from: a shipped State Council notice, a notice imported later, or — with
 * none — the statutory holidays alone, which is provisional.
 */
export type YearStatusKind = 'official' | 'imported' | 'provisional';

export type CalendarYear = {
  year: number;
  status: YearStatusKind;
  /** Null while provisional. */
  source: NoticeSource | null;
  importedAt: string | null;
};

/** `actions` holds `import` for whoever may import a notice (the system administrator). */
export type CalendarYearList = { items: CalendarYear[]; actions: string[] };

/** Why a day is or is not a working day. */
export type DayReason = 'weekday' | 'weekend' | 'holiday' | 'adjusted_working_day';

export type DayInfo = {
  date: string;
  isWorkingDay: boolean;
  reason: DayReason;
  /** The holiday a day off belongs to, or the holiday an adjusted working day (调休) pays for. */
  holidayName?: string;
  /** The year has no notice yet; the day may change when one is imported. */
  provisional: boolean;
};

export type CalendarMonth = {
  month: string;
  year: { year: number; status: YearStatusKind; source: NoticeSource | null };
  days: DayInfo[];
};

export type DeadlineBasis = 'working_days' | 'calendar_days' | 'months';

export type SkippedDay = { date: string; reason: 'weekend' | 'holiday'; holidayName?: string };

/**
 * A computed deadline that explains itself. The day of the act never counts; the deadline ends at the end of
 * `due` (24:00 Beijing time).
 */
export type Deadline = {
  start: string;
  due: string;
  basis: DeadlineBasis;
  amount: number;
  /** `due` could still move: a day counted or skipped lies in a year without a notice. */
  provisional: boolean;
  provisionalYears: number[];
  /** Weekends and holidays passed over (working-day deadlines only). */
  skipped: SkippedDay[];
  /** 调休 weekend days counted as working days (working-day deadlines only). */
  adjustedWorkingDays: string[];
  /** Chinese, for the person who must meet the deadline. */
  explanation: string;
  cites?: { ruleId?: string; article?: number };
};

export type DeadlineInput = { start: string; amount: number; basis: DeadlineBasis };

export type ImportNoticeInput = { format: 'json' | 'ics'; text: string; year?: number };

export type ImportNoticeResult = {
  year: number;
  outcome: 'inserted' | 'replaced';
  /** Open deadlines counted again on the new calendar. */
  recomputed: number;
  /** Those of them whose due date moved. */
  changed: { id: string; objectType: string; objectId: string; label: string; previousDue: string; due: string }[];
};

export const calendarKeys = {
  all: ['calendar'] as const,
  years: () => ['calendar', 'years'] as const,
  month: (month: string) => ['calendar', 'month', month] as const,
  deadline: (input: DeadlineInput) => ['calendar', 'deadline', input] as const,
};

export function fetchCalendarYears(signal?: AbortSignal): Promise<CalendarYearList> {
  return api.get<CalendarYearList>('/api/calendar/years', { signal });
}

/** One month, `YYYY-MM`. */
export function fetchCalendarMonth(month: string, signal?: AbortSignal): Promise<CalendarMonth> {
  return api.get<CalendarMonth>(`/api/calendar/months/${encodeURIComponent(month)}`, { signal });
}

export function fetchDeadline(input: DeadlineInput, signal?: AbortSignal): Promise<Deadline> {
  return api.get<Deadline>('/api/calendar/deadline', { query: input, signal });
}

export function importNotice(input: ImportNoticeInput): Promise<ImportNoticeResult> {
  return api.post<ImportNoticeResult>('/api/calendar/notices', input);
}

/** A year's arrangement as re-importable JSON, with the file name the server suggests. */
export async function exportNotice(year: number): Promise<{ blob: Blob; fileName: string }> {
  const response = await api.raw('GET', `/api/calendar/notices/${year}`);
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const encoded = match?.[1];
  const fileName = (encoded ? decodeURIComponent(encoded) : match?.[2]) ?? `holidays-${year}.json`;
  return { blob: await response.blob(), fileName };
}
