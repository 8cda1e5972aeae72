// Scale benchmark: for each size (BENCH_SIZES, default 10000,100000,1000000 incoming documents) and each
// database, generate the data (bench/generate.ts), start the server on it, and measure one request at a time
// the p50/p99 of every list, filter, search and 工作台, the statements each runs (counted by a Kysely
// plugin in the server), its response size; the server's start-to-ready time, the 催办 pass at start and
// /api/health while it runs, the server's RSS after the reads, and `zhengwu audit verify` (a first, full pass
// and a second, incremental one). Generated databases live in a temp dir and are removed after each size.
//
//   npm run bench:scale
//   BENCH_SIZES=10000,100000 BENCH_DIALECTS=sqlite npm run bench:scale
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchLogins, generate } from './generate.js';
import { latency } from './lib/http-load.js';
import { type BenchPostgres, startBenchPostgresOrSkip } from './lib/postgres.js';
import { deepCursor, scaleRoutes, signInAll } from './lib/read-routes.js';
import { openRaw } from './lib/raw-db.js';
import { machine, percentile, table } from './lib/report.js';
import { startServer } from './lib/server.js';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const DIALECTS = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',');
const SAMPLES = { min: Number(process.env.BENCH_MIN_SAMPLES ?? 5), max: Number(process.env.BENCH_MAX_SAMPLES ?? 40), seconds: Number(process.env.BENCH_ROUTE_SECONDS ?? 8) };

type RouteFigure = { p50: number; p99: number; statements: number; bytes: number; status: number; n: number };
type SizeResult = {
  dialect: string;
  size: number;
  generateS: number;
  auditRows: number;
  startMs: number;
  uptimeMs: number;
  chaseMs: number;
  healthDuringChase: { n: number; p50: number; max: number };
  routes: Map<string, RouteFigure>;
  rssMb: number;
  overdue: { api: number; sql: number };
  verifyFullS: number;
  verifyAgainS: number;
  verifyOk: boolean;
};

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number; seconds: number; out: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', new URL('./lib/cli.ts', import.meta.url).pathname, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => resolve({ code: code ?? 1, seconds: (performance.now() - started) / 1000, out }));
  });
}

const results: SizeResult[] = [];
// The CLI's own start-up (tsx compiling from source), included in every `audit verify` figure below.
let cliStartS = NaN;
const log = (line: string) => process.stderr.write(`${line}\n`);
let pg: BenchPostgres | undefined;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-bench-scale-'));
try {
  if (DIALECTS.includes('postgres')) pg = await startBenchPostgresOrSkip({ durable: false });
  if (!pg && DIALECTS.includes('postgres')) DIALECTS.splice(DIALECTS.indexOf('postgres'), 1);
  cliStartS = (await runCli(['--help'], {})).seconds;
  for (const size of SIZES) {
    for (const dialect of DIALECTS) {
      const dataDir = path.join(work, `${dialect}-${size}`);
      const dbName = `bench_scale_${size}`;
      const database = dialect === 'postgres' && pg ? await pg.newDatabase(dbName) : `sqlite:${path.join(dataDir, 'zhengwu.db')}`;
      try {
        const genStarted = performance.now();
        const generated = await generate({ database, dataDir, documents: size, log });
        const generateS = (performance.now() - genStarted) / 1000;
        const server = await startServer('./zhengwu-server.ts', { BENCH_DATA_DIR: dataDir, BENCH_DATABASE: database, BENCH_COUNT_STATEMENTS: '1' });
        const routes = new Map<string, RouteFigure>();
        let rssMb = 0;
        let chaseMs = 0;
        let overdue = { api: NaN, sql: NaN };
        const health: number[] = [];
        try {
          // /api/health while the 催办 pass that starts with the server runs.
          let chasing = true;
          const chased = server.chased.then((ms) => {
            chasing = false;
            chaseMs = ms;
          });
          while (chasing) {
            const t = performance.now();
            await fetch(`${server.url}/api/health`).then((r) => r.arrayBuffer());
            health.push(performance.now() - t);
            await new Promise((r) => setTimeout(r, 20));
          }
          await chased;
          const sessions = await signInAll(server.url, generated.accounts, benchLogins);
          const context = { base: server.url, sessions, meetingId: generated.sampleMeetingId, searchTerms: generated.searchTerms };
          const cursor = await deepCursor(server.url, sessions.bgs!, 499 * 20).catch(() => null);
          for (const route of scaleRoutes(context, cursor)) {
            const headers = sessions[route.login]!.headers;
            // Statements of exactly one request (nothing else runs meanwhile).
            await server.stats(true);
            await fetch(`${server.url}${route.url}`, { headers }).then((r) => r.arrayBuffer());
            const { statements } = await server.stats();
            const m = await latency(`${server.url}${route.url}`, headers, SAMPLES);
            routes.set(route.name, { ...m, statements });
            rssMb = Math.max(rssMb, (await server.stats()).rss / 2 ** 20);
            log(`  ${dialect} ${size}: ${route.name}: p50 ${m.p50.toFixed(1)} ms p99 ${m.p99.toFixed(1)} ms, ${statements} statements, ${m.bytes} bytes${m.status === 200 ? '' : ` status ${m.status}`}`);
          }
          // The overdue register's total against the same definition counted here in SQL (issue 11: equal at every size).
          const now = new Date();
          const api = (await fetch(`${server.url}/api/documents/incoming?overdue=1&pageSize=1`, { headers: sessions.bgs!.headers }).then((r) => r.json())) as { total?: number };
          const raw = await openRaw(database, { forLoad: false });
          try {
            const today = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
            const [row] = await raw.query(
              `select count(*) as n from incoming_documents d left join deadlines dl on dl.id = d.step_deadline_id and dl.is_open = 1
                where (dl.id is not null and ((dl.basis = 'hours' and dl.due < $1) or (dl.basis <> 'hours' and dl.due < $2)))
                   or (dl.id is null and d.step_due_at is not null and d.step_due_at < $1)`,
              [now.toISOString(), today],
            );
            overdue = { api: api.total ?? NaN, sql: Number(row?.n ?? NaN) };
          } finally {
            await raw.close();
          }
          log(`  ${dialect} ${size}: overdue: register total ${overdue.api}, SQL count ${overdue.sql}`);
        } finally {
          await server.stop();
        }
        const env = { ZHENGWU_DATA_DIR: dataDir, ZHENGWU_DATABASE_URL: database, ZHENGWU_LOG_LEVEL: 'silent' };
        const full = await runCli(['audit', 'verify'], env);
        const again = await runCli(['audit', 'verify'], env);
        log(`  ${dialect} ${size}: audit verify ${full.seconds.toFixed(1)} s (exit ${full.code}), again ${again.seconds.toFixed(1)} s`);
        if (full.code !== 0) log(full.out.slice(-600));
        results.push({
          dialect,
          size,
          generateS,
          auditRows: generated.auditRows,
          startMs: server.startMs,
          uptimeMs: server.uptimeMs,
          chaseMs,
          healthDuringChase: { n: health.length, p50: percentile(health, 50), max: Math.max(0, ...health) },
          routes,
          rssMb,
          overdue,
          verifyFullS: full.seconds,
          verifyAgainS: again.seconds,
          verifyOk: full.code === 0 && again.code === 0,
        });
      } finally {
        if (dialect === 'postgres') await pg?.dropDatabase(dbName);
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    }
  }
} finally {
  pg?.stop();
  fs.rmSync(work, { recursive: true, force: true });
  print();
}

function print() {
  if (results.length === 0) return;
  const fmt = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
  process.stdout.write(`\n${machine(pg?.version)}\n`);
  process.stdout.write(`One request at a time, ${SAMPLES.min}–${SAMPLES.max} samples per read (at most ${SAMPLES.seconds} s) after one untimed request; statements = the statements the server ran for one request. \`audit verify\` times include the CLI's start-up from source (${cliStartS.toFixed(1)} s for \`--help\`); the first run is a full pass (no earlier verification recorded), the second incremental.\n\n`);
  for (const dialect of DIALECTS) {
    const mine = results.filter((r) => r.dialect === dialect);
    if (mine.length === 0) continue;
    const names = [...(mine[0]?.routes.keys() ?? [])];
    const smallest = mine[0]!;
    const header = ['read', ...mine.flatMap((r) => [`p50 ms @${r.size.toLocaleString('en')}`, `p99 ms @${r.size.toLocaleString('en')}`, `stmts @${r.size.toLocaleString('en')}`]), ...(mine.length > 1 ? [`p99 ×, largest vs ${smallest.size.toLocaleString('en')}`] : [])];
    const rows = names.map((name) => {
      const cells = mine.flatMap((r) => {
        const f = r.routes.get(name);
        return f ? [fmt(f.p50), fmt(f.p99) + (f.status === 200 ? '' : ` (${f.status})`), String(f.statements)] : ['—', '—', '—'];
      });
      const first = smallest.routes.get(name);
      const last = mine.at(-1)!.routes.get(name);
      return [name, ...cells, ...(mine.length > 1 ? [first && last ? `${(last.p99 / first.p99).toFixed(1)}×` : '—'] : [])];
    });
    process.stdout.write(`### ${dialect}\n\n${table(header, rows)}\n`);
    process.stdout.write(
      table(
        ['size', 'generate s', 'audit rows', 'overdue: register total / SQL count', 'start to ready ms (server / process uptime)', '催办 at start ms', '/api/health during 催办 p50 / max ms (n)', 'server RSS MB', 'audit verify s (first, full)', 'audit verify s (again)'],
        mine.map((r) => [
          r.size.toLocaleString('en'),
          r.generateS.toFixed(0),
          r.auditRows.toLocaleString('en'),
          `${r.overdue.api} / ${r.overdue.sql}${r.overdue.api === r.overdue.sql ? '' : ' (DIFFER)'}`,
          `${r.startMs.toFixed(0)} / ${r.uptimeMs.toFixed(0)}`,
          r.chaseMs.toFixed(0),
          `${r.healthDuringChase.p50.toFixed(1)} / ${r.healthDuringChase.max.toFixed(1)} (${r.healthDuringChase.n})`,
          r.rssMb.toFixed(0),
          `${r.verifyFullS.toFixed(1)}${r.verifyOk ? '' : ' (FAILED)'}`,
          r.verifyAgainS.toFixed(1),
        ]),
      ) + '\n',
    );
  }
}
