import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, signInAgain, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import type { Authenticator } from '../harness/totp.js';
import { openDueLookBacks } from '../../src/operations/supervision/suggestions.js';

let signIns = 0;
const at = (day: string) => new Date(Date.parse(`${day}T01:00:00Z`) + ++signIns * 31_000).toISOString();

describe.each(dialects)('整改清单与回头看（第七十七条）（%s）', (dialect) => {
  let t: TestApp;
  const authenticators = new Map<string, Authenticator>();

  beforeAll(async () => {
    t = await startTestApp(dialect);
    for (const login of ['bgs', 'fgj', 'fgj-head', 'czjjz']) {
      const agent = await logInAs(t.app, login);
      if (agent.authenticator) authenticators.set(login, agent.authenticator);
    }
  }, 120_000);
  afterAll(async () => t.close());

  const on = async (day: string, login: string): Promise<Agent> => {
    t.clock.set(at(day));
    const agent = await signInAgain(t.app, login);
    const authenticator = authenticators.get(login);
    if (authenticator) {
      await t.handle.db.updateTable('users').set({ totpLastStep: null }).where('loginName', '=', login).execute();
      expect((await agent.post('/api/session/totp', { code: authenticator.code() })).statusCode).toBe(204);
    }
    return agent;
  };
  const taskVersion = async (agent: Agent, id: string) => (await agent.get(`/api/supervision/tasks/${id}`)).json().version as number;
  const reportVersion = async (agent: Agent, taskId: string, reportId: string) => ((await agent.get(`/api/supervision/tasks/${taskId}`)).json().reports as { id: string; version: number }[]).find((r) => r.id === reportId)!.version;

  /** The lead unit's final report, approved by its head and accepted by the office: the problem is done (销号). */
  const closeDone = async (taskId: string, day: string) => {
    const staff = await on(day, 'fgj');
    const reported = await staff.post(`/api/supervision/tasks/${taskId}/reports`, { version: await taskVersion(staff, taskId), kind: 'final', text: '已完成整改' });
    expect(reported.statusCode, reported.body).toBe(201);
    const reportId = reported.json().id as string;
    const head = await on(day, 'fgj-head');
    expect((await head.post(`/api/supervision/reports/${reportId}/approve`, { version: await reportVersion(head, taskId, reportId) })).statusCode).toBe(200);
    const office = await on(day, 'bgs');
    const accepted = await office.post(`/api/supervision/reports/${reportId}/accept`, { version: await reportVersion(office, taskId, reportId) });
    expect(accepted.statusCode, accepted.body).toBe(200);
  };

  it('art. 77: a rectification list holds its problems as sub-tasks, 挂账 until closed; a look-back opens only when due, once, even when the pass runs twice at once', async () => {
    const office = await on('2026-03-02', 'bgs');
    const bad = await office.post('/api/supervision/rectifications', { sourceType: 'audit_finding', title: '审计整改清单', leadUnitId: 'fgj', dueOn: '2026-04-30', problems: [{ title: '问题一', leadUnitId: 'fgj', dueOn: '2026-04-30' }] });
    expect(bad.statusCode).toBe(400);
    const late = await office.post('/api/supervision/rectifications', { sourceType: 'audit_finding', sourceRef: '临审报〔2026〕5号', title: '审计整改清单', leadUnitId: 'fgj', dueOn: '2026-04-30', problems: [{ title: '问题一', leadUnitId: 'fgj', dueOn: '2026-05-30' }] });
    expect(late.statusCode).toBe(400);
    const opened = await office.post('/api/supervision/rectifications', {
      sourceType: 'audit_finding',
      sourceRef: '临审报〔2026〕5号',
      title: '2025年度预算执行审计发现问题整改清单',
      leadUnitId: 'fgj',
      dueOn: '2026-04-30',
      problems: [
        { title: '专项资金未按期拨付', leadUnitId: 'fgj', dueOn: '2026-03-31' },
        { title: '政府采购程序不规范', leadUnitId: 'fgj', dueOn: '2026-04-30' },
      ],
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const list = opened.json() as { id: string; number: string; problems: { id: string; number: string }[] };
    expect(list.number).toMatch(/^督〔2026〕\d+号$/);
    const first = list.problems[0]!;
    const second = list.problems[1]!;
    const view = (await office.get(`/api/supervision/rectifications/${list.id}`)).json();
    expect(view.list).toMatchObject({ category: 'rectification', source: { type: 'audit_finding', ref: '临审报〔2026〕5号' } });
    expect(view.problems.map((p: { category: string; parentId: string }) => [p.category, p.parentId])).toEqual([
      ['problem', list.id],
      ['problem', list.id],
    ]);
    expect(view.tally).toMatchObject({ total: 2, pending: 2, closed: 0 });
    expect(view.tallyLabel).toBe('挂账2个／销号0个');
    // Another unit does not see the list.
    expect((await (await on('2026-03-02', 'czjjz')).get(`/api/supervision/rectifications/${list.id}`)).statusCode).toBe(404);

    await closeDone(first.id, '2026-03-20');
    const after = (await (await on('2026-03-20', 'bgs')).get(`/api/supervision/rectifications/${list.id}`)).json();
    expect(after.tally).toMatchObject({ pending: 1, closed: 1, done: 1 });
    expect(after.tallyLabel).toBe('挂账1个／销号1个');
    const closed = await t.handle.db.selectFrom('tasks').select(['status', 'lookBackOn']).where('id', '=', first.id).executeTakeFirstOrThrow();
    expect(closed.status).toBe('done');
    expect(closed.lookBackOn).not.toBeNull();
    const lookBackOn = closed.lookBackOn!;

    // The day before it is due: no look-back yet.
    const dayBefore = new Date(Date.parse(`${lookBackOn}T01:00:00Z`) - 86_400_000).toISOString();
    t.clock.set(dayBefore);
    expect(await openDueLookBacks(t.handle, t.clock)).toEqual({ opened: 0 });
    expect(await t.handle.db.selectFrom('tasks').select('id').where('lookBackOfId', '=', first.id).execute()).toHaveLength(0);

    // On the day: two passes at once open exactly one.
    t.clock.set(`${lookBackOn}T01:00:00Z`);
    const [a, b] = await Promise.all([openDueLookBacks(t.handle, t.clock), openDueLookBacks(t.handle, t.clock)]);
    expect(a.opened + b.opened).toBe(1);
    expect(await openDueLookBacks(t.handle, t.clock)).toEqual({ opened: 0 });
    const lookBacks = await t.handle.db.selectFrom('tasks').selectAll().where('lookBackOfId', '=', first.id).execute();
    expect(lookBacks).toHaveLength(1);
    const lookBack = lookBacks[0]!;
    expect(lookBack).toMatchObject({ category: 'look_back', sourceType: 'look_back', sourceId: first.id, leadUnitId: 'fgj', title: '回头看：专项资金未按期拨付', status: 'open', article: 77 });
    expect(lookBack.number).toMatch(/^督〔2026〕\d+号$/);
    // Due ten working days later on the official calendar, the clock counted under art. 77.
    const clock = await t.handle.db.selectFrom('deadlines').selectAll().where('objectType', '=', 'task').where('objectId', '=', lookBack.id).executeTakeFirstOrThrow();
    expect(clock).toMatchObject({ basis: 'working_days', amount: 10, start: lookBackOn, ruleId: 'supervision.rectification-look-back', article: 77, due: lookBack.dueOn });
    expect(JSON.parse(clock.detail).explanation).toContain('10个工作日');
    // The open problem owes none.
    expect(await t.handle.db.selectFrom('tasks').select('id').where('lookBackOfId', '=', second.id).execute()).toHaveLength(0);
  });
});
