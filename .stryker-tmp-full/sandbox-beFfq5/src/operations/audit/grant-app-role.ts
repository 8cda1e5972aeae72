// @ts-nocheck
import { type RawBuilder, sql } from 'kysely';
import type { DatabaseHandle } from '../../db/database.js';
import { DomainError, invalid } from '../../domain/errors.js';

/** Lower case only: PostgreSQL folds unquoted names to it, and the query layer would snake-case capitals. */
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Kysely's own bookkeeping: the server reads it at start to see that no migration is pending. */
const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock'] as const;

/**
 * The privileges of the role the server runs as on PostgreSQL: ordinary read and write everywhere, except
 * that the audit trail is SELECT and INSERT only, the chain head may be read and advanced (the triggers stop
 * it going back) and the purge anchor only read. Purging and migrating are done as the owner.
 */
export function appRoleGrants(role: string, schema: string, existingTables: readonly string[]): RawBuilder<unknown>[] {
  const r = sql.id(role);
  const s = sql.id(schema);
  const migrationTables = MIGRATION_TABLES.filter((t) => existingTables.includes(t));
  return [
    sql`grant usage on schema ${s} to ${r}`,
    sql`grant select, insert, update, delete on all tables in schema ${s} to ${r}`,
    sql`grant usage, select on all sequences in schema ${s} to ${r}`,
    sql`revoke all on ${sql.table(`${schema}.audit_events`)}, ${sql.table(`${schema}.audit_chain_head`)}, ${sql.table(`${schema}.audit_anchor`)} from ${r}`,
    sql`grant select, insert on ${sql.table(`${schema}.audit_events`)} to ${r}`,
    sql`grant select, update on ${sql.table(`${schema}.audit_chain_head`)} to ${r}`,
    sql`grant select on ${sql.table(`${schema}.audit_anchor`)} to ${r}`,
    ...migrationTables.map((t) => sql`revoke insert, update, delete, truncate on ${sql.table(`${schema}.${t}`)} from ${r}`),
    // Tables and sequences that later migrations create (as this owner) get the ordinary privileges too.
    sql`alter default privileges in schema ${s} grant select, insert, update, delete on tables to ${r}`,
    sql`alter default privileges in schema ${s} grant usage, select on sequences to ${r}`,
  ];
}

export type GrantAppRoleResult = { role: string; schema: string; statements: string[] };

/**
 * Grants the application role its privileges (PostgreSQL only), run by the owner of the tables. Refuses a role
 * that would not be held back by privileges: the owner itself, or a superuser.
 */
export async function grantAppRole(handle: DatabaseHandle, role: string): Promise<GrantAppRoleResult> {
  if (handle.dialect !== 'postgres') invalid('grant-app-role 只适用于 PostgreSQL；SQLite 由触发器保护审计记录，没有数据库角色');
  if (!ROLE_NAME.test(role)) invalid('角色名只能由小写字母、数字和下划线组成，且不以数字开头（至多63个字符）');
  const db = handle.db;
  const { rows: current } = await sql<{ schema: string; who: string }>`select current_schema() as schema, current_user as who`.execute(db);
  const here = current[0];
  if (!here) throw new Error('current_schema() returned nothing');
  const { rows: roles } = await sql<{ rolsuper: boolean }>`select rolsuper from pg_roles where rolname = ${role}`.execute(db);
  const found = roles[0];
  if (!found) invalid(`数据库角色“${role}”不存在，请先创建：CREATE ROLE ${role} LOGIN PASSWORD '…'`);
  if (found.rolsuper) invalid(`“${role}”是超级用户，权限限制对其无效；应用须以普通角色运行`);
  const { rows: owners } = await sql<{ owner: string }>`select tableowner as owner from pg_tables where schemaname = ${here.schema} and tablename = 'audit_events'`.execute(db);
  const owner = owners[0]?.owner;
  if (!owner) throw new DomainError('conflict', '未找到 audit_events 表，请先执行 zhengwu migrate');
  if (owner === role || here.who === role) invalid(`“${role}”是表的所有者；应用角色须是另一个不拥有表的角色`);
  const { rows: tables } = await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = ${here.schema}`.execute(db);
  const statements = appRoleGrants(
    role,
    here.schema,
    tables.map((t) => t.name),
  );
  const texts: string[] = [];
  await db.transaction().execute(async (trx) => {
    for (const statement of statements) {
      texts.push(`${statement.compile(trx).sql};`);
      await statement.execute(trx);
    }
  });
  return { role, schema: here.schema, statements: texts };
}
