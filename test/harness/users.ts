import type { Role } from '../../src/domain/identity/roles.js';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-government.js';
import { hashPassword } from '../../src/operations/identity/passwords.js';
import type { TestApp } from './app.js';

/** An extra account for a test, with the demo password and its roles, straight into the database. */
export async function createUserWithRoles(t: TestApp, input: { loginName: string; displayName: string; unitId: string | null; roles: Role[]; personId?: string }): Promise<void> {
  const now = t.clock.now().toISOString();
  const id = `test-${input.loginName}`;
  await t.handle.db
    .insertInto('users')
    .values({
      id,
      loginName: input.loginName,
      displayName: input.displayName,
      personId: input.personId ?? null,
      unitId: input.unitId,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      mustChangePassword: 1,
      isDisabled: 0,
      failedLogins: 0,
      lockedUntil: null,
      passwordChangedAt: now,
      version: 1,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  for (const role of input.roles) await t.handle.db.insertInto('userRoles').values({ userId: id, role }).execute();
}
