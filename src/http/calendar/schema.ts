import { z } from 'zod';

const yearStatusKind = z.enum(['official', 'imported', 'provisional']);

/** The document a year's arrangement comes from. Unknown facts are null, never guessed. */
export const noticeSourceView = z.object({ title: z.string(), documentNumber: z.string().nullable(), issuedOn: z.string().nullable(), url: z.string().nullable() });

export const calendarYearListView = z.object({
  items: z.array(z.object({ year: z.number(), status: yearStatusKind, source: noticeSourceView.nullable(), importedAt: z.string().nullable() })),
  actions: z.array(z.string()),
});

export const dayInfoView = z.object({
  date: z.string(),
  isWorkingDay: z.boolean(),
  reason: z.enum(['weekday', 'weekend', 'holiday', 'adjusted_working_day']),
  holidayName: z.string().optional(),
  provisional: z.boolean(),
});

export const calendarMonthView = z.object({
  month: z.string(),
  year: z.object({ year: z.number(), status: yearStatusKind, source: noticeSourceView.nullable() }),
  days: z.array(dayInfoView),
});

/** A computed deadline that explains itself (`Deadline` in src/calendar/types.ts). */
export const deadlineView = z.object({
  start: z.string(),
  due: z.string(),
  basis: z.enum(['working_days', 'calendar_days', 'months']),
  amount: z.number(),
  provisional: z.boolean(),
  provisionalYears: z.array(z.number()),
  skipped: z.array(z.object({ date: z.string(), reason: z.enum(['weekend', 'holiday']), holidayName: z.string().optional() })),
  adjustedWorkingDays: z.array(z.string()),
  explanation: z.string(),
  cites: z.object({ ruleId: z.string().optional(), article: z.number().optional() }).optional(),
});

export const importNoticeResultView = z.object({
  year: z.number(),
  outcome: z.enum(['inserted', 'replaced']),
  recomputed: z.number(),
  changed: z.array(z.object({ id: z.string(), objectType: z.string(), objectId: z.string(), label: z.string(), previousDue: z.string(), due: z.string() })),
});
