import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Db, Tx } from '../../db/database.js';
import { meetingsRepository } from '../../db/meetings-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { found, invalid, notFound, refuse } from '../../domain/errors.js';
import { type Quorum, quorumOf } from '../../domain/meetings/types.js';
import { defaultRulebookSet, param } from '../../rules/index.js';

/** Live quorum of a meeting: members present against members seated, with the rulebook's fraction of the day. */
export async function quorumFor(db: Db | Tx, meetingId: string): Promise<Quorum> {
  const meeting = found(await meetingsRepository.find(db, meetingId), '会议');
  const seats = (await meetingsRepository.attendance(db, meetingId)).filter((a) => a.role === 'member');
  const fraction = param(defaultRulebookSet, 'linzi', 'meetings.executive.quorum', meeting.meetingDate).value;
  return quorumOf(seats.length, seats.filter((s) => s.status === 'present').length, fraction);
}

/**
 * The office records who is present. A government leader's absence from the plenary, executive or head's
 * office meeting is leave the 区长 grants (art. 55) and is recorded with that approval; other attendees'
 * absences go through the office, which reports them to the 区长.
 */
export async function recordAttendance(ctx: OperationContext, input: { id: string; personId: string; status: 'present' | 'absent'; reason?: string | null; approvedByHead?: boolean }): Promise<Quorum> {
  return commitChange(ctx, async (trx, at) => {
    const meeting = found(await meetingsRepository.find(trx, input.id), '会议');
    if (!['planned', 'held'].includes(meeting.status)) invalid('纪要已起草，出席情况不能再改');
    const seat = (await meetingsRepository.attendance(trx, meeting.id)).find((a) => a.personId === input.personId);
    if (!seat) notFound('与会人员');
    let approvedBy: string | null = null;
    if (input.status === 'absent') {
      if (!input.reason?.trim() && !seat.leaveReportId) invalid('请假须说明理由');
      const day = localDateOf(at);
      const leaders = await orgRepository.leaders(trx, meeting.meetingDate, ['head', 'executive_deputy', 'deputy', 'office_director']);
      const isGovernmentLeader = leaders.some((l) => l.personId === input.personId);
      if (isGovernmentLeader && meeting.kind !== 'topical' && !seat.leaveReportId) {
        if (!input.approvedByHead) refuse([{ ruleId: 'meetings.absence-to-head', article: 55, message: '第五十五条：区政府领导同志不能出席会议，须向区长请假' }]);
        approvedBy = (await orgRepository.leaders(trx, day, ['head']))[0]?.personId ?? null;
      }
    }
    await meetingsRepository.setAttendance(trx, meeting.id, input.personId, { status: input.status, absenceReason: input.status === 'absent' ? (input.reason ?? seat.absenceReason) : null, absenceApprovedByPersonId: approvedBy, updatedAt: at.toISOString() });
    const quorum = await quorumFor(trx, meeting.id);
    return { result: quorum, audit: [{ act: 'meetings.attendance', objectType: 'meeting', objectId: meeting.id, result: 'success', article: 55, summary: { personId: input.personId, status: input.status, quorum: quorum.explanation } }] };
  });
}
