import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { createUserWithRoles } from '../harness/users.js';
import { type DocumentOverrides, makeDocument } from './factories.js';

type Race = { path: string; act: string; who: 'office' | 'head' | 'czjHead' | 'leader' | 'clerk'; doc: DocumentOverrides; body?: Record<string, unknown> };

/** Every state-changing act on an incoming document, each from the state it starts in. */
const races: readonly Race[] = [
  { path: 'sign-off', act: 'sign_off', who: 'head', doc: { status: 'awaiting_sign_off' } },
  { path: 'countersign', act: 'countersign', who: 'czjHead', doc: { status: 'countersigning', relatedUnitIds: ['czj'] }, body: { isAgreed: true, opinion: '同意' } },
  { path: 'receive', act: 'receive', who: 'office', doc: { status: 'submitted' } },
  { path: 'register', act: 'register', who: 'office', doc: { status: 'received' } },
  { path: 'review', act: 'review', who: 'office', doc: { status: 'registered' }, body: { outcome: 'pass' } },
  { path: 'review', act: 'return', who: 'office', doc: { status: 'registered' }, body: { outcome: 'return', reasons: ['format'] } },
  { path: 'propose', act: 'propose', who: 'office', doc: { status: 'reviewed' }, body: { proposal: '请阅批' } },
  { path: 'assign', act: 'assign', who: 'office', doc: { status: 'proposed' } },
  { path: 'instruct', act: 'instruct', who: 'leader', doc: { status: 'assigned', assignedLeaderPersonId: 'zhao-mingyuan' }, body: { opinion: '同意。' } },
  { path: 'transfer', act: 'transfer', who: 'office', doc: { status: 'instructed' }, body: { handlingUnitId: 'fgj' } },
  { path: 'complete', act: 'complete', who: 'clerk', doc: { status: 'transferred', handlingUnitId: 'fgj' }, body: { result: '已办结' } },
  { path: 'extend', act: 'extend', who: 'office', doc: { status: 'transferred', handlingUnitId: 'fgj' }, body: { workingDays: 3, approver: '办公室主任', reason: '情况复杂' } },
  { path: 'archive', act: 'archive', who: 'office', doc: { status: 'completed', handlingUnitId: 'fgj' } },
  { path: 'resubmit', act: 'resubmit', who: 'head', doc: { status: 'returned' }, body: { changeNote: '已按退回意见修改' } },
  { path: 'withdraw', act: 'withdraw', who: 'head', doc: { status: 'returned' } },
  {
    path: 'escalate',
    act: 'escalate',
    who: 'leader',
    doc: { status: 'instructed', assignedLeaderPersonId: 'zhao-mingyuan', instructions: [{ personId: 'zhao-mingyuan', name: '赵明远', opinion: '同意。', isCircled: false, date: '2026-03-02', actingFor: null, byHead: false }] },
  },
  { path: 'circulate', act: 'circulate', who: 'office', doc: { status: 'instructed' }, body: { personIds: ['zhou-wenbo'] } },
  {
    path: 'read',
    act: 'read',
    who: 'leader',
    doc: {
      status: 'instructed',
      circulation: [{ personId: 'zhao-mingyuan', name: '赵明远', sentAt: '2026-03-02T01:00:00.000Z', beforeTransfer: true, readAt: null, readOn: null, opinion: null, readByName: null, actingFor: null }],
      pendingReaderIds: ['zhao-mingyuan'],
    },
  },
];

describe.each(dialects)('第六十六条 同一环节的并发请求只有一个生效，其余答复409（%s）', (dialect) => {
  let t: TestApp;
  let agents: Record<Race['who'], Agent>;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    await createUserWithRoles(t, { loginName: 'czj-head', displayName: '财政局局长', unitId: 'czj', roles: ['unit_head'], personId: 'czj-principal' });
    agents = {
      office: await logInAs(t.app, 'bgs'),
      head: await logInAs(t.app, 'fgj-head'),
      czjHead: await logInAs(t.app, 'czj-head'),
      leader: await logInAs(t.app, 'changwu'),
      clerk: await logInAs(t.app, 'fgj'),
    };
  });
  afterAll(async () => t.close());

  it.each(races.map((r) => [r.act, r] as const))('20 个相同的“%s”请求同时到达：1 个成功，19 个 409，1 条审计记录', async (_, race) => {
    const id = await makeDocument(t.handle, t.clock.now(), race.doc);
    const agent = agents[race.who];
    const responses = await Promise.all(Array.from({ length: 20 }, () => agent.post(`/api/documents/incoming/${id}/${race.path}`, { version: 1, ...race.body })));
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes, responses.find((r) => r.statusCode !== 200 && r.statusCode !== 409)?.body).toEqual([200, ...Array<number>(19).fill(409)]);
    const conflict = responses.find((r) => r.statusCode === 409)?.json();
    expect(conflict.details).toMatchObject({ currentVersion: expect.any(Number) });
    const audit = await t.handle.db.selectFrom('auditEvents').select('act').where('objectId', '=', id).where('act', '=', `documents.incoming.${race.act}`).execute();
    expect(audit).toHaveLength(1);
    const timeline = await t.handle.db.selectFrom('timelineEntries').select('action').where('objectId', '=', id).execute();
    expect(timeline.map((e) => e.action)).toEqual([race.act]);
  });

  it('一年中第一次登记遇到 20 个并发请求：登记号唯一、连续，没有 500', async () => {
    // A new year on a database of its own: no register number of 2027 exists yet.
    const y = await startTestApp(dialect, { now: '2027-01-04T02:00:00Z' });
    try {
      const office = await logInAs(y.app, 'bgs');
      const ids: string[] = [];
      for (let i = 0; i < 20; i += 1) ids.push(await makeDocument(y.handle, y.clock.now(), { status: 'received', title: `并发登记${i}` }));
      const responses = await Promise.all(ids.map((id) => office.post(`/api/documents/incoming/${id}/register`, { version: 1 })));
      expect(responses.map((r) => r.statusCode)).toEqual(Array<number>(20).fill(200));
      const seqOf = (n: string) => Number(/(\d+)号$/.exec(n)?.[1]);
      const numbers = responses.map((r) => r.json().registerNumber as string).sort((a, b) => seqOf(a) - seqOf(b));
      expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `收〔2027〕${i + 1}号`));
    } finally {
      await y.close();
    }
  });
});
