// @ts-nocheck
import { randomInt } from 'node:crypto';
import { commitChange, type OperationContext } from '../../db/change.js';
import { identityRepository } from '../../db/identity-repository.js';
import { DomainError, found, invalid } from '../../domain/errors.js';
import { isTotpRequired } from '../../domain/identity/security-settings.js';
import { totpRequiredRolesIn } from './security-settings.js';
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
 * the lockout cleared, and every session of the user ended. The security administrator cannot do this. A bound
 * second factor stays bound (a reset never bypasses it); an account that must have one but has none is refused.
 */
export async function resetPassword(ctx: OperationContext, userId: string): Promise<{ temporaryPassword: string }> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return commitChange(ctx, async (trx, at) => {
    const user = found(await identityRepository.findUser(trx, userId), '用户');
    if (user.id === ctx.actor.userId) invalid('不能重置本人密码，请在“账号安全”中修改');
    // An account that must use a second factor but has none bound is guarded by its password alone: whoever
    // resets it could bind their own authenticator and be that leader. The security administrator must act
    // first (e.g. withdraw the role for the time being), so no administrator alone takes the account over.
    if (!user.isTotpEnabled && isTotpRequired({ totpRequiredRoles: await totpRequiredRolesIn(trx) }, user.roles)) {
      throw new DomainError('forbidden', '该账号按安全策略须使用动态口令而尚未绑定：系统管理员不能单独重置其口令，请先由安全管理员处理（如暂时收回须使用动态口令的角色）');
    }
    await identityRepository.addPasswordHistory(trx, user.id, user.passwordHash, at.toISOString());
    await identityRepository.updateUser(trx, user.id, { passwordHash, mustChangePassword: 1, failedLogins: 0, lockedUntil: null, passwordChangedAt: at.toISOString(), updatedAt: at.toISOString() });
    await identityRepository.revokeSessionsOf(trx, user.id, at.toISOString());
    return { result: { temporaryPassword: password }, audit: [{ act: 'identity.password.reset', objectType: 'user', objectId: user.id, result: 'success', summary: {} }] };
  });
}
