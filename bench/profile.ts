// Where a read's CPU goes: the server under autocannon load for one read, with V8's CPU profiler on, and the
// functions with the most self time (by file), on a generated SQLite database.
//
//   node --import tsx bench/profile.ts                          the office clerk's 工作台, 10,000 documents
//   BENCH_PROFILE_URL='/api/documents/incoming' BENCH_PROFILE_LOGIN=bgs BENCH_READS_DOCUMENTS=10000 node --import tsx bench/profile.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchLogins, generate } from './generate.js';
import { throughput } from './lib/http-load.js';
import { signInAll } from './lib/read-routes.js';
import { startServer } from './lib/server.js';

const url = process.env.BENCH_PROFILE_URL ?? '/api/workbench';
const login = process.env.BENCH_PROFILE_LOGIN ?? 'bgs';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-bench-profile-'));
const profiles = path.join(work, 'profiles');
try {
  const database = `sqlite:${path.join(work, 'zhengwu.db')}`;
  const generated = await generate({ database, dataDir: work, documents: Number(process.env.BENCH_READS_DOCUMENTS ?? 10_000), log: (l) => process.stderr.write(`${l}\n`) });
  const server = await startServer('./zhengwu-server.ts', { BENCH_DATA_DIR: work, BENCH_DATABASE: database }, ['--cpu-prof', `--cpu-prof-dir=${profiles}`]);
  await server.chased;
  const sessions = await signInAll(server.url, generated.accounts, benchLogins);
  const r = await throughput(`${server.url}${url}`, sessions[login]!.headers, 20, seconds);
  await server.stop();
  type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number } };
  const file = fs.readdirSync(profiles).map((f) => path.join(profiles, f)).sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0]!;
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const ms = profile.timeDeltas[i]! / 1000;
    total += ms;
    const where = frame.url.replace(/^.*\/(node_modules\/(@[^/]+\/)?[^/]+|src)\//, '$1/');
    self.set(`${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`, (self.get(`${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`) ?? 0) + ms);
    const group = frame.url ? (frame.url.match(/node_modules\/((@[^/]+\/)?[^/]+)/)?.[1] ?? (frame.url.includes('/src/') ? 'src (zhengwu)' : 'node internals')) : frame.functionName;
    byFile.set(group, (byFile.get(group) ?? 0) + ms);
  });
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${((v / total) * 100).toFixed(1).padStart(5)} %  ${k}`).join('\n');
  process.stdout.write(`GET ${url} as ${login}, 20 connections, ${seconds} s: ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms; server CPU profile ${Math.round(total)} ms\n\nby package:\n${top(byFile, 12)}\n\nby function (self time):\n${top(self, 25)}\n`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
