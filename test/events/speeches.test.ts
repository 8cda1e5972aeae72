import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { startWithLastingSessions } from '../leave/agents.js';

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

const consent = (version: number, overrides: Record<string, unknown> = {}) => ({ version, decision: 'approved', opinion: '同意', ...overrides });

describe.each(dialects)('代表区政府发表讲话或文章（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;
  let zhou: Agent;
  let office: Agent;
  let fgj: Agent;

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, BASE);
    zhou = await t.as('zhouwb');
    office = await t.as('bgs');
    fgj = await t.as('fgj');
  });
  afterAll(async () => t.close());
  afterEach(() => t.clock.set(BASE));

  it('第八十一条 事先经区政府同意：由区长本人同意；办公室、讲话的副区长都不能代为同意', async () => {
    const requested = await zhou.post('/api/events/speeches', speech());
    expect(requested.statusCode).toBe(201);
    expect(requested.json()).toMatchObject({ status: 'awaiting_approval', speakerName: '副区长周文博', basisLabel: '代表区政府发表', actions: [] });
    const { id, version } = requested.json();
    expect((await office.get(`/api/events/speeches/${id}`)).json().actions).toEqual([]);
    expect((await office.post(`/api/events/speeches/${id}/decision`, consent(version))).statusCode).toBe(403);
    expect((await zhou.post(`/api/events/speeches/${id}/decision`, consent(version))).statusCode).toBe(403);

    const head = await t.as('quzhang');
    expect(((await head.get('/api/workbench')).json().items as { id: string }[]).some((i) => i.id === id)).toBe(true);
    expect((await head.get(`/api/events/speeches/${id}`)).json().actions).toEqual(['consent', 'refuse']);
    const approved = await head.post(`/api/events/speeches/${id}/decision`, consent(version));
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', approval: { approverName: '林志远', approverPost: '区长', decidedOn: '2026-03-02', opinion: '同意', mode: 'in_session', actingForName: null }, actions: [] });
    const audit = await t.handle.db.selectFrom('auditEvents').select(['act', 'article', 'actorName', 'actingForPersonId']).where('objectId', '=', id).where('result', '=', 'success').orderBy('seq').execute();
    expect(audit).toEqual([
      { act: 'speech.request', article: 81, actorName: '周文博', actingForPersonId: null },
      { act: 'speech.consent', article: 81, actorName: '林志远', actingForPersonId: null },
    ]);
  });

  it('第八十一条 同一报批20个并发同意：1个成功、19个409、审计只记1条', async () => {
    const { id, version } = (await zhou.post('/api/events/speeches', speech({ title: '并发同意', eventDate: '2026-03-20' }))).json();
    const head = await t.as('quzhang');
    const codes = (await Promise.all(Array.from({ length: 20 }, () => head.post(`/api/events/speeches/${id}/decision`, consent(version))))).map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    expect(await t.handle.db.selectFrom('auditEvents').select('act').where('objectId', '=', id).where('act', '=', 'speech.consent').execute()).toHaveLength(1);
  });

  it('第八十一条 讲话之后再同意被拒绝（事先须经区政府同意）', async () => {
    const { id, version } = (await office.post('/api/events/speeches', speech({ kind: 'article', basis: 'undecided_major_issue', title: '关于老城区更新的思考', occasion: '《临淄日报》', speakerPersonId: 'wu-haiyan' }))).json();
    t.clock.set('2026-03-06T01:00:00Z');
    const late = await t.as('quzhang');
    const refused = await late.post(`/api/events/speeches/${id}/decision`, consent(version));
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
    expect((await fgj.get('/api/events/speeches')).json()).toEqual({ items: [], nextCursor: null, actions: [] });
  });
});
