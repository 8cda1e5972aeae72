import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueChallenge, solveChallenge } from '../../src/operations/disclosure/proof-of-work.js';
import { type Agent, logInAs, signInAgain, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { uploadPdf } from '../harness/factories.js';
import type { Authenticator } from '../harness/totp.js';

let signIns = 0;
/** Each sign-in a little later than the last, so a second factor never repeats a used time step. */
const at = (day: string) => new Date(Date.parse(`${day}T01:00:00Z`) + ++signIns * 31_000).toISOString();

/**
 * The autumn of 2026 as 国务院办公厅关于2026年部分节假日安排的通知 arranges it, written out here so the tests
 * do not count with the calendar they check: 中秋节 9月25日至27日, 国庆节 10月1日至7日; Sunday 9月20日 and
 * Saturday 10月10日 are working days.
 */
const holidays = new Set(['2026-09-25', '2026-09-26', '2026-09-27', '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']);
const adjusted = new Set(['2026-09-20', '2026-10-10']);

/** The n-th working day after `start` (the start day not counted), walking the days one by one. */
function walkWorkingDays(start: string, n: number): string {
  let day = new Date(`${start}T00:00:00Z`);
  let counted = 0;
  while (counted < n) {
    day = new Date(day.getTime() + 86_400_000);
    const iso = day.toISOString().slice(0, 10);
    const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
    if (adjusted.has(iso) || (!weekend && !holidays.has(iso))) counted += 1;
  }
  return day.toISOString().slice(0, 10);
}

/** Working days in (a, b], walked. */
function walkBetween(a: string, b: string): number {
  let n = 0;
  while (walkWorkingDays(a, n + 1) <= b) n += 1;
  return n;
}

type Detail = {
  id: string;
  number: string;
  version: number;
  status: string;
  dueOn: string;
  isOverdue: boolean;
  daysLeft: number | null;
  actions: string[];
  contactMasked: string;
  idNumberMasked: string | null;
  clock: { due: string; amount: number; explanation: string; isOpen: boolean };
  extension: { days: number; notice: string } | null;
  correction: { byOn: string; correctedOn: string | null } | null;
  consultations: { workingDays: number | null }[];
  answer: { isLate: boolean; outcomeLabel: string; reason: string | null } | null;
  timeline: { action: string; actionLabel: string; opinion: string | null }[];
};

const applicant = {
  applicantKind: 'person',
  name: '张明',
  idNumber: '370305199001011231',
  contact: '13912345678',
  address: '临淄区辛店街道齐都花园3号楼2单元501室',
  description: '2026年临淄区老旧小区改造项目的资金安排文件（文号不详）',
  purpose: '了解所住小区改造安排',
  delivery: 'online',
};

describe.each(dialects)('政府信息公开申请：受理、补正、延期、征求意见、答复（第三十四条；政府信息公开条例第三十–第三十六条）（%s）', (dialect) => {
  let t: TestApp;
  const authenticators = new Map<string, Authenticator>();

  beforeAll(async () => {
    t = await startTestApp(dialect, { now: '2026-09-01T01:00:00Z' });
    for (const login of ['bgs', 'bgszr', 'quzhang', 'fgj-head']) {
      const agent = await logInAs(t.app, login);
      if (agent.authenticator) authenticators.set(login, agent.authenticator);
    }
  }, 120_000);
  afterAll(async () => t.close());

  const on = async (day: string, login: string): Promise<Agent> => {
    t.clock.set(at(day));
    // Passwords stay in date across the months these tests jump.
    await t.handle.db.updateTable('users').set({ passwordChangedAt: `${day}T00:00:00.000Z` }).where('loginName', '=', login).execute();
    const agent = await signInAgain(t.app, login);
    const authenticator = authenticators.get(login);
    if (authenticator) {
      await t.handle.db.updateTable('users').set({ totpLastStep: null }).where('loginName', '=', login).execute();
      expect((await agent.post('/api/session/totp', { code: authenticator.code() })).statusCode).toBe(204);
    }
    return agent;
  };
  const anonymous = (url: string, payload: unknown) => t.app.inject({ method: 'POST', url, payload: payload as object });
  const proof = () => {
    const { challenge } = issueChallenge(new Date(t.clock.now()));
    return { challenge, nonce: solveChallenge(challenge) };
  };
  const file = async (day: string, overrides: Record<string, unknown> = {}) => {
    t.clock.set(at(day));
    const r = await anonymous('/api/public/requests', { ...applicant, ...proof(), website: '', ...overrides });
    expect(r.statusCode, r.body).toBe(201);
    return r.json() as { number: string; accessCode: string; receivedOn: string; dueOn: string; explanation: string };
  };
  const idOf = async (number: string) => (await t.handle.db.selectFrom('disclosureRequests').select('id').where('number', '=', number).executeTakeFirstOrThrow()).id;
  const detail = async (agent: Agent, id: string): Promise<Detail> => {
    const r = await agent.get(`/api/disclosure/requests/${id}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as Detail;
  };
  const act = async (agent: Agent, id: string, step: string, body: Record<string, unknown> = {}) => agent.post(`/api/disclosure/requests/${id}/${step}`, { version: (await detail(agent, id)).version, ...body });

  it('第三十四条 依申请公开：2026年9月29日（国庆、中秋长假前）收到的申请，第20个工作日为答复期限（调休上班日计入），说明写明国庆节假期和调休日', async () => {
    const filed = await file('2026-09-29');
    expect(filed.number).toMatch(/^依申〔2026〕\d+号$/);
    expect(filed.receivedOn).toBe('2026-09-29');
    const expected = walkWorkingDays('2026-09-29', 20);
    expect(filed.dueOn).toBe(expected);
    expect(filed.explanation).toContain('国庆节');
    expect(filed.explanation).toContain('10月10日');
    expect(filed.explanation).toContain('20个工作日');
    expect(filed.explanation).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const clock = await t.handle.db.selectFrom('deadlines').selectAll().where('objectType', '=', 'disclosure_request').where('objectId', '=', await idOf(filed.number)).executeTakeFirstOrThrow();
    expect(clock).toMatchObject({ basis: 'working_days', amount: 20, start: '2026-09-29', due: expected, ruleId: 'disclosure.request-clock', article: 34 });
    // The access code is stored only as a digest; the personal data only as SM4 ciphertext.
    const row = await t.handle.db.selectFrom('disclosureRequests').selectAll().where('number', '=', filed.number).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(filed.accessCode);
    expect(JSON.stringify(row)).not.toContain('13912345678');
    expect(JSON.stringify(row)).not.toContain('370305199001011231');
    expect(row.contactEncrypted).toMatch(/^sm4v1:/);
    const tracked = await anonymous('/api/public/requests/track', { number: filed.number, accessCode: filed.accessCode });
    expect(tracked.statusCode, tracked.body).toBe(200);
    expect(tracked.json()).toMatchObject({ status: 'received', dueOn: expected, receivedOn: '2026-09-29' });
    expect(tracked.json().explanation).toContain('国庆节');
  });

  it('第三十四条 延长答复期限：只有政府信息公开工作机构负责人本人可以批准（其他人403），延长20个工作日、只延长一次，延期告知在查询页显示', async () => {
    const filed = await file('2026-09-29');
    const id = await idOf(filed.number);
    const body = { reason: '需要调取多个部门的档案', notice: '因需调取档案，答复期限延长20个工作日' };
    const office = await on('2026-10-20', 'bgs');
    expect((await act(office, id, 'extend', body)).statusCode).toBe(403);
    expect((await act(await on('2026-10-20', 'quzhang'), id, 'extend', body)).statusCode).toBe(403);
    // A unit's principal head is no head of the disclosure office: refused before anything is read.
    expect((await (await on('2026-10-20', 'fgj-head')).post(`/api/disclosure/requests/${id}/extend`, { version: 1, ...body })).statusCode).toBe(403);
    const head = await on('2026-10-20', 'bgszr');
    const before = await detail(head, id);
    expect(before.actions).toContain('extend');
    const extended = await act(head, id, 'extend', body);
    expect(extended.statusCode, extended.body).toBe(200);
    const expected = walkWorkingDays('2026-09-29', 40);
    expect(extended.json().dueOn).toBe(expected);
    expect(extended.json().explanation).toContain('延长20个工作日');
    expect(extended.json().explanation).toContain('共计40个工作日');
    const after = await detail(head, id);
    expect(after).toMatchObject({ dueOn: expected, extension: { days: 20, notice: body.notice }, clock: { due: expected, amount: 40 } });
    expect(after.actions).not.toContain('extend');
    const again = await act(head, id, 'extend', body);
    expect(again.statusCode).toBe(422);
    expect(again.json().violations[0]).toMatchObject({ ruleId: 'disclosure.request-extension', article: 34 });
    const tracked = (await anonymous('/api/public/requests/track', { number: filed.number, accessCode: filed.accessCode })).json();
    expect(tracked).toMatchObject({ dueOn: expected, extensionNotice: { notice: body.notice, days: 20 } });
  });

  it('第三十四条 补正：自收到申请之日起第7个工作日内可以告知补正，第8个工作日告知被拒；补正后自收到补正申请之日起重新计算20个工作日', async () => {
    const office = await on('2026-09-29', 'bgs');
    const registered = await office.post('/api/disclosure/requests', { ...applicant, channel: 'letter', receivedOn: '2026-09-29', delivery: 'paper' });
    expect(registered.statusCode, registered.body).toBe(201);
    const late = registered.json() as { id: string; number: string; accessCode: string };
    const day8 = walkWorkingDays('2026-09-29', 8);
    const refused = await act(await on(day8, 'bgs'), late.id, 'correction', { items: '请写明所需文件的名称' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().violations[0]).toMatchObject({ ruleId: 'disclosure.request-correction', article: 34 });
    expect(refused.json().detail).toContain('7个工作日内');
    expect(refused.json().detail).not.toMatch(/^第.+条：/);

    const filed = await file('2026-09-29');
    const id = await idOf(filed.number);
    const day7 = walkWorkingDays('2026-09-29', 7);
    const asked = await act(await on(day7, 'bgs'), id, 'correction', { items: '请写明所需文件的名称或文号', periodWorkingDays: 10 });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json()).toMatchObject({ status: 'correction', byOn: walkWorkingDays(day7, 10) });
    // Abandonment only once the applicant's period has run.
    const early = await act(await on(day7, 'bgs'), id, 'abandon');
    expect(early.statusCode).toBe(422);
    expect(early.json().violations[0]).toMatchObject({ ruleId: 'disclosure.request-correction' });
    const tracked = (await anonymous('/api/public/requests/track', { number: filed.number, accessCode: filed.accessCode })).json();
    expect(tracked).toMatchObject({ status: 'correction', correction: { items: '请写明所需文件的名称或文号', byOn: walkWorkingDays(day7, 10) } });
    // The applicant corrects on the portal on 2026-10-16: the clock counts 20 working days from that day.
    t.clock.set(at('2026-10-16'));
    const corrected = await anonymous('/api/public/requests/correct', { number: filed.number, accessCode: filed.accessCode, description: '临政办发〔2026〕12号文件' });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().dueOn).toBe(walkWorkingDays('2026-10-16', 20));
    expect(corrected.json().explanation).toContain('自收到补正申请之日（2026年10月16日）起计算');
    const view = await detail(await on('2026-10-16', 'bgs'), id);
    expect(view).toMatchObject({ status: 'received', dueOn: walkWorkingDays('2026-10-16', 20), description: '临政办发〔2026〕12号文件', correction: { correctedOn: '2026-10-16' } });
    // Only once: a second 补正 notice is refused.
    const twice = await act(await on('2026-10-16', 'bgs'), id, 'correction', { items: '再次补正' });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().violations[0]).toMatchObject({ ruleId: 'disclosure.request-correction', article: 34 });
  });

  it('第三十四条 征求第三方意见：第三方15个工作日的期限单独计算，征求意见所用的工作日不计入答复期限', async () => {
    const filed = await file('2026-11-02');
    const id = await idOf(filed.number);
    const sent = await act(await on('2026-11-04', 'bgs'), id, 'consult', { party: '齐都花园物业服务有限公司', matter: '是否同意公开其报送的资料' });
    expect(sent.statusCode, sent.body).toBe(200);
    const clocks = await t.handle.db.selectFrom('deadlines').selectAll().where('objectId', '=', id).where('ruleId', '=', 'disclosure.request-consultation').execute();
    expect(clocks).toHaveLength(1);
    expect(clocks[0]).toMatchObject({ start: '2026-11-04', amount: 15, due: walkWorkingDays('2026-11-04', 15) });
    const ended = await act(await on('2026-11-13', 'bgs'), id, 'end-consultation', { opinion: '不同意公开' });
    expect(ended.statusCode, ended.body).toBe(200);
    const excluded = walkBetween('2026-11-04', '2026-11-13');
    expect(excluded).toBe(7);
    expect(ended.json().dueOn).toBe(walkWorkingDays('2026-11-02', 20 + excluded));
    expect(ended.json().explanation).toContain(`${excluded}个工作日不计算在答复期限内`);
    const view = await detail(await on('2026-11-13', 'bgs'), id);
    expect(view.consultations[0]?.workingDays).toBe(excluded);
    expect(view.clock.amount).toBe(20 + excluded);
    expect((await t.handle.db.selectFrom('deadlines').select('isOpen').where('id', '=', clocks[0]!.id).executeTakeFirstOrThrow()).isOpen).toBe(0);
  });

  it('第三十四条 查询码：编号不存在与查询码错误一样答复404；重放的页面校验409；填写了隐藏字段的拒收', async () => {
    const filed = await file('2026-09-29');
    const wrong = await anonymous('/api/public/requests/track', { number: filed.number, accessCode: 'WRONGCODE234' });
    const unknown = await anonymous('/api/public/requests/track', { number: '依申〔2026〕99999号', accessCode: filed.accessCode });
    expect(wrong.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect((await anonymous('/api/public/requests/withdraw', { number: filed.number, accessCode: 'WRONGCODE234' })).statusCode).toBe(404);
    t.clock.set(at('2026-09-29'));
    const spent = proof();
    expect((await anonymous('/api/public/requests', { ...applicant, ...spent })).statusCode).toBe(201);
    const replayed = await anonymous('/api/public/requests', { ...applicant, ...spent });
    expect(replayed.statusCode).toBe(409);
    expect((await anonymous('/api/public/requests', { ...applicant, ...proof(), website: 'http://spam.example' })).statusCode).toBe(400);
    expect((await anonymous('/api/public/requests', { ...applicant, ...proof(), idNumber: '370305199001011234' })).statusCode).toBe(400);
    expect((await anonymous('/api/public/requests', { ...applicant, ...proof(), contact: '' })).statusCode).toBe(400);
  });

  it('第三十四条 个人信息：详情中申请人证件号、电话脱敏；查看完整联系方式单独记入审计', async () => {
    const filed = await file('2026-09-29');
    const id = await idOf(filed.number);
    const office = await on('2026-09-30', 'bgs');
    const view = await detail(office, id);
    expect(view.contactMasked).toBe('139****5678');
    expect(view.idNumberMasked).toBe('370305********1231');
    expect(JSON.stringify(view)).not.toContain('齐都花园3号楼');
    const contact = await office.get(`/api/disclosure/requests/${id}/contact`);
    expect(contact.statusCode, contact.body).toBe(200);
    expect(contact.json()).toMatchObject({ contact: '13912345678', idNumber: '370305199001011231', address: applicant.address });
    const audited = await t.handle.db.selectFrom('auditEvents').select(['act', 'summary']).where('act', '=', 'disclosure.request.contact.read').where('objectId', '=', id).execute();
    expect(audited).toHaveLength(1);
    expect(JSON.stringify(audited)).not.toContain('13912345678');
    // A unit does not see requests at all.
    expect((await (await on('2026-09-30', 'fgj-head')).get(`/api/disclosure/requests/${id}`)).statusCode).toBe(403);
  });

  it('第三十四条 答复：不予公开等情形须说明理由；超过期限的答复记为逾期而不拒绝；申请人查询答复并下载答复书', async () => {
    const filed = await file('2026-09-29');
    const id = await idOf(filed.number);
    const office = await on('2026-12-01', 'bgs');
    const listed = await office.get('/api/disclosure/requests?isOverdue=true&pageSize=200');
    expect(listed.statusCode, listed.body).toBe(200);
    expect((listed.json().items as { id: string; isOverdue: boolean }[]).find((x) => x.id === id)?.isOverdue).toBe(true);
    expect(listed.json().summary.overdue).toBeGreaterThan(0);
    const noReason = await act(office, id, 'answer', { outcome: 'withheld_third_party', answer: '经审查，不予公开' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().violations[0]).toMatchObject({ ruleId: 'disclosure.request-answer', article: 34 });
    const fileId = await uploadPdf(office, '答复书.pdf');
    const answered = await act(office, id, 'answer', { outcome: 'partly_disclosed', reason: '部分内容涉及第三方商业秘密', answer: '现将可以公开的部分提供给您', attachmentId: fileId });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', isLate: true });
    const view = await detail(office, id);
    expect(view.answer).toMatchObject({ isLate: true, outcomeLabel: '部分公开', reason: '部分内容涉及第三方商业秘密' });
    expect(view.clock.isOpen).toBe(false);
    expect(view.timeline.map((e) => e.action)).toContain('answer');
    const tracked = (await anonymous('/api/public/requests/track', { number: filed.number, accessCode: filed.accessCode })).json();
    expect(tracked).toMatchObject({ status: 'answered', answer: { outcomeLabel: '部分公开', reason: '部分内容涉及第三方商业秘密', hasFile: true, filePath: '/api/public/requests/answer-file' } });
    const download = await anonymous('/api/public/requests/answer-file', { number: filed.number, accessCode: filed.accessCode });
    expect(download.statusCode).toBe(200);
    expect(download.body).toContain('%PDF');
    expect((await anonymous('/api/public/requests/answer-file', { number: filed.number, accessCode: 'WRONGCODE234' })).statusCode).toBe(404);
    // Disclosed needs no reason.
    const other = await file('2026-12-01');
    expect((await act(office, await idOf(other.number), 'answer', { outcome: 'disclosed', answer: '予以公开，详见附件' })).statusCode).toBe(200);
  });

  it('第三十四条 申请人撤回；行政复议、行政诉讼的登记与结果更新', async () => {
    const filed = await file('2026-09-29');
    t.clock.set(at('2026-09-30'));
    const withdrawn = await anonymous('/api/public/requests/withdraw', { number: filed.number, accessCode: filed.accessCode });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().status).toBe('withdrawn');
    const office = await on('2026-10-09', 'bgs');
    const recorded = await office.post('/api/disclosure/challenges', { requestId: await idOf(filed.number), kind: 'review', outcome: 'pending', filedOn: '2026-10-09', note: '申请人申请行政复议' });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const updated = await office.put(`/api/disclosure/challenges/${recorded.json().id}`, { version: 1, outcome: 'maintained' });
    expect(updated.statusCode, updated.body).toBe(200);
    expect((await office.put(`/api/disclosure/challenges/${recorded.json().id}`, { version: 1, outcome: 'corrected' })).statusCode).toBe(409);
    const list = (await office.get('/api/disclosure/challenges')).json().items as { id: string; outcomeLabel: string; requestNumber: string }[];
    expect(list.find((c) => c.id === recorded.json().id)).toMatchObject({ outcomeLabel: '结果维持', requestNumber: filed.number });
  });

  it('政府信息公开申请（disclosure_request）并发：同一申请同时答复二十次，只有一次成功，其余409，审计一条', async () => {
    const filed = await file('2026-09-29');
    const id = await idOf(filed.number);
    const office = await on('2026-10-09', 'bgs');
    const v = (await detail(office, id)).version;
    const results = await Promise.all(Array.from({ length: 20 }, () => office.post(`/api/disclosure/requests/${id}/answer`, { version: v, outcome: 'disclosed', answer: '予以公开' })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, ...Array.from({ length: 19 }, () => 409)]);
    const audit = await t.handle.db.selectFrom('auditEvents').select('id').where('act', '=', 'disclosure.request.answer').where('objectId', '=', id).execute();
    expect(audit).toHaveLength(1);
  });
});
