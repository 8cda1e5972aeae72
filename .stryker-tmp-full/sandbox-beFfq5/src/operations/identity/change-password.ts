// @ts-nocheck
import { commitChange, type OperationContext } from '../../db/change.js';
import { identityRepository } from '../../db/identity-repository.js';
import { DomainError, invalid } from '../../domain/errors.js';
import { passwordProblems } from '../../domain/identity/password-policy.js';
import type { IdentityDeps } from './identity-deps.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { loadSecuritySettings } from './security-settings.js';

/**
 * Changes one's own password under the policy: composition, not the login name, none of the last N
 * passwords. The user's other sessions end.
 */
export async function changePassword(
  ctx: OperationContext,
  deps: Pick<IdentityDeps, 'defaults'>,
  input: { userId: string; sessionId: string; currentPassword: string; newPassword: string },
): Promise<void> {
  const { settings } = await loadSecuritySettings(ctx.handle, deps.defaults);
  const user = await identityRepository.findUser(ctx.handle.db, input.userId);
  if (!user) throw new DomainError('unauthenticated', '请重新登录');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) invalid('当前密码不正确');
  const problems = passwordProblems(input.newPassword, user.loginName, settings);
  if (await verifyPassword(user.passwordHash, input.newPassword)) problems.push('新密码不能与当前密码相同');
  for (const old of await identityRepository.passwordHistory(ctx.handle.db, user.id, settings.passwordHistory)) {
    if (await verifyPassword(old, input.newPassword)) {
      problems.push(`新密码不能与最近 ${settings.passwordHistory} 次使用过的密码相同`);
      break;
    }
  }
  if (problems.length > 0) invalid(`新密码不符合密码策略：${problems.join('；')}`, { problems });
  const passwordHash = await hashPassword(input.newPassword);
  await commitChange(ctx, async (trx, at) => {
    await identityRepository.addPasswordHistory(trx, user.id, user.passwordHash, at.toISOString());
    await identityRepository.updateUser(trx, user.id, { passwordHash, mustChangePassword: 0, passwordChangedAt: at.toISOString(), updatedAt: at.toISOString() });
    await identityRepository.revokeSessionsOf(trx, user.id, at.toISOString(), input.sessionId);
    return { result: undefined, audit: [{ act: 'identity.password.change', objectType: 'user', objectId: user.id, result: 'success', summary: {} }] };
  });
}
