import { describe, expect, it } from 'vitest';
import { type AuditRecord, auditHash, canonicalAuditText, createChainVerifier, GENESIS_HASH, verifyAuditChain } from './audit-event.js';

function chain(n: number, start = { seq: 0, hash: GENESIS_HASH }): AuditRecord[] {
  const records: AuditRecord[] = [];
  let prev = start.hash;
  for (let seq = start.seq + 1; seq <= start.seq + n; seq++) {
    const base: Omit<AuditRecord, 'hash'> = {
      seq, id: `e${seq}`, occurredAt: '2026-03-02T01:00:00Z', actorUserId: 'u1', actorName: '王芳', actingForPersonId: null,
      act: 'org.unit.update', objectType: 'unit', objectId: 'fgj', result: 'success', summary: '{}', article: 46, requestId: 'r', ip: '127.0.0.1', prevHash: prev,
    };
    const hash = auditHash(base);
    records.push({ ...base, hash });
    prev = hash;
  }
  return records;
}

describe('第四十六条 审计记录哈希链', () => {
  it('起点为64个0；哈希覆盖全部字段，按固定顺序', () => {
    expect(GENESIS_HASH).toBe('0'.repeat(64));
    const [r] = chain(1);
    if (!r) throw new Error('no record');
    const { hash: _, ...rest } = r;
    expect(JSON.parse(canonicalAuditText(rest))).toEqual([1, 'e1', '2026-03-02T01:00:00Z', 'u1', '王芳', null, 'org.unit.update', 'unit', 'fgj', 'success', '{}', 46, 'r', '127.0.0.1', GENESIS_HASH]);
    expect(auditHash(rest)).toMatch(/^[0-9a-f]{64}$/);
    expect(auditHash({ ...rest, ip: '127.0.0.2' })).not.toBe(auditHash(rest));
  });

  it('完整的链：条数与链头', () => {
    const records = chain(3);
    expect(verifyAuditChain(records)).toEqual({ ok: true, count: 3, head: { seq: 3, hash: records[2]?.hash } });
    expect(verifyAuditChain([])).toEqual({ ok: true, count: 0, head: { seq: 0, hash: GENESIS_HASH } });
  });

  it('从清理后留下的锚点接着验', () => {
    const anchor = { seq: 10, hash: 'a'.repeat(64) };
    const records = chain(2, anchor);
    expect(verifyAuditChain(records, anchor)).toMatchObject({ ok: true, count: 2, head: { seq: 12 } });
    expect(verifyAuditChain(records)).toEqual({ ok: false, count: 0, brokenAt: 11, reason: '第1至10条记录缺失：第0条之后直接是第11条' });
  });

  it.each([
    ['缺一条', [0, 2], 3, '第2条记录缺失：第1条之后直接是第3条'],
    ['缺两条', [0, 3], 4, '第2至3条记录缺失：第1条之后直接是第4条'],
    ['重复', [0, 1, 1], 2, '第2条记录的序号不应出现在第2条之后'],
    ['倒序', [0, 1, 0], 1, '第1条记录的序号不应出现在第2条之后'],
  ])('序号断裂：%s', (_, order, brokenAt, reason) => {
    const records = chain(4);
    const picked = (order as number[]).map((i) => records[i] as AuditRecord);
    expect(verifyAuditChain(picked)).toMatchObject({ ok: false, brokenAt, reason });
  });

  it('前序哈希不符、内容被改动', () => {
    const records = chain(3);
    const [a, b, c] = records as [AuditRecord, AuditRecord, AuditRecord];
    expect(verifyAuditChain([a, { ...b, prevHash: 'f'.repeat(64) }, c])).toEqual({ ok: false, count: 1, brokenAt: 2, reason: '第2条记录的前序哈希与第1条记录不符' });
    expect(verifyAuditChain([a, { ...b, actorName: '李四' }, c])).toEqual({ ok: false, count: 1, brokenAt: 2, reason: '第2条记录的内容与其哈希不符（已被改动）' });
  });

  it('逐条验证：断裂处不推进链头', () => {
    const [a, b] = chain(2) as [AuditRecord, AuditRecord];
    const v = createChainVerifier();
    expect(v.add(a)).toBeUndefined();
    expect(v.add({ ...b, summary: '{"x":1}' })).toMatchObject({ brokenAt: 2 });
    expect(v.count).toBe(1);
    expect(v.last).toEqual({ seq: 1, hash: a.hash });
    expect(v.add(b)).toBeUndefined();
    expect(v.last).toEqual({ seq: 2, hash: b.hash });
  });
});
