import { commitChange, type OperationContext } from '../../db/change.js';
import type { DatabaseHandle, Db, Tx } from '../../db/database.js';
import { defaultTotpRequiredRoles, type Role } from '../../domain/identity/roles.js';
import { DomainError } from '../../domain/errors.js';
import { profileDeviations, type SecuritySettings } from '../../domain/identity/security-settings.js';

type Loaded = { settings: SecuritySettings; version: number };

/**
 * Settings are read on every request that resolves a session; a short cache spares the query. A change made
 * in this process clears it at once; other processes see it within the cache's lifetime.
 */
const CACHE_MS = 5_000;
const cache = new WeakMap<DatabaseHandle, { at: number; value: Loaded }>();

export async function loadSecuritySettings(handle: DatabaseHandle, defaults: SecuritySettings): Promise<Loaded> {
  const hit = cache.get(handle);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
  const row = await handle.db.selectFrom('securitySettings').selectAll().where('id', '=', 1).executeTakeFirst();
  const value = row ? { settings: { ...defaults, ...(JSON.parse(row.settings) as Partial<SecuritySettings>) }, version: row.version } : { settings: defaults, version: 0 };
  cache.set(handle, { at: Date.now(), value });
  return value;
}

/**
 * The roles that must use a second factor, read in the caller's transaction (the policy's other settings need
 * the configured defaults; this one has none but the 等保 profile's).
 */
export async function totpRequiredRolesIn(db: Db | Tx): Promise<Role[]> {
  const row = await db.selectFrom('securitySettings').select('settings').where('id', '=', 1).executeTakeFirst();
  const stored = row ? (JSON.parse(row.settings) as Partial<SecuritySettings>).totpRequiredRoles : undefined;
  return stored ?? [...defaultTotpRequiredRoles];
}

/** The security administrator changes the policy; `version` guards against overwriting a concurrent change. */
export async function updateSecuritySettings(
  ctx: OperationContext,
  defaults: SecuritySettings,
  input: { version: number; settings: SecuritySettings },
): Promise<Loaded & { deviations: string[] }> {
  const result = await commitChange(ctx, async (trx, at) => {
    const row = await trx.selectFrom('securitySettings').selectAll().where('id', '=', 1).executeTakeFirst();
    const currentVersion = row?.version ?? 0;
    if (currentVersion !== input.version) throw new DomainError('conflict', '安全策略已被他人修改，请刷新后重试');
    const before = row ? { ...defaults, ...(JSON.parse(row.settings) as Partial<SecuritySettings>) } : defaults;
    const values = { settings: JSON.stringify(input.settings), version: currentVersion + 1, updatedBy: ctx.actor.userId, updatedAt: at.toISOString() };
    if (row) await trx.updateTable('securitySettings').set(values).where('id', '=', 1).execute();
    else await trx.insertInto('securitySettings').values({ id: 1, ...values }).execute();
    return {
      result: { settings: input.settings, version: currentVersion + 1 },
      audit: [{ act: 'security.settings.update', objectType: 'security_settings', objectId: '1', result: 'success', summary: { before, after: input.settings, deviations: profileDeviations(input.settings) } }],
    };
  });
  cache.delete(ctx.handle);
  return { ...result, deviations: profileDeviations(result.settings) };
}
