import { commitChange, type OperationContext } from '../../db/change.js';
import type { DatabaseHandle, Db, Tx } from '../../db/database.js';
import { defaultTotpRequiredRoles, type Role } from '../../domain/identity/roles.js';
import { DomainError } from '../../domain/errors.js';
import { profileDeviations, type SecuritySettings } from '../../domain/identity/security-settings.js';

type Loaded = { settings: SecuritySettings; version: number };
type Stored = { stored: Partial<SecuritySettings>; version: number };

/**
 * The policy is needed on every signed-in request, so every process holds it in memory under the stamp the
 * database gives each content of `security_settings` (a trigger renews `change_stamps.security_settings` on any
 * write, see migration 20261202T0300). The session statement reads that stamp with the session itself, so a
 * request costs no extra query, and a change made by ANY process shows in every process at its next request —
 * not after a cache lifetime. We chose a stamp read in the same statement over LISTEN/NOTIFY because it works the
 * same on SQLite and PostgreSQL, needs no long-lived connection, and cannot miss a notification across a
 * reconnect. Keyed by stamp (random, one per content per database), several databases in one process never mix.
 */
const byStamp = new Map<string, Stored>();
const MAX_STAMPS = 16;

function remember(stamp: string, value: Stored): void {
  byStamp.set(stamp, value);
  if (byStamp.size > MAX_STAMPS) byStamp.delete(byStamp.keys().next().value as string);
}

const withDefaults = (defaults: SecuritySettings, value: Stored): Loaded => ({ settings: { ...defaults, ...value.stored }, version: value.version });

/**
 * The security policy in force. `stamp`, when the caller already read it (the session statement), spares even
 * the one-row check; without it the row and its stamp are read in one statement.
 */
export async function loadSecuritySettings(handle: DatabaseHandle, defaults: SecuritySettings, stamp?: string | null): Promise<Loaded> {
  const hit = stamp ? byStamp.get(stamp) : undefined;
  if (hit) return withDefaults(defaults, hit);
  const row = await handle.db
    .selectFrom('changeStamps as cs')
    .leftJoin('securitySettings as ss', (join) => join.on('ss.id', '=', 1))
    .select(['cs.stamp', 'ss.settings', 'ss.version'])
    .where('cs.name', '=', 'security_settings')
    .executeTakeFirst();
  // No stamp row (only if someone removed it by hand): read the policy itself, and cache nothing.
  const source = row ?? (await handle.db.selectFrom('securitySettings').select(['settings', 'version']).where('id', '=', 1).executeTakeFirst());
  const value: Stored = source?.settings ? { stored: JSON.parse(source.settings) as Partial<SecuritySettings>, version: source.version ?? 0 } : { stored: {}, version: 0 };
  if (row) remember(row.stamp, value);
  return withDefaults(defaults, value);
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
  return { ...result, deviations: profileDeviations(result.settings) };
}
