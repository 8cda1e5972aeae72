// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { readAuditChain } from '../../src/db/audit-repository.js';
import type { DatabaseHandle } from '../../src/db/database.js';
import { auditHash, type AuditRecord } from '../../src/domain/audit/audit-event.js';
import { DomainError } from '../../src/domain/errors.js';
import { seedDemoGovernment } from '../../src/operations/seed-demo-government.js';
import { purgeAuditEvents } from '../../src/operations/audit/purge-audit-events.js';
import { readAuditHead } from '../../src/operations/audit/read-audit-head.js';
import { verifyStoredAuditChain } from '../../src/operations/audit/verify-audit-chain.js';
import { dialects } from '../harness/databases.js';
import { appendEvents, openTestDatabase, rawSql, withAuditTriggersOff } from './helpers.js';

const DAY = 86_400_000;

async function chainOf(handle: DatabaseHandle): Promise<AuditRecord[]> {
  const records: AuditRecord[] = [];
  for await (const r of readAuditChain(handle.db)) records.push(r);
  return records;
}

describe.each(dialects)('第四十六条 审计记录防篡改：校验哈希链（%s）', (dialect) => {
  const opened: DatabaseHandle[] = [];
  /** A database with the demo government seeded and ten more events: a chain of some length. */
  const seeded = async () => {
    const db = await openTestDatabase(dialect);
    opened.push(db.handle);
    await seedDemoGovernment(db.handle, fixedClock('2026-03-02T01:00:00Z'));
    for (let i = 0; i < 5; i++) await appendEvents(db.handle, `2026-03-0${3 + i}T02:00:00Z`, 2);
    return db;
  };
  afterEach(async () => {
    for (const h of opened.splice(0)) await h.close();
  });

  it('未改动的链校验通过，链头与最后一条一致', async () => {
    const { handle } = await seeded();
    const records = await chainOf(handle);
    const last = records.at(-1);
    const progress: [number, number][] = [];
    const result = await verifyStoredAuditChain(handle.db, { pageSize: 3, onProgress: (checked, total) => progress.push([checked, total]) });
    expect(result).toMatchObject({ ok: true, count: records.length, head: { seq: last?.seq, hash: last?.hash }, problem: null, anchor: null });
    // Page by page: a progress report per page, the last one complete.
    expect(progress.length).toBeGreaterThanOrEqual(Math.floor(records.length / 3));
    expect(progress.at(-1)).toEqual([records.length, records.length]);
  });

  it('改动一条记录的一个字节，校验指出第几条', async () => {
    const { handle, url } = await seeded();
    await withAuditTriggersOff(handle, () => rawSql(handle, url, "update audit_events set act = substr(act, 1, length(act) - 1) || 'X' where seq = 5"));
    const result = await verifyStoredAuditChain(handle.db, { pageSize: 2 });
    expect(result.ok).toBe(false);
    expect(result.problem).toEqual({ seq: 5, reason: '第5条记录的内容与其哈希不符（已被改动）' });
  });

  it('删去中间一条，校验指出缺失的那条', async () => {
    const { handle, url } = await seeded();
    await withAuditTriggersOff(handle, () => rawSql(handle, url, 'delete from audit_events where seq = 4'));
    const result = await verifyStoredAuditChain(handle.db);
    expect(result.problem?.reason).toBe('第4条记录缺失：第3条之后直接是第5条');
  });

  it('删去最后一条：链本身看不出，链头看得出', async () => {
    const { handle, url } = await seeded();
    const { seq } = await readAuditHead(handle.db, fixedClock('2026-03-09T00:00:00Z'));
    await withAuditTriggersOff(handle, () => rawSql(handle, url, `delete from audit_events where seq = ${seq}`));
    const result = await verifyStoredAuditChain(handle.db);
    expect(result.problem).toEqual({ seq, reason: `第${seq}条记录缺失：链头记为第${seq}条，记录只到第${seq - 1}条` });
  });

  it('整条链被重算改写后自身自洽，先前导出的链头能识破；回退到较早状态也能识破', async () => {
    const { handle } = await seeded();
    const exported = await readAuditHead(handle.db, fixedClock('2026-03-09T00:00:00Z'));
    await appendEvents(handle, '2026-03-10T00:00:00Z', 1);
    expect(await verifyStoredAuditChain(handle.db, { exportedHead: exported })).toMatchObject({ ok: true, exportedHead: { status: 'on_chain' } });

    // The intruder edits record 2 and recomputes every hash after it, and the head.
    await withAuditTriggersOff(handle, async () => {
      let prevHash: string | undefined;
      for (const r of await chainOf(handle)) {
        if (r.seq < 2) continue;
        const base = { ...r, prevHash: prevHash ?? r.prevHash, summary: r.seq === 2 ? r.summary.replace('}', ',"x":1}') : r.summary };
        const { hash: _old, ...unhashed } = base;
        const hash = auditHash(unhashed);
        await handle.db.updateTable('auditEvents').set({ summary: base.summary, prevHash: base.prevHash, hash }).where('seq', '=', r.seq).execute();
        await handle.db.updateTable('auditChainHead').set({ seq: r.seq, hash }).where('id', '=', 1).execute();
        prevHash = hash;
      }
    });
    expect(await verifyStoredAuditChain(handle.db)).toMatchObject({ ok: true });
    const caught = await verifyStoredAuditChain(handle.db, { exportedHead: exported });
    expect(caught).toMatchObject({ ok: false, exportedHead: { status: 'mismatch' }, problem: { seq: exported.seq } });

    const ahead = await verifyStoredAuditChain(handle.db, { exportedHead: { seq: exported.seq + 100, hash: exported.hash } });
    expect(ahead).toMatchObject({ ok: false, exportedHead: { status: 'missing' } });
    expect(ahead.problem?.reason).toContain('回退');
  });
});

describe.each(dialects)('网络安全法第二十一条 审计记录留存不少于六个月：依法清理（%s）', (dialect) => {
  let handle: DatabaseHandle;
  afterEach(async () => handle.close());

  it('未满保留期拒绝清理；期满后清理旧记录、留下锚点，校验自锚点起仍通过', async () => {
    ({ handle } = await openTestDatabase(dialect));
    // Dates well before the database's own clock minus 180 days, so that the triggers let these rows go.
    const clock = fixedClock('2026-03-02T01:00:00Z');
    await seedDemoGovernment(handle, clock);
    await appendEvents(handle, '2026-03-02T03:00:00Z', 3);
    await appendEvents(handle, '2026-04-15T02:00:00Z', 2);
    const before = await chainOf(handle);
    const ctx = (now: string, retentionDays = 180) => ({ handle, clock: fixedClock(now), actor: { userId: null, name: '审计管理员', roles: ['audit_admin'], unitId: null, personId: null }, request: { requestId: 'purge', ip: null }, retentionDays });

    // In April, March's records are far younger than six months.
    const refused = await purgeAuditEvents(ctx('2026-04-20T00:00:00Z'), { before: '2026-03-03' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'rule_violation' });
    expect((refused as Error).message).toContain('网络安全法第二十一条');
    expect((refused as Error).message).toContain('清理日期最晚为 2025-10-22');
    // A retention configured longer than the legal minimum holds too.
    await expect(purgeAuditEvents(ctx('2026-10-01T00:00:00Z', 365), { before: '2026-03-03' })).rejects.toMatchObject({ code: 'rule_violation' });
    const afterRefusals = await chainOf(handle);
    expect(afterRefusals).toHaveLength(before.length + 2);
    expect(afterRefusals.slice(-2).map((r) => [r.act, r.result])).toEqual([
      ['audit.purge', 'refused'],
      ['audit.purge', 'refused'],
    ]);

    // In October the records of 2 March (Beijing time) may go; those of April stay.
    const lastOfMarch = before.filter((r) => r.occurredAt < '2026-03-02T16:00:00.000Z').at(-1);
    const result = await purgeAuditEvents(ctx('2026-10-01T00:00:00Z'), { before: '2026-03-03' });
    expect(result.purged).toBe(lastOfMarch?.seq);
    expect(result.anchor).toEqual({ seq: lastOfMarch?.seq, hash: lastOfMarch?.hash });
    const anchor = await handle.db.selectFrom('auditAnchor').selectAll().executeTakeFirstOrThrow();
    expect({ seq: Number(anchor.seq), hash: anchor.hash, purgedAt: anchor.purgedAt }).toEqual({ seq: lastOfMarch?.seq, hash: lastOfMarch?.hash, purgedAt: '2026-10-01T00:00:00.000Z' });

    const remaining = await chainOf(handle);
    expect(remaining[0]?.seq).toBe((lastOfMarch?.seq ?? 0) + 1);
    const purgeEvent = remaining.at(-1);
    expect(purgeEvent).toMatchObject({ act: 'audit.purge', result: 'success' });
    expect(JSON.parse(purgeEvent?.summary ?? '{}')).toMatchObject({ before: '2026-03-03', purged: lastOfMarch?.seq, anchor: result.anchor });
    const verified = await verifyStoredAuditChain(handle.db);
    expect(verified).toMatchObject({ ok: true, count: remaining.length, anchor: { seq: lastOfMarch?.seq } });

    // A second purge moves the anchor on; nothing to purge leaves it where it is.
    const second = await purgeAuditEvents(ctx('2026-11-01T00:00:00Z'), { before: '2026-04-16' });
    expect(second.purged).toBe(2);
    expect(await verifyStoredAuditChain(handle.db)).toMatchObject({ ok: true, anchor: { seq: second.anchor?.seq } });
    const none = await purgeAuditEvents(ctx('2026-11-01T00:00:00Z'), { before: '2026-04-16' });
    expect(none).toMatchObject({ purged: 0, anchor: second.anchor });
    expect(await verifyStoredAuditChain(handle.db)).toMatchObject({ ok: true });
  });

  it('应用时钟快于数据库时钟时，数据库仍拒绝删除未满180天的记录，整笔回滚', async () => {
    ({ handle } = await openTestDatabase(dialect));
    await appendEvents(handle, new Date(Date.now() - 2 * DAY), 2);
    const future = new Date(Date.now() + 400 * DAY);
    const ctx = { handle, clock: fixedClock(future), actor: { userId: null, name: '运维', roles: [], unitId: null, personId: null }, request: { requestId: null, ip: null }, retentionDays: 180 };
    const tomorrow = new Date(Date.now() + 8 * 3600_000 + DAY).toISOString().slice(0, 10);
    await expect(purgeAuditEvents(ctx, { before: tomorrow })).rejects.toMatchObject({ code: 'rule_violation', message: expect.stringContaining('数据库拒绝删除') });
    expect(await chainOf(handle)).toHaveLength(2);
    expect(await handle.db.selectFrom('auditAnchor').selectAll().execute()).toEqual([]);
    expect(await verifyStoredAuditChain(handle.db)).toMatchObject({ ok: true, count: 2 });
  });

  it('待清理的部分已被篡改时拒绝清理，保全证据', async () => {
    let url: string | undefined;
    ({ handle, url } = await openTestDatabase(dialect));
    await appendEvents(handle, '2026-01-05T00:00:00Z', 4);
    await withAuditTriggersOff(handle, () => rawSql(handle, url, "update audit_events set actor_name = '他人' where seq = 2"));
    const ctx = { handle, clock: fixedClock('2026-10-01T00:00:00Z'), actor: { userId: null, name: '运维', roles: [], unitId: null, personId: null }, request: { requestId: null, ip: null }, retentionDays: 180 };
    await expect(purgeAuditEvents(ctx, { before: '2026-02-01' })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('第2条记录的内容与其哈希不符') });
    expect(await chainOf(handle)).toHaveLength(4);
  });

  it('锚点被人挪动（与链上最近一次清理记录不符）时校验不通过', async () => {
    ({ handle } = await openTestDatabase(dialect));
    await appendEvents(handle, '2026-01-05T00:00:00Z', 4);
    const ctx = { handle, clock: fixedClock('2026-10-01T00:00:00Z'), actor: { userId: null, name: '运维', roles: [], unitId: null, personId: null }, request: { requestId: null, ip: null }, retentionDays: 180 };
    await purgeAuditEvents(ctx, { before: '2026-02-01' });
    const chain = await chainOf(handle);
    // Forward moves pass the trigger; the purge record on the chain still names the true anchor.
    const fake = chain[0];
    if (!fake) throw new Error('empty chain');
    await handle.db.updateTable('auditAnchor').set({ seq: fake.seq, hash: fake.hash }).execute();
    await withAuditTriggersOff(handle, async () => {
      await handle.db.deleteFrom('auditEvents').where('seq', '=', fake.seq).execute();
    });
    expect(await verifyStoredAuditChain(handle.db)).toMatchObject({ ok: false, problem: { reason: expect.stringContaining('锚点可能被改动') } });
  });
});
