// @ts-nocheck
import { randomUUID } from 'node:crypto';
import { commitChange, type OperationContext } from '../../db/change.js';
import { meetingsRepository } from '../../db/meetings-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { found, invalid } from '../../domain/errors.js';
import { refuseBy } from '../../rules/index.js';
import { type MeetingKind, meetingKindLabels } from '../../domain/meetings/types.js';
import type { LocalDate } from '../../rules/types.js';
import { seatsFor } from './composition.js';

export type PlanMeetingInput = {
  kind: MeetingKind;
  title: string;
  meetingDate: LocalDate;
  startTime?: string | null;
  place: string;
  convenerPersonId: string;
  chairPersonId: string;
  attendeeUnitIds: readonly string[];
};

/**
 * The office arranges a meeting. Who convenes and chairs is the rulebook's: the 区长 for plenary, executive
 * and head's office meetings (art. 8, 48–50; the executive meeting may be delegated to the executive deputy,
 * art. 49); the 区长 or a 副区长 for topical meetings, which they may delegate to the office director or a
 * deputy director (art. 51). Seats come from the organisation on the meeting date.
 */
export async function planMeeting(ctx: OperationContext, input: PlanMeetingInput): Promise<{ id: string }> {
  return commitChange(ctx, async (trx, at) => {
    const leaders = await orgRepository.leaders(trx, input.meetingDate, ['head', 'executive_deputy', 'deputy', 'office_director', 'office_deputy_director']);
    const kindOf = (id: string) => leaders.find((l) => l.personId === id)?.post.kind;
    found(leaders.find((l) => l.personId === input.convenerPersonId), '召集人');
    const chair = found(leaders.find((l) => l.personId === input.chairPersonId), '主持人');
    const convenerKind = kindOf(input.convenerPersonId);
    const chairKind = kindOf(input.chairPersonId);
    let delegatedBy: string | null = null;
    const violation = (article: number, message: string) => refuseBy('meetings.convener-and-chair', message, { article });
    if (input.kind === 'topical') {
      if (convenerKind !== 'head' && convenerKind !== 'deputy' && convenerKind !== 'executive_deputy') violation(51, '第五十一条：专题会议由区长、副区长召集');
      if (input.chairPersonId !== input.convenerPersonId) {
        if (chairKind !== 'office_director' && chairKind !== 'office_deputy_director') violation(51, '第五十一条：专题会议由召集的区长、副区长主持，或委托办公室主任、副主任主持');
        delegatedBy = input.convenerPersonId;
      }
      if (input.attendeeUnitIds.length === 0) invalid('专题会议须列明参加的有关部门、单位');
    } else {
      if (convenerKind !== 'head') violation(8, `第八条：${meetingKindLabels[input.kind]}由区长召集`);
      if (input.chairPersonId !== input.convenerPersonId) {
        if (input.kind !== 'executive' || chairKind !== 'executive_deputy') violation(49, `第${input.kind === 'executive' ? '四十九' : input.kind === 'plenary' ? '四十八' : '五十'}条：${meetingKindLabels[input.kind]}由区长主持${input.kind === 'executive' ? '；区长不能出席时，可委托负责常务工作的副区长召集并主持' : ''}`);
        delegatedBy = input.convenerPersonId;
      }
    }
    const id = randomUUID();
    const now = at.toISOString();
    await meetingsRepository.insert(trx, {
      id,
      kind: input.kind,
      title: input.title,
      meetingDate: input.meetingDate,
      startTime: input.startTime ?? null,
      place: input.place,
      convenerPersonId: input.convenerPersonId,
      chairPersonId: input.chairPersonId,
      delegatedByPersonId: delegatedBy,
      attendeeUnitIds: JSON.stringify(input.attendeeUnitIds),
      status: 'planned',
      agendaProposedAt: null,
      agendaReviewedByPersonId: null,
      agendaReviewedAt: null,
      agendaDecidedByPersonId: null,
      agendaDecidedAt: null,
      minutesNumber: null,
      minutesText: null,
      minutesApprovedByPersonId: null,
      minutesSignedByPersonId: null,
      minutesSignedAt: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    const seats = await seatsFor(trx, input.kind, input.meetingDate, input.attendeeUnitIds, { personId: chair.personId, name: chair.name });
    await meetingsRepository.insertAttendance(
      trx,
      seats.map((s) => ({ meetingId: id, personId: s.personId, role: s.role, status: s.leaveReportId ? 'absent' : 'unknown', absenceReason: s.leaveReportId ? '请假外出' : null, absenceApprovedByPersonId: null, leaveReportId: s.leaveReportId, updatedAt: now })),
    );
    return { result: { id }, audit: [{ act: 'meetings.plan', objectType: 'meeting', objectId: id, result: 'success', article: 47, summary: { kind: input.kind, title: input.title, meetingDate: input.meetingDate, delegatedBy } }] };
  });
}
