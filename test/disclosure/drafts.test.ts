import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solveChallenge } from '../../src/operations/disclosure/proof-of-work.js';
import { type Agent, logInAs, signInAgain, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';

let signIns = 0;
/** Each sign-in a little later than the last. */
const at = (day: string) => new Date(Date.parse(`${day}T01:00:00Z`) + ++signIns * 31_000).toISOString();
/** A resident identity number with a valid check digit (the example of GB 11643). */
const ID_NUMBER = '11010519491231002X';

type Draft = { id: string; version: number; status: string; opensOn: string | null; closesOn: string | null; commentCount: number; actions: string[]; [k: string]: unknown };

describe.each(dialects)('征求意见稿：征求意见期、发布审核、公众意见、采纳情况（第三十六条、第二十三条）（%s）', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    for (const login of ['bgs', 'fgj', 'czjjz']) await logInAs(t.app, login);
  }, 120_000);
  afterAll(async () => t.close());

  const on = async (day: string, login: string): Promise<Agent> => {
    t.clock.set(at(day));
    return signInAgain(t.app, login);
  };
  const anonymous = (day: string) => {
    t.clock.set(at(day));
    return {
      get: (url: string) => t.app.inject({ method: 'GET', url }),
      post: (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload }),
    };
  };
  const draftBody = (overrides: Record<string, unknown> = {}) => ({
    kind: 'normative',
    title: '临淄区城区停车管理办法（征求意见稿）',
    explanation: '为规范城区停车秩序，依据《山东省机动车停车场管理办法》起草本办法。',
    body: '第一条 为加强城区停车管理，制定本办法。',
    bearsOnBusiness: false,
    periodBasis: 'working_days',
    periodAmount: 7,
    ...overrides,
  });
  const create = async (day: string, overrides: Record<string, unknown> = {}, login = 'fgj') => {
    const r = await (await on(day, login)).post('/api/disclosure/drafts', draftBody(overrides));
    expect(r.statusCode, r.body).toBe(201);
    return r.json() as { id: string; version: number };
  };
  const get = async (agent: Agent, id: string) => {
    const r = await agent.get(`/api/disclosure/drafts/${id}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as Draft & { clock: { due: string; explanation: string } | null; timeline: { action: string; actionLabel: string }[]; hiddenCommentCount: number };
  };
  const publish = async (day: string, id: string) => {
    const office = await on(day, 'bgs');
    return office.post(`/api/disclosure/drafts/${id}/publish`, { version: (await get(office, id)).version });
  };
  const proof = async (day: string) => {
    const r = await anonymous(day).get('/api/public/challenge');
    expect(r.statusCode).toBe(200);
    const { challenge } = r.json() as { challenge: string };
    return { challenge, nonce: solveChallenge(challenge) };
  };
  const comment = async (day: string, id: string, body: Record<string, unknown>) => anonymous(day).post(`/api/public/drafts/${id}/comments`, { ...(await proof(day)), ...body });

  it('第三十六条 征求意见期：规范性文件不少于7个工作日（6个工作日被拒，注明依据）；涉及市场主体的不少于30日', async () => {
    const unit = await on('2026-03-02', 'fgj');
    const short = await unit.post('/api/disclosure/drafts', draftBody({ periodAmount: 6 }));
    expect(short.statusCode).toBe(422);
    expect(short.json().violations[0]).toMatchObject({ ruleId: 'disclosure.comment-period', article: 36 });
    expect(short.json().detail).toContain('不少于7个工作日');
    expect(short.json().detail).toContain('国办发〔2018〕37号');
    expect(short.json().detail).toContain('所定6个工作日不足');
    expect((await unit.post('/api/disclosure/drafts', draftBody({ periodAmount: 7 }))).statusCode).toBe(201);

    const business = await unit.post('/api/disclosure/drafts', draftBody({ bearsOnBusiness: true, periodAmount: 7 }));
    expect(business.statusCode).toBe(422);
    expect(business.json().violations[0]).toMatchObject({ ruleId: 'disclosure.comment-period' });
    expect(business.json().detail).toContain('与市场主体生产经营活动密切相关的草案征求意见期不少于30日');
    expect(business.json().detail).toContain('优化营商环境条例');
    expect((await unit.post('/api/disclosure/drafts', draftBody({ bearsOnBusiness: true, periodBasis: 'calendar_days', periodAmount: 29 }))).statusCode).toBe(422);
    expect((await unit.post('/api/disclosure/drafts', draftBody({ bearsOnBusiness: true, periodBasis: 'calendar_days', periodAmount: 30 }))).statusCode).toBe(201);
    // A major decision needs 30 days too; 30 working days are more than that.
    expect((await unit.post('/api/disclosure/drafts', draftBody({ kind: 'major_decision', periodBasis: 'calendar_days', periodAmount: 20 }))).statusCode).toBe(422);
    expect((await unit.post('/api/disclosure/drafts', draftBody({ kind: 'major_decision', periodAmount: 30 }))).statusCode).toBe(201);
  });

  it('第八十三条 发布审核：起草人不能发布自己起草的草案；含身份证号码的草案不能发布', async () => {
    const own = await create('2026-03-02', {}, 'bgs');
    const refused = await publish('2026-03-02', own.id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().violations[0]).toMatchObject({ ruleId: 'disclosure.publication-review' });
    expect((await get(await on('2026-03-02', 'bgs'), own.id)).status).toBe('draft');

    const personal = await create('2026-03-02', { body: `联系人身份证号码${ID_NUMBER}` });
    const refusedData = await publish('2026-03-02', personal.id);
    expect(refusedData.statusCode).toBe(422);
    expect(refusedData.json().violations[0]).toMatchObject({ ruleId: 'disclosure.no-personal-data' });
    expect(refusedData.json().detail).not.toContain(ID_NUMBER);
    // Another unit does not see the draft of the 发改局.
    expect((await (await on('2026-03-02', 'czjjz')).get(`/api/disclosure/drafts/${personal.id}`)).statusCode).toBe(404);
  });

  it('第三十六条 未发布的草案在门户网站上不存在（404），也不能对其提出意见', async () => {
    const draft = await create('2026-03-02');
    const visitor = anonymous('2026-03-02');
    expect((await visitor.get(`/api/public/drafts/${draft.id}`)).statusCode).toBe(404);
    expect((await comment('2026-03-02', draft.id, { body: '赞成' })).statusCode).toBe(404);
    const listed = (await visitor.get('/api/public/drafts?pageSize=200')).json().items as { id: string }[];
    expect(listed.map((d) => d.id)).not.toContain(draft.id);
  });

  it('第三十六条 征求意见：期内（含截止日）接收意见，期满后拒收；重放的校验 409，填了隐藏栏的被拒；期满前不能结束；公布的采纳情况显示在草案页上', async () => {
    const { id } = await create('2026-03-02');
    const published = await publish('2026-03-02', id);
    expect(published.statusCode, published.body).toBe(200);
    // Seven working days from Monday 2 March: the last day of comment is Wednesday 11 March.
    expect(published.json()).toMatchObject({ status: 'open', opensOn: '2026-03-02', closesOn: '2026-03-11' });
    const clock = await t.handle.db.selectFrom('deadlines').selectAll().where('objectType', '=', 'comment_draft').where('objectId', '=', id).executeTakeFirstOrThrow();
    expect(clock).toMatchObject({ basis: 'working_days', amount: 7, start: '2026-03-02', due: '2026-03-11', ruleId: 'disclosure.comment-period', article: 36, isOpen: 1 });
    const staff = await get(await on('2026-03-02', 'bgs'), id);
    expect(staff.clock?.explanation).toContain('7个工作日');
    expect(staff.actions).not.toContain('close');

    const page = await anonymous('2026-03-03').get(`/api/public/drafts/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ isOpen: true, commentCount: 0, closesOn: '2026-03-11', kindLabel: '行政规范性文件', periodLabel: '7个工作日' });
    expect(page.json().periodExplanation).toContain('2026年3月11日');

    // On the last day a comment is taken, its personal data kept for the office but never shown.
    const first = await proof('2026-03-11');
    const accepted = await anonymous('2026-03-11').post(`/api/public/drafts/${id}/comments`, { ...first, body: `建议增设夜间停车位，联系我：${ID_NUMBER}`, displayName: '市民' });
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json()).toEqual({ isAccepted: true, commentCount: 1 });
    const replayed = await anonymous('2026-03-11').post(`/api/public/drafts/${id}/comments`, { ...first, body: '再提交一次' });
    expect(replayed.statusCode).toBe(409);
    const bot = await comment('2026-03-11', id, { body: '广告', website: 'http://spam.example' });
    expect(bot.statusCode).toBe(400);
    const publicPage = await anonymous('2026-03-11').get(`/api/public/drafts/${id}`);
    expect(publicPage.json().commentCount).toBe(1);
    expect(publicPage.body).not.toContain(ID_NUMBER);
    expect(publicPage.body).not.toContain('夜间停车位');
    // The commenter is not tracked: no address on the audit record.
    const submitted = await t.handle.db.selectFrom('auditEvents').selectAll().where('act', '=', 'disclosure.comment.submit').where('objectId', '=', id).execute();
    expect(submitted).toHaveLength(1);
    expect(submitted[0]).toMatchObject({ ip: null, actorUserId: null });
    expect(submitted[0]!.summary).not.toContain('夜间停车位');

    const early = await (await on('2026-03-11', 'bgs')).post(`/api/disclosure/drafts/${id}/close`, { version: (await get(await on('2026-03-11', 'bgs'), id)).version });
    expect(early.statusCode).toBe(422);
    expect(early.json().violations[0]).toMatchObject({ ruleId: 'disclosure.comment-period', article: 36 });
    expect(early.json().detail).toContain('至2026年3月11日止');

    const late = await comment('2026-03-12', id, { body: '晚到的意见' });
    expect(late.statusCode).toBe(422);
    expect(late.json().violations[0]).toMatchObject({ ruleId: 'disclosure.comment-period' });
    expect((await anonymous('2026-03-12').get(`/api/public/drafts/${id}`)).json().isOpen).toBe(false);

    const office = await on('2026-03-12', 'bgs');
    expect((await get(office, id)).actions).toContain('close');
    const closed = await office.post(`/api/disclosure/drafts/${id}/close`, { version: (await get(office, id)).version });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe('closed');
    expect((await t.handle.db.selectFrom('deadlines').select('isOpen').where('id', '=', clock.id).executeTakeFirstOrThrow()).isOpen).toBe(0);

    // The office sees every comment, with the personal data flagged; it may hide one (audited).
    const comments = await office.get(`/api/disclosure/drafts/${id}/comments`);
    expect(comments.statusCode).toBe(200);
    const items = comments.json().items as { id: string; body: string; isHidden: boolean; personalData: { label: string }[] }[];
    expect(items).toHaveLength(1);
    expect(items[0]!.personalData.map((p) => p.label)).toEqual(['居民身份证号码']);
    const workbook = new ExcelJS.Workbook();
    const exported = await office.get(`/api/disclosure/drafts/${id}/comments.xlsx`);
    expect(exported.statusCode).toBe(200);
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(2).getCell(4).text).toContain('夜间停车位');

    // The final text as published on the portal, and the conclusion shown with the draft.
    const unpublished = randomUUID();
    const finalId = randomUUID();
    const now = new Date().toISOString();
    for (const [pid, status] of [[unpublished, 'pending'], [finalId, 'published']] as const) {
      await t.handle.db
        .insertInto('publications')
        .values({ id: pid, category: 'documents', title: `临淄区城区停车管理办法${status === 'pending' ? '（待审）' : ''}`, documentNumber: '临政发〔2026〕3号', issuingBody: '临淄区人民政府', writtenOn: '2026-03-20', body: '正文', sourceType: null, sourceId: null, interpretsId: null, unitId: 'fgj', attachmentIds: '[]', status, preparedByUserId: null, preparedByName: '测试', reviewOpinion: null, reviewedByPersonId: null, reviewedByName: null, reviewedAt: null, publishedAt: status === 'published' ? now : null, withdrawnAt: null, withdrawnReason: null, withdrawnByName: null, deadlineId: null, dueOn: null, queuedAt: now, version: 1, createdAt: now, updatedAt: now })
        .execute();
    }
    const concludeBody = { commentsSummary: '共收到公众意见1条，主要涉及夜间停车位设置。', response: '采纳：第十条增加夜间错时停车规定。' };
    const wrong = await office.post(`/api/disclosure/drafts/${id}/conclude`, { version: (await get(office, id)).version, ...concludeBody, finalPublicationId: unpublished });
    expect(wrong.statusCode).toBe(400);
    const concluded = await office.post(`/api/disclosure/drafts/${id}/conclude`, { version: (await get(office, id)).version, ...concludeBody, finalPublicationId: finalId });
    expect(concluded.statusCode, concluded.body).toBe(200);
    expect(concluded.json().status).toBe('concluded');
    const shown = (await anonymous('2026-03-12').get(`/api/public/drafts/${id}`)).json();
    expect(shown.conclusion).toMatchObject({ commentsSummary: concludeBody.commentsSummary, response: concludeBody.response, finalPublication: { id: finalId, title: '临淄区城区停车管理办法' } });
    const timeline = (await get(office, id)).timeline.map((e) => e.action);
    expect(timeline).toEqual(['publish', 'close', 'conclude']);

    const hidden = await office.post(`/api/disclosure/drafts/${id}/comments/${items[0]!.id}/hide`, { reason: '含个人信息' });
    expect(hidden.statusCode, hidden.body).toBe(200);
    expect((await office.post(`/api/disclosure/drafts/${id}/comments/${items[0]!.id}/hide`, { reason: '含个人信息' })).statusCode).toBe(409);
    expect(((await office.get(`/api/disclosure/drafts/${id}/comments`)).json().items as { isHidden: boolean }[])[0]!.isHidden).toBe(true);
    expect((await get(office, id)).hiddenCommentCount).toBe(1);
    expect(await t.handle.db.selectFrom('auditEvents').select('id').where('act', '=', 'disclosure.comment.hide').where('objectId', '=', id).execute()).toHaveLength(1);
  });

  it('第三十六条 门户网站上的草案列表：正在征求意见的按截止日期在前，其后是已结束的', async () => {
    const a = await create('2026-03-02', { periodAmount: 10 });
    const b = await create('2026-03-02', { periodAmount: 8 });
    await publish('2026-03-02', a.id);
    await publish('2026-03-02', b.id);
    const visitor = anonymous('2026-03-03');
    const all: { id: string; status: string; closesOn: string }[] = [];
    let cursor: string | null = null;
    do {
      const r = await visitor.get(`/api/public/drafts?pageSize=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.statusCode, r.body).toBe(200);
      all.push(...(r.json().items as typeof all));
      cursor = r.json().nextCursor as string | null;
    } while (cursor);
    const open = all.filter((d) => d.status === 'open');
    expect(open.map((d) => d.closesOn)).toEqual([...open.map((d) => d.closesOn)].sort());
    expect(all.findIndex((d) => d.id === b.id)).toBeLessThan(all.findIndex((d) => d.id === a.id));
    expect(all.slice(0, open.length).every((d) => d.status === 'open')).toBe(true);
    expect(all.every((d) => ['open', 'closed', 'concluded'].includes(d.status))).toBe(true);
  });

  it('征求意见稿（comment_draft）并发：20个相同的发布请求同时到达，1个成功、其余409，只记1条审计和1个期限', async () => {
    const { id } = await create('2026-03-02');
    const office = await on('2026-03-02', 'bgs');
    const { version } = await get(office, id);
    const responses = await Promise.all(Array.from({ length: 20 }, () => office.post(`/api/disclosure/drafts/${id}/publish`, { version })));
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    expect(await t.handle.db.selectFrom('auditEvents').select('id').where('act', '=', 'disclosure.draft.publish').where('objectId', '=', id).execute()).toHaveLength(1);
    expect(await t.handle.db.selectFrom('deadlines').select('id').where('objectType', '=', 'comment_draft').where('objectId', '=', id).execute()).toHaveLength(1);
  });
});
