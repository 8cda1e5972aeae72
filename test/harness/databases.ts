import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { inject } from 'vitest';
import { type DatabaseHandle, type Dialect, migrateToLatest, openDatabase, sqliteHandle } from '../../src/db/database.js';

/** The dialects this run tests on: SQLite always, PostgreSQL when the tier is up. */
export const dialects: Dialect[] = inject('postgresUrl') ? ['sqlite', 'postgres'] : ['sqlite'];

/**
 * A fresh, migrated database of the dialect: SQLite in memory, or a new database in the throwaway
 * PostgreSQL cluster. Both are copies of a database migrated once (the run's SQLite image and PostgreSQL
 * template, see global-setup.ts); `migrateToLatest` still runs and finds nothing left to apply.
 */
export async function freshDatabase(dialect: Dialect): Promise<DatabaseHandle> {
  if (dialect === 'sqlite') {
    const handle = sqliteHandle(new SQLite(await migratedSqliteImage()));
    await migrateToLatest(handle.db);
    return handle;
  }
  const { url } = await createPostgresDatabase({ migrated: true });
  const handle = openDatabase({ dialect: 'postgres', url });
  await migrateToLatest(handle.db);
  return handle;
}

let sqliteImage: Promise<Buffer> | undefined;

/** The run's migrated SQLite database, serialized: from the global setup's file, or migrated here once per file. */
function migratedSqliteImage(): Promise<Buffer> {
  sqliteImage ??= (async () => {
    const file = inject('sqliteTemplate');
    if (file && fs.existsSync(file)) return fs.readFileSync(file);
    const handle = openDatabase({ dialect: 'sqlite', file: ':memory:' });
    try {
      await migrateToLatest(handle.db);
      return (handle.sqlite as SQLite.Database).serialize();
    } finally {
      await handle.close();
    }
  })();
  return sqliteImage;
}

/**
 * A new database in the test cluster; returns its URL. Empty, or with `migrated` a copy of the run's migrated
 * template (`create database … template`, the server copies its files).
 */
export async function createPostgresDatabase(options: { migrated?: boolean } = {}): Promise<{ url: string; name: string }> {
  const admin = inject('postgresUrl');
  if (!admin) throw new Error('postgres tier is not running');
  const template = options.migrated ? inject('postgresTemplate') : '';
  const name = `zw_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
  } finally {
    await client.end();
  }
  return { url: admin.replace(/\/postgres$/, `/${name}`), name };
}
