// A throwaway PostgreSQL for a benchmark run, started from the machine's binaries the way the test harness
// does (test/harness/postgres-server.ts), but with the durability a production server has: fsync and
// synchronous commit on, so a write step's figure is comparable with SQLite's WAL + synchronous=FULL.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { findPostgresBin } from '../../test/harness/postgres-server.js';

export type BenchPostgres = { url: string; version: string; newDatabase: (name: string) => Promise<string>; dropDatabase: (name: string) => Promise<void>; stop: () => void };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * `durable`: fsync and synchronous_commit on (the write benchmark). Without it the cluster runs like the
 * test harness's (fsync off) — for the read and scale benchmarks, whose figures do not depend on it and whose
 * bulk loads would otherwise spend minutes flushing.
 */
export async function startBenchPostgres(options: { durable: boolean }): Promise<BenchPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('no PostgreSQL binaries (initdb) on this machine; install the Debian package postgresql');
  // initdb refuses to run as root: the cluster then belongs to the `postgres` system user (or `nobody`).
  const isRoot = process.getuid?.() === 0;
  const user = isRoot ? (spawnSync('id', ['-u', 'postgres']).status === 0 ? 'postgres' : 'nobody') : undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-benchpg-'));
  const dataDir = path.join(dir, 'data');
  const socketDir = path.join(dir, 'sock');
  fs.mkdirSync(socketDir);
  if (user) execFileSync('chown', ['-R', user, dir]);
  const asUser = (cmd: string, args: string[]) =>
    user ? execFileSync('runuser', ['-u', user, '--', path.join(bin, cmd), ...args], { stdio: 'pipe' }) : execFileSync(path.join(bin, cmd), args, { stdio: 'pipe' });
  asUser('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const durability = options.durable ? '-c fsync=on -c synchronous_commit=on -c full_page_writes=on' : '-c fsync=off -c synchronous_commit=off -c full_page_writes=off';
  const settings = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 ${durability} -c max_connections=200 -c shared_buffers=512MB -c max_wal_size=4GB -c maintenance_work_mem=256MB`;
  asUser('pg_ctl', ['-D', dataDir, '-o', settings, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
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
    stop: () => {
      try {
        asUser('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
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
