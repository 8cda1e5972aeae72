import { randomInt } from 'node:crypto';
import { commitChange, type OperationContext } from '../../db/change.js';
import { identityRepository } from '../../db/identity-repository.js';
import { found, invalid } from '../../domain/errors.js';
import { hashPassword } from './passwords.js';

/** A one-time password of 14 characters from all four classes, shown once to the administrator. */
export function temporaryPassword(): string {
  const classes = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '#%+=@'];
  const pick = (set: string) => set[randomInt(set.length)] as string;
  const chars = classes.map(pick);
  const all = classes.join('');
  while (chars.length < 14) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}

/**
 * The system administrator resets a user's password: a one-time password, forced change at next login,
 * the lockout cleared, and every session of the user ended. The security administrator cannot do this.
 */
export async function resetPassword(ctx: OperationContext, userId: string): Promise<{ temporaryPassword: string }> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return commitChange(ctx, async (trx, at) => {
    const user = found(await identityRepository.findUser(trx, userId), '用户');
    if (user.id === ctx.actor.userId) invalid('不能重置本人密码，请在“账号安全”中修改');
    await identityRepository.addPasswordHistory(trx, user.id, user.passwordHash, at.toISOString());
    await identityRepository.updateUser(trx, user.id, { passwordHash, mustChangePassword: 1, failedLogins: 0, lockedUntil: null, passwordChangedAt: at.toISOString(), updatedAt: at.toISOString() });
    await identityRepository.revokeSessionsOf(trx, user.id, at.toISOString());
    return { result: { temporaryPassword: password }, audit: [{ act: 'identity.password.reset', objectType: 'user', objectId: user.id, result: 'success', summary: {} }] };
  });
}
