// The zhengwu server for benchmarking: a fresh SQLite database with the demo government, on a given port.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { migrateToLatest, openDatabase } from '../src/db/database.js';
import { fieldCipherFor } from '../src/cli/runtime.js';
import { buildApp } from '../src/http/app.js';
import { seedDemoGovernment } from '../src/operations/seed-demo-government.js';

const port = Number(process.argv[2] ?? 0);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-bench-'));
const config = loadConfig({ ZHENGWU_DATA_DIR: dir, ZHENGWU_LOG_LEVEL: 'silent', ZHENGWU_PORT: String(port) });
const handle = openDatabase(config.database);
await migrateToLatest(handle.db);
await seedDemoGovernment(handle, systemClock);
const app = await buildApp({ config, handle, clock: systemClock, fieldCipher: fieldCipherFor(config), logger: false });
await app.listen({ host: '127.0.0.1', port });
process.send?.({ ready: true });
process.on('SIGTERM', async () => {
  await app.close();
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
});
