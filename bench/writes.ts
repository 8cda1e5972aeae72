// Write benchmark: steps/s of the 收文 flow through the HTTP API at 1, 8 and 32 clients, on SQLite and on
// PostgreSQL, beside the ceiling — the raw SQLite single-row commit rate with the server's durability
// (WAL, synchronous=FULL), on the same disk — and the peer: the generic JS workflow engine bpmn-engine
// running the same steps as a BPMN process, its state and one audit row persisted to SQLite (same settings)
// at every step. Targets alternate within each round; each figure is the median of the rounds.
//
//   npm run bench:writes                       BENCH_SECONDS=5 per measurement, BENCH_ROUNDS=3
//   BENCH_CLIENTS=1,8 BENCH_TARGETS=sqlite,ceiling npm run bench:writes
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Engine } from 'bpmn-engine';
import { file, type FlowSessions, signInFlow, steps, STEPS_PER_DOCUMENT, take } from './lib/incoming-flow.js';
import { startBenchPostgresOrSkip } from './lib/postgres.js';
import { startServer } from './lib/server.js';
import { machine, median, percentile, table } from './lib/report.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CLIENTS = (process.env.BENCH_CLIENTS ?? '1,8,32').split(',').map(Number);
const TARGETS = (process.env.BENCH_TARGETS ?? 'ceiling,sqlite,postgres,peer').split(',');

type Measured = { rate: number; p50: number; p99: number; errors: number };

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-bench-writes-'));

// ---- The ceiling: one row per commit, WAL + synchronous=FULL, as the server opens its database.
function openDurable(file: string): SQLite.Database {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  return db;
}
const ceilingDb = openDurable(path.join(work, 'ceiling.db'));
ceilingDb.exec('create table if not exists commits (id integer primary key, at text not null, payload text not null)');
const ceilingInsert = ceilingDb.prepare('insert into commits (at, payload) values (?, ?)');

async function measureCeiling(seconds: number): Promise<Measured> {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  let n = 0;
  const start = performance.now();
  while (performance.now() < until) {
    const t = performance.now();
    // Autocommit: each statement is its own transaction, so each is one commit with its WAL sync.
    ceilingInsert.run(new Date().toISOString(), 'step');
    latencies.push(performance.now() - t);
    n += 1;
    // Yield now and then, so timers and I/O of this process are not starved.
    if (n % 500 === 0) await new Promise((r) => setImmediate(r));
  }
  return { rate: n / ((performance.now() - start) / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors: 0 };
}

// ---- The peer: bpmn-engine, the same steps as user tasks, state + an audit row persisted per step.
const peerDb = openDurable(path.join(work, 'peer.db'));
peerDb.exec(`create table if not exists process_state (id text primary key, state text not null, updated_at text not null);
  create table if not exists audit (seq integer primary key, process_id text not null, step text not null, at text not null)`);
const saveState = peerDb.prepare('insert into process_state (id, state, updated_at) values (?, ?, ?) on conflict (id) do update set state = excluded.state, updated_at = excluded.updated_at');
const saveAudit = peerDb.prepare('insert into audit (process_id, step, at) values (?, ?, ?)');
const persistStep = peerDb.transaction((id: string, state: string, step: string) => {
  const at = new Date().toISOString();
  saveState.run(id, state, at);
  saveAudit.run(id, step, at);
});
const taskNames = ['submit', ...steps.map((s) => s.path)];
const bpmnSource = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="incoming" targetNamespace="http://bpmn.io/schema/bpmn">
  <process id="incomingDocument" isExecutable="true">
    <startEvent id="start" />
    ${taskNames.map((t) => `<userTask id="${t}" name="${t}" />`).join('\n    ')}
    <endEvent id="end" />
    ${['start', ...taskNames, 'end'].slice(0, -1).map((from, i, all) => `<sequenceFlow id="f${i}" sourceRef="${from}" targetRef="${all[i + 1] ?? 'end'}" />`).join('\n    ')}
    <sequenceFlow id="flast" sourceRef="${taskNames.at(-1)}" targetRef="end" />
  </process>
</definitions>`;

let peerInstance = 0;
/** One document as a BPMN instance: at each user task, persist the engine's state and an audit row, then complete the task. */
async function peerDocument(isRunning: () => boolean, onStep: (ms: number) => void): Promise<void> {
  const id = `doc-${(peerInstance += 1)}`;
  const listener = new EventEmitter();
  const engine = new Engine({ name: id, source: bpmnSource });
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));
  // Set once execute() returns; the first wait is handled after that (setImmediate).
  const running: { execution?: Awaited<ReturnType<Engine['execute']>> } = {};
  listener.on('wait', (api: { id: string }) => {
    // After the engine has settled into the wait (execute() has returned), as a person's next request would be.
    setImmediate(async () => {
      if (!isRunning()) return finish();
      const t = performance.now();
      const state = JSON.stringify(await engine.getState());
      persistStep(id, state, api.id);
      running.execution?.signal({ id: api.id });
      onStep(performance.now() - t);
    });
  });
  engine.once('end', () => finish());
  engine.once('error', () => finish());
  running.execution = await engine.execute({ listener });
  await finished;
  engine.stop();
}

async function measurePeer(clients: number, seconds: number): Promise<Measured> {
  let running = true;
  const latencies: number[] = [];
  const start = performance.now();
  const timer = setTimeout(() => (running = false), seconds * 1000);
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (running) await peerDocument(() => running, (ms) => latencies.push(ms));
    }),
  );
  clearTimeout(timer);
  return { rate: latencies.length / ((performance.now() - start) / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors: 0 };
}

// ---- The API: each client files documents and walks each through every step, one request at a time.
let documentNumber = 0;
async function measureApi(base: string, sessions: FlowSessions, clients: number, seconds: number): Promise<Measured> {
  let running = true;
  let errors = 0;
  const latencies: number[] = [];
  const start = performance.now();
  const timer = setTimeout(() => (running = false), seconds * 1000);
  const timed = async (run: () => Promise<unknown>) => {
    const t = performance.now();
    await run();
    latencies.push(performance.now() - t);
  };
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (running) {
        const i = (documentNumber += 1);
        try {
          let id = '';
          await timed(async () => (id = await file(base, sessions, i)));
          for (let k = 0; k < steps.length && running; k += 1) await timed(() => take(base, sessions, id, k, i));
        } catch (error) {
          errors += 1;
          if (errors <= 3) process.stderr.write(`  error: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}\n`);
        }
      }
    }),
  );
  clearTimeout(timer);
  return { rate: latencies.length / ((performance.now() - start) / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

// ---- The run.
const pgServer = TARGETS.includes('postgres') ? await startBenchPostgresOrSkip({ durable: true }) : undefined;
if (!pgServer && TARGETS.includes('postgres')) TARGETS.splice(TARGETS.indexOf('postgres'), 1);
const servers: Record<string, { base: string; sessions: FlowSessions; stop: () => Promise<void> }> = {};
try {
  if (TARGETS.includes('sqlite')) {
    const s = await startServer('./zhengwu-server.ts', { BENCH_DATA_DIR: path.join(work, 'sqlite'), BENCH_DATABASE: `sqlite:${path.join(work, 'sqlite', 'zhengwu.db')}` });
    servers.sqlite = { base: s.url, sessions: await signInFlow(s.url), stop: s.stop };
  }
  if (pgServer) {
    const url = await pgServer.newDatabase('bench_writes');
    const s = await startServer('./zhengwu-server.ts', { BENCH_DATA_DIR: path.join(work, 'pg'), BENCH_DATABASE: url });
    servers.postgres = { base: s.url, sessions: await signInFlow(s.url), stop: s.stop };
  }
  const measure = async (target: string, clients: number, seconds = SECONDS): Promise<Measured> => {
    if (target === 'ceiling') return measureCeiling(seconds);
    if (target === 'peer') return measurePeer(clients, seconds);
    const s = servers[target];
    if (!s) throw new Error(`unknown target ${target}`);
    return measureApi(s.base, s.sessions, clients, seconds);
  };
  // Warm-up (figures discarded): the JIT, the statement caches, the first register number of the year.
  const warm = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
  if (warm > 0) for (const target of TARGETS) await measure(target, 8, warm);
  const results = new Map<string, Measured[]>();
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const clients of CLIENTS) {
      // Alternate the order each round so no target always runs first or last.
      const order = round % 2 === 1 ? TARGETS : [...TARGETS].reverse();
      for (const target of order) {
        const m = await measure(target, clients);
        const key = `${target}@${clients}`;
        results.set(key, [...(results.get(key) ?? []), m]);
        process.stderr.write(`  round ${round} ${key}: ${m.rate.toFixed(1)}/s p50 ${m.p50.toFixed(1)} ms p99 ${m.p99.toFixed(1)} ms${m.errors ? ` errors ${m.errors}` : ''}\n`);
      }
    }
  }
  const labels: Record<string, string> = {
    ceiling: 'raw SQLite commits (ceiling)',
    sqlite: 'zhengwu API, SQLite',
    postgres: 'zhengwu API, PostgreSQL',
    peer: 'bpmn-engine + SQLite (peer)',
  };
  const rows: string[][] = [];
  for (const clients of CLIENTS) {
    const med = (target: string) => {
      const list = results.get(`${target}@${clients}`) ?? [];
      return { rate: median(list.map((m) => m.rate)), p50: median(list.map((m) => m.p50)), p99: median(list.map((m) => m.p99)), errors: list.reduce((s, m) => s + m.errors, 0), runs: list.map((m) => m.rate.toFixed(0)).join(' / ') };
    };
    const ceiling = TARGETS.includes('ceiling') ? med('ceiling').rate : NaN;
    const peer = TARGETS.includes('peer') ? med('peer').rate : NaN;
    for (const target of TARGETS) {
      const m = med(target);
      rows.push([
        String(clients),
        labels[target] ?? target,
        m.rate.toFixed(1),
        m.runs,
        m.p50.toFixed(1),
        m.p99.toFixed(1),
        String(m.errors),
        Number.isNaN(ceiling) ? '—' : ceiling.toFixed(0),
        Number.isNaN(ceiling) ? '—' : `${((m.rate / ceiling) * 100).toFixed(1)} %`,
        Number.isNaN(peer) ? '—' : `${(m.rate / peer).toFixed(2)}×`,
      ]);
    }
  }
  process.stdout.write(`\n${machine(pgServer?.version)}\n`);
  process.stdout.write(`收文 flow: ${STEPS_PER_DOCUMENT} steps per document (filing + ${steps.map((s) => s.path).join(', ')}); ${SECONDS} s per measurement, median of ${ROUNDS} rounds, targets alternating. p50/p99: of each HTTP request (API), of each step's state + audit write (peer), of each commit (ceiling).\n\n`);
  process.stdout.write(
    table(['clients', 'target', 'steps/s (median)', 'runs', 'p50 ms', 'p99 ms', 'errors', 'ceiling commits/s (same slot)', 'ratio to ceiling', 'ratio to peer'], rows),
  );
} finally {
  for (const s of Object.values(servers)) await s.stop();
  pgServer?.stop();
  ceilingDb.close();
  peerDb.close();
  fs.rmSync(work, { recursive: true, force: true });
}

