import { randomUUID } from 'node:crypto';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.js';
import type { Database } from '../../src/db/schema.js';
import type { IncomingStatus } from '../../src/domain/documents/types.js';
import { type Agent, logInAs, startTestApp, type TestApp } from '../harness/app.js';
import { dialects, freshDatabase } from '../harness/databases.js';
import { makeCircular, makeDepartmentMeeting, makeInvitation, makeLeaderItem, makeLeaveReport, makeMeeting, makeSpeech, makeSpotCheck, makeSuggestion, makeTask, makeTopic } from '../harness/factories.js';
import { makeDocument } from '../documents/factories.js';
import { routesOf } from './openapi.js';

/**
 * Issue 11 "done when": every list route and the 工作台 run the same number of statements whatever the number
 * of rows. The list routes are read from the app itself (every GET under /api/ without a path parameter), so
 * a new list route is measured the day it is added — or this test fails until it is listed below as not a list.
 */

/** GET routes that are not lists of stored cases (each says why), so a fixed statement count says nothing of them. */
const notLists: Record<string, string> = {
  '/api/session': 'the signed-in user',
  '/api/session/password-policy': 'a fixed policy',
  '/api/session/sessions': "the caller's own sessions, bounded by the session limits, not by the data",
  '/api/health': 'the health check',
  '/api/openapi.json': 'the API description',
  '/api/calendar/years': 'the calendar years, one per published holiday notice',
  '/api/calendar/deadline': 'one computed deadline',
  '/api/rules': 'the rulebook, held in memory',
  '/api/rules/articles': 'the rulebook, held in memory',
  '/api/rules/parameters': 'the rulebook, held in memory',
  '/api/security/settings': 'the security settings',
  '/api/audit/acts': 'the vocabulary of acts, from code',
  '/api/audit/head': 'the chain head',
  '/api/audit/verify': 'a verification of the chain, not a page',
  '/api/audit/export.xlsx': 'an export, streamed',
  '/api/documents/incoming/register.xlsx': 'an export, streamed',
  '/api/org/export': 'the whole organisation as one file',
  '/api/supervision/tasks.xlsx': 'an export, streamed',
};

/** The query a list route needs to answer (its required parameters); the others are read with none. */
const queries: Record<string, string> = {
  '/api/leave/cover-calendar': '?from=2026-03-01&to=2026-03-31',
  '/api/supervision/reports/periodic.docx': '?from=2026-03-01&to=2026-03-31',
  '/api/supervision/reports/periodic.xlsx': '?from=2026-03-01&to=2026-03-31',
};

/** Counts every statement the app runs: each executed query passes `transformResult` once. */
function countingPlugin(counter: { n: number }): KyselyPlugin {
  return {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      counter.n += 1;
      return args.result;
    },
  };
}

type Cloned = keyof Pick<
  Database,
  'eventInvitations' | 'eventDepartmentMeetings' | 'eventSpeeches' | 'leaveReports' | 'meetings' | 'meetingTopics' | 'tasks' | 'supervisionSuggestions' | 'spotChecks' | 'supervisionResults' | 'people' | 'users'
>;

const documentMix: readonly { status: IncomingStatus; relatedUnitIds?: string[]; assignedLeaderPersonId?: string; handlingUnitId?: string; urgency?: string }[] = [
  { status: 'submitted' },
  { status: 'registered', urgency: 'urgent' },
  { status: 'assigned', assignedLeaderPersonId: 'zhao-mingyuan' },
  { status: 'countersigning', relatedUnitIds: ['fgj'] },
  { status: 'transferred', handlingUnitId: 'fgj' },
];

describe.each(dialects)('第六十六条等 每个列表与工作台的语句数不随数据量增长（%s）', (dialect) => {
  let t: TestApp;
  let agents: [string, Agent][];
  const counter = { n: 0 };
  const templates = new Map<Cloned, Record<string, unknown>>();
  let documents = 0;

  /** Copies of a template row with fresh keys: rows as the operations leave them, made fast. */
  const grow = async (table: Cloned, to: number) => {
    const template = templates.get(table)!;
    const { n } = (await t.handle.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()) as { n: number };
    for (let i = Number(n); i < to; i += 1) {
      const key = randomUUID();
      const fresh: Record<string, unknown> = { ...template, id: key };
      if (table === 'users') fresh.loginName = `count-${key.slice(0, 8)}`;
      if (table === 'tasks') Object.assign(fresh, { sourceId: randomUUID(), number: `督〔2026〕${key}号` });
      if (table === 'supervisionSuggestions') fresh.code = `第${key}号`;
      if (table === 'supervisionResults') fresh.number = `督查通报〔2026〕${key}号`;
      if (table === 'eventInvitations') fresh.leaderItemId = null;
      await t.handle.db.insertInto(table).values(fresh as never).execute();
    }
  };

  const growAll = async (to: number) => {
    for (const table of templates.keys()) await grow(table, to);
    const office = agents.find(([name]) => name === 'office')![1];
    // Leader items through the API: each also adds to the audit trail, so the audit list grows too.
    const { n } = (await t.handle.db.selectFrom('leaderItems').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()) as { n: number };
    for (let i = Number(n); i < to; i += 1) await makeLeaderItem(office, { title: `语句计数事项${i}`, addresseePersonId: i % 2 === 0 ? 'zhao-mingyuan' : 'zhou-wenbo', isUrgent: i % 3 === 0 });
    for (; documents < to; documents += 1) await makeDocument(t.handle, new Date('2026-02-02T01:00:00Z'), { ...documentMix[documents % documentMix.length], title: `语句计数请示${documents}` });
  };

  const listRoutes = () =>
    routesOf(t.app)
      .filter((r) => r.method === 'GET' && r.path.startsWith('/api/') && r.pathParams.length === 0)
      .map((r) => r.path)
      .filter((p) => !(p in notLists) && p !== '/api/workbench') // the 工作台 is measured for three roles below
      .sort();

  /** Whoever of the demo roles may read the route; the 工作台 of each of three roles. */
  const measure = async (): Promise<Record<string, number>> => {
    const counts: Record<string, number> = {};
    for (const path of listRoutes()) {
      let measured = false;
      const url = `${path}${queries[path] ?? ''}`;
      for (const [name, agent] of agents) {
        await agent.get(url); // warm: what a process loads once (calendar, rulebook) is not per request
        counter.n = 0;
        const r = await agent.get(url);
        if (r.statusCode !== 200) continue;
        counts[`${path} (${name})`] = counter.n;
        measured = true;
        break;
      }
      expect(measured, `${path}: no demo role reads it; give it a reader here or list it in notLists`).toBe(true);
    }
    for (const [name, agent] of agents.filter(([n]) => ['office', 'leader', 'unit'].includes(n))) {
      await agent.get('/api/workbench');
      counter.n = 0;
      const r = await agent.get('/api/workbench');
      expect(r.statusCode, r.body).toBe(200);
      counts[`/api/workbench (${name})`] = counter.n;
    }
    return counts;
  };

  beforeAll(async () => {
    const handle: DatabaseHandle = await freshDatabase(dialect);
    t = await startTestApp(dialect, { handle: { ...handle, db: handle.db.withPlugin(countingPlugin(counter)) } });
    const login = async (name: string, loginName: string): Promise<[string, Agent]> => [name, await logInAs(t.app, loginName)];
    agents = [await login('office', 'bgs'), await login('leader', 'changwu'), await login('unit', 'fgj'), await login('unit-head', 'fgj-head'), await login('sysadmin', 'sysadmin'), await login('secadmin', 'secadmin'), await login('auditadmin', 'auditadmin')];
    const [office, leader, unit] = [agents[0]![1], agents[1]![1], agents[2]![1]];
    // One of each kind made through the API, as the operations leave it; then copies of it.
    const made = {
      eventInvitations: await makeInvitation(unit),
      eventDepartmentMeetings: await makeDepartmentMeeting(unit),
      eventSpeeches: await makeSpeech(leader),
      leaveReports: await makeLeaveReport(leader),
    };
    const meeting = await makeMeeting(office);
    const topic = await makeTopic(unit, meeting.id);
    const chair = await logInAs(t.app, 'fuquzhang');
    const task = await makeTask({ office, chair, unit }, (await makeMeeting(office, { title: '督办来源会议', meetingDate: '2026-03-02' })).id);
    const rowOf = async (table: Cloned, id: string) => (await t.handle.db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirstOrThrow()) as Record<string, unknown>;
    for (const [table, m] of Object.entries(made) as [Cloned, { id: string }][]) templates.set(table, await rowOf(table, m.id));
    templates.set('meetings', await rowOf('meetings', meeting.id));
    templates.set('meetingTopics', await rowOf('meetingTopics', topic.id));
    templates.set('tasks', await rowOf('tasks', task.id));
    // A suggestion assigned to the unit (its task opened), a spot check of the open tasks and a circular on the task.
    templates.set('supervisionSuggestions', await rowOf('supervisionSuggestions', (await makeSuggestion(office, { leadUnitId: 'fgj' })).id));
    templates.set('spotChecks', await rowOf('spotChecks', (await makeSpotCheck(office, {})).id));
    templates.set('supervisionResults', await rowOf('supervisionResults', (await makeCircular(office, [task.id], ['fgj'])).id));
    templates.set('people', { ...(await rowOf('people', 'zhou-wenbo')), name: '语句计数人员' });
    templates.set('users', await rowOf('users', (await t.handle.db.selectFrom('users').select('id').where('loginName', '=', 'fgj').executeTakeFirstOrThrow()).id));
  });
  afterAll(async () => t.close());

  it('10 行与 60 行时，每个列表路由和三种角色的工作台执行同样多的语句', async () => {
    await growAll(10);
    const at10 = await measure();
    await growAll(60);
    const at60 = await measure();
    expect(at60).toEqual(at10);
    // Every list and the 工作台 was measured by someone.
    expect(Object.keys(at10).length).toBeGreaterThanOrEqual(listRoutes().length + 3);
  });

  it('工作台按游标分页：逐页取完与一次取完的事项相同、次序相同，各来源计数为全部事项数', async () => {
    await growAll(60);
    const office = agents[0]![1];
    const whole = (await office.get('/api/workbench?pageSize=200')).json() as { items: { area: string; id: string }[]; nextCursor: string | null; sources: { count: number }[] };
    expect(whole.nextCursor).toBeNull();
    const walked: { area: string; id: string }[] = [];
    let cursor: string | null = null;
    do {
      const r = await office.get(`/api/workbench?pageSize=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.statusCode, r.body).toBe(200);
      const page = r.json() as typeof whole;
      expect(page.items.length).toBeLessThanOrEqual(7);
      walked.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked.map((i) => `${i.area}:${i.id}`)).toEqual(whole.items.map((i) => `${i.area}:${i.id}`));
    expect(whole.sources.reduce((s, x) => s + x.count, 0)).toBe(whole.items.length);
    expect(whole.items.length).toBeGreaterThan(20);
    expect((await office.get('/api/workbench?cursor=not-a-cursor')).statusCode).toBe(400);
  });
  it('第四十八条 全体会议的组成：部门多了，会议详情的语句数不变（各部门主要负责人一次查出）', async () => {
    const office = agents[0]![1];
    // The seats are taken when the meeting is planned: one meeting before the new departments, one after.
    const plan = async () => (await makeMeeting(office, { kind: 'plenary', title: '区政府全体会议', convenerPersonId: 'lin-zhiyuan', chairPersonId: 'lin-zhiyuan', attendeeUnitIds: [] })).id;
    const detail = async (id: string) => {
      await office.get(`/api/meetings/${id}`);
      counter.n = 0;
      const r = await office.get(`/api/meetings/${id}`);
      expect(r.statusCode, r.body).toBe(200);
      return { n: counter.n, seats: (r.json() as { attendance: unknown[] }).attendance.length };
    };
    /** A department with its principal, copied from 发改局's. */
    const addDepartment = async (i: number) => {
      const db = t.handle.db;
      const unit = await db.selectFrom('units').selectAll().where('id', '=', 'fgj').executeTakeFirstOrThrow();
      const post = await db.selectFrom('posts').selectAll().where('unitId', '=', 'fgj').where('kind', '=', 'principal').executeTakeFirstOrThrow();
      const appointment = await db.selectFrom('appointments').selectAll().where('postId', '=', post.id).executeTakeFirstOrThrow();
      const person = await db.selectFrom('people').selectAll().where('id', '=', appointment.personId).executeTakeFirstOrThrow();
      const key = randomUUID().slice(0, 8);
      await db.insertInto('units').values({ ...unit, id: `dept-${key}`, name: `语句计数局${i}-${key}`, shortName: null, function: null }).execute();
      await db.insertInto('people').values({ ...person, id: `principal-${key}`, name: `局长${i}` }).execute();
      await db.insertInto('posts').values({ ...post, id: `post-${key}`, unitId: `dept-${key}` }).execute();
      await db.insertInto('appointments').values({ ...appointment, id: `appt-${key}`, postId: `post-${key}`, personId: `principal-${key}` }).execute();
    };
    const before = await detail(await plan());
    for (let i = 0; i < 8; i += 1) await addDepartment(i);
    const after = await detail(await plan());
    expect(after.seats).toBe(before.seats + 8);
    expect(after.n).toBe(before.n);
  });
});
