import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueChallenge, solveChallenge } from '../../src/operations/disclosure/proof-of-work.js';
import { type Agent, logInAs, signInAgain, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';

let signIns = 0;
const at = (day: string) => new Date(Date.parse(`${day}T01:00:00Z`) + ++signIns * 31_000).toISOString();

type Message = { id: string; version: number; status: string; actions: string[]; contactMasked: string | null; clock: { due: string; explanation: string } | null };

describe.each(dialects)('公众留言：答复与公开（第三十九条、第四十四条、第八十三条）（%s）', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(dialect, { now: '2026-09-01T01:00:00Z' });
    for (const login of ['bgs', 'fgj']) await logInAs(t.app, login);
  }, 120_000);
  afterAll(async () => t.close());

  const on = async (day: string, login: string): Promise<Agent> => {
    t.clock.set(at(day));
    await t.handle.db.updateTable('users').set({ passwordChangedAt: `${day}T00:00:00.000Z` }).where('loginName', '=', login).execute();
    return signInAgain(t.app, login);
  };
  const anonymous = (url: string, payload: unknown) => t.app.inject({ method: 'POST', url, payload: payload as object });
  const proof = () => {
    const { challenge } = issueChallenge(new Date(t.clock.now()));
    return { challenge, nonce: solveChallenge(challenge) };
  };
  const submit = async (day: string, body: Record<string, unknown>) => {
    t.clock.set(at(day));
    const r = await anonymous('/api/public/messages', { subject: '小区门口路灯不亮', body: '齐都花园北门路灯已坏一个月', displayName: '齐都居民', contact: '13812345678', wantsPublic: true, ...proof(), ...body });
    expect(r.statusCode, r.body).toBe(201);
    const submitted = r.json() as { number: string; accessCode: string; dueOn: string; explanation: string };
    const { id } = await t.handle.db.selectFrom('publicMessages').select('id').where('number', '=', submitted.number).executeTakeFirstOrThrow();
    return { ...submitted, id };
  };
  const get = async (agent: Agent, id: string): Promise<Message> => {
    const r = await agent.get(`/api/disclosure/messages/${id}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as Message;
  };
  const step = async (agent: Agent, id: string, action: string, body: Record<string, unknown> = {}) => agent.post(`/api/disclosure/messages/${id}/${action}`, { version: (await get(await on('2026-09-29', 'bgs'), id)).version, ...body });

  it('第三十九条 政民互动：留言的答复期限按工作日计算并说明期限依据尚待核实；转交单位答复、办公室审核公开后在门户网站列出，不显示联系方式', async () => {
    const m = await submit('2026-09-29', {});
    expect(m.number).toMatch(/^留〔2026〕\d+号$/);
    expect(m.explanation).toContain('尚待核实');
    expect(m.explanation).toContain('国庆节');
    const row = await t.handle.db.selectFrom('publicMessages').selectAll().where('id', '=', m.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('13812345678');
    expect(JSON.stringify(row)).not.toContain(m.accessCode);
    const clock = await t.handle.db.selectFrom('deadlines').selectAll().where('objectId', '=', m.id).executeTakeFirstOrThrow();
    expect(clock).toMatchObject({ ruleId: 'disclosure.message-clock', article: 39, amount: 5, start: '2026-09-29', due: m.dueOn });

    const office = await on('2026-09-29', 'bgs');
    const view = await get(office, m.id);
    expect(view.contactMasked).toBe('138****5678');
    expect(view.clock?.explanation).toContain('尚待核实');
    expect((await step(office, m.id, 'assign', { unitId: 'fgj' })).statusCode).toBe(200);
    const unit = await on('2026-09-30', 'fgj');
    const listed = (await unit.get('/api/disclosure/messages')).json().items as { id: string }[];
    expect(listed.map((x) => x.id)).toContain(m.id);
    const answered = await unit.post(`/api/disclosure/messages/${m.id}/answer`, { version: (await get(unit, m.id)).version, answer: '已安排维修，10月9日前修复' });
    expect(answered.statusCode, answered.body).toBe(200);
    const tracked = (await anonymous('/api/public/messages/track', { number: m.number, accessCode: m.accessCode })).json();
    expect(tracked).toMatchObject({ status: 'answered', answer: '已安排维修，10月9日前修复' });
    expect((await anonymous('/api/public/messages/track', { number: m.number, accessCode: 'WRONGCODE234' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/messages/${m.id}` })).statusCode).toBe(404);

    const published = await step(office, m.id, 'publish');
    expect(published.statusCode, published.body).toBe(200);
    const list = await t.app.inject({ method: 'GET', url: '/api/public/messages' });
    expect(list.statusCode).toBe(200);
    const item = (list.json().items as { id: string; answer: string }[]).find((x) => x.id === m.id);
    expect(item).toMatchObject({ answer: '已安排维修，10月9日前修复' });
    expect(list.body).not.toContain('13812345678');
    expect(list.body).not.toContain('138****5678');
    const one = await t.app.inject({ method: 'GET', url: `/api/public/messages/${m.id}` });
    expect(one.statusCode).toBe(200);
    expect(one.json()).not.toHaveProperty('contact');
    expect(one.json()).not.toHaveProperty('contactMasked');
  });

  it('第三十九条 审核公开：含个人信息的拒绝公开；答复人本人不能审核公开；留言人未同意公开的不能公开', async () => {
    const office = await on('2026-09-29', 'bgs');
    const withNumber = await submit('2026-09-29', { body: '我的电话13912345678，请回电' });
    expect((await step(office, withNumber.id, 'assign', { unitId: 'fgj' })).statusCode).toBe(200);
    const unit = await on('2026-09-29', 'fgj');
    expect((await unit.post(`/api/disclosure/messages/${withNumber.id}/answer`, { version: (await get(unit, withNumber.id)).version, answer: '已电话联系' })).statusCode).toBe(200);
    const personal = await step(office, withNumber.id, 'publish');
    expect(personal.statusCode).toBe(422);
    expect(personal.json().violations[0]).toMatchObject({ ruleId: 'disclosure.no-personal-data' });
    expect(personal.json().detail).toContain('139****5678');
    expect(personal.json().detail).not.toContain('13912345678');

    const answeredByOffice = await submit('2026-09-29', {});
    expect((await step(office, answeredByOffice.id, 'answer', { answer: '已转有关部门处理' })).statusCode).toBe(200);
    const own = await step(office, answeredByOffice.id, 'publish');
    expect(own.statusCode).toBe(422);
    expect(own.json().violations[0]).toMatchObject({ ruleId: 'disclosure.publication-review', article: 83 });

    const privateOne = await submit('2026-09-29', { wantsPublic: false });
    expect((await step(office, privateOne.id, 'assign', { unitId: 'fgj' })).statusCode).toBe(200);
    expect((await unit.post(`/api/disclosure/messages/${privateOne.id}/answer`, { version: (await get(unit, privateOne.id)).version, answer: '已处理' })).statusCode).toBe(200);
    const notAgreed = await step(office, privateOne.id, 'publish');
    expect(notAgreed.statusCode).toBe(422);
    expect(notAgreed.json().detail).toContain('未同意公开');
    const list = (await t.app.inject({ method: 'GET', url: '/api/public/messages' })).json().items as { id: string }[];
    expect(list.some((x) => [withNumber.id, answeredByOffice.id, privateOne.id].includes(x.id))).toBe(false);
  });

  it('第三十九条 页面校验：重放的提交409，填写隐藏字段的拒收', async () => {
    t.clock.set(at('2026-09-29'));
    const spent = proof();
    const body = { subject: '建议', body: '增加公交班次', wantsPublic: true, ...spent };
    expect((await anonymous('/api/public/messages', body)).statusCode).toBe(201);
    expect((await anonymous('/api/public/messages', body)).statusCode).toBe(409);
    expect((await anonymous('/api/public/messages', { ...body, ...proof(), website: 'x' })).statusCode).toBe(400);
  });

  it('公众留言（public_message）并发：同一留言同时答复二十次，只有一次成功，其余409，审计一条', async () => {
    const m = await submit('2026-09-29', {});
    const office = await on('2026-09-29', 'bgs');
    const v = (await get(office, m.id)).version;
    const results = await Promise.all(Array.from({ length: 20 }, () => office.post(`/api/disclosure/messages/${m.id}/answer`, { version: v, answer: '已处理' })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, ...Array.from({ length: 19 }, () => 409)]);
    const audit = await t.handle.db.selectFrom('auditEvents').select('id').where('act', '=', 'disclosure.message.answer').where('objectId', '=', m.id).execute();
    expect(audit).toHaveLength(1);
  });
});
