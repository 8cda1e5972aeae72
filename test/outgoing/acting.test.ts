import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { startWithLastingSessions } from '../leave/agents.js';
import { act, draft, goodChecklist, governmentNotice } from './factories.js';

describe.each(dialects)('第七条、第六十九条 区长外出时由常务副区长主持工作，代区长签发，时间线记为代签（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;
  let head: Agent;
  let zhao: Agent;
  let office: Agent;
  let sun: Agent;
  let id = '';

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, '2026-03-02T01:00:00Z');
    head = await t.as('quzhang');
    zhao = await t.as('changwu');
    sun = await t.as('fuquzhang');
    office = await t.as('bgs');
    const away = await head.post('/api/leave/reports', { kind: 'business_trip', startDate: '2026-03-09', endDate: '2026-03-10', place: '济南', reason: '参加全省会议', actingPersonName: '赵明远', contact: '13912345678', isEmergency: false, attachmentIds: [] });
    expect(away.statusCode, away.body).toBe(201);
    id = await draft(office, governmentNotice());
    await act(office, id, 'submit');
    await act(office, id, 'review', { checklist: goodChecklist, opinion: '同意，呈区长签发' });
    t.clock.set('2026-03-09T02:00:00Z');
  });
  afterAll(async () => t.close());

  it('常务副区长的工作台有待区长签发的发文，签发后记为代林志远签发；其他副区长不能签发', async () => {
    const items = (await zhao.get('/api/workbench?pageSize=200')).json().items as { id: string; actingFor?: { name: string } }[];
    expect(items.find((i) => i.id === id)?.actingFor?.name).toBe('林志远');
    expect((await sun.get(`/api/outgoing/${id}`)).json().actions).not.toContain('sign_off');
    await act(zhao, id, 'sign-off', { opinion: '同意' });
    const detail = (await office.get(`/api/outgoing/${id}`)).json();
    expect(detail.signOff).toMatchObject({ name: '赵明远', actingFor: { personId: 'lin-zhiyuan', name: '林志远' } });
    expect(detail.timeline.at(-1)).toMatchObject({ action: 'sign_off', actionLabel: '代签', actorName: '赵明远', actingForName: '林志远' });
    const audit = await t.handle.db.selectFrom('auditEvents').select(['actorName', 'actingForPersonId']).where('objectId', '=', id).where('act', '=', 'outgoing.sign_off').execute();
    expect(audit).toEqual([{ actorName: '赵明远', actingForPersonId: 'lin-zhiyuan' }]);
  });

  it('第七条 区长外出期间，主持工作的常务副区长可作出签发授权；其他副区长不能', async () => {
    expect((await zhao.get('/api/outgoing/sign-off-authorizations')).json().actions).toEqual(['grant']);
    expect((await sun.get('/api/outgoing/sign-off-authorizations')).json().actions).toEqual([]);
    const body = { personId: 'chen-siyuan', issuer: 'government', scope: 'doc_type', docType: '通知', basis: 'routine_approval', validFrom: '2026-03-09' };
    expect((await sun.post('/api/outgoing/sign-off-authorizations', body)).statusCode).toBe(422);
    const granted = await zhao.post('/api/outgoing/sign-off-authorizations', body);
    expect(granted.statusCode, granted.body).toBe(201);
    expect(granted.json()).toMatchObject({ grantedBy: '赵明远', basis: 'routine_approval' });
  });
});
