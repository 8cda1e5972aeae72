// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { type AuditRecord, auditHash, GENESIS_HASH, verifyAuditChain } from './audit-event.js';

function chain(n: number): AuditRecord[] {
  const records: AuditRecord[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const base = {
      seq,
      id: `e${seq}`,
      occurredAt: `2026-03-02T01:00:0${seq % 10}Z`,
      actorUserId: 'u1',
      actorName: '王芳',
      actingForPersonId: null,
      act: 'org.unit.update',
      objectType: 'unit',
      objectId: 'fgj',
      result: 'success',
      summary: JSON.stringify({ n: seq }),
      article: null,
      requestId: 'r',
      ip: '127.0.0.1',
      prevHash: prev,
    };
    const record = { ...base, hash: auditHash(base) };
    records.push(record);
    prev = record.hash;
  }
  return records;
}

describe('第四十六条 审计记录以 SM3 哈希链防篡改', () => {
  it('完整的链通过校验', () => {
    expect(verifyAuditChain(chain(5))).toMatchObject({ ok: true, count: 5 });
  });

  it('改动一条记录的一个字节，校验指出该条', () => {
    const records = chain(5);
    const third = records[2];
    if (!third) throw new Error('missing');
    records[2] = { ...third, summary: third.summary.replace('3', '4') };
    expect(verifyAuditChain(records)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('删去中间一条，校验指出断开处', () => {
    const records = chain(5);
    records.splice(1, 1);
    expect(verifyAuditChain(records)).toMatchObject({ ok: false, brokenAt: 3 });
  });
});
