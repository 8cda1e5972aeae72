import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, Migrator, PostgresDialect, SqliteDialect, type SqliteDatabase, type SqliteStatement, type Transaction } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;

/** An open database with its dialect; `close` releases connections. */
export type DatabaseHandle = {
  db: Db;
  dialect: Dialect;
  /** The SQLite connection (for online backup and integrity checks); absent on PostgreSQL. */
  sqlite?: SQLite.Database;
  close: () => Promise<void>;
};

/**
 * Opens the configured database. SQLite runs in WAL mode with `synchronous=FULL` so that an acknowledged
 * write survives a crash, and with foreign keys enforced.
 */
export function openDatabase(database: Config['database']): DatabaseHandle {
  if (database.dialect === 'postgres') {
    // A database that goes away (restart, crash, failover) must never take the process with it: an idle
    // client's connection error reaches the pool's 'error' event, a checked-out client's its own, and an
    // unhandled 'error' event exits Node. The failed query still rejects and answers 503 (see
    // `isDatabaseUnavailable`); the pool drops the broken client and opens a fresh one once the database is back.
    // A connect that hangs (a server half up) gives up in 5 s rather than holding the request.
    const pool = new pg.Pool({ connectionString: database.url, max: 10, connectionTimeoutMillis: 5_000 });
    const onConnectionError = (error: Error) => {
      lastConnectionError = { at: new Date().toISOString(), message: error.message };
    };
    pool.on('error', onConnectionError);
    pool.on('connect', (client) => client.on('error', onConnectionError));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  if (database.file !== ':memory:') fs.mkdirSync(path.dirname(database.file), { recursive: true });
  return sqliteHandle(new SQLite(database.file));
}

/**
 * A handle on an open SQLite connection (a file, or an in-memory copy of a serialized database), set up as
 * `openDatabase` sets up every SQLite connection.
 */
export function sqliteHandle(sqlite: SQLite.Database): DatabaseHandle {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('secure_delete = ON');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    plugins: [new CamelCasePlugin()],
  });
  return { db, dialect: 'sqlite', sqlite, close: () => db.destroy() };
}

/**
 * Kysely's SQLite driver prepares every statement anew (`db.prepare(sql)` per query: 13–19 % of a request's CPU).
 * This keeps the most recently used prepared statements by SQL text, bounded so that ad-hoc SQL (an `in` list
 * of varying length) cannot grow it without end. Reuse is safe: a statement carries no state between runs but
 * its bindings, which every `all`/`run`/`iterate` call replaces, and its `reader` flag is a property of the SQL.
 * The one exception is a statement still being iterated (a streamed query not yet drained): better-sqlite3
 * refuses to run a busy statement, so that caller gets a fresh, uncached one. SQLite re-prepares a cached
 * statement by itself after a schema change (migrations), so nothing goes stale.
 */
export function withStatementCache(database: SQLite.Database, capacity = 512): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare: (sql: string): SqliteStatement => {
      const hit = cache.get(sql);
      if (hit) {
        if (hit.busy) return database.prepare(sql);
        // Map keeps insertion order: re-inserting marks it most recently used, the first key is the least.
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const statement = database.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}

/** The last connection error seen by a PostgreSQL pool (for the log and for tests); the process keeps running. */
export let lastConnectionError: { at: string; message: string } | undefined;

/** PostgreSQL SQLSTATE classes and codes that mean "the database is not there right now", not "your request is bad". */
const unavailableSqlStates = new Set(['57P01', '57P02', '57P03', '53300', '53400', '58000', '58030']);
const unavailableNodeCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN', 'ENETUNREACH']);
/** SQLite: another writer holds the lock past busy_timeout, the disk is full, or I/O failed. */
const unavailableSqliteCodes = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|CANTOPEN|PROTOCOL)/;
const unavailableMessages = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection refused|terminating connection|the database system is (starting up|shutting down|in recovery mode)|Cannot use a pool after calling end/i;

/**
 * Whether an error says the database is unavailable (down, restarting, out of connections, locked, full)
 * rather than that the request is wrong: such a request answers 503 with Retry-After, never 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (unavailableSqlStates.has(code) || code.startsWith('08') || unavailableNodeCodes.has(code) || unavailableSqliteCodes.test(code)) return true;
  }
  if (unavailableMessages.test(error.message)) return true;
  // AggregateError (several addresses refused) and wrapped causes.
  const nested = [...((error as { errors?: unknown[] }).errors ?? []), (error as { cause?: unknown }).cause];
  return nested.some((e) => e !== undefined && e !== error && isDatabaseUnavailable(e));
}

/** Brings the schema to the latest migration; returns the names applied now. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Whether the database answers; used by `/api/health`. */
export async function pingDatabase(handle: DatabaseHandle): Promise<boolean> {
  try {
    await handle.db.selectFrom('auditChainHead').select('id').limit(1).execute();
    return true;
  } catch {
    return false;
  }
}
