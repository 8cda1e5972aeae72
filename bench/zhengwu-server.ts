// The zhengwu server for benchmarking, as `zhengwu start` runs it (migrate, seed when empty, the 催办 pass at
// start, logging at the configured level — info by default, as in production; the parent discards stdout),
// on a given port and database, and answering the parent over IPC:
//   BENCH_DATABASE   `postgres://…` or `sqlite:/path`; unset: a fresh SQLite database in a temp dir (removed on exit)
//   BENCH_DATA_DIR   the data directory (SM4 key file); default a temp dir
//   BENCH_LOG_LEVEL  default info
//   BENCH_COUNT_STATEMENTS=1  count every statement (a Kysely plugin), for the scale benchmark
//   BENCH_CHASE=0    skip the 催办 pass at start
// IPC: {type:'ready', startMs, uptimeMs} once listening; {type:'chased', ms} when the start's 催办 pass ends;
// on {type:'stats'} answers {type:'stats', statements, rss, heapUsed} (statements since the last 'reset').
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KyselyPlugin } from 'kysely';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { migrateToLatest, openDatabase } from '../src/db/database.js';
import { fieldCipherFor } from '../src/cli/runtime.js';
import { buildApp } from '../src/http/app.js';
import { chaseIncoming } from '../src/operations/documents/chase-incoming.js';
import { seedDemoGovernment } from '../src/operations/seed-demo-government.js';

const started = performance.now();
const port = Number(process.argv[2] ?? 0);
const ownDir = process.env.BENCH_DATA_DIR ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-bench-'));
const dataDir = process.env.BENCH_DATA_DIR ?? ownDir ?? '';
const config = loadConfig({
  ZHENGWU_DATA_DIR: dataDir,
  ...(process.env.BENCH_DATABASE ? { ZHENGWU_DATABASE_URL: process.env.BENCH_DATABASE } : {}),
  ZHENGWU_LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
  ZHENGWU_PORT: String(port),
  // Benchmarks sign many clients in from one address.
  ZHENGWU_LOGIN_RATE_PER_MINUTE: '1000000',
});

const counter = { statements: 0 };
const countingPlugin: KyselyPlugin = {
  transformQuery: (args) => args.node,
  transformResult: async (args) => {
    counter.statements += 1;
    return args.result;
  },
};

const opened = openDatabase(config.database);
const handle = process.env.BENCH_COUNT_STATEMENTS === '1' ? { ...opened, db: opened.db.withPlugin(countingPlugin) } : opened;
await migrateToLatest(handle.db);
await seedDemoGovernment(handle, systemClock);
const fieldCipher = fieldCipherFor(config);
const app = await buildApp({ config, handle, clock: systemClock, fieldCipher });
await app.listen({ host: '127.0.0.1', port });
// startMs: open, migrate, seed check, build, listen; uptimeMs adds loading the modules (here: compiled by tsx on the fly).
process.send?.({ type: 'ready', startMs: performance.now() - started, uptimeMs: performance.now() });

if (process.env.BENCH_CHASE !== '0') {
  const chaseStart = performance.now();
  chaseIncoming(handle, systemClock)
    .catch((err: unknown) => app.log.error({ err }, '自动催办失败'))
    .finally(() => process.send?.({ type: 'chased', ms: performance.now() - chaseStart }));
}

process.on('message', (message: { type?: string }) => {
  if (message.type === 'reset') counter.statements = 0;
  if (message.type === 'stats' || message.type === 'reset') {
    const memory = process.memoryUsage();
    process.send?.({ type: 'stats', statements: counter.statements, rss: memory.rss, heapUsed: memory.heapUsed });
  }
});

let closing = false;
process.on('SIGTERM', async () => {
  if (closing) return;
  closing = true;
  await app.close();
  await opened.close();
  if (ownDir) fs.rmSync(ownDir, { recursive: true, force: true });
  process.exit(0);
});
