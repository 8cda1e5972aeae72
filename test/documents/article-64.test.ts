import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { createUserWithRoles } from '../harness/users.js';

/** A document as the filing form sends it (no 请示 here unless a test says so: a 请示 waits for sign-off). */
const filing = (overrides: Record<string, unknown> = {}) => ({
  docType: '函',
  title: '关于商请提供2025年度民生实事办理情况的函',
  body: '区政府：\n为做好代表建议督办工作，请提供2025年度民生实事办理情况。',
  signerName: '主要负责人',
  declaredMatters: [],
  writtenOn: '2026-02-27',
  ...overrides,
});

describe.each(dialects)('第六十四条 越级行文与多头报文（%s）', (dialect) => {
  let t: TestApp;
  let fgj: Agent;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    fgj = await logInAs(t.app, 'fgj');
    const now = t.clock.now().toISOString();
    // A body the 发改局 manages, and a village committee under 齐都镇: both sit below another body.
    await t.handle.db
      .insertInto('units')
      .values([
        { id: 'lcfw', name: '区粮食和物资储备服务中心', shortName: null, kind: 'managed_body', function: null, parentId: 'fgj', sortOrder: 900, version: 1, createdAt: now, updatedAt: now },
        { id: 'qidu-cun', name: '齐都镇示范村村民委员会', shortName: null, kind: 'village_committee', function: null, parentId: 'qidu', sortOrder: 901, version: 1, createdAt: now, updatedAt: now },
      ])
      .execute();
    await createUserWithRoles(t, { loginName: 'renda-staff', displayName: '人大常委会办公室', unitId: 'renda', roles: ['unit_staff'] });
    await createUserWithRoles(t, { loginName: 'fayuan-staff', displayName: '法院办公室', unitId: 'fayuan', roles: ['unit_staff'] });
    await createUserWithRoles(t, { loginName: 'lcfw-staff', displayName: '储备中心经办人', unitId: 'lcfw', roles: ['unit_staff'] });
    await createUserWithRoles(t, { loginName: 'cun-staff', displayName: '村委会经办人', unitId: 'qidu-cun', roles: ['unit_staff'] });
  });
  afterAll(async () => t.close());

  it('第六十四条 区人大常委会、区法院不在区政府之下：其函不属越级行文，予以接收', async () => {
    const renda = await logInAs(t.app, 'renda-staff');
    const letter = await renda.post('/api/documents/incoming', filing());
    expect(letter.statusCode, letter.body).toBe(201);
    expect(letter.json().flags.map((f: { ruleId: string }) => f.ruleId)).not.toContain('documents.no-skip-level');
    const fayuan = await logInAs(t.app, 'fayuan-staff');
    const report = await fayuan.post('/api/documents/incoming', filing({ docType: '报告', title: '区人民法院关于2025年度行政审判情况的报告', body: '区政府：\n现将2025年度行政审判情况报告如下。' }));
    expect(report.statusCode, report.body).toBe(201);
    // Not refused; the office is asked whether a letter was meant.
    expect(report.json().flags).toContainEqual(expect.objectContaining({ ruleId: 'documents.no-skip-level', article: 64 }));
  });

  it('第六十四条 部门管理机构越过主管部门、村委会越过镇直接报区政府：未经批准拒绝；注明批准的接收并提示办公室核实', async () => {
    const lcfw = await logInAs(t.app, 'lcfw-staff');
    const report = filing({ docType: '报告', title: '关于粮食储备轮换情况的报告', body: '区政府：\n现将粮食储备轮换情况报告如下。' });
    const refused = await lcfw.post('/api/documents/incoming', report);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().violations).toEqual([expect.objectContaining({ ruleId: 'documents.no-skip-level', article: 64 })]);
    expect(refused.json().violations[0].message).toContain('隶属于区发展和改革局');
    const approved = await lcfw.post('/api/documents/incoming', { ...report, skipLevelApproval: '经区发展和改革局同意直报', cc: '区发展和改革局' });
    expect(approved.statusCode, approved.body).toBe(201);
    expect(approved.json().flags).toContainEqual(expect.objectContaining({ ruleId: 'documents.no-skip-level', article: 64 }));
    const office = await logInAs(t.app, 'bgs');
    expect((await office.get(`/api/documents/incoming/${approved.json().id}`)).json()).toMatchObject({ skipLevelApproval: '经区发展和改革局同意直报' });

    const village = await logInAs(t.app, 'cun-staff');
    const skip = await village.post('/api/documents/incoming', filing({ docType: '报告', title: '关于村道修缮情况的报告', body: '区政府：\n现将村道修缮情况报告如下。' }));
    expect(skip.statusCode).toBe(422);
    expect(skip.json().violations[0].message).toContain('隶属于齐都镇人民政府');
  });

  it('第六十四条 不得多头报文：请示主送两个机关被拒绝', async () => {
    const r = await fgj.post('/api/documents/incoming', {
      ...filing({ docType: '请示', title: '关于申请项目经费的请示', body: '区政府：\n拟申请项目经费。妥否，请批示。', declaredMatters: ['申请项目经费'], signerName: '局长' }),
      mainRecipients: ['区政府', '区财政局'],
    });
    expect(r.statusCode).toBe(422);
    expect(r.json().violations).toEqual([expect.objectContaining({ ruleId: 'documents.one-main-recipient', article: 64 })]);
  });

  it('第六十四条 不得多头报文：同一发文字号的公文已报送、尚在办理的，再报（含直接报领导）被拒绝', async () => {
    const report = filing({ docType: '报告', title: '区发展和改革局关于一季度经济运行情况的报告', body: '区政府：\n现将一季度经济运行情况报告如下。', senderDocNumber: '临发改〔2026〕31号' });
    expect((await fgj.post('/api/documents/incoming', report)).statusCode).toBe(201);
    const again = await fgj.post('/api/documents/incoming', { ...report, title: '关于一季度经济运行情况的报告（报赵副区长）' });
    expect(again.statusCode).toBe(422);
    expect(again.json().violations).toEqual([expect.objectContaining({ ruleId: 'documents.no-duplicate-filing', article: 64 })]);
    expect(again.json().violations[0].message).toMatch(/已于\d{4}年\d{1,2}月\d{1,2}日以“区发展和改革局关于一季度经济运行情况的报告”报送/);
    // Another number is another document.
    expect((await fgj.post('/api/documents/incoming', { ...report, senderDocNumber: '临发改〔2026〕32号' })).statusCode).toBe(201);
  });
});
