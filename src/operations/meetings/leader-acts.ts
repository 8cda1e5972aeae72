import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { meetingsRepository } from '../../db/meetings-repository.js';
import { authorize } from '../../domain/case.js';
import { found } from '../../domain/errors.js';
import { meetingCase } from '../../domain/meetings/case.js';
import type { MeetingKind } from '../../domain/meetings/types.js';
import { takeAction } from '../case/take-action.js';
import { viewerOf } from '../case/viewer.js';
import { assertCurrent, type ChairEntrustment, meetingCaseOf, meetingsOrgOn, meetingsScopeOf, type TownPrincipalsApproval } from './cases.js';
import { seatsFor } from './composition.js';

async function load(trx: Tx, ctx: OperationContext, at: Date, id: string, version: number) {
  const viewer = await viewerOf(trx, ctx.actor, at);
  const meeting = found(await meetingsRepository.find(trx, id, meetingsScopeOf(viewer)), '会议');
  const c = meetingCaseOf(meeting, await meetingsOrgOn(trx, localDateOf(at)));
  assertCurrent(c, version, '会议');
  return { viewer, meeting, c };
}

/**
 * The 区长 decides, in his own session, whether the principal heads of the towns and subdistricts a 副区长's
 * meeting names may attend (art. 58 "因工作需要确需参加的，须经区长批准"; the executive deputy presiding in his
 * absence is recorded as acting for him, art. 7). Approved, they are seated; refused, they are not.
 */
export async function decideTownPrincipals(ctx: OperationContext, input: { id: string; version: number; isApproved: boolean; opinion?: string | null }): Promise<{ version: number }> {
  return commitChange(ctx, async (trx, at) => {
    const { viewer, meeting, c } = await load(trx, ctx, at, input.id, input.version);
    const action = input.isApproved ? 'approve_town_principals' : 'refuse_town_principals';
    const { actingFor } = authorize(meetingCase, action, c, viewer);
    const pending = JSON.parse(meeting.townPrincipalsApproval ?? '{"unitIds":[]}') as TownPrincipalsApproval;
    const decided: TownPrincipalsApproval = { status: input.isApproved ? 'approved' : 'refused', unitIds: pending.unitIds, approverName: ctx.actor.name, actingForName: actingFor?.name ?? null, decidedAt: at.toISOString(), opinion: input.opinion ?? null };
    const taken = await takeAction(trx, ctx, at, {
      def: meetingCase,
      table: 'meetings',
      case: c,
      action,
      version: input.version,
      viewer,
      changes: { townPrincipalsApproval: JSON.stringify(decided), updatedAt: at.toISOString() },
      opinion: input.opinion ?? null,
      summary: { unitIds: pending.unitIds },
    });
    if (input.isApproved) {
      const seated = new Set((await meetingsRepository.attendance(trx, meeting.id)).map((a) => a.personId));
      const chair = { personId: meeting.chairPersonId, name: '' };
      const seats = await seatsFor(trx, meeting.kind as MeetingKind, meeting.meetingDate, JSON.parse(meeting.attendeeUnitIds) as string[], chair);
      const now = at.toISOString();
      const added = seats.filter((s) => !seated.has(s.personId));
      if (added.length > 0) {
        await meetingsRepository.insertAttendance(
          trx,
          added.map((s) => ({ meetingId: meeting.id, personId: s.personId, role: s.role, status: s.leaveReportId ? 'absent' : 'unknown', absenceReason: s.leaveReportId ? '请假外出' : null, absenceApprovedByPersonId: null, leaveReportId: s.leaveReportId, updatedAt: now })),
        );
      }
    }
    return { result: { version: taken.version }, audit: [taken.audit] };
  });
}

/**
 * The 区长, who cannot attend, entrusts the executive deputy with convening and chairing the executive meeting
 * (art. 49 "区长不能出席会议时，可委托负责区政府常务工作的副区长召集并主持") — his own act, in his own session; the
 * deputy cannot entrust himself while standing in for him.
 */
export async function entrustChair(ctx: OperationContext, input: { id: string; version: number; opinion?: string | null }): Promise<{ version: number }> {
  return commitChange(ctx, async (trx, at) => {
    const { viewer, c } = await load(trx, ctx, at, input.id, input.version);
    const entrustment: ChairEntrustment = { status: 'entrusted', basis: 'entrustment', headName: ctx.actor.name, entrustedAt: at.toISOString(), opinion: input.opinion ?? null };
    const taken = await takeAction(trx, ctx, at, { def: meetingCase, table: 'meetings', case: c, action: 'entrust_chair', version: input.version, viewer, changes: { chairEntrustment: JSON.stringify(entrustment), updatedAt: at.toISOString() }, opinion: input.opinion ?? null });
    return { result: { version: taken.version }, audit: [taken.audit] };
  });
}
