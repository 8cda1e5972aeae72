// @ts-nocheck
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type DatabaseHandle, type Dialect, migrateToLatest, openDatabase } from '../../src/db/database.js';

/** The dialects this run tests on: SQLite always, PostgreSQL when the tier is up. */
export const dialects: Dialect[] = inject('postgresUrl') ? ['sqlite', 'postgres'] : ['sqlite'];

/**
 * A fresh, migrated database of the dialect: SQLite in memory, or a new database in the throwaway
 * PostgreSQL cluster. `close` drops it.
 */
export async function freshDatabase(dialect: Dialect): Promise<DatabaseHandle> {
  if (dialect === 'sqlite') {
    const handle = openDatabase({ dialect: 'sqlite', file: ':memory:' });
    await migrateToLatest(handle.db);
    return handle;
  }
  const { url } = await createPostgresDatabase();
  const handle = openDatabase({ dialect: 'postgres', url });
  await migrateToLatest(handle.db);
  return handle;
}

/** A new empty database in the test cluster; returns its URL. */
export async function createPostgresDatabase(): Promise<{ url: string; name: string }> {
  const admin = inject('postgresUrl');
  if (!admin) throw new Error('postgres tier is not running');
  const name = `zw_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  return { url: admin.replace(/\/postgres$/, `/${name}`), name };
}
