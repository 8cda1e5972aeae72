// @ts-nocheck
import { parseNoticeIcs, parseNoticeJson, recomputeDeadline, type Deadline, type YearNotice } from '../../calendar/index.js';
import { calendarRepository } from '../../db/calendar-repository.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { AuditEntry } from '../../domain/audit/audit-event.js';
import { invalid } from '../../domain/errors.js';
import { loadCalendar } from './load-calendar.js';

export type ImportNoticeInput = { format: 'json' | 'ics'; text: string; year?: number };

export type ImportNoticeResult = {
  year: number;
  outcome: 'inserted' | 'replaced';
  /** Open deadlines re-counted on the new calendar, and which of them moved. */
  recomputed: number;
  changed: { id: string; objectType: string; objectId: string; label: string; previousDue: string; due: string }[];
};

/**
 * Imports a year's State Council holiday notice (JSON or iCalendar). In the same transaction every open
 * working-day deadline that reaches into that year is counted again on the new calendar, so nothing stays
 * a silent provisional guess; each moved deadline is audited.
 */
export async function importNotice(ctx: OperationContext, input: ImportNoticeInput): Promise<ImportNoticeResult> {
  let notice: YearNotice;
  if (input.format === 'ics') {
    if (!input.year) invalid('导入 iCalendar 文件须指定年份');
    notice = parseNoticeIcs(input.text, input.year);
  } else {
    notice = parseNoticeJson(input.text);
  }
  if (input.year && notice.year !== input.year) invalid(`文件中的年份 ${notice.year} 与指定的年份 ${input.year} 不一致`);
  return commitChange(ctx, async (trx, at) => {
    const now = at.toISOString();
    const outcome = await calendarRepository.upsertNotice(trx, { ...notice, origin: 'imported' }, ctx.actor.userId, now);
    const calendar = await loadCalendar(trx);
    const open = await calendarRepository.openWorkingDayDeadlinesTouching(trx, notice.year);
    const changed: ImportNoticeResult['changed'] = [];
    const audit: AuditEntry[] = [
      { act: 'calendar.notice.import', objectType: 'calendar_year', objectId: String(notice.year), result: 'success', summary: { outcome, source: notice.source, holidays: notice.holidays.length, adjustedWorkingDays: notice.adjustedWorkingDays.length } },
    ];
    for (const row of open) {
      const previous = JSON.parse(row.detail) as Deadline;
      const { deadline, isDueChanged } = recomputeDeadline(calendar, previous);
      await calendarRepository.updateDeadline(trx, row.id, { due: deadline.due, isProvisional: deadline.provisional ? 1 : 0, detail: JSON.stringify(deadline), updatedAt: now });
      if (isDueChanged) {
        changed.push({ id: row.id, objectType: row.objectType, objectId: row.objectId, label: row.label, previousDue: previous.due, due: deadline.due });
        audit.push({
          act: 'calendar.deadline.recompute',
          objectType: row.objectType,
          objectId: row.objectId,
          result: 'success',
          article: row.article ?? undefined,
          summary: { deadlineId: row.id, before: previous.due, after: deadline.due, provisional: deadline.provisional },
        });
      }
    }
    return { result: { year: notice.year, outcome, recomputed: open.length, changed }, audit };
  });
}
