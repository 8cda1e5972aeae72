import { commitChange, type OperationContext } from '../../db/change.js';
import { eventsRepository } from '../../db/events-repository.js';
import { DomainError, found, invalid } from '../../domain/errors.js';

/** The office declines to arrange an invitation, giving the unit its reason (art. 90: the office decides). */
export async function declineInvitation(ctx: OperationContext, input: { id: string; version: number; reason: string }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const invitation = found(await eventsRepository.findInvitation(trx, input.id), '邀请');
    if (invitation.status !== 'awaiting_approval' && invitation.status !== 'awaiting_arrangement') invalid('该邀请已办理');
    const ok = await eventsRepository.updateInvitation(trx, invitation.id, { version: input.version, status: invitation.status }, { status: 'declined', declineReason: input.reason, updatedAt: at.toISOString() });
    if (!ok) throw new DomainError('conflict', '该邀请已被他人办理或修改，请刷新后重试');
    return { result: undefined, audit: [{ act: 'invitation.decline', objectType: 'invitation', objectId: invitation.id, result: 'success', article: 90, summary: { reason: input.reason } }] };
  });
}
