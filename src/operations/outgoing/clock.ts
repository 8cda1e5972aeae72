import { localDateOf } from '../../clock.js';
import { calendarRepository } from '../../db/calendar-repository.js';
import type { Tx } from '../../db/database.js';
import { outgoingDocumentCase } from '../../domain/outgoing/case.js';
import { countersignReplyCarrier } from '../../domain/outgoing/rules.js';
import { parameter } from '../../rules/index.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { trackDeadline } from '../calendar/track-deadline.js';

/**
 * Starts the countersign clock (art. 68: the units concerned reply within the rulebook's working days, on the
 * official calendar, so a holiday notice import recomputes it); a running one closes first.
 */
export async function startCountersignClock(trx: Tx, doc: { id: string; title: string; countersignDeadlineId: string | null }, at: Date): Promise<string> {
  if (doc.countersignDeadlineId) await calendarRepository.closeDeadline(trx, doc.countersignDeadlineId, at.toISOString());
  const day = localDateOf(at);
  const days = parameter('documents.countersignReplyWorkingDays', day);
  const { id } = await trackDeadline(
    trx,
    await loadCalendar(trx),
    {
      objectType: outgoingDocumentCase.kind,
      objectId: doc.id,
      label: `会签（有关单位主要负责人${days}个工作日内回复意见）：${doc.title}`,
      start: day,
      basis: 'working_days',
      amount: days,
      cites: { ruleId: countersignReplyCarrier, article: 68 },
    },
    at,
  );
  return id;
}

export async function closeClock(trx: Tx, deadlineId: string | null, at: Date): Promise<void> {
  if (deadlineId) await calendarRepository.closeDeadline(trx, deadlineId, at.toISOString());
}
