import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { approvalColumns, eventsRepository } from '../../db/events-repository.js';
import { DomainError, found, invalid } from '../../domain/errors.js';
import { invitationApprovalRules } from '../../domain/events/rules.js';
import { enforceRules } from '../../rules/index.js';
import { type ApprovalInput, approvalRecord, approvalSummary } from './approval-input.js';

/**
 * The office records the 区委's or the 区政府's decision on an invitation of a kind art. 91 lists, with the
 * approver's name, post and date ("经区政府主要领导同意"). Approved, it goes on to be arranged; refused, it
 * ends there. An approval is not recorded after the activity's day.
 */
export async function recordInvitationApproval(ctx: OperationContext, input: ApprovalInput): Promise<void> {
  const today = localDateOf(ctx.clock.now());
  await commitChange(ctx, async (trx, at) => {
    const invitation = found(await eventsRepository.findInvitation(trx, input.id), '邀请');
    if (invitation.status !== 'awaiting_approval') invalid('该邀请不在待批准状态');
    const approval = approvalRecord(input, today, ctx.actor.userId, at);
    if (approval.decision === 'approved') enforceRules(invitationApprovalRules, { actOn: today, eventDate: invitation.activityDate }, today);
    const status = approval.decision === 'approved' ? 'awaiting_arrangement' : 'not_approved';
    const ok = await eventsRepository.updateInvitation(trx, invitation.id, { version: input.version, status: 'awaiting_approval' }, { ...approvalColumns(approval), status, updatedAt: at.toISOString() });
    if (!ok) throw new DomainError('conflict', '该邀请已被他人办理或修改，请刷新后重试');
    return {
      result: undefined,
      audit: [{ act: 'invitation.approval', objectType: 'invitation', objectId: invitation.id, result: 'success', article: 91, summary: { ...approvalSummary(approval), status } }],
    };
  });
}
