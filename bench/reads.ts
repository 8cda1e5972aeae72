// Read benchmark: signed-in reads (工作台, the register's first page, a deep page, searches of 2 and 4
// characters, a meeting's detail, two ledger pages) on SQLite and PostgreSQL loaded with the generator
// (BENCH_READS_DOCUMENTS, default 10,000 incoming documents — a district's year), beside a bare Fastify
// hello-world (the ceiling) measured in the same slot, at 20 connections (autocannon). Targets alternate
// within each round; each figure is the median of the rounds.
//
//   npm run bench:reads                 BENCH_SECONDS=5 per measurement, BENCH_ROUNDS=3, BENCH_CONNECTIONS=20
//   BENCH_DIALECTS=sqlite npm run bench:reads
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchLogins, generate, type Generated } from './generate.js';
import { throughput, type Throughput } from './lib/http-load.js';
import { startBenchPostgresOrSkip } from './lib/postgres.js';
import { deepCursor, type ReadRoute, readRoutes, signInAll } from './lib/read-routes.js';
import { machine, median, table } from './lib/report.js';
import { type BenchServer, startServer } from './lib/server.js';
import type { Session } from './lib/client.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const DOCUMENTS = Number(process.env.BENCH_READS_DOCUMENTS ?? 10_000);
const DIALECTS = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-bench-reads-'));
const pg = DIALECTS.includes('postgres') ? await startBenchPostgresOrSkip({ durable: false }) : undefined;
if (!pg && DIALECTS.includes('postgres')) DIALECTS.splice(DIALECTS.indexOf('postgres'), 1);
type Target = { dialect: string; server: BenchServer; sessions: Record<string, Session>; routes: ReadRoute[] };
const targets: Target[] = [];
let hello: BenchServer | undefined;
try {
  for (const dialect of DIALECTS) {
    const dataDir = path.join(work, dialect);
    const database = dialect === 'postgres' && pg ? await pg.newDatabase('bench_reads') : `sqlite:${path.join(dataDir, 'zhengwu.db')}`;
    const generated: Generated = await generate({ database, dataDir, documents: DOCUMENTS, log: (line) => process.stderr.write(`${line}\n`) });
    const server = await startServer('./zhengwu-server.ts', { BENCH_DATA_DIR: dataDir, BENCH_DATABASE: database });
    await server.chased;
    const sessions = await signInAll(server.url, generated.accounts, benchLogins);
    const context = { base: server.url, sessions, meetingId: generated.sampleMeetingId, searchTerms: generated.searchTerms };
    const cursor = await deepCursor(server.url, sessions.bgs!, 499 * 20).catch(() => null);
    targets.push({ dialect, server, sessions, routes: readRoutes(context, cursor) });
  }
  hello = await startServer('./hello-server.ts');
  const routeNames = targets[0]?.routes.map((r) => r.name) ?? [];
  const results = new Map<string, Throughput[]>();
  const rss = new Map<string, number>();
  const record = (key: string, m: Throughput) => results.set(key, [...(results.get(key) ?? []), m]);
  const warm = Number(process.env.BENCH_WARMUP_SECONDS ?? 1);
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const [i, name] of routeNames.entries()) {
      const slot = [
        { key: `hello|${name}`, run: () => throughput(`${hello!.url}/`, {}, CONNECTIONS, SECONDS), warmUp: () => throughput(`${hello!.url}/`, {}, CONNECTIONS, warm) },
        ...targets.map((t) => {
          const route = t.routes[i]!;
          const headers = t.sessions[route.login]!.headers;
          return { key: `${t.dialect}|${name}`, run: () => throughput(`${t.server.url}${route.url}`, headers, CONNECTIONS, SECONDS), warmUp: () => throughput(`${t.server.url}${route.url}`, headers, CONNECTIONS, warm) };
        }),
      ];
      const order = (round + i) % 2 === 0 ? slot : [...slot].reverse();
      for (const s of order) {
        if (warm > 0) await s.warmUp();
        const m = await s.run();
        record(s.key, m);
        const server = targets.find((t) => s.key.startsWith(`${t.dialect}|`))?.server;
        if (server) {
          const dialect = s.key.split('|')[0]!;
          rss.set(dialect, Math.max(rss.get(dialect) ?? 0, (await server.stats()).rss / 2 ** 20));
        }
        process.stderr.write(`  round ${round} ${s.key}: ${m.rps.toFixed(0)} req/s p50 ${m.p50} p99 ${m.p99}${m.errors ? ` errors ${m.errors}` : ''}\n`);
      }
    }
  }
  const rows: string[][] = [];
  const med = (key: string) => {
    const list = results.get(key) ?? [];
    return { rps: median(list.map((m) => m.rps)), p50: median(list.map((m) => m.p50)), p99: median(list.map((m) => m.p99)), errors: list.reduce((s, m) => s + m.errors, 0) };
  };
  for (const name of routeNames) {
    const ceiling = med(`hello|${name}`).rps;
    for (const t of targets) {
      const m = med(`${t.dialect}|${name}`);
      rows.push([name, t.dialect, m.rps.toFixed(0), String(m.p50), String(m.p99), String(m.errors), ceiling.toFixed(0), `${((m.rps / ceiling) * 100).toFixed(1)} %`]);
    }
  }
  process.stdout.write(`\n${machine(pg?.version)}\n`);
  process.stdout.write(`${DOCUMENTS.toLocaleString('en')} incoming documents (generated), ${CONNECTIONS} connections, ${SECONDS} s per measurement after a ${warm} s warm-up, median of ${ROUNDS} rounds, targets alternating; ceiling = bare Fastify hello-world in the same slot.\n\n`);
  process.stdout.write(`Server RSS right after each measurement, highest: ${[...rss].map(([d, mb]) => `${d} ${mb.toFixed(0)} MB`).join(', ')}; start to ready on the migrated, loaded database (open, migrate, build, listen / process uptime incl. loading modules through tsx): ${targets.map((t) => `${t.dialect} ${t.server.startMs.toFixed(0)} / ${t.server.uptimeMs.toFixed(0)} ms`).join(', ')}.\n\n`);
  process.stdout.write(table(['read', 'database', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx/errors', 'ceiling req/s', 'ratio to ceiling'], rows));
} finally {
  for (const t of targets) await t.server.stop();
  await hello?.stop();
  pg?.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
