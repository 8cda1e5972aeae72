import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { startWithLastingSessions } from '../leave/agents.js';
import { act, draft, goodChecklist, governmentNotice } from './factories.js';

const violationsOf = (body: string) => (JSON.parse(body) as { violations: { ruleId: string; article: number; message: string }[] }).violations;

describe.each(dialects)('第六十九条第一项 区长授权签发限于经区政府常务会议决定的事项和属于例行批准手续的事项（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;
  let head: Agent;
  let sun: Agent;
  let office: Agent;

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, '2026-03-02T01:00:00Z');
    head = await t.as('quzhang');
    sun = await t.as('fuquzhang');
    office = await t.as('bgs');
  });
  afterAll(async () => t.close());

  const grant = { personId: 'sun-lihua', issuer: 'government', scope: 'doc_type', docType: '通知', validFrom: '2026-03-01' };

  it('授权须写明依据；授权列表只向区长提供授权、撤销操作', async () => {
    const bare = await head.post('/api/outgoing/sign-off-authorizations', grant);
    expect(bare.statusCode, bare.body).toBe(422);
    expect(violationsOf(bare.body)[0]).toMatchObject({ ruleId: 'outgoing.authorization-by-head', article: 69 });
    expect(violationsOf(bare.body)[0]?.message).toContain('经区政府常务会议决定的事项和属于例行批准手续的事项');

    const granted = await head.post('/api/outgoing/sign-off-authorizations', { ...grant, basis: 'executive_meeting' });
    expect(granted.statusCode, granted.body).toBe(201);
    expect(granted.json()).toMatchObject({ basis: 'executive_meeting', basisLabel: '经区政府常务会议决定的事项', actions: ['revoke'] });

    const mine = (await head.get('/api/outgoing/sign-off-authorizations')).json();
    expect(mine.actions).toEqual(['grant']);
    expect(mine.items.find((a: { id: string }) => a.id === granted.json().id).actions).toEqual(['revoke']);
    const theirs = (await office.get('/api/outgoing/sign-off-authorizations')).json();
    expect(theirs.actions).toEqual([]);
    expect(theirs.items.find((a: { id: string }) => a.id === granted.json().id).actions).toEqual([]);
  });

  it('获授权的副区长不签发既非常务会议决定、也非例行批准的区政府公文；常务会议决定的事项可以签发', async () => {
    const ordinary = await draft(office, governmentNotice());
    await act(office, ordinary, 'submit');
    await act(office, ordinary, 'review', { checklist: goodChecklist, opinion: '同意', signerPersonId: 'sun-lihua' });
    const version = (await office.get(`/api/outgoing/${ordinary}`)).json().version as number;
    const refused = await sun.post(`/api/outgoing/${ordinary}/sign-off`, { version, opinion: '同意' });
    expect(refused.statusCode, refused.body).toBe(422);
    const [v] = violationsOf(refused.body);
    expect(v).toMatchObject({ ruleId: 'outgoing.sign-off-authority', article: 69 });
    expect(v?.message).toContain('本件未写明属于其中之一，应由区长签发');

    const routine = await draft(office, governmentNotice({ matterBasis: 'routine_approval' }));
    await act(office, routine, 'submit');
    await act(office, routine, 'review', { checklist: goodChecklist, opinion: '同意', signerPersonId: 'sun-lihua' });
    const other = await sun.post(`/api/outgoing/${routine}/sign-off`, { version: (await office.get(`/api/outgoing/${routine}`)).json().version, opinion: '同意' });
    expect(other.statusCode, other.body).toBe(422);
    expect(violationsOf(other.body)[0]?.message).toContain('所获授权不是针对“属于例行批准手续的事项”');

    const decided = await draft(office, governmentNotice({ matterBasis: 'executive_meeting' }));
    expect((await office.get(`/api/outgoing/${decided}`)).json()).toMatchObject({ matterBasis: 'executive_meeting', matterBasisLabel: '经区政府常务会议决定的事项', decidedAtMeeting: null });
    await act(office, decided, 'submit');
    await act(office, decided, 'review', { checklist: goodChecklist, opinion: '同意', signerPersonId: 'sun-lihua' });
    expect((await act(sun, decided, 'sign-off', { opinion: '同意' })).status).toBe('signed');
  });

  it('关联的会议须是已召开的区政府常务会议；非常务会议决定的事项不关联会议', async () => {
    const planned = await t.handle.db.selectFrom('meetings').select(['id', 'kind', 'status']).execute();
    const notExecutive = planned.find((m) => m.kind !== 'executive');
    const wrongBasis = await office.post('/api/outgoing', governmentNotice({ matterBasis: 'routine_approval', decidedAtMeetingId: notExecutive?.id ?? 'x' }));
    expect(wrongBasis.statusCode, wrongBasis.body).toBe(400);
    const missing = await office.post('/api/outgoing', governmentNotice({ matterBasis: 'executive_meeting', decidedAtMeetingId: 'no-such-meeting' }));
    expect(missing.statusCode, missing.body).toBe(400);
    expect(missing.json().detail ?? missing.body).toContain('不是区政府常务会议');
  });
});

describe.each(dialects)('第六十九条第二项 区政府办公室公文由主任签发，如有需要可由分管副区长或区长签发（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, '2026-03-02T01:00:00Z');
  });
  afterAll(async () => t.close());

  it('不分管办公室的副区长签发办公室公文被拒绝；区长如有需要可以签发', async () => {
    const office = await t.as('bgs');
    const officeLetter = governmentNotice({ issuer: 'office', docType: '函', mainRecipientUnitIds: [], mainRecipientNames: ['淄博市发展和改革委员会'], sequenceCode: '临政办字', disclosure: 'on_request' });
    const portfolio = await t.handle.db.selectFrom('portfolioItems').select(['personId']).where('unitId', '=', 'office').execute();
    expect(portfolio.map((p) => p.personId)).not.toContain('sun-lihua');
    const id = await draft(office, officeLetter);
    await act(office, id, 'submit');
    await act(office, id, 'review', { checklist: goodChecklist, opinion: '同意', signerPersonId: 'sun-lihua' });
    const sun = await t.as('fuquzhang');
    const refused = await sun.post(`/api/outgoing/${id}/sign-off`, { version: (await office.get(`/api/outgoing/${id}`)).json().version, opinion: '同意' });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(violationsOf(refused.body)[0]?.message).toContain('如有需要可由分管副区长或区长签发');
  });
});
