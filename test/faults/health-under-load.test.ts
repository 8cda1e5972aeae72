/**
 * Nothing blocks the server (issue 11 item 4): while the heaviest documents request — the register's Excel
 * export of a few thousand documents — and the hourly 催办 pass run, `/api/health` still answers within 100 ms.
 *
 * Design, so that a loaded 2-core CI machine does not make it flaky:
 * - the server and the load run in this process, so a request or pass that held the event loop (or SQLite's one
 *   connection) would delay the health check exactly as it would delay a real client's;
 * - health is a real HTTP round trip from a separate process (a small pinger), as a load balancer's probe is: a
 *   client inside this process would need several turns of this busy event loop for its own socket work and
 *   measure itself rather than the server;
 * - the pinger starts only once the load is provably in flight (its statements have begun) and pings one
 *   request after another until the load has finished; only the answers that came while it ran count;
 * - a server that holds its event loop or its connection for a whole export or pass answers a handful of pings,
 *   one of them after seconds; a server that yields answers dozens. So the test asks for at least
 *   `MIN_PINGS` answers during the load, a median under 100 ms (robust to a scheduling hiccup of a loaded
 *   machine), and no answer slower than `WORST_MS` (above a yielding server's slowest, below a blocked export or pass of
 *   this many documents).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { KyselyPlugin } from 'kysely';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.js';
import { chaseIncoming } from '../../src/operations/documents/chase-incoming.js';
import { makeDocumentsInBulk } from '../documents/bulk-documents.js';
import { type Agent, logInAs, startTestApp, type TestApp } from '../harness/app.js';
import { dialects, freshDatabase } from '../harness/databases.js';

const DOCUMENTS = 6000;
const MIN_PINGS = 7;
// Measured here: a yielding server's slowest answer ~200–350 ms (a request's own start-up, a collection of
// garbage); the same load done in one piece blocks SQLite's server for over a second.
const WORST_MS = 750;

function countingPlugin(counter: { n: number }): KyselyPlugin {
  return {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      counter.n += 1;
      return args.result;
    },
  };
}

describe.each(dialects)('第六十六条 导出登记簿与自动催办进行时，健康检查仍在100毫秒内答复（%s）', (dialect) => {
  let t: TestApp;
  let office: Agent;
  let base: string;
  const counter = { n: 0 };

  beforeAll(async () => {
    const handle: DatabaseHandle = await freshDatabase(dialect);
    t = await startTestApp(dialect, { handle: { ...handle, db: handle.db.withPlugin(countingPlugin(counter)) } });
    office = await logInAs(t.app, 'bgs');
    await makeDocumentsInBulk(t.handle, DOCUMENTS, { now: t.clock.now() });
    base = await t.app.listen({ host: '127.0.0.1', port: 0 });
  }, 120_000);
  afterAll(async () => t.close());

  /**
   * A pinger in its own process: one warm-up ping (connection opened, code loaded), then from "go" until "stop"
   * one ping after another, each round trip's milliseconds on a line of its own.
   */
  const startPinger = async () => {
    const script = `
      const url = process.argv[1];
      const ping = async () => { const s = performance.now(); const r = await fetch(url); await r.text(); if (r.status !== 200) throw new Error('health ' + r.status); return performance.now() - s; };
      await ping();
      process.stdout.write('ready\\n');
      let isStopped = false;
      process.stdin.on('data', async (data) => {
        if (String(data).includes('stop')) { isStopped = true; return; }
        while (!isStopped) process.stdout.write((await ping()).toFixed(1) + '\\n');
        process.exit(0);
      });
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, `${base}/api/health`], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    expect((await lines.next()).value).toBe('ready');
    return { go: () => child.stdin.write('go\n'), stop: () => child.stdin.write('stop\n'), lines, child };
  };

  it('导出与催办进行时持续健康检查：答复及时（中位数不超过100毫秒），从不被整段阻塞', async () => {
    const pinger = await startPinger();
    onTestFinished(() => void pinger.child.kill());
    let isLoadDone = false;
    const startedAt = counter.n;
    const load = Promise.all([
      office.get('/api/documents/incoming/register.xlsx').then((r) => {
        expect(r.statusCode).toBe(200);
        return r.rawPayload.length;
      }),
      chaseIncoming(t.handle, t.clock),
    ]).finally(() => {
      isLoadDone = true;
    });
    // In flight: both have begun reading (the first chunks' statements have run).
    while (counter.n < startedAt + 4) await yieldToEventLoop();
    pinger.go();
    const during: number[] = [];
    const reading = (async () => {
      for (let line = await pinger.lines.next(); !line.done; line = await pinger.lines.next()) if (!isLoadDone) during.push(Number(line.value));
    })();
    const [bytes, chased] = await load;
    pinger.stop();
    await reading;
    // The load did its whole work: every document exported, every overdue or nearly due one chased.
    expect(bytes).toBeGreaterThan(DOCUMENTS * 20);
    expect(chased.chased).toBeGreaterThan(DOCUMENTS / 2);
    const shown = `health latencies during the load (ms): ${during.join(', ')}`;
    expect(during.length, shown).toBeGreaterThanOrEqual(MIN_PINGS);
    const sorted = [...during].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)], shown).toBeLessThan(100);
    expect(sorted.at(-1), shown).toBeLessThan(WORST_MS);
  }, 120_000);
});
