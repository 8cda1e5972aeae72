/**
 * The database goes away and comes back (等保 8.1.4.10 容错、8.1.4.12 数据完整性; issue 12 item 1): the
 * application never exits, answers 503 problem+json with Retry-After while the database is unavailable
 * (never 500), its health check says so, it resumes by itself, and no acknowledged write is lost.
 *
 * The PostgreSQL test runs on a private cluster (never the run's shared one) that it SIGKILLs and restarts
 * under several writers. ZHENGWU_FAULT_WRITERS sets the writers (default 4).
 */
// @ts-nocheck

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readAuditChain } from '../../src/db/audit-repository.js';
import { type DatabaseHandle, migrateToLatest, openDatabase } from '../../src/db/database.js';
import { type AuditRecord, verifyAuditChain } from '../../src/domain/audit/audit-event.js';
import { type Agent, logInAs, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { findPostgresBin, type RestartablePostgres, startRestartablePostgres } from '../harness/postgres-server.js';

const WRITERS = Number(process.env.ZHENGWU_FAULT_WRITERS ?? 4);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Any error nobody handled (an unhandled pool 'error' event is one): the process would have exited. */
const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);
process.on('uncaughtException', onUncaught);

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(() => {
  process.off('uncaughtException', onUncaught);
});

async function governmentOf(agent: Agent): Promise<string> {
  const units = (await agent.get('/api/org/units')).json().items as { id: string; kind: string }[];
  const government = units.find((u) => u.kind === 'government');
  if (!government) throw new Error('演示数据中没有区政府');
  return government.id;
}

const newUnit = (parentId: string, name: string) => ({ name, kind: 'department', parentId, sortOrder: 1 });

describe('数据库故障：服务不退出、故障期间答 503 并带 Retry-After、恢复后自动继续、已确认的写入不丢', () => {
  it('SQLite 被其他连接锁住（busy）：写请求答 503 problem+json 与 Retry-After，不答 500；解锁后照常写入', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-busy-'));
    const file = path.join(dir, 'zhengwu.db');
    const handle = openDatabase({ dialect: 'sqlite', file });
    await migrateToLatest(handle.db);
    const t = await startTestApp('sqlite', { handle });
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }), () => t.close());
    const sysadmin = await logInAs(t.app, 'sysadmin');
    const parentId = await governmentOf(sysadmin);
    // Another process holds the write lock past busy_timeout.
    const other = new SQLite(file);
    other.pragma('busy_timeout = 0');
    other.exec('begin immediate');
    try {
      const refused = await sysadmin.post('/api/org/units', newUnit(parentId, '锁等待单位'));
      expect(refused.statusCode).toBe(503);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(refused.json().code).toBe('database_unavailable');
    } finally {
      other.exec('rollback');
      other.close();
    }
    expect((await sysadmin.post('/api/org/units', newUnit(parentId, '解锁后单位'))).statusCode).toBe(201);
    const names = (await handle.db.selectFrom('units').select('name').where('name', 'in', ['锁等待单位', '解锁后单位']).execute()).map((r) => r.name);
    expect(names).toEqual(['解锁后单位']);
  }, 30_000);

  // One test when the run has its PostgreSQL tier (mandatory under CI, see global-setup).
  it.each(dialects.filter((d) => d === 'postgres'))(
    `%s 在 ${WRITERS} 个写入者运行中被 SIGKILL 并重启：进程不退出，故障期间只答 503（健康检查 503），恢复后继续写入，每个已确认的写入都在，审计链可验证`,
    async () => {
      const bin = findPostgresBin();
      if (!bin) throw new Error('PostgreSQL 层在运行，但本机找不到 initdb/pg_ctl，无法启动可崩溃的私有集群');
      const server: RestartablePostgres = await startRestartablePostgres(bin);
      cleanups.push(() => server.stop());
      const handle: DatabaseHandle = openDatabase({ dialect: 'postgres', url: server.url });
      await migrateToLatest(handle.db);
      const t: TestApp = await startTestApp('postgres', { handle });
      cleanups.push(() => t.close());
      const sysadmin = await logInAs(t.app, 'sysadmin');
      const parentId = await governmentOf(sysadmin);

      type Phase = 'before' | 'outage' | 'after';
      let phase: Phase = 'before';
      let isStopping = false;
      const acknowledged: string[] = [];
      const during = new Map<number, number>();
      const unexpected: string[] = [];
      let retryAfterMissing = 0;
      const writer = async (w: number) => {
        for (let n = 0; !isStopping; n++) {
          const name = `故障测试单位-w${w}-${n}`;
          const seen: Phase = phase;
          const response = await sysadmin.post('/api/org/units', newUnit(parentId, name));
          if (response.statusCode === 201) acknowledged.push(name);
          if (seen === 'outage' || phase === 'outage') during.set(response.statusCode, (during.get(response.statusCode) ?? 0) + 1);
          if (response.statusCode === 503) {
            if (!response.headers['retry-after']) retryAfterMissing++;
            await sleep(25);
          } else if (response.statusCode !== 201) unexpected.push(`${response.statusCode} ${response.body.slice(0, 200)}`);
        }
      };
      const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));

      await sleep(800);
      const killedAt = performance.now();
      phase = 'outage';
      server.kill();
      // Wait until the app has noticed, then check what it says about itself.
      for (let i = 0; i < 100 && !during.has(503); i++) await sleep(20);
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      await sleep(1000);
      await server.restart();
      // The app recovers by itself: the next writes succeed without any restart of it.
      let recoveredAt = 0;
      for (let i = 0; i < 300 && recoveredAt === 0; i++) {
        const probe = await sysadmin.post('/api/org/units', newUnit(parentId, `故障测试恢复探测-${i}`));
        if (probe.statusCode === 201) {
          acknowledged.push(`故障测试恢复探测-${i}`);
          recoveredAt = performance.now();
        } else await sleep(50);
      }
      phase = 'after';
      const afterCount = acknowledged.length;
      await sleep(1000);
      isStopping = true;
      await Promise.all(writers);
      const outageSeconds = ((recoveredAt - killedAt) / 1000).toFixed(1);

      const rows = await handle.db.selectFrom('units').select('name').where('name', 'like', '故障测试%').execute();
      const stored = new Set(rows.map((r) => r.name));
      const found = acknowledged.filter((name) => stored.has(name)).length;
      const answers = [...during.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join('，');
      console.log(
        `[数据库故障测试] PostgreSQL SIGKILL 后重启：写入者 ${WRITERS}；已确认写入 ${acknowledged.length}，库中找到 ${found}；故障 ${outageSeconds} 秒；故障期间的应答 ${answers || '无'}；未处理的错误 ${uncaught.length}`,
      );

      expect(uncaught, '有未处理的错误（连接池的 error 事件会使进程退出）').toEqual([]);
      expect(unexpected, '出现 201、503 以外的应答').toEqual([]);
      expect(health.statusCode).toBe(503);
      expect(health.headers['retry-after']).toBeDefined();
      expect(during.get(503) ?? 0, '故障期间应答 503').toBeGreaterThan(0);
      expect(retryAfterMissing).toBe(0);
      expect(recoveredAt, '数据库恢复后服务未自动恢复').toBeGreaterThan(0);
      expect(acknowledged.length, '恢复后写入者继续写入').toBeGreaterThan(afterCount);
      expect(found, '已确认的写入丢失').toBe(acknowledged.length);
      expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      const records: AuditRecord[] = [];
      for await (const record of readAuditChain(handle.db)) records.push(record);
      expect(verifyAuditChain(records).ok).toBe(true);
    },
    60_000,
  );
});
