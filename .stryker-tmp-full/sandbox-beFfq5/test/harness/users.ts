// @ts-nocheck
import type { Role } from '../../src/domain/identity/roles.js';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-government.js';
import { identityRepository } from '../../src/db/identity-repository.js';
import { hashPassword } from '../../src/operations/identity/passwords.js';
import type { TestApp } from './app.js';

/** An extra account for a test, with the demo password and its roles, straight into the database. */
export async function createUserWithRoles(t: TestApp, input: { loginName: string; displayName: string; unitId: string | null; roles: Role[]; personId?: string }): Promise<void> {
  await identityRepository.insertNewUser(
    t.handle.db,
    { id: `test-${input.loginName}`, loginName: input.loginName, displayName: input.displayName, personId: input.personId ?? null, unitId: input.unitId, passwordHash: await hashPassword(DEMO_PASSWORD) },
    input.roles,
    t.clock.now().toISOString(),
  );
}
