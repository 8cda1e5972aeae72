// @ts-nocheck
import { commitChange, type OperationContext } from '../../db/change.js';
import { identityRepository } from '../../db/identity-repository.js';
import { DomainError, found, invalid } from '../../domain/errors.js';
import { type Role, roleSetProblem } from '../../domain/identity/roles.js';

/**
 * The security administrator sets a user's roles. No account may hold two administrator roles (三员分立,
 * 等保 8.1.4.2d); nobody changes their own roles; the user's sessions end so the new roles apply at once.
 */
export async function grantRoles(ctx: OperationContext, input: { userId: string; roles: readonly Role[] }): Promise<void> {
  const problem = roleSetProblem(input.roles);
  if (problem) throw new DomainError('invalid_input', problem);
  await commitChange(ctx, async (trx, at) => {
    const user = found(await identityRepository.findUser(trx, input.userId), '用户');
    if (user.id === ctx.actor.userId) invalid('不能修改本人的角色');
    const roles = [...new Set(input.roles)].sort();
    await identityRepository.replaceRoles(trx, user.id, roles);
    await identityRepository.revokeSessionsOf(trx, user.id, at.toISOString());
    return { result: undefined, audit: [{ act: 'identity.roles.grant', objectType: 'user', objectId: user.id, result: 'success', summary: { before: user.roles, after: roles } }] };
  });
}
