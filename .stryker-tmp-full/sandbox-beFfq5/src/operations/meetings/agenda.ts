// @ts-nocheck
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { meetingsRepository } from '../../db/meetings-repository.js';
import { updateVersioned } from '../../db/versioned-update.js';
import type { AuditEntry } from '../../domain/audit/audit-event.js';
import { authorize } from '../../domain/case.js';
import { found, invalid } from '../../domain/errors.js';
import { meetingCase, topicCase, type MeetingAction } from '../../domain/meetings/case.js';
import { takeAction } from '../case/take-action.js';
import { viewerOf } from '../case/viewer.js';
import { assertCurrent, meetingCaseOf, meetingsOrgOn, meetingsScopeOf, topicCaseOf } from './cases.js';

const actionOf = { propose: 'propose_agenda', review: 'review_agenda', decide: 'decide_agenda' } as const satisfies Record<string, MeetingAction>;

/**
 * A meeting's arrangement (art. 54): the office proposes which ready topics go on the agenda; for the executive
 * meeting the office director reviews and the 区长 decides — each in their own session (or whoever stands in
 * for them, recorded as acting for them), as `meetingCase` declares. Before the 区长's decision the executive
 * meeting takes no decisions and its minutes get no number.
 */
export async function arrangeAgenda(ctx: OperationContext, input: { id: string; version: number; stage: keyof typeof actionOf; topicIds?: readonly string[] }): Promise<{ version: number }> {
  return commitChange(ctx, async (trx, at) => {
    const viewer = await viewerOf(trx, ctx.actor, at);
    const scope = meetingsScopeOf(viewer);
    const meeting = found(await meetingsRepository.find(trx, input.id, scope), '会议');
    const org = await meetingsOrgOn(trx, localDateOf(at));
    const c = meetingCaseOf(meeting, org);
    const action = actionOf[input.stage];
    assertCurrent(c, input.version, '会议');
    authorize(meetingCase, action, c, viewer);
    const audit: AuditEntry[] = [];
    let changes: Record<string, unknown> = {};
    if (input.stage === 'propose') {
      const topics = await meetingsRepository.topicsOf(trx, meeting.id, scope);
      const signatures = await meetingsRepository.signaturesOf(trx, topics.map((t) => t.id));
      const chosen = input.topicIds ?? [];
      for (const id of chosen) {
        const t = topics.find((x) => x.id === id);
        if (!t) invalid('议题不属于该会议');
        if (t.status !== 'ready' && t.status !== 'scheduled') invalid(`议题“${t.title}”尚未完成会签、协调或审定，不能列入议程`);
      }
      for (const t of topics) {
        const index = chosen.indexOf(t.id);
        const topic = topicCaseOf(t, signatures, org);
        const sortOrder = index >= 0 ? index + 1 : 0;
        const move = index >= 0 && t.status === 'ready' ? 'schedule' : index < 0 && t.status === 'scheduled' ? 'unschedule' : null;
        if (move) {
          audit.push((await takeAction(trx, ctx, at, { def: topicCase, table: 'meetingTopics', case: topic, action: move, version: t.version, viewer, changes: { sortOrder } })).audit);
        } else if (t.sortOrder !== sortOrder) {
          await updateVersioned(trx, 'meetingTopics', t.id, t.version, { sortOrder }, { what: '议题', stateColumn: 'status' });
        }
      }
      // A new proposal sends the arrangement back through the director's review and the 区长's decision.
      changes = { agendaProposedAt: at.toISOString(), agendaReviewedByPersonId: null, agendaReviewedAt: null, agendaDecidedByPersonId: null, agendaDecidedAt: null };
    } else if (input.stage === 'review') {
      changes = { agendaReviewedByPersonId: ctx.actor.personId, agendaReviewedAt: at.toISOString() };
    } else {
      changes = { agendaDecidedByPersonId: ctx.actor.personId, agendaDecidedAt: at.toISOString() };
    }
    const taken = await takeAction(trx, ctx, at, { def: meetingCase, table: 'meetings', case: c, action, version: input.version, viewer, changes: { ...changes, updatedAt: at.toISOString() }, summary: { topicIds: input.topicIds ?? null } });
    return { result: { version: taken.version }, audit: [taken.audit, ...audit] };
  });
}
