import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Db, Tx } from '../../db/database.js';
import { type MeetingRecord, meetingsRepository } from '../../db/meetings-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { authorize } from '../../domain/case.js';
import { found, invalid, notFound, refuse } from '../../domain/errors.js';
import { seatingRules } from '../../domain/meetings/rules.js';
import { isPrincipalOf } from '../org/principal-of.js';
import { townUnitsOf } from './plan-meeting.js';
import { absenceCase, meetingCase } from '../../domain/meetings/case.js';
import { type MeetingKind, meetingKindLabels, type Quorum, quorumOf } from '../../domain/meetings/types.js';
import { parameter, refuseBy, runRules } from '../../rules/index.js';
import { takeAction } from '../case/take-action.js';
import { viewerOf } from '../case/viewer.js';
import { absenceCaseOf, assertCurrent, meetingCaseOf, meetingsOrgOn, meetingsScopeOf, type TownPrincipalsApproval } from './cases.js';

/** Live quorum of a meeting: members present against members seated, with the rulebook's fraction as of the meeting date. */
export async function quorumFor(db: Db | Tx, meeting: Pick<MeetingRecord, 'id' | 'meetingDate'>): Promise<Quorum> {
  const seats = (await meetingsRepository.attendance(db, meeting.id)).filter((a) => a.role === 'member');
  return quorumOf(seats.length, seats.filter((s) => s.status === 'present').length, parameter('meetings.executive.quorum', meeting.meetingDate));
}

/**
 * A town or subdistrict principal at a 副区长's meeting is not seated before the 区长 approved (art. 58): the
 * office is told why, with the article, rather than "no such seat".
 */
async function refuseUnapprovedTownPrincipal(db: Tx, meeting: MeetingRecord, personId: string): Promise<void> {
  if (!meeting.townPrincipalsApproval) return;
  const approval = JSON.parse(meeting.townPrincipalsApproval) as TownPrincipalsApproval;
  if (approval.status === 'approved') return;
  const towns = await townUnitsOf(db, approval.unitIds);
  for (const town of towns) {
    if (!(await isPrincipalOf(db, town.id, personId, meeting.meetingDate))) continue;
    const outcome = runRules(seatingRules, { isDeputysMeeting: true, townUnits: [town.name], isHeadApproved: false, stage: 'seating' }, meeting.meetingDate);
    if (outcome.refusals.length > 0) refuse(outcome.refusals);
  }
}

/** Whether a seat's holder is a government leader whose absence is the 区长's to consent to (art. 55). */
async function needsHeadConsent(db: Tx, meeting: MeetingRecord, personId: string): Promise<boolean> {
  if (meeting.kind === 'topical') return false;
  const leaders = await orgRepository.leaders(db, meeting.meetingDate, ['executive_deputy', 'deputy', 'office_director']);
  return leaders.some((l) => l.personId === personId);
}

/**
 * The office records who is present, and the absence of those who are not. A government leader may be absent
 * from the plenary, executive or head's office meeting only on leave reported (art. 82) or with the 区长's
 * consent to an absence request (art. 55) — consent the 区长 gives himself, never the office for him.
 */
export async function recordAttendance(ctx: OperationContext, input: { id: string; personId: string; status: 'present' | 'absent'; reason?: string | null }): Promise<Quorum> {
  return commitChange(ctx, async (trx, at) => {
    const viewer = await viewerOf(trx, ctx.actor, at);
    const scope = meetingsScopeOf(viewer);
    const meeting = found(await meetingsRepository.find(trx, input.id, scope), '会议');
    const c = meetingCaseOf(meeting, await meetingsOrgOn(trx, localDateOf(at)));
    authorize(meetingCase, 'record_attendance', c, viewer);
    const seat = (await meetingsRepository.attendance(trx, meeting.id)).find((a) => a.personId === input.personId);
    if (!seat) {
      await refuseUnapprovedTownPrincipal(trx, meeting, input.personId);
      notFound('与会人员');
    }
    let approvedBy: string | null = null;
    if (input.status === 'absent') {
      if (!input.reason?.trim() && !seat.leaveReportId) invalid('请假须说明理由');
      if (!seat.leaveReportId && (await needsHeadConsent(trx, meeting, input.personId))) {
        const consented = (await meetingsRepository.absenceRequestsOf(trx, meeting.id, scope)).find((r) => r.personId === input.personId && r.status === 'consented');
        if (!consented) refuseBy('meetings.absence-to-head', `区政府领导同志不能出席${meetingKindLabels[meeting.kind as MeetingKind]}，须向区长请假，经区长同意后方可登记请假`);
        approvedBy = consented.decidedByPersonId;
      }
    }
    const { audit } = await takeAction(trx, ctx, at, { def: meetingCase, table: 'meetings', case: c, action: 'record_attendance', version: meeting.version, viewer, changes: { updatedAt: at.toISOString() }, summary: { personId: input.personId, status: input.status } });
    await meetingsRepository.setAttendance(trx, meeting.id, input.personId, { status: input.status, absenceReason: input.status === 'absent' ? (input.reason ?? seat.absenceReason) : null, absenceApprovedByPersonId: approvedBy, updatedAt: at.toISOString() });
    const quorum = await quorumFor(trx, meeting);
    return { result: quorum, audit: [{ ...audit, summary: { ...audit.summary, quorum: quorum.explanation } }] };
  });
}

/**
 * A government leader cannot attend: the office files the request to the 区长 (art. 55), which waits on the
 * 区长's 工作台 until he consents or not.
 */
export async function requestAbsence(ctx: OperationContext, input: { id: string; personId: string; reason: string }): Promise<{ id: string; status: string }> {
  if (!input.reason.trim()) invalid('请假须说明理由');
  return commitChange(ctx, async (trx, at) => {
    const viewer = await viewerOf(trx, ctx.actor, at);
    const scope = meetingsScopeOf(viewer);
    const meeting = found(await meetingsRepository.find(trx, input.id, scope), '会议');
    const c = meetingCaseOf(meeting, await meetingsOrgOn(trx, localDateOf(at)));
    authorize(meetingCase, 'request_absence', c, viewer);
    const seat = (await meetingsRepository.attendance(trx, meeting.id)).find((a) => a.personId === input.personId);
    if (!seat) notFound('与会人员');
    if (!(await needsHeadConsent(trx, meeting, input.personId))) invalid('只有区政府领导同志不出席全体会议、常务会议、区长办公会议须报区长同意；其他人员请假由办公室直接登记');
    if ((await meetingsRepository.absenceRequestsOf(trx, meeting.id, scope)).some((r) => r.personId === input.personId && r.status !== 'declined')) invalid('该同志的请假已报区长');
    const id = randomUUID();
    const { audit } = await takeAction(trx, ctx, at, { def: meetingCase, table: 'meetings', case: c, action: 'request_absence', version: meeting.version, viewer, changes: { updatedAt: at.toISOString() }, summary: { personId: input.personId, absenceRequestId: id } });
    await meetingsRepository.insertAbsenceRequest(trx, { id, meetingId: meeting.id, personId: input.personId, reason: input.reason.trim(), status: 'requested', requestedByUserId: ctx.actor.userId, decidedByPersonId: null, decidedAt: null, opinion: null, version: 1, createdAt: at.toISOString() });
    return { result: { id, status: 'requested' }, audit: [audit] };
  });
}

/**
 * The 区长 — or the executive deputy presiding while he is away (art. 7), recorded as acting for him —
 * consents to a leader's absence or not (art. 55). Consent marks the seat absent with his approval.
 */
export async function decideAbsence(ctx: OperationContext, input: { id: string; version: number; isConsented: boolean; opinion?: string | null }): Promise<{ status: string }> {
  return commitChange(ctx, async (trx, at) => {
    const viewer = await viewerOf(trx, ctx.actor, at);
    const request = found(await meetingsRepository.findAbsenceRequest(trx, input.id, meetingsScopeOf(viewer)), '请假');
    const c = absenceCaseOf(request, await meetingsOrgOn(trx, localDateOf(at)));
    assertCurrent(c, input.version, '请假');
    const { audit, authorization } = await takeAction(trx, ctx, at, {
      def: absenceCase,
      table: 'meetingAbsenceRequests',
      case: c,
      action: input.isConsented ? 'consent' : 'decline',
      version: input.version,
      viewer,
      changes: { decidedByPersonId: ctx.actor.personId, decidedAt: at.toISOString(), opinion: input.opinion ?? null },
      opinion: input.opinion ?? null,
      summary: { meetingId: request.meetingId, personId: request.personId },
    });
    if (input.isConsented) {
      await meetingsRepository.setAttendance(trx, request.meetingId, request.personId, { status: 'absent', absenceReason: request.reason, absenceApprovedByPersonId: ctx.actor.personId, updatedAt: at.toISOString() });
    }
    return { result: { status: authorization.to }, audit: [audit] };
  });
}
