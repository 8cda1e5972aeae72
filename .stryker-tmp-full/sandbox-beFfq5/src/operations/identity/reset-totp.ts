// @ts-nocheck
import { commitChange, type OperationContext } from '../../db/change.js';
import { identityRepository } from '../../db/identity-repository.js';
import { found, invalid } from '../../domain/errors.js';

/**
 * The security administrator clears a user's second factor (a lost phone): the user binds a new one at next
 * login, and every session ends. Password resets belong to the system administrator, so neither administrator
 * alone can take over another account (三员分立).
 */
export async function resetTotp(ctx: OperationContext, userId: string): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const user = found(await identityRepository.findUser(trx, userId), '用户');
    if (user.id === ctx.actor.userId) invalid('不能重置本人的动态口令');
    if (!user.isTotpEnabled && !user.totpSecretEncrypted) invalid('该账号未绑定动态口令');
    await identityRepository.updateUser(trx, user.id, { isTotpEnabled: 0, totpSecretEncrypted: null, totpLastStep: null, updatedAt: at.toISOString() });
    await identityRepository.revokeSessionsOf(trx, user.id, at.toISOString());
    return { result: undefined, audit: [{ act: 'identity.totp.reset', objectType: 'user', objectId: user.id, result: 'success', summary: {} }] };
  });
}
