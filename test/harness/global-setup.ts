import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateToLatest, openDatabase } from '../../src/db/database.js';
import { findPostgresBin, type PostgresServer, startPostgres } from './postgres-server.js';

declare module 'vitest' {
  // Declaration merging with Vitest's own interface needs `interface`.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    /** The throwaway cluster's admin URL, or '' when the PostgreSQL tier is skipped. */
    postgresUrl: string;
    /** A database of that cluster migrated to the latest schema once for the run, which fresh databases copy. */
    postgresTemplate: string;
    /** A file holding an SQLite database migrated to the latest schema once for the run, serialized. */
    sqliteTemplate: string;
  }
}

let server: PostgresServer | undefined;
let template: { admin: string; name: string } | undefined;
let sqliteDir: string | undefined;

/**
 * Starts one throwaway PostgreSQL for the whole run when the machine has its binaries. Without them the
 * PostgreSQL tier is skipped with a clear line — except under CI=true, where that is a failure.
 */
export async function setup(project: TestProject): Promise<void> {
  project.provide('sqliteTemplate', await migratedSqliteFile());
  project.provide('postgresTemplate', '');
  if (process.env.ZHENGWU_TEST_POSTGRES_URL) {
    project.provide('postgresUrl', process.env.ZHENGWU_TEST_POSTGRES_URL);
    project.provide('postgresTemplate', await migratedTemplate(process.env.ZHENGWU_TEST_POSTGRES_URL));
    return;
  }
  const bin = findPostgresBin();
  if (!bin) {
    const reason = 'no PostgreSQL binaries (initdb) on this machine; install the Debian package postgresql';
    if (process.env.CI === 'true') throw new Error(`postgres tier required under CI=true: ${reason}`);
    console.log(`SKIPPED postgres tier: ${reason}`);
    project.provide('postgresUrl', '');
    return;
  }
  server = await startPostgres(bin);
  project.provide('postgresUrl', server.url);
  project.provide('postgresTemplate', await migratedTemplate(server.url));
}

/**
 * Runs the migrations once for the whole run, into a database of their own: a fresh database is then a copy of
 * it (`create database … template …`), a file copy on the server instead of every migration's statements again.
 */
async function migratedTemplate(admin: string): Promise<string> {
  const name = `zw_template_${process.pid}`;
  await adminQuery(admin, `drop database if exists ${name}`);
  await adminQuery(admin, `create database ${name}`);
  template = { admin, name };
  const handle = openDatabase({ dialect: 'postgres', url: admin.replace(/\/postgres$/, `/${name}`) });
  try {
    await migrateToLatest(handle.db);
  } finally {
    // A template must have no open connections while it is copied.
    await handle.close();
  }
  return name;
}

/** The SQLite counterpart: one in-memory database migrated for the run, its image kept in a file that fresh databases open a copy of. */
async function migratedSqliteFile(): Promise<string> {
  sqliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-sqlite-template-'));
  const file = path.join(sqliteDir, 'migrated.db');
  const handle = openDatabase({ dialect: 'sqlite', file: ':memory:' });
  try {
    await migrateToLatest(handle.db);
    fs.writeFileSync(file, (handle.sqlite as SQLite.Database).serialize());
  } finally {
    await handle.close();
  }
  return file;
}

async function adminQuery(admin: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function teardown(): Promise<void> {
  // On an outside cluster the run's template goes with the run; a throwaway cluster goes whole.
  if (template && !server) await adminQuery(template.admin, `drop database if exists ${template.name} with (force)`);
  template = undefined;
  if (sqliteDir) fs.rmSync(sqliteDir, { recursive: true, force: true });
  sqliteDir = undefined;
  server?.stop();
  server = undefined;
}
