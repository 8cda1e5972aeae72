import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personIdNumberContext, personMobileContext } from '../../src/crypto/encrypted-columns.js';
import { createFieldCipher } from '../../src/crypto/field-cipher.js';
import { idNumberCheckDigit } from '../../src/crypto/personal-numbers.js';
import { logRedactPaths } from '../../src/http/app.js';
import { type Agent, logInAs, startTestApp, TEST_FIELD_KEYS, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';

// Made-up numbers: the ID number's check character is computed, so it is valid without being anyone's.
const ID_NUMBER = (() => {
  const first17 = '37030519900101123';
  return `${first17}${idNumberCheckDigit(first17)}`;
})();
const ID_MASKED = `370305********${ID_NUMBER.slice(14)}`;
const MOBILE = '13812345678';
const LEADER = 'lin-zhiyuan';
const testCipher = createFieldCipher(TEST_FIELD_KEYS);

describe.each(dialects)('个人信息加密存储与脱敏（%s）', (dialect) => {
  let t: TestApp;
  let sysadmin: Agent;
  let office: Agent;
  let leader: Agent;

  const stored = async (personId: string) =>
    t.handle.db.selectFrom('people').select(['mobileEncrypted', 'idNumberEncrypted', 'version']).where('id', '=', personId).executeTakeFirstOrThrow();
  const auditOf = async (act: string) => t.handle.db.selectFrom('auditEvents').selectAll().where('act', '=', act).orderBy('seq').execute();

  beforeAll(async () => {
    t = await startTestApp(dialect);
    sysadmin = await logInAs(t.app, 'sysadmin');
    office = await logInAs(t.app, 'bgs');
    leader = await logInAs(t.app, 'quzhang');
  });
  afterAll(async () => t.close());

  it('系统管理员设置手机号码与身份证号码：返回脱敏值，数据库只存 SM4 密文', async () => {
    const before = await stored(LEADER);
    const r = await sysadmin.put(`/api/org/people/${LEADER}/contact`, { mobile: MOBILE, idNumber: ID_NUMBER.toLowerCase() });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual({ personId: LEADER, mobileMasked: '138****5678', idNumberMasked: ID_MASKED });
    expect(r.body).not.toContain(MOBILE);
    const row = await stored(LEADER);
    expect(row.mobileEncrypted).toMatch(/^sm4v1:test:/);
    expect(row.idNumberEncrypted).toMatch(/^sm4v1:test:/);
    expect(`${row.mobileEncrypted}${row.idNumberEncrypted}`).not.toContain(MOBILE);
    expect(`${row.mobileEncrypted}${row.idNumberEncrypted}`).not.toContain(ID_NUMBER.slice(6, 14));
    // The ciphertext is bound to its row and column: right context decrypts, any other does not.
    expect(testCipher.decrypt(row.mobileEncrypted as string, personMobileContext(LEADER))).toBe(MOBILE);
    expect(testCipher.decrypt(row.idNumberEncrypted as string, personIdNumberContext(LEADER))).toBe(ID_NUMBER);
    expect(() => testCipher.decrypt(row.mobileEncrypted as string, personMobileContext('zhao-mingyuan'))).toThrow();
    expect(Number(row.version)).toBe(Number(before.version) + 1);
  });

  it('审计记录只写哪些字段改了及脱敏值，从不写明文', async () => {
    const [event] = await auditOf('org.person.contact.update');
    expect(event).toBeDefined();
    expect(JSON.parse(event?.summary ?? '{}')).toEqual({
      changed: ['mobile', 'idNumber'],
      mobile: { before: null, after: '138****5678' },
      idNumber: { before: null, after: ID_MASKED },
    });
    const all = await t.handle.db.selectFrom('auditEvents').select('summary').execute();
    for (const { summary } of all) {
      expect(summary).not.toContain(MOBILE);
      expect(summary).not.toContain(ID_NUMBER.slice(0, 14));
      expect(summary).not.toContain('sm4v1:');
    }
  });

  it('人员名录、单位详情任职人员、领导列表只返回脱敏手机号码；身份证号码脱敏值只给系统管理员', async () => {
    const officeList = await office.get('/api/org/people');
    expect(officeList.statusCode).toBe(200);
    const mine = officeList.json().items.find((p: { id: string }) => p.id === LEADER);
    expect(mine).toEqual({ id: LEADER, name: '林志远', mobileMasked: '138****5678', actions: [] });
    const adminItem = (await sysadmin.get('/api/org/people?pageSize=200')).json().items.find((p: { id: string }) => p.id === LEADER);
    expect(adminItem).toMatchObject({ mobileMasked: '138****5678', idNumberMasked: ID_MASKED, actions: ['set_contact', 'read_contact'] });

    const unit = await office.get('/api/org/units/gov?asOf=2026-03-02');
    const holder = unit.json().posts.flatMap((p: { holders: { personId: string }[] }) => p.holders).find((h: { personId: string }) => h.personId === LEADER);
    expect(holder.mobileMasked).toBe('138****5678');
    const leaders = await leader.get('/api/org/leaders?asOf=2026-03-02');
    const head = leaders.json().items.find((l: { personId: string }) => l.personId === LEADER);
    expect(head.mobileMasked).toBe('138****5678');
    expect(leaders.json().items.find((l: { personId: string }) => l.personId !== LEADER).mobileMasked).toBeNull();

    for (const body of [officeList.body, unit.body, leaders.body, (await sysadmin.get('/api/org/people')).body]) {
      expect(body).not.toContain(MOBILE);
      expect(body).not.toContain(ID_NUMBER.slice(0, 14));
      expect(body).not.toContain('sm4v1:');
    }
  });

  it('完整联系方式只有系统管理员可看，不缓存，每次查看都记入审计', async () => {
    const auditedBefore = (await auditOf('org.person.contact.read')).length;
    const r = await sysadmin.get(`/api/org/people/${LEADER}/contact`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual({ personId: LEADER, name: '林志远', mobile: MOBILE, idNumber: ID_NUMBER });
    expect(r.headers['cache-control']).toBe('no-store');
    const reads = await auditOf('org.person.contact.read');
    expect(reads).toHaveLength(auditedBefore + 1);
    const last = reads.at(-1);
    expect(last).toMatchObject({ objectType: 'person', objectId: LEADER, result: 'success', actorName: '系统管理员' });
    expect(JSON.parse(last?.summary ?? '{}')).toEqual({ shown: ['mobile', 'idNumber'] });
  });

  it('办公室工作人员与领导不能查看或设置完整联系方式（403）', async () => {
    for (const agent of [office, leader]) {
      expect((await agent.get(`/api/org/people/${LEADER}/contact`)).statusCode).toBe(403);
      expect((await agent.put(`/api/org/people/${LEADER}/contact`, { mobile: '13900000000' })).statusCode).toBe(403);
    }
    expect(testCipher.decrypt((await stored(LEADER)).mobileEncrypted as string, personMobileContext(LEADER))).toBe(MOBILE);
  });

  it('号码有误得到 400 和中文说明，数据不变', async () => {
    const wrongCheck = `${ID_NUMBER.slice(0, 17)}${ID_NUMBER[17] === '0' ? '1' : '0'}`;
    const cases: [unknown, string][] = [
      [{ mobile: '12812345678' }, '手机号码应为11位数字'],
      [{ mobile: '1381234567' }, '手机号码应为11位数字'],
      [{ idNumber: wrongCheck }, '居民身份证号码校验码不符'],
      [{ idNumber: ID_NUMBER.slice(0, 17) }, '居民身份证号码应为18位'],
      [{ idNumber: `${'37030519900231123'}${idNumberCheckDigit('37030519900231123')}` }, '出生日期无效'],
      [{}, '须至少提供手机号码或居民身份证号码之一'],
    ];
    const before = await stored(LEADER);
    for (const [body, message] of cases) {
      const r = await sysadmin.put(`/api/org/people/${LEADER}/contact`, body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
      expect(r.json().detail).toContain(message);
      expect(r.body).not.toContain(wrongCheck);
    }
    expect(await stored(LEADER)).toEqual(before);
  });

  it('不存在的人员 404；null 清除一项，未提供的一项不变', async () => {
    expect((await sysadmin.put('/api/org/people/no-such-person/contact', { mobile: MOBILE })).statusCode).toBe(404);
    expect((await sysadmin.get('/api/org/people/no-such-person/contact')).statusCode).toBe(404);
    const r = await sysadmin.put('/api/org/people/zhao-mingyuan/contact', { mobile: '13900001111', idNumber: ID_NUMBER });
    expect(r.statusCode).toBe(200);
    const cleared = await sysadmin.put('/api/org/people/zhao-mingyuan/contact', { mobile: null });
    expect(cleared.json()).toEqual({ personId: 'zhao-mingyuan', mobileMasked: null, idNumberMasked: ID_MASKED });
    expect((await stored('zhao-mingyuan')).mobileEncrypted).toBeNull();
    const last = (await auditOf('org.person.contact.update')).at(-1);
    expect(JSON.parse(last?.summary ?? '{}')).toEqual({ changed: ['mobile'], mobile: { before: '139****1111', after: null } });
  });

  it('组织机构导出文件不含联系方式（明文或密文）；导入文件中的联系方式被忽略', async () => {
    const exported = await office.get('/api/org/export');
    expect(exported.statusCode).toBe(200);
    expect(exported.body).not.toContain(MOBILE);
    expect(exported.body).not.toContain('sm4v1:');
    expect(exported.body).not.toMatch(/mobile|idNumber/i);
    const doc = exported.json();
    doc.people = doc.people.map((p: { id: string }) => (p.id === LEADER ? { ...p, mobile: '13000000000', mobileEncrypted: 'x' } : p));
    expect((await sysadmin.post('/api/org/import', doc)).statusCode).toBe(200);
    expect(testCipher.decrypt((await stored(LEADER)).mobileEncrypted as string, personMobileContext(LEADER))).toBe(MOBILE);
  });

  it('被篡改的密文：列表显示“无法解密”，完整查看被拒并记为失败', async () => {
    const other = await stored('zhao-mingyuan');
    // Copy the head's ciphertext onto another person: the context binding must catch it.
    await t.handle.db.updateTable('people').set({ idNumberEncrypted: (await stored(LEADER)).idNumberEncrypted }).where('id', '=', 'zhao-mingyuan').execute();
    const item = (await sysadmin.get('/api/org/people?pageSize=200')).json().items.find((p: { id: string }) => p.id === 'zhao-mingyuan');
    expect(item.idNumberMasked).toBe('（无法解密）');
    const r = await sysadmin.get('/api/org/people/zhao-mingyuan/contact');
    expect(r.statusCode).toBe(500);
    expect(r.body).not.toContain(ID_NUMBER);
    expect((await auditOf('org.person.contact.read')).at(-1)).toMatchObject({ objectId: 'zhao-mingyuan', result: 'failure' });
    // The administrator can still replace the bad value.
    expect((await sysadmin.put('/api/org/people/zhao-mingyuan/contact', { idNumber: ID_NUMBER })).statusCode).toBe(200);
    expect(JSON.parse((await auditOf('org.person.contact.update')).at(-1)?.summary ?? '{}').idNumber.before).toBe('（无法解密）');
    await t.handle.db.updateTable('people').set({ idNumberEncrypted: other.idNumberEncrypted }).where('id', '=', 'zhao-mingyuan').execute();
  });
});

describe('日志脱敏（pino redact）', () => {
  it('请求体与任意对象中的 mobile、idNumber 不以明文进入日志', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = pino({ redact: { paths: [...logRedactPaths], censor: '[已隐去]' } }, sink);
    log.info({ req: { body: { mobile: MOBILE, idNumber: ID_NUMBER } } }, 'request');
    log.info({ body: { mobile: MOBILE }, person: { idNumber: ID_NUMBER }, mobile: MOBILE }, 'object');
    log.info({ req: { headers: { cookie: 'zw_session=secret' } } }, 'cookie');
    const text = lines.join('');
    expect(text).not.toContain(MOBILE);
    expect(text).not.toContain(ID_NUMBER);
    expect(text).not.toContain('zw_session=secret');
    expect(text).toContain('[已隐去]');
  });
});
