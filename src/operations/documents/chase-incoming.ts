import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import type { Clock } from '../../clock.js';
import { commitChange } from '../../db/change.js';
import type { DatabaseHandle } from '../../db/database.js';
import { documentsRepository } from '../../db/documents-repository.js';
import { defaultRulebookSet, param } from '../../rules/index.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { stepClockOf } from './overdue.js';

const CHASED_STATUSES = ['submitted', 'received', 'registered', 'reviewed', 'proposed', 'assigned', 'instructed', 'transferred'];

/**
 * 催办, run on a schedule: every document whose current step is due within the reminder window, or overdue,
 * gets one 催办 entry a day on its timeline and in the audit trail (art. 66).
 */
export async function chaseIncoming(handle: DatabaseHandle, clock: Clock): Promise<{ chased: number }> {
  const now = clock.now();
  const today = localDateOf(now);
  const calendar = await loadCalendar(handle.db);
  const reminderDays = param(defaultRulebookSet, 'linzi', 'documents.reminderWorkingDays', today).value;
  const due: { id: string; message: string }[] = [];
  for (const doc of await documentsRepository.inStatuses(handle.db, CHASED_STATUSES)) {
    const stepClock = await stepClockOf(handle.db, calendar, doc, now);
    if (!stepClock) continue;
    const isSoon = stepClock.basis === 'working_days' && !stepClock.isOverdue && calendar.workingDaysBetween(today, stepClock.due) <= reminderDays;
    if (!stepClock.isOverdue && !isSoon) continue;
    const last = await documentsRepository.lastStepOf(handle.db, doc.id, 'chase');
    if (last && localDateOf(new Date(last.occurredAt)) === today) continue;
    due.push({ id: doc.id, message: stepClock.isOverdue ? `${stepClock.step}已逾期：${stepClock.explanation}` : `${stepClock.step}将于${stepClock.due}到期，请抓紧办理` });
  }
  if (due.length === 0) return { chased: 0 };
  const actor = { userId: null, name: '系统自动催办', roles: [], unitId: null, personId: null };
  await commitChange({ handle, clock, actor, request: { requestId: null, ip: null } }, async (trx, at) => {
    for (const d of due) {
      await documentsRepository.insertStep(trx, { id: randomUUID(), documentId: d.id, step: 'chase', actorUserId: null, actorName: actor.name, actingForPersonId: null, actingForName: null, opinion: d.message, article: 66, occurredAt: at.toISOString() });
    }
    return { result: undefined, audit: due.map((d) => ({ act: 'documents.incoming.chase', objectType: 'incoming_document', objectId: d.id, result: 'success' as const, article: 66, summary: { message: d.message } })) };
  });
  return { chased: due.length };
}
