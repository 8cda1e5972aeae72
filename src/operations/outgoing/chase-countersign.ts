import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Clock } from '../../clock.js';
import { localDateOf } from '../../clock.js';
import { commitChange } from '../../db/change.js';
import type { DatabaseHandle } from '../../db/database.js';
import { timelineRepository } from '../../db/timeline-repository.js';
import { outgoingDocumentCase } from '../../domain/outgoing/case.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { lateCountersignMessage } from './present.js';

/** Drafts looked at, and chased, per statement and transaction — as the incoming 催办 does (chase-incoming.ts). */
const CHUNK = 50;

/**
 * 催办 of late countersignatures (art. 68: the units concerned reply within the rulebook's working days): each
 * draft whose reply clock has run out gets one 催办 entry a day on its timeline and in the audit trail, naming
 * the units that have not replied and how many working days late they are. It moves no case and bumps no
 * version, so it never makes a unit's countersignature stale. Run on the one schedule with the incoming
 * 催办 (`zhengwu start`): `CHUNK` drafts at a time in due order (keyset on due, id), each chunk in its own short
 * transaction, yielding the event loop between chunks.
 */
export async function chaseCountersigns(handle: DatabaseHandle, clock: Clock, options: { chunk?: number } = {}): Promise<{ chased: number }> {
  const now = clock.now();
  const today = localDateOf(now);
  const startOfToday = new Date(`${today}T00:00:00+08:00`).toISOString();
  const limit = options.chunk ?? CHUNK;
  const calendar = await loadCalendar(handle.db);
  const units = new Map((await handle.db.selectFrom('units').select(['id', 'name']).execute()).map((u) => [u.id, u.name]));
  const actor = { userId: null, name: '系统自动催办', roles: [], unitId: null, personId: null };
  let chased = 0;
  let after: { due: string; id: string } | undefined;
  for (;;) {
    const late = await handle.db
      .selectFrom('outgoingDocuments as d')
      .innerJoin('deadlines as dl', 'dl.id', 'd.countersignDeadlineId')
      .select(['d.id', 'd.countersignUnitIds', 'd.signedUnitIds', 'dl.due'])
      .where('d.status', '=', 'countersigning')
      .where('dl.isOpen', '=', 1)
      .where('dl.due', '<', today)
      .$if(after !== undefined, (q) => q.where((eb) => eb.or([eb('dl.due', '>', after?.due ?? ''), eb.and([eb('dl.due', '=', after?.due ?? ''), eb('d.id', '>', after?.id ?? '')])])))
      .orderBy('dl.due')
      .orderBy('d.id')
      .limit(limit)
      .execute();
    const last = late.at(-1);
    if (!last) break;
    const done = new Set(
      (
        await handle.db
          .selectFrom('timelineEntries')
          .select('objectId')
          .where('objectType', '=', outgoingDocumentCase.kind)
          .where('objectId', 'in', late.map((d) => d.id))
          .where('action', '=', 'chase')
          .where('occurredAt', '>=', startOfToday)
          .execute()
      ).map((t) => t.objectId),
    );
    const messages = late
      .filter((d) => !done.has(d.id))
      .map((d) => {
        const signed = JSON.parse(d.signedUnitIds) as string[];
        const pending = (JSON.parse(d.countersignUnitIds) as string[]).filter((u) => !signed.includes(u));
        const days = calendar.workingDaysBetween(d.due, today);
        return { id: d.id, message: pending.map((u) => lateCountersignMessage(units.get(u) ?? u, d.due, days)).join('；') };
      });
    if (messages.length > 0) {
      await commitChange({ handle, clock, actor, request: { requestId: null, ip: null } }, async (trx, at) => {
        for (const m of messages) await timelineRepository.record(trx, { objectType: outgoingDocumentCase.kind, objectId: m.id, action: 'chase', actor, opinion: m.message, article: 68, at });
        return { result: undefined, audit: messages.map((m) => ({ act: 'outgoing.chase', objectType: outgoingDocumentCase.kind, objectId: m.id, result: 'success' as const, article: 68, summary: { message: m.message } })) };
      });
      chased += messages.length;
    }
    if (late.length < limit) break;
    after = { due: last.due, id: last.id };
    await yieldToEventLoop();
  }
  return { chased };
}
