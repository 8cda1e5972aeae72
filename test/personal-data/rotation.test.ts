import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cryptoCommand } from '../../src/cli/commands/crypto.js';
import { fixedClock } from '../../src/clock.js';
import { encryptedColumns, personIdNumberContext, personMobileContext, userTotpContext } from '../../src/crypto/encrypted-columns.js';
import { createFieldCipher, type FieldKey, keyIdOf } from '../../src/crypto/field-cipher.js';
import { idNumberCheckDigit } from '../../src/crypto/personal-numbers.js';
import { countFieldKeys, rotateFieldKeys } from '../../src/crypto/rotate-keys.js';
import type { OperationContext } from '../../src/db/change.js';
import { type DatabaseHandle, type Dialect, migrateToLatest, openDatabase } from '../../src/db/database.js';
import { readPersonContact } from '../../src/operations/org/read-person-contact.js';
import { setPersonContact } from '../../src/operations/org/set-person-contact.js';
import { seedDemoGovernment } from '../../src/operations/seed-demo-government.js';
import { logInAs, startTestApp } from '../harness/app.js';
import { createPostgresDatabase, dialects } from '../harness/databases.js';

const oldKey: FieldKey = { id: 'old2025', key: Buffer.from('11111111111111111111111111111111', 'hex') };
const newKey: FieldKey = { id: 'new2026', key: Buffer.from('22222222222222222222222222222222', 'hex') };
const hex = (k: FieldKey) => `${k.id}:${k.key.toString('hex')}`;
const idNumberFor = (i: number) => {
  const first17 = `37030519900101${String(100 + i).padStart(3, '0')}`;
  return `${first17}${idNumberCheckDigit(first17)}`;
};
const people = ['lin-zhiyuan', 'zhao-mingyuan', 'sun-lihua', 'zhou-wenbo', 'office-clerk'];
const actor = { userId: null, name: '测试', roles: ['system_admin'], unitId: null, personId: null };

describe.each(dialects)('密钥轮换（%s）', (dialect) => {
  it('两把密钥：旧密钥下的手机号码、身份证号码与动态口令密钥全部用新密钥重新加密，按批提交并审计计数', async () => {
    const t = await startTestApp(dialect, { fieldKeys: [oldKey] });
    try {
      // A TOTP secret for the system administrator, under the old key, beside the contact data.
      await logInAs(t.app, 'sysadmin');
      const ctx: OperationContext = { handle: t.handle, clock: t.clock, actor, request: { requestId: null, ip: null } };
      const before = createFieldCipher([oldKey]);
      for (const [i, personId] of people.entries()) {
        await setPersonContact({ ...ctx, fieldCipher: before }, { personId, mobile: `1380000000${i}`, idNumber: idNumberFor(i) });
      }
      // A leave report's 24-hour contact, under the old key too.
      const leader = await logInAs(t.app, 'changwu');
      const leave = await leader.post('/api/leave/reports', {
        kind: 'study', startDate: '2026-03-09', endDate: '2026-03-10', place: '济南', reason: '培训', actingPersonName: '孙立华', contact: '13800000009', attachmentIds: [],
      });
      expect(leave.statusCode).toBe(201);
      // A disclosure request the office registered: the applicant's identity number and contact (条例 第二十九条).
      const office = await logInAs(t.app, 'bgs');
      const filed = await office.post('/api/disclosure/requests', { applicantKind: 'person', name: '张某', idNumber: '370305198001011237', contact: '13800000010', description: '某文件', delivery: 'email', channel: 'letter', receivedOn: '2026-03-02' });
      expect(filed.statusCode, filed.body).toBe(201);
      const counted = await countFieldKeys(t.handle.db);
      expect(counted).toEqual([
        { column: 'people.mobile', byKeyId: { old2025: 5 }, malformed: 0 },
        { column: 'people.id_number', byKeyId: { old2025: 5 }, malformed: 0 },
        // The system administrator's and the leader's (leaders must use a second factor, 等保 8.1.4.1d).
        { column: 'users.totp', byKeyId: { old2025: 2 }, malformed: 0 },
        { column: 'leave_reports.contact', byKeyId: { old2025: 1 }, malformed: 0 },
        { column: 'disclosure_requests.id_number', byKeyId: { old2025: 1 }, malformed: 0 },
        { column: 'disclosure_requests.contact', byKeyId: { old2025: 1 }, malformed: 0 },
        { column: 'disclosure_requests.address', byKeyId: {}, malformed: 0 },
        { column: 'public_messages.contact', byKeyId: {}, malformed: 0 },
      ]);

      const during = createFieldCipher([newKey, oldKey]);
      const progress: string[] = [];
      const results = await rotateFieldKeys(ctx, during, { batchSize: 2, onProgress: (p) => progress.push(`${p.column}:${p.scanned}`) });
      expect(results).toEqual([
        { column: 'people.mobile', scanned: 5, rotated: 5, failed: 0 },
        { column: 'people.id_number', scanned: 5, rotated: 5, failed: 0 },
        { column: 'users.totp', scanned: 2, rotated: 2, failed: 0 },
        { column: 'leave_reports.contact', scanned: 1, rotated: 1, failed: 0 },
        { column: 'disclosure_requests.id_number', scanned: 1, rotated: 1, failed: 0 },
        { column: 'disclosure_requests.contact', scanned: 1, rotated: 1, failed: 0 },
        { column: 'disclosure_requests.address', scanned: 0, rotated: 0, failed: 0 },
        { column: 'public_messages.contact', scanned: 0, rotated: 0, failed: 0 },
      ]);
      expect(progress.slice(0, 3)).toEqual(['people.mobile:2', 'people.mobile:4', 'people.mobile:5']);
      expect((await countFieldKeys(t.handle.db)).map((c) => c.byKeyId)).toEqual([{ new2026: 5 }, { new2026: 5 }, { new2026: 2 }, { new2026: 1 }, { new2026: 1 }, { new2026: 1 }, {}, {}]);

      // One audit event per batch that changed something, with counts only.
      const audit = await t.handle.db.selectFrom('auditEvents').selectAll().where('act', '=', 'crypto.key.rotate').orderBy('seq').execute();
      expect(audit).toHaveLength(3 + 3 + 1 + 1 + 1 + 1);
      expect(JSON.parse(audit[0]?.summary ?? '{}')).toEqual({ toKeyId: 'new2026', rotated: 2, fromKeyIds: { old2025: 2 }, failed: 0 });
      for (const a of audit) expect(a.summary).not.toMatch(/1380000000|370305|sm4v1/);

      // The old key can go: everything reads with the new key alone, and the values are the same.
      const after = createFieldCipher([newKey]);
      for (const [i, personId] of people.entries()) {
        expect(await readPersonContact({ ...ctx, fieldCipher: after }, personId)).toMatchObject({ mobile: `1380000000${i}`, idNumber: idNumberFor(i) });
      }
      const admin = await t.handle.db.selectFrom('users').select(['id', 'totpSecretEncrypted']).where('loginName', '=', 'sysadmin').executeTakeFirstOrThrow();
      expect(after.decrypt(admin.totpSecretEncrypted as string, userTotpContext(admin.id))).toMatch(/^[A-Z2-7]+=*$/);

      // Running it again changes nothing and records nothing.
      expect((await rotateFieldKeys(ctx, during)).every((r) => r.rotated === 0)).toBe(true);
      expect(await t.handle.db.selectFrom('auditEvents').select('seq').where('act', '=', 'crypto.key.rotate').execute()).toHaveLength(10);
    } finally {
      await t.close();
    }
  });

  it('无法解密的值（密钥缺失）计为失败、原样保留，其余照常轮换', async () => {
    const t = await startTestApp(dialect, { fieldKeys: [oldKey] });
    try {
      const ctx: OperationContext = { handle: t.handle, clock: t.clock, actor, request: { requestId: null, ip: null } };
      await setPersonContact({ ...ctx, fieldCipher: createFieldCipher([oldKey]) }, { personId: 'lin-zhiyuan', mobile: '13800000000' });
      const stranger = createFieldCipher([{ id: 'lost', key: Buffer.alloc(16, 9) }]).encrypt('13900000000', personMobileContext('zhao-mingyuan'));
      await t.handle.db.updateTable('people').set({ mobileEncrypted: stranger }).where('id', '=', 'zhao-mingyuan').execute();
      const [mobile] = await rotateFieldKeys(ctx, createFieldCipher([newKey, oldKey]), { columns: encryptedColumns.slice(0, 1) });
      expect(mobile).toEqual({ column: 'people.mobile', scanned: 2, rotated: 1, failed: 1 });
      const rows = await t.handle.db.selectFrom('people').select(['id', 'mobileEncrypted']).where('mobileEncrypted', 'is not', null).orderBy('id').execute();
      expect(rows.map((r) => [r.id, keyIdOf(r.mobileEncrypted as string)])).toEqual([
        ['lin-zhiyuan', 'new2026'],
        ['zhao-mingyuan', 'lost'],
      ]);
      expect(personIdNumberContext('x')).toBe('people.id_number:x');
    } finally {
      await t.close();
    }
  });
});

/** A migrated, seeded database the CLI can open through ZHENGWU_DATABASE_URL. */
async function cliDatabase(dialect: Dialect, dir: string): Promise<{ url: string; handle: DatabaseHandle }> {
  if (dialect === 'sqlite') {
    const file = path.join(dir, 'zhengwu.db');
    const handle = openDatabase({ dialect: 'sqlite', file });
    await migrateToLatest(handle.db);
    return { url: `sqlite:${file}`, handle };
  }
  const { url } = await createPostgresDatabase();
  const handle = openDatabase({ dialect: 'postgres', url });
  await migrateToLatest(handle.db);
  return { url, handle };
}

describe.each(dialects)('zhengwu crypto status / rotate（%s）', (dialect) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-crypto-'));
  let out: string[];
  let err: string[];

  beforeAll(() => {
    out = [];
    err = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('新密钥在前、旧密钥在后：status 显示旧密钥计数，rotate 后全部在新密钥下；批次进度写到 stderr', async () => {
    const { url, handle } = await cliDatabase(dialect, dir);
    const clock = fixedClock('2026-03-02T01:00:00Z');
    await seedDemoGovernment(handle, clock);
    const ctx = { handle, clock, actor, request: { requestId: null, ip: null }, fieldCipher: createFieldCipher([oldKey]) };
    for (const [i, personId] of people.entries()) await setPersonContact(ctx, { personId, mobile: `1390000000${i}` });
    await handle.close();

    vi.stubEnv('ZHENGWU_DATA_DIR', dir);
    vi.stubEnv('ZHENGWU_DATABASE_URL', url);
    vi.stubEnv('ZHENGWU_SM4_KEYS', `${hex(newKey)},${hex(oldKey)}`);
    expect(await cryptoCommand.run(['status'])).toBe(0);
    expect(out.join('')).toContain('old2025 5');
    expect(out.join('')).toContain('尚有 5 项不在当前密钥下');

    out.length = 0;
    expect(await cryptoCommand.run(['rotate', '--batch', '2'])).toBe(0);
    expect(out.join('')).toContain('已用密钥 new2026 重新加密 5 项');
    expect(err.join('')).toContain('people.mobile：已检查 4 项，重新加密 4 项');

    out.length = 0;
    vi.stubEnv('ZHENGWU_SM4_KEYS', hex(newKey));
    expect(await cryptoCommand.run(['status'])).toBe(0);
    expect(out.join('')).toContain('new2026（当前） 5');
    expect(out.join('')).toContain('全部密文均在当前密钥下');
    // The CLI never generates a key: with none configured and no key file it refuses.
    vi.stubEnv('ZHENGWU_SM4_KEYS', undefined);
    err.length = 0;
    expect(await cryptoCommand.run(['status'])).toBe(2);
    expect(err.join('')).toContain('没有密钥文件');
    expect(fs.existsSync(path.join(dir, 'sm4.key'))).toBe(false);
  });

  it('用法错误返回 2', async () => {
    expect(await cryptoCommand.run([])).toBe(2);
    expect(await cryptoCommand.run(['spin'])).toBe(2);
    expect(await cryptoCommand.run(['rotate', '--batch', '0'])).toBe(2);
  });
});
