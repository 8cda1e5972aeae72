// @ts-nocheck
import { randomUUID } from 'node:crypto';
import { commitChange, type OperationContext } from '../../db/change.js';
import { identityRepository } from '../../db/identity-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { DomainError, found } from '../../domain/errors.js';
import { hashPassword } from './passwords.js';
import { temporaryPassword } from './reset-password.js';

export type CreateUserInput = { loginName: string; displayName: string; unitId?: string | null; personId?: string | null };

/**
 * The system administrator opens an account with a one-time password that must be changed at first login.
 * Roles are granted separately, by the security administrator (三员分立).
 */
export async function createUser(ctx: OperationContext, input: CreateUserInput): Promise<{ id: string; temporaryPassword: string }> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return commitChange(ctx, async (trx, at) => {
    if (await identityRepository.findUserByLogin(trx, input.loginName)) throw new DomainError('conflict', `登录名“${input.loginName}”已被使用`);
    if (input.unitId) found(await orgRepository.findUnit(trx, input.unitId), '所在单位');
    if (input.personId) found(await orgRepository.findPerson(trx, input.personId), '对应人员');
    const id = randomUUID();
    const now = at.toISOString();
    await identityRepository.insertNewUser(
      trx,
      { id, loginName: input.loginName, displayName: input.displayName, unitId: input.unitId ?? null, personId: input.personId ?? null, passwordHash },
      [],
      now,
    );
    return {
      result: { id, temporaryPassword: password },
      audit: [{ act: 'identity.user.create', objectType: 'user', objectId: id, result: 'success', summary: { loginName: input.loginName, unitId: input.unitId ?? null } }],
    };
  });
}
