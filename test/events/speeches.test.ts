import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, signInAgain, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';

const BASE = '2026-03-02T01:00:00Z';

const speech = (overrides: Record<string, unknown> = {}) => ({
  kind: 'speech',
  basis: 'on_behalf',
  title: '在全区优化营商环境大会上的讲话',
  occasion: '全区优化营商环境大会',
  eventDate: '2026-03-05',
  outline: '一、成绩；二、问题；三、部署',
  ...overrides,
});

const consent = (version: number, overrides: Record<string, unknown> = {}) => ({
  version,
  decision: 'approved',
  approverName: '林志远',
  approverPost: '区长',
  decidedOn: '2026-03-02',
  opinion: '同意',
  ...overrides,
});

describe.each(dialects)('代表区政府发表讲话或文章（%s）', (dialect) => {
  let t: TestApp;
  let zhou: Agent;
  let office: Agent;
  let fgj: Agent;

  beforeAll(async () => {
    t = await startTestApp(dialect, { now: BASE });
    zhou = await logInAs(t.app, 'zhouwb');
    office = await logInAs(t.app, 'bgs');
    fgj = await logInAs(t.app, 'fgj');
  });
  afterAll(async () => t.close());
  afterEach(() => t.clock.set(BASE));

  it('第八十一条 事先经区政府同意：记录同意人、日期和意见', async () => {
    const requested = await zhou.post('/api/events/speeches', speech());
    expect(requested.statusCode).toBe(201);
    expect(requested.json()).toMatchObject({ status: 'awaiting_approval', speakerName: '副区长周文博', basisLabel: '代表区政府发表', actions: [] });
    const seen = (await office.get(`/api/events/speeches/${requested.json().id}`)).json();
    expect(seen.actions).toEqual(['record_approval']);
    const approved = await office.post(`/api/events/speeches/${seen.id}/approval`, consent(seen.version));
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', approval: { approverName: '林志远', approverPost: '区长', decidedOn: '2026-03-02', opinion: '同意' } });
    const audit = await t.handle.db.selectFrom('auditEvents').select(['act', 'article']).where('objectId', '=', seen.id).orderBy('seq').execute();
    expect(audit).toEqual([
      { act: 'speech.request', article: 81 },
      { act: 'speech.approval', article: 81 },
    ]);
  });

  it('第八十一条 讲话之后再记录同意被拒绝（事先须经区政府同意）', async () => {
    const { id, version } = (await office.post('/api/events/speeches', speech({ kind: 'article', basis: 'undecided_major_issue', title: '关于老城区更新的思考', occasion: '《临淄日报》', speakerPersonId: 'wu-haiyan' }))).json();
    t.clock.set('2026-03-06T01:00:00Z');
    const late = await signInAgain(t.app, 'bgs');
    const refused = await late.post(`/api/events/speeches/${id}/approval`, consent(version, { decidedOn: '2026-03-06' }));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().violations).toEqual([expect.objectContaining({ ruleId: 'events.speech-prior-consent', article: 81 })]);
    expect(refused.json().detail).toContain('事先须经区政府同意');
    expect((await late.get(`/api/events/speeches/${id}`)).json().status).toBe('awaiting_approval');
  });

  it('第八十一条 报批晚于发表日期被拒绝；领导只能为本人报批，单位人员不能报批', async () => {
    const late = await zhou.post('/api/events/speeches', speech({ eventDate: '2026-03-01' }));
    expect(late.statusCode).toBe(422);
    expect(late.json().violations[0]).toMatchObject({ ruleId: 'events.speech-prior-consent', article: 81 });
    expect((await zhou.post('/api/events/speeches', speech({ speakerPersonId: 'wu-haiyan' }))).statusCode).toBe(403);
    expect((await fgj.post('/api/events/speeches', speech())).statusCode).toBe(403);
    expect((await fgj.get('/api/events/speeches')).json()).toEqual({ items: [], actions: [] });
  });
});
