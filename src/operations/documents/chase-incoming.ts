import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { chineseDate } from '../../calendar/index.js';
import { localDateOf } from '../../clock.js';
import type { Clock } from '../../clock.js';
import { commitChange } from '../../db/change.js';
import type { DatabaseHandle } from '../../db/database.js';
import { documentsRepository, SYSTEM_READER } from '../../db/documents-repository.js';
import { timelineRepository } from '../../db/timeline-repository.js';
import { clockedStates, incomingDocumentCase } from '../../domain/documents/case.js';
import { parameter } from '../../rules/index.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { stepClockOf } from './overdue.js';

/**
 * Documents looked at per statement, and chased per transaction: small enough that a chunk holds the event loop
 * (and SQLite's one connection) for a few milliseconds only; the pass yields between chunks.
 */
const CHUNK = 50;

/**
 * 催办, run on a schedule: every document whose current step is due within the reminder window, or overdue,
 * gets one 催办 entry a day on its timeline and in the audit trail (art. 66). 催办 moves no case and bumps no
 * version (a reminder must not make the next person's act stale), so it is written to the timeline directly.
 *
 * Only documents whose open clock falls due before the end of the window are read (the deadlines' due index),
 * `CHUNK` at a time in due order (keyset), each chunk chased in its own short transaction, and the event loop
 * (and SQLite's one connection) is given back between chunks, so a large register never stalls other requests.
 */
export async function chaseIncoming(handle: DatabaseHandle, clock: Clock, options: { chunk?: number } = {}): Promise<{ chased: number }> {
  const now = clock.now();
  const today = localDateOf(now);
  const calendar = await loadCalendar(handle.db);
  const reminderDays = parameter('documents.reminderWorkingDays', today);
  // A clock is owed a reminder when at most `reminderDays` working days remain: it falls due before the
  // (reminderDays + 1)-th working day after today.
  const windowEnd = calendar.addWorkingDays(today, reminderDays + 1).due;
  const actor = { userId: null, name: '系统自动催办', roles: [], unitId: null, personId: null };
  let chased = 0;
  let cursor: string | undefined;
  for (;;) {
    const page = await documentsRepository.search(handle.db, handle.dialect, SYSTEM_READER, {
      statuses: clockedStates,
      dueBefore: windowEnd,
      ...(cursor ? { cursor } : {}),
      limit: options.chunk ?? CHUNK,
      withTotal: false,
    });
    const chasedToday = await documentsRepository.chasedOn(handle.db, page.items.map((d) => d.id), today);
    const due: { id: string; message: string }[] = [];
    for (const doc of page.items) {
      const stepClock = stepClockOf(calendar, doc, now);
      if (!stepClock) continue;
      const isSoon = stepClock.basis === 'working_days' && !stepClock.isOverdue && calendar.workingDaysBetween(today, stepClock.due) <= reminderDays;
      if (!stepClock.isOverdue && !isSoon) continue;
      if (chasedToday.has(doc.id)) continue;
      due.push({ id: doc.id, message: stepClock.isOverdue ? `${stepClock.step}已逾期：${stepClock.explanation}` : `${stepClock.step}将于${chineseDate(stepClock.due)}到期（到期前${reminderDays}个工作日起催办），请抓紧办理` });
    }
    if (due.length > 0) {
      await commitChange({ handle, clock, actor, request: { requestId: null, ip: null } }, async (trx, at) => {
        for (const d of due) {
          await timelineRepository.record(trx, { objectType: incomingDocumentCase.kind, objectId: d.id, action: 'chase', actor, opinion: d.message, article: 66, at });
        }
        return {
          result: undefined,
          audit: due.map((d) => ({ act: incomingDocumentCase.actions.chase.act ?? 'documents.incoming.chase', objectType: incomingDocumentCase.kind, objectId: d.id, result: 'success' as const, article: 66, summary: { message: d.message } })),
        };
      });
      chased += due.length;
    }
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
    await yieldToEventLoop();
  }
  return { chased };
}
