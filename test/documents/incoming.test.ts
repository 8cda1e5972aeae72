import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, signInAgain, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { createUserWithRoles } from '../harness/users.js';
import { parameter } from '../../src/rules/index.js';

const BASE = '2026-03-02T01:00:00Z';

/**
 * A 请示 from 区发展和改革局, drafted by its clerk; its principal head (fgj-head, fgj-principal) signs it off.
 * Each is a document of its own, with its own 发文字号 (the same number filed twice is 多头报文, art. 64).
 */
let docNumber = 100;
const request = (overrides: Record<string, unknown> = {}) => ({
  docType: '请示',
  title: '区发展和改革局关于申请重点项目前期经费的请示',
  body: '区政府：\n为推进重点项目前期工作，拟申请前期经费200万元。妥否，请批示。',
  senderDocNumber: `临发改〔2026〕${docNumber++}号`,
  signerName: '局长',
  declaredMatters: ['申请重点项目前期经费'],
  writtenOn: '2026-02-27',
  ...overrides,
});

describe.each(dialects)('收文：请示与报告（第六十四至六十六条）（%s）', (dialect) => {
  let t: TestApp;
  let fgj: Agent;
  let office: Agent;
  let zhao: Agent;
  let fgjHead: Agent;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    fgj = await logInAs(t.app, 'fgj');
    fgjHead = await logInAs(t.app, 'fgj-head');
    office = await logInAs(t.app, 'bgs');
    zhao = await logInAs(t.app, 'changwu');
  });
  afterAll(async () => t.close());
  afterEach(() => t.clock.set(BASE));

  const walk = async (id: string, agent: Agent, path: string, body: Record<string, unknown> = {}) => {
    const version = (await agent.get(`/api/documents/incoming/${id}`)).json().version;
    const r = await agent.post(`/api/documents/incoming/${id}/${path}`, { version, ...body });
    expect(r.statusCode, `${path}: ${r.body}`).toBe(200);
    return r.json();
  };

  /** Files a document; a 请示 waiting for sign-off is signed off by the unit's principal head in their own session. */
  const file = async (body: Record<string, unknown>, clerk: Agent = fgj, head: Agent = fgjHead): Promise<string> => {
    const r = await clerk.post('/api/documents/incoming', body);
    expect(r.statusCode, r.body).toBe(201);
    const id = r.json().id as string;
    if (r.json().status === 'awaiting_sign_off') await walk(id, head, 'sign-off');
    return id;
  };

  it('第六十四条 直接报送领导个人的请示被拒绝', async () => {
    const r = await fgj.post('/api/documents/incoming', request({ addressedTo: 'leader', addresseePersonId: 'zhao-mingyuan' }));
    expect(r.statusCode).toBe(422);
    expect(r.json().violations).toContainEqual(expect.objectContaining({ ruleId: 'documents.through-the-office', article: 64 }));
  });

  it('第六十四条 申报两个事项的请示被拒绝（一文一事）', async () => {
    const r = await fgj.post('/api/documents/incoming', request({ declaredMatters: ['申请经费', '申请增加编制'] }));
    expect(r.statusCode).toBe(422);
    expect(r.json().violations).toContainEqual(expect.objectContaining({ ruleId: 'documents.one-matter-per-request', article: 64 }));
  });

  it('第六十四条 请示须由报送单位主要负责人本人签发：经办人报送后待签发，经办人、其他单位负责人不能签发', async () => {
    // The filer's choice of 签发人 is not an approval: the principal head must act.
    const r = await fgj.post('/api/documents/incoming', request({ title: '关于申请专项债券额度的请示', signerPersonId: 'fgj-principal' }));
    expect(r.statusCode).toBe(201);
    expect(r.json().status).toBe('awaiting_sign_off');
    const id = r.json().id;
    expect((await office.get(`/api/documents/incoming?status=awaiting_sign_off`)).json().items.map((d: { id: string }) => d.id)).toContain(id);
    expect((await office.get(`/api/documents/incoming/${id}`)).json().actions).not.toContain('receive');
    const version = (await fgj.get(`/api/documents/incoming/${id}`)).json().version;
    const byClerk = await fgj.post(`/api/documents/incoming/${id}/sign-off`, { version });
    expect(byClerk.statusCode).toBe(403);
    expect((await office.post(`/api/documents/incoming/${id}/receive`, { version })).statusCode).toBe(409);
    const otherHead = await accountOf('czj-head', { displayName: '财政局局长', unitId: 'czj', roles: ['unit_head'], personId: 'czj-principal' });
    expect((await otherHead.post(`/api/documents/incoming/${id}/sign-off`, { version })).statusCode).toBe(404);
    const inbox = (await fgjHead.get('/api/workbench')).json().items as { id: string; kind: string }[];
    expect(inbox.find((i) => i.id === id)?.kind).toBe('待签发');
    expect((await fgjHead.get(`/api/documents/incoming/${id}`)).json().actions).toEqual(['sign_off']);
    const signed = await fgjHead.post(`/api/documents/incoming/${id}/sign-off`, { version, opinion: '同意报送' });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().status).toBe('submitted');
    const detail = (await office.get(`/api/documents/incoming/${id}`)).json();
    expect(detail).toMatchObject({ status: 'submitted', actions: expect.arrayContaining(['receive']) });
    expect(detail.timeline.map((s: { step: string }) => s.step)).toEqual(['submit', 'sign_off']);
    // The 签发人 is the head who acted, not the name the clerk typed.
    expect(detail.signerName).toBe(detail.timeline[1].actorName);
    expect(detail.signerName).not.toBe('局长');
    const audit = await t.handle.db.selectFrom('auditEvents').select(['actorUserId', 'article']).where('act', '=', 'documents.incoming.sign_off').where('objectId', '=', id).execute();
    expect(audit).toEqual([{ actorUserId: expect.stringContaining(''), article: 64 }]);
    expect((await fgjHead.post(`/api/documents/incoming/${id}/sign-off`, { version })).statusCode).toBe(409);
  });

  it('第六十四条 单位负责人但不是主要负责人的，签发被拒绝并注明条款', async () => {
    const deputy = await accountOf('fgj-deputy-head', { displayName: '发改局副局长', unitId: 'fgj', roles: ['unit_head'], personId: 'fgj-deputy' });
    const id = (await fgj.post('/api/documents/incoming', request({ title: '关于调整项目储备库的请示' }))).json().id;
    const version = (await deputy.get(`/api/documents/incoming/${id}`)).json().version;
    const r = await deputy.post(`/api/documents/incoming/${id}/sign-off`, { version });
    expect(r.statusCode).toBe(422);
    expect(r.json().violations).toContainEqual(expect.objectContaining({ ruleId: 'documents.request-signed-by-principal', article: 64 }));
  });

  it('第八十四条 涉密公文不予接收', async () => {
    const r = await fgj.post('/api/documents/incoming', request({ classification: 'secret' }));
    expect(r.statusCode).toBe(422);
    expect(r.json().violations).toContainEqual(expect.objectContaining({ ruleId: 'documents.classified-refused', article: 84 }));
  });

  it('第六十四条 报告夹带请示事项时提示办公室，不静默放过', async () => {
    const r = await fgj.post('/api/documents/incoming', request({ docType: '报告', title: '关于一季度项目推进情况的报告', body: '一季度共推进项目12个。……建议追加经费，妥否，请批示。', declaredMatters: [] }));
    expect(r.statusCode).toBe(201);
    expect(r.json().flags).toContainEqual(expect.objectContaining({ ruleId: 'documents.no-request-in-report', article: 64 }));
    const detail = (await office.get(`/api/documents/incoming/${r.json().id}`)).json();
    expect(detail.flags).toHaveLength(1);
  });

  it('请示从部门报送到办结：签收、登记、初审、拟办、批办（按分工）、批示、转办、承办、归档，每一步留痕', async () => {
    const id = await file(request());
    await walk(id, office, 'receive');
    const registered = await walk(id, office, 'register');
    expect(registered.registerNumber).toMatch(/^收〔2026〕\d+号$/);
    await walk(id, office, 'review', { outcome: 'pass' });
    await walk(id, office, 'propose', { proposal: '拟请赵明远副区长阅批' });
    const assigned = await walk(id, office, 'assign');
    expect(assigned).toMatchObject({ leader: { personId: 'zhao-mingyuan' }, basis: 'portfolio' });
    const circled = await zhao.post(`/api/documents/incoming/${id}/instruct`, { version: (await zhao.get(`/api/documents/incoming/${id}`)).json().version, opinion: '', isCircled: true });
    expect(circled.statusCode).toBe(422);
    expect(circled.json().violations[0]).toMatchObject({ ruleId: 'documents.instruction-opinion', article: 65 });
    await walk(id, zhao, 'instruct', { opinion: '同意，请区财政局统筹安排。', isCircled: false });
    await walk(id, office, 'transfer', { handlingUnitId: 'fgj', coUnitIds: ['czj'], workingDays: 5 });
    await walk(id, fgj, 'complete', { result: '经费已落实，项目前期工作已启动。' });
    await walk(id, office, 'archive');
    const detail = (await office.get(`/api/documents/incoming/${id}`)).json();
    expect(detail.status).toBe('archived');
    expect(detail.timeline.map((s: { step: string }) => s.step)).toEqual(['submit', 'sign_off', 'receive', 'register', 'review', 'propose', 'assign', 'instruct', 'transfer', 'complete', 'archive']);
    expect(detail.instruction).toMatchObject({ name: '赵明远', opinion: '同意，请区财政局统筹安排。', date: '2026-03-02' });
    const acts = await t.handle.db.selectFrom('auditEvents').select('act').where('objectId', '=', id).orderBy('seq').execute();
    expect(acts.map((a) => a.act)).toContain('documents.incoming.instruct');
  });

  it('第六十六条 会签环节也限时：期限按规则参数（相关单位回复时限）计算，写入期限表', async () => {
    const r = await fgj.post('/api/documents/incoming', request({ docType: '报告', title: '关于联合开展价格检查情况的报告', body: '检查商户20家。特此报告。', declaredMatters: [], relatedUnitIds: ['czj'] }));
    expect(r.json().status).toBe('countersigning');
    const detail = (await fgj.get(`/api/documents/incoming/${r.json().id}`)).json();
    const days = parameter('documents.countersignReplyWorkingDays', '2026-03-02');
    // Filed Monday 2026-03-02; 3 working days: Thursday 03-05.
    expect(detail.clock).toMatchObject({ step: '会签', basis: 'working_days', due: '2026-03-05', isOverdue: false });
    const deadline = await t.handle.db.selectFrom('deadlines').select(['label', 'amount', 'basis', 'isOpen']).where('objectId', '=', r.json().id).execute();
    expect(deadline).toEqual([{ label: expect.stringContaining(`${days}个工作日内会签`), amount: days, basis: 'working_days', isOpen: 1 }]);
  });

  it('第六十六条 急件即到即办：每个环节以小时计，写入期限表，超时后列入逾期筛选', async () => {
    const r = await fgj.post('/api/documents/incoming', request({ docType: '报告', title: '关于突发管道泄漏处置情况的紧急报告', body: '已处置完毕。特此报告。', declaredMatters: [], urgency: 'urgent' }));
    const id = r.json().id;
    const hours = parameter('documents.urgentStepHours', '2026-03-02').urgent;
    const detail = (await office.get(`/api/documents/incoming/${id}`)).json();
    expect(detail.clock).toMatchObject({ step: '签收', basis: 'hours', due: new Date(Date.parse(BASE) + hours * 3600_000).toISOString(), isOverdue: false });
    const rows = await t.handle.db.selectFrom('deadlines').select(['basis', 'amount', 'isOpen']).where('objectId', '=', id).execute();
    expect(rows).toEqual([{ basis: 'hours', amount: hours, isOpen: 1 }]);
    expect((await office.get('/api/documents/incoming?overdue=1&pageSize=200')).json().items.map((d: { id: string }) => d.id)).not.toContain(id);
    t.clock.set(new Date(Date.parse(BASE) + (hours + 1) * 3600_000).toISOString());
    const officeLater = await signInAgain(t.app, 'bgs');
    const overdue = (await officeLater.get('/api/documents/incoming?overdue=1&pageSize=200')).json().items as { id: string; clock: { isOverdue: boolean; overdueBy: number } }[];
    expect(overdue.find((d) => d.id === id)?.clock).toMatchObject({ isOverdue: true, overdueBy: 1 });
    // Receiving it closes the step's clock and starts the next one, in hours again.
    const version = (await officeLater.get(`/api/documents/incoming/${id}`)).json().version;
    expect((await officeLater.post(`/api/documents/incoming/${id}/receive`, { version })).statusCode).toBe(200);
    const after = await t.handle.db.selectFrom('deadlines').select(['basis', 'isOpen']).where('objectId', '=', id).orderBy('createdAt').execute();
    expect(after).toEqual([{ basis: 'hours', isOpen: 0 }, { basis: 'hours', isOpen: 1 }]);
    // A second 签收 of the same document finds it moved on: 409 with its current state, never 400.
    const again = await officeLater.post(`/api/documents/incoming/${id}/receive`, { version });
    expect(again.statusCode).toBe(409);
    expect(again.json().details).toMatchObject({ currentState: 'received' });
  });

  it('第六十五条 报告可圈阅后阅知归档', async () => {
    const r = await fgj.post('/api/documents/incoming', request({ docType: '报告', title: '关于节日期间安全生产检查情况的报告', body: '检查企业30家，整改隐患12处。特此报告。', declaredMatters: [] }));
    const id = r.json().id;
    for (const step of ['receive', 'register']) await walk(id, office, step);
    await walk(id, office, 'review', { outcome: 'pass' });
    await walk(id, office, 'propose', { proposal: '呈阅' });
    await walk(id, office, 'assign');
    await walk(id, zhao, 'instruct', { isCircled: true });
    await walk(id, office, 'archive');
    expect((await office.get(`/api/documents/incoming/${id}`)).json()).toMatchObject({ status: 'archived', instruction: { opinion: '圈阅' } });
  });

  it('第六十四条 初审退回注明理由与条款，报送单位看到', async () => {
    const id = await file(request({ title: '关于物价监测点调整的请示' }));
    for (const step of ['receive', 'register']) await walk(id, office, step);
    await walk(id, office, 'review', { outcome: 'return', reasons: ['department_remit'] });
    const detail = (await fgj.get(`/api/documents/incoming/${id}`)).json();
    expect(detail.status).toBe('returned');
    expect(detail.timeline.at(-1)).toMatchObject({ step: 'return', article: 64, opinion: expect.stringContaining('第六十四条') });
  });

  it('第六十二条 副区长外出时，急件批办给补位领导，批示记为代其处理', async () => {
    const sun = await logInAs(t.app, 'fuquzhang');
    expect((await sun.post('/api/leave/reports', { kind: 'study', startDate: '2026-03-09', endDate: '2026-03-10', place: '省委党校', reason: '培训', actingPersonName: '赵明远', contact: '13900000001', isEmergency: false, attachmentIds: [] })).statusCode).toBe(201);
    t.clock.set('2026-03-09T02:00:00Z');
    const gxj = await createGxjStaff();
    const officeThere = await signInAgain(t.app, 'bgs');
    const id = await file(request({ title: '关于企业停产整治的紧急请示', urgency: 'urgent', writtenOn: '2026-03-09' }), gxj, await createGxjHead());
    for (const step of ['receive', 'register']) await walk(id, officeThere, step);
    await walk(id, officeThere, 'review', { outcome: 'pass' });
    await walk(id, officeThere, 'propose', { proposal: '急件，请阅批' });
    const assigned = await walk(id, officeThere, 'assign');
    expect(assigned).toMatchObject({ leader: { personId: 'zhao-mingyuan' }, basis: 'cover', actingFor: { personId: 'sun-lihua' } });
    const zhaoThere = await signInAgain(t.app, 'changwu');
    // Leaders sign in with their second factor.
    if (zhao.authenticator) expect((await zhaoThere.post('/api/session/totp', { code: zhao.authenticator.code() })).statusCode).toBe(204);
    const workbench = await zhaoThere.get('/api/workbench');
    expect(workbench.statusCode, workbench.body).toBe(200);
    const inbox = workbench.json().items as { id: string; actingFor?: { name: string } }[];
    expect(inbox.find((i) => i.id === id)?.actingFor?.name).toBe('孙立华');
    await walk(id, zhaoThere, 'instruct', { opinion: '同意立即停产整治。' });
    const audit = await t.handle.db.selectFrom('auditEvents').select(['actingForPersonId', 'article']).where('act', '=', 'documents.incoming.instruct').where('objectId', '=', id).execute();
    expect(audit).toEqual([{ actingForPersonId: 'sun-lihua', article: 62 }]);
  });

  /** A test account (created on first use, so each test passes alone and in any order), signed in. */
  async function accountOf(loginName: string, input: Omit<Parameters<typeof createUserWithRoles>[1], 'loginName'>): Promise<Agent> {
    const exists = await t.handle.db.selectFrom('users').select('id').where('loginName', '=', loginName).executeTakeFirst();
    if (!exists) await createUserWithRoles(t, { loginName, ...input });
    return exists ? signInAgain(t.app, loginName) : logInAs(t.app, loginName);
  }

  const createGxjHead = () => accountOf('gxj-head', { displayName: '工信局局长', unitId: 'gxj', roles: ['unit_head'], personId: 'gxj-principal' });

  async function createGxjStaff(): Promise<Agent> {
    const exists = await t.handle.db.selectFrom('users').select('id').where('loginName', '=', 'gxj-staff').executeTakeFirst();
    if (!exists) await createUserWithRoles(t, { loginName: 'gxj-staff', displayName: '工信局经办人', unitId: 'gxj', roles: ['unit_staff'] });
    return exists ? signInAgain(t.app, 'gxj-staff') : logInAs(t.app, 'gxj-staff');
  }

  it('第六十六条 逾期公文列入催办清单，注明逾期工作日数与计算过程；自动催办留痕', async () => {
    const id = await file(request({ title: '关于园区道路改造的请示' }));
    for (const step of ['receive', 'register']) await walk(id, office, step);
    await walk(id, office, 'review', { outcome: 'pass' });
    await walk(id, office, 'propose', { proposal: '请阅批' });
    await walk(id, office, 'assign');
    await walk(id, zhao, 'instruct', { opinion: '同意。' });
    await walk(id, office, 'transfer', { handlingUnitId: 'fgj', workingDays: 2 });
    // Transferred Monday 2026-03-02 with 2 working days: due Wednesday 03-04. On Monday 03-09 it is 3 working days late.
    t.clock.set('2026-03-09T02:00:00Z');
    const officeThere = await signInAgain(t.app, 'bgs');
    const list = (await officeThere.get('/api/documents/incoming/chase-list')).json().items as { id: string; clock: { due: string; overdueBy: number; explanation: string } }[];
    const row = list.find((d) => d.id === id);
    expect(row?.clock).toMatchObject({ due: '2026-03-04', overdueBy: 3 });
    expect(row?.clock.explanation).toContain('已逾期3个工作日');
    const chased = (await officeThere.post('/api/documents/incoming/chase')).json();
    expect(chased.chased).toBeGreaterThan(0);
    expect((await officeThere.get(`/api/documents/incoming/${id}`)).json().timeline.at(-1)).toMatchObject({ step: 'chase', article: 66 });
    const again = (await officeThere.post('/api/documents/incoming/chase')).json();
    expect(again.chased).toBe(0);
  });

  it('检索标题、正文、文号；其他单位看不到（404）；登记簿导出 Excel', async () => {
    expect((await fgj.post('/api/documents/incoming', request({ docType: '报告', body: '区政府：\n现将经费使用情况报告如下。', senderDocNumber: '临发改〔2026〕12号' }))).statusCode).toBe(201);
    const byNumber = (await office.get(`/api/documents/incoming?q=${encodeURIComponent('临发改〔2026〕12号')}`)).json();
    expect(byNumber.total).toBeGreaterThan(0);
    const short = (await office.get(`/api/documents/incoming?q=${encodeURIComponent('经费')}`)).json();
    expect(short.total).toBeGreaterThan(0);
    const none = (await office.get(`/api/documents/incoming?q=${encodeURIComponent('不存在的标题词')}`)).json();
    expect(none.total).toBe(0);
    const other = await createOtherUnitUser();
    expect((await other.get('/api/documents/incoming')).json().total).toBe(0);
    const anyId = byNumber.items[0].id;
    expect((await other.get(`/api/documents/incoming/${anyId}`)).statusCode).toBe(404);
    const xlsx = await office.get('/api/documents/incoming/register.xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  async function createOtherUnitUser(): Promise<Agent> {
    await createUserWithRoles(t, { loginName: 'mzj-staff', displayName: '民政局经办人', unitId: 'mzj', roles: ['unit_staff'] });
    return logInAs(t.app, 'mzj-staff');
  }

  it('第六十四条 涉及其他单位职权的，须相关单位主要负责人会签后才报送办公室', async () => {
    const czjHead = await accountOf('czj-head', { displayName: '财政局局长', unitId: 'czj', roles: ['unit_head'], personId: 'czj-principal' });
    const r = await fgj.post('/api/documents/incoming', request({ title: '关于设立产业引导基金的请示', relatedUnitIds: ['czj'] }));
    expect(r.json().status).toBe('awaiting_sign_off');
    const id = r.json().id;
    expect((await czjHead.get(`/api/documents/incoming/${id}`)).json().actions).toEqual([]);
    const toCountersign = await walk(id, fgjHead, 'sign-off');
    expect(toCountersign.status).toBe('countersigning');
    const version = (await czjHead.get(`/api/documents/incoming/${id}`)).json().version;
    expect((await czjHead.post(`/api/documents/incoming/${id}/countersign`, { version, isAgreed: false, opinion: '不同意' })).statusCode).toBe(400);
    const signed = await czjHead.post(`/api/documents/incoming/${id}/countersign`, { version, isAgreed: false, opinion: '不同意设立', grounds: '财力紧张，建议明年再议' });
    expect(signed.json().status).toBe('submitted');
    const detail = (await office.get(`/api/documents/incoming/${id}`)).json();
    expect(detail.countersignatures).toEqual([expect.objectContaining({ unitId: 'czj', isAgreed: false, grounds: '财力紧张，建议明年再议' })]);
  });
});
