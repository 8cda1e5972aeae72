// @ts-nocheck
import pg from 'pg';
import { sql } from 'kysely';
import { fixedClock } from '../../src/clock.js';
import { commitChange, type OperationContext } from '../../src/db/change.js';
import { type DatabaseHandle, type Dialect, migrateToLatest, openDatabase } from '../../src/db/database.js';
import type { Actor, AuditEntry } from '../../src/domain/audit/audit-event.js';
import { createPostgresDatabase, freshDatabase } from '../harness/databases.js';

export const testActor: Actor = { userId: null, name: '测试人员', roles: [], unitId: null, personId: null };

/** A fresh migrated database, with its URL on PostgreSQL so that tests can open raw connections to it. */
export async function openTestDatabase(dialect: Dialect): Promise<{ handle: DatabaseHandle; url: string | undefined }> {
  if (dialect === 'sqlite') return { handle: await freshDatabase('sqlite'), url: undefined };
  const { url } = await createPostgresDatabase();
  const handle = openDatabase({ dialect: 'postgres', url });
  await migrateToLatest(handle.db);
  return { handle, url };
}

export function contextAt(handle: DatabaseHandle, at: Date | string, actor: Actor = testActor): OperationContext & { clock: ReturnType<typeof fixedClock> } {
  return { handle, clock: fixedClock(at), actor, request: { requestId: 'test', ip: '127.0.0.1' } };
}

/** Appends `count` events (or the given entries) in one change, as if done at `at`. */
export async function appendEvents(handle: DatabaseHandle, at: Date | string, entries: number | readonly AuditEntry[], actor: Actor = testActor): Promise<void> {
  const audit: readonly AuditEntry[] =
    typeof entries === 'number'
      ? Array.from({ length: entries }, (_, i) => ({ act: 'test.event', objectType: 'test', objectId: `t${i}`, result: 'success' as const, summary: { i } }))
      : entries;
  await commitChange(contextAt(handle, at, actor), async () => ({ result: undefined, audit }));
}

/** SQL run outside the application's query builder: better-sqlite3 directly, or a new pg client. */
export async function rawSql(handle: DatabaseHandle, url: string | undefined, text: string): Promise<void> {
  if (handle.dialect === 'sqlite') {
    if (!handle.sqlite) throw new Error('no sqlite connection');
    handle.sqlite.prepare(text).run();
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const protectedTables = ['audit_events', 'audit_chain_head', 'audit_anchor'] as const;

/**
 * Plays the intruder with the owner's (or the file's) full access: lifts the audit triggers, runs `tamper`,
 * and puts the triggers back. On SQLite the triggers are dropped and recreated from their stored SQL; on
 * PostgreSQL the owner disables them (`ALTER TABLE … DISABLE TRIGGER USER`).
 */
export async function withAuditTriggersOff(handle: DatabaseHandle, tamper: () => Promise<void>): Promise<void> {
  if (handle.dialect === 'sqlite') {
    const sqlite = handle.sqlite;
    if (!sqlite) throw new Error('no sqlite connection');
    const triggers = sqlite
      .prepare(`select name, sql from sqlite_master where type = 'trigger' and tbl_name in (${protectedTables.map(() => '?').join(', ')})`)
      .all(...protectedTables) as { name: string; sql: string }[];
    for (const t of triggers) sqlite.exec(`drop trigger ${t.name}`);
    try {
      await tamper();
    } finally {
      for (const t of triggers) sqlite.exec(t.sql);
    }
    return;
  }
  for (const table of protectedTables) await sql`alter table ${sql.table(table)} disable trigger user`.execute(handle.db);
  try {
    await tamper();
  } finally {
    for (const table of protectedTables) await sql`alter table ${sql.table(table)} enable trigger user`.execute(handle.db);
  }
}

/** Rejects with an error whose message matches. */
export async function refusedWith(promise: Promise<unknown>, pattern: RegExp): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!pattern.test(message)) throw new Error(`expected ${String(pattern)}, got: ${message}`);
    return message;
  }
  throw new Error(`expected a refusal matching ${String(pattern)}, but it succeeded`);
}
