// A throwaway PostgreSQL for a benchmark run, started from the machine's binaries the way the test harness
// does (test/harness/postgres-server.ts), but with the durability a production server has: fsync and
// synchronous commit on, so a write step's figure is comparable with SQLite's WAL + synchronous=FULL.
import pg from 'pg';
import { findPostgresBin, startPostgres } from '../../test/harness/postgres-server.js';

export type BenchPostgres = { url: string; version: string; newDatabase: (name: string) => Promise<string>; dropDatabase: (name: string) => Promise<void>; stop: () => void };

/**
 * `durable`: fsync and synchronous_commit on (the write benchmark). Without it the cluster runs like the
 * test harness's (fsync off) — for the read and scale benchmarks, whose figures do not depend on it and whose
 * bulk loads would otherwise spend minutes flushing.
 */
export async function startBenchPostgres(options: { durable: boolean }): Promise<BenchPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('no PostgreSQL binaries (initdb) on this machine; install the Debian package postgresql');
  const durability = options.durable ? '-c fsync=on -c synchronous_commit=on -c full_page_writes=on' : '-c fsync=off -c synchronous_commit=off -c full_page_writes=off';
  const server = await startPostgres(bin, `${durability} -c max_connections=200 -c shared_buffers=512MB -c max_wal_size=4GB -c maintenance_work_mem=256MB`);
  const url = server.url;
  const admin = async <T>(run: (c: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await run(client);
    } finally {
      await client.end();
    }
  };
  const version = await admin(async (c) => (await c.query<{ server_version: string }>('show server_version')).rows[0]?.server_version ?? '?');
  return {
    url,
    version,
    newDatabase: async (name) => {
      await admin((c) => c.query(`create database ${name}`));
      return url.replace(/\/postgres$/, `/${name}`);
    },
    dropDatabase: async (name) => {
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    },
    stop: server.stop,
  };
}

/** The cluster, or undefined (with a line saying why) when the machine has no PostgreSQL binaries. */
export async function startBenchPostgresOrSkip(options: { durable: boolean }): Promise<BenchPostgres | undefined> {
  if (!findPostgresBin()) {
    process.stderr.write('SKIPPED postgres: no PostgreSQL binaries (initdb) on this machine; install the Debian package postgresql\n');
    return undefined;
  }
  return startBenchPostgres(options);
}
