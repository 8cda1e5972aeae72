import { commitChange, type OperationContext } from '../../db/change.js';
import { eventsRepository } from '../../db/events-repository.js';
import { DomainError, found, invalid, notFound } from '../../domain/errors.js';

/** The inviting unit withdraws an invitation the office has not yet acted on. */
export async function withdrawInvitation(ctx: OperationContext, input: { id: string; version: number }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const invitation = found(await eventsRepository.findInvitation(trx, input.id), '邀请');
    if (invitation.invitingUnitId !== ctx.actor.unitId) notFound('邀请');
    if (invitation.status !== 'awaiting_approval' && invitation.status !== 'awaiting_arrangement') invalid('该邀请已办理，不能撤回');
    const ok = await eventsRepository.updateInvitation(trx, invitation.id, { version: input.version, status: invitation.status }, { status: 'withdrawn', updatedAt: at.toISOString() });
    if (!ok) throw new DomainError('conflict', '该邀请已被他人办理或修改，请刷新后重试');
    return { result: undefined, audit: [{ act: 'invitation.withdraw', objectType: 'invitation', objectId: invitation.id, result: 'success', summary: {} }] };
  });
}
