import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { auditRepository } from '../../src/db/audit-repository.js';
import type { DatabaseHandle } from '../../src/db/database.js';
import { FULL_VERIFICATION_EVERY_DAYS, verifyAuditChainSinceCheckpoint } from '../../src/operations/audit/verify-audit-chain.js';
import { dialects } from '../harness/databases.js';
import { appendEvents, openTestDatabase, rawSql, withAuditTriggersOff } from './helpers.js';

const T0 = '2026-03-02T01:00:00Z';

describe.each(dialects)('等保 8.1.4.3 审计链增量校验：自上次校验到的链头起，--full 与每周完整校验兜底（%s）', (dialect) => {
  let handle: DatabaseHandle;
  let url: string | undefined;
  afterEach(async () => handle.close());

  async function open(): Promise<void> {
    ({ handle, url } = await openTestDatabase(dialect));
  }

  it('第一次完整校验并记下链头；之后只重算新增的记录', async () => {
    await open();
    await appendEvents(handle, T0, 10);
    const clock = fixedClock(T0);
    const first = await verifyAuditChainSinceCheckpoint(handle.db, clock);
    expect(first).toMatchObject({ ok: true, isFull: true, count: 10, from: { seq: 0 } });
    expect(await auditRepository.verifiedHead(handle.db)).toMatchObject({ seq: 10, hash: first.head.hash, fullVerifiedAt: clock.now().toISOString() });
    await appendEvents(handle, T0, 3);
    const second = await verifyAuditChainSinceCheckpoint(handle.db, clock);
    expect(second).toMatchObject({ ok: true, isFull: false, count: 3, from: { seq: 10, hash: first.head.hash } });
    expect((await auditRepository.verifiedHead(handle.db))?.seq).toBe(13);
  });

  it('检查点之后被改动的记录，增量校验即指出；检查点不前移', async () => {
    await open();
    await appendEvents(handle, T0, 5);
    const clock = fixedClock(T0);
    await verifyAuditChainSinceCheckpoint(handle.db, clock);
    await appendEvents(handle, T0, 5);
    await withAuditTriggersOff(handle, () => rawSql(handle, url, "update audit_events set actor_name = '他人' where seq = 8"));
    const result = await verifyAuditChainSinceCheckpoint(handle.db, clock);
    expect(result).toMatchObject({ ok: false, isFull: false, problem: { seq: 8 } });
    expect((await auditRepository.verifiedHead(handle.db))?.seq).toBe(5);
  });

  it('检查点那一条被改动，增量校验也指出', async () => {
    await open();
    await appendEvents(handle, T0, 5);
    const clock = fixedClock(T0);
    await verifyAuditChainSinceCheckpoint(handle.db, clock);
    await withAuditTriggersOff(handle, () => rawSql(handle, url, "update audit_events set summary = summary || ' ' where seq = 5"));
    const result = await verifyAuditChainSinceCheckpoint(handle.db, clock);
    expect(result).toMatchObject({ ok: false, problem: { seq: 5 } });
    expect(result.problem?.reason).toContain('与上次校验时不符');
  });

  it('检查点之前被改动的记录：--full 立即指出；不加 --full 时，距上次完整校验满7天也自动完整校验而指出', async () => {
    await open();
    await appendEvents(handle, T0, 6);
    const clock = fixedClock(T0);
    await verifyAuditChainSinceCheckpoint(handle.db, clock);
    await appendEvents(handle, T0, 2);
    await withAuditTriggersOff(handle, () => rawSql(handle, url, "update audit_events set act = 'test.forged' where seq = 3"));
    // Within the week the nightly run walks only what is new (and says so: isFull false).
    expect(await verifyAuditChainSinceCheckpoint(handle.db, clock)).toMatchObject({ ok: true, isFull: false });
    expect(await verifyAuditChainSinceCheckpoint(handle.db, clock, { full: true })).toMatchObject({ ok: false, isFull: true, problem: { seq: 3 } });
    clock.advance(FULL_VERIFICATION_EVERY_DAYS * 86_400_000);
    expect(await verifyAuditChainSinceCheckpoint(handle.db, clock)).toMatchObject({ ok: false, isFull: true, problem: { seq: 3 } });
  });

  it('记下的检查点超出当前链头（数据库被回退）即报告', async () => {
    await open();
    await appendEvents(handle, T0, 4);
    const head = await auditRepository.head(handle.db);
    await auditRepository.recordVerifiedHead(handle.db, { seq: head.seq + 3, hash: head.hash, verifiedAt: T0, fullVerifiedAt: T0 });
    const result = await verifyAuditChainSinceCheckpoint(handle.db, fixedClock(T0));
    expect(result).toMatchObject({ ok: false, problem: { seq: head.seq + 3 } });
    expect(result.problem?.reason).toContain('回退');
  });

  it('一次变更的多条审计记录一次追加，链照样逐条相连', async () => {
    await open();
    await appendEvents(handle, T0, 7);
    const rows = await handle.db.selectFrom('auditEvents').select(['seq', 'prevHash', 'hash']).orderBy('seq').execute();
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prevHash).toBe(rows[i - 1]?.hash);
    expect(await verifyAuditChainSinceCheckpoint(handle.db, fixedClock(T0))).toMatchObject({ ok: true, count: 7 });
  });
});
