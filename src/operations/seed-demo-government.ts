import type { Clock } from '../clock.js';
import { commitChange } from '../db/change.js';
import type { DatabaseHandle } from '../db/database.js';
import { identityRepository } from '../db/identity-repository.js';
import { DEMO_PASSWORD, demoGovernmentStructure, demoLogins, unitFullNames } from '../db/seed/demo-government.js';
import { structureSchema } from '../domain/org/structure.js';
import { randomUUID } from 'node:crypto';
import { hashPassword } from './identity/passwords.js';
import { mergeStructure } from './org/import-structure.js';
import { seedNumberSequences, seedOutgoingDemo } from './outgoing/seed-outgoing.js';
import { seedIncomingDemo } from './documents/seed-incoming.js';

/**
 * Seeds the demo government and one login per role when the database has no users yet; does nothing
 * otherwise. Every demo account must change its password at first login.
 */
export async function seedDemoGovernment(handle: DatabaseHandle, clock: Clock): Promise<{ seeded: boolean }> {
  if ((await identityRepository.countUsers(handle.db)) > 0) return { seeded: false };
  const structure = structureSchema.parse(demoGovernmentStructure());
  const names = new Map(structure.people.map((p) => [p.id, p.name]));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const actor = { userId: null, name: '系统初始化', roles: [], unitId: null, personId: null };
  await commitChange({ handle, clock, actor, request: { requestId: null, ip: null } }, async (trx, at) => {
    const now = at.toISOString();
    const counts = await mergeStructure(trx, structure, now);
    for (const [unitId, fullName] of Object.entries(unitFullNames)) await trx.updateTable('units').set({ fullName }).where('id', '=', unitId).execute();
    await seedNumberSequences(trx, { departments: [{ code: '临财发', name: '区财政局发文', unitName: '区财政局' }, { code: '临发改发', name: '区发展和改革局发文', unitName: '区发展和改革局' }] });
    await seedOutgoingDemo(trx, at);
    await seedIncomingDemo(trx, handle.dialect, at);
    for (const login of demoLogins) {
      await identityRepository.insertNewUser(
        trx,
        {
          id: randomUUID(),
          loginName: login.loginName,
          displayName: (login.personId && names.get(login.personId)) || login.displayName,
          personId: login.personId,
          unitId: login.unitId,
          passwordHash,
        },
        login.roles,
        now,
      );
    }
    return {
      result: undefined,
      audit: [{ act: 'system.seed_demo', objectType: 'organisation', objectId: null, result: 'success', summary: { counts, users: demoLogins.length } }],
    };
  });
  return { seeded: true };
}
