import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { approvalColumns, eventsRepository } from '../../db/events-repository.js';
import { DomainError, found, invalid } from '../../domain/errors.js';
import { meetingApprovalRules } from '../../domain/events/rules.js';
import { enforceRules } from '../../rules/index.js';
import { type ApprovalInput, approvalRecord, approvalSummary } from './approval-input.js';

/**
 * The office records the decision on a department's meeting request (art. 58 "严格落实会议审批制度"), with the
 * approver's name, post and date; an approval comes before the meeting, never after it.
 */
export async function recordMeetingApproval(ctx: OperationContext, input: ApprovalInput): Promise<void> {
  const today = localDateOf(ctx.clock.now());
  await commitChange(ctx, async (trx, at) => {
    const meeting = found(await eventsRepository.findMeeting(trx, input.id), '会议申请');
    if (meeting.status !== 'awaiting_approval') invalid('该会议申请不在待审批状态');
    const approval = approvalRecord(input, today, ctx.actor.userId, at);
    if (approval.decision === 'approved') enforceRules(meetingApprovalRules, { actOn: today, eventDate: meeting.meetingDate }, today);
    const status = approval.decision === 'approved' ? 'approved' : 'not_approved';
    const ok = await eventsRepository.updateMeeting(trx, meeting.id, { version: input.version, status: 'awaiting_approval' }, { ...approvalColumns(approval), status, updatedAt: at.toISOString() });
    if (!ok) throw new DomainError('conflict', '该会议申请已被他人办理或修改，请刷新后重试');
    return {
      result: undefined,
      audit: [{ act: 'department_meeting.approval', objectType: 'department_meeting', objectId: meeting.id, result: 'success', article: 58, summary: { ...approvalSummary(approval), status } }],
    };
  });
}
