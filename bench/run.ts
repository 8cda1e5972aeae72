// HTTP benchmark: /api/health and the org listing against a bare Fastify hello-world, each in its own
// process, autocannon driving from this one. Prints req/s, p50/p99 latency and the ratio to the ceiling.
import autocannon from 'autocannon';
import { startServer } from './lib/server.js';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const DEMO_PASSWORD = 'Zhengwu@2022';
const NEW_PASSWORD = 'Bench#2026pass';

async function login(base: string): Promise<string> {
  const first = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ loginName: 'bgs', password: DEMO_PASSWORD }) });
  const cookies = first.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = cookies.find((c) => c?.startsWith('zw_csrf='))?.split('=')[1] ?? '';
  const cookie = cookies.join('; ');
  const changed = await fetch(`${base}/api/session/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
    body: JSON.stringify({ currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD }),
  });
  if (changed.status !== 204) throw new Error(`password change failed: ${changed.status}`);
  return cookie;
}

type Row = { name: string; rps: number; p50: number; p99: number; errors: number };

async function measure(name: string, url: string, headers: Record<string, string> = {}): Promise<Row> {
  // A short warm-up so the JIT and caches settle before the measured run.
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  return { name, rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

const hello = await startServer('./hello-server.ts');
const zhengwu = await startServer('./zhengwu-server.ts');
try {
  const cookie = await login(zhengwu.url);
  const rows = [
    await measure('bare Fastify hello-world (ceiling)', `${hello.url}/`),
    await measure('GET /api/health', `${zhengwu.url}/api/health`),
    await measure('GET /api/org/units (signed in)', `${zhengwu.url}/api/org/units`, { cookie }),
  ];
  const ceiling = rows[0]?.rps ?? 1;
  console.log(`\n${DURATION}s per target, ${CONNECTIONS} connections, node ${process.version}\n`);
  console.log('| target | req/s | p50 ms | p99 ms | non-2xx/errors | ratio to ceiling |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.name} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${(r.rps / ceiling).toFixed(2)} |`);
} finally {
  await zhengwu.stop();
  await hello.stop();
}
