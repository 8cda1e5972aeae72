// @ts-nocheck
import { commitChange, type OperationContext } from '../../db/change.js';
import { identityRepository } from '../../db/identity-repository.js';
import { found, invalid } from '../../domain/errors.js';

/** Disables (ending every session at once, ASVS 7.4.2) or re-enables an account. */
export async function setUserDisabled(ctx: OperationContext, input: { userId: string; isDisabled: boolean }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const user = found(await identityRepository.findUser(trx, input.userId), '用户');
    if (user.id === ctx.actor.userId) invalid('不能停用本人账号');
    await identityRepository.updateUser(trx, user.id, { isDisabled: input.isDisabled ? 1 : 0, updatedAt: at.toISOString() });
    if (input.isDisabled) await identityRepository.revokeSessionsOf(trx, user.id, at.toISOString());
    return {
      result: undefined,
      audit: [{ act: input.isDisabled ? 'identity.user.disable' : 'identity.user.enable', objectType: 'user', objectId: user.id, result: 'success', summary: {} }],
    };
  });
}
