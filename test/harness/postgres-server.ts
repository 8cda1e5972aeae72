import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A throwaway PostgreSQL cluster for the test run, started from the machine's binaries. */
export type PostgresServer = { url: string; stop: () => void };

/** Where initdb and pg_ctl live: on PATH, or under Debian's /usr/lib/postgresql/<version>/bin. */
export function findPostgresBin(): string | undefined {
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return path.dirname(fs.realpathSync(onPath));
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return undefined;
  const versions = fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], 'bin') : undefined;
}

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

/** A test cluster need not survive the machine: no flushing (`settings` replaces these, e.g. for a benchmark). */
const TEST_SETTINGS = '-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200';

/**
 * initdb refuses to run as root, so as root the cluster belongs to the `postgres` system user (or `nobody`)
 * and every server command runs as that user.
 */
export async function startPostgres(bin: string, settings = TEST_SETTINGS): Promise<PostgresServer> {
  const isRoot = process.getuid?.() === 0;
  const user = isRoot ? (spawnSync('id', ['-u', 'postgres']).status === 0 ? 'postgres' : 'nobody') : undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-pg-'));
  const dataDir = path.join(dir, 'data');
  const socketDir = path.join(dir, 'sock');
  fs.mkdirSync(socketDir);
  if (user) execFileSync('chown', ['-R', user, dir]);
  const asUser = (cmd: string, args: string[]) =>
    user ? execFileSync('runuser', ['-u', user, '--', path.join(bin, cmd), ...args], { stdio: 'pipe' }) : execFileSync(path.join(bin, cmd), args, { stdio: 'pipe' });
  asUser('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 ${settings}`;
  asUser('pg_ctl', ['-D', dataDir, '-o', options, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        asUser('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** A private cluster a fault test may crash and bring back, without touching the run's shared one. */
export type RestartablePostgres = PostgresServer & {
  /** SIGKILL of the postmaster (as a crash or the OOM killer would); its backends die on their own. */
  kill: () => void;
  /** Starts the cluster again (crash recovery runs); retries while the killed backends still hold shared memory. */
  restart: () => Promise<void>;
};

/**
 * Like `startPostgres`, but with commits durable (synchronous_commit on; fsync may stay off since only the
 * server dies, not the machine), so "every acknowledged write survives a crash" is a fair test.
 */
export async function startRestartablePostgres(bin: string): Promise<RestartablePostgres> {
  const isRoot = process.getuid?.() === 0;
  const user = isRoot ? (spawnSync('id', ['-u', 'postgres']).status === 0 ? 'postgres' : 'nobody') : undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-pgfault-'));
  const dataDir = path.join(dir, 'data');
  const socketDir = path.join(dir, 'sock');
  fs.mkdirSync(socketDir);
  if (user) execFileSync('chown', ['-R', user, dir]);
  const asUser = (cmd: string, args: string[]) =>
    user ? execFileSync('runuser', ['-u', user, '--', path.join(bin, cmd), ...args], { stdio: 'pipe' }) : execFileSync(path.join(bin, cmd), args, { stdio: 'pipe' });
  asUser('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=on -c max_connections=100`;
  const start = () => asUser('pg_ctl', ['-D', dataDir, '-o', options, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  start();
  const postmasterPid = () => Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    kill: () => process.kill(postmasterPid(), 'SIGKILL'),
    restart: async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          start();
          return;
        } catch (error) {
          if (attempt >= 50) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    },
    stop: () => {
      try {
        asUser('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // Already down (the test killed it last).
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
