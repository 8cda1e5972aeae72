import type { Clock } from '../../clock.js';
import { localDateOf } from '../../clock.js';
import { commitChange } from '../../db/change.js';
import type { DatabaseHandle } from '../../db/database.js';
import { timelineRepository } from '../../db/timeline-repository.js';
import { outgoingDocumentCase } from '../../domain/outgoing/case.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { lateCountersignMessage } from './present.js';

/**
 * 催办 of late countersignatures (art. 68: the units concerned reply within the rulebook's working days): each
 * draft whose reply clock has run out gets one 催办 entry a day on its timeline and in the audit trail, naming
 * the units that have not replied and how many working days late they are. It moves no case and bumps no
 * version, so it never makes a unit's countersignature stale.
 */
export async function chaseCountersigns(handle: DatabaseHandle, clock: Clock): Promise<{ chased: number }> {
  const now = clock.now();
  const today = localDateOf(now);
  const late = await handle.db
    .selectFrom('outgoingDocuments as d')
    .innerJoin('deadlines as dl', 'dl.id', 'd.countersignDeadlineId')
    .select(['d.id', 'd.countersignUnitIds', 'd.signedUnitIds', 'dl.due'])
    .where('d.status', '=', 'countersigning')
    .where('dl.isOpen', '=', 1)
    .where('dl.due', '<', today)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('timelineEntries as t')
            .select('t.id')
            .whereRef('t.objectId', '=', 'd.id')
            .where('t.objectType', '=', outgoingDocumentCase.kind)
            .where('t.action', '=', 'chase')
            .where('t.occurredAt', '>=', new Date(`${today}T00:00:00+08:00`).toISOString()),
        ),
      ),
    )
    .orderBy('dl.due')
    .limit(500)
    .execute();
  if (late.length === 0) return { chased: 0 };
  const calendar = await loadCalendar(handle.db);
  const units = new Map((await handle.db.selectFrom('units').select(['id', 'name']).execute()).map((u) => [u.id, u.name]));
  const actor = { userId: null, name: '系统自动催办', roles: [], unitId: null, personId: null };
  const messages = late.map((d) => {
    const signed = JSON.parse(d.signedUnitIds) as string[];
    const pending = (JSON.parse(d.countersignUnitIds) as string[]).filter((u) => !signed.includes(u));
    const days = calendar.workingDaysBetween(d.due, today);
    return { id: d.id, message: pending.map((u) => lateCountersignMessage(units.get(u) ?? u, d.due, days)).join('；') };
  });
  await commitChange({ handle, clock, actor, request: { requestId: null, ip: null } }, async (trx, at) => {
    for (const m of messages) await timelineRepository.record(trx, { objectType: outgoingDocumentCase.kind, objectId: m.id, action: 'chase', actor, opinion: m.message, article: 68, at });
    return { result: undefined, audit: messages.map((m) => ({ act: 'outgoing.chase', objectType: outgoingDocumentCase.kind, objectId: m.id, result: 'success' as const, article: 68, summary: { message: m.message } })) };
  });
  return { chased: messages.length };
}
