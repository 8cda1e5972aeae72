import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, signInAgain, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { createUserWithRoles } from '../harness/users.js';

/** Monday 2026-03-02, 09:00 in Beijing. */
const BASE = '2026-03-02T01:00:00Z';

/** An invitation as the form sends it, from 发改局 to 副区长周文博, for an ordinary work activity. */
const invitation = (overrides: Record<string, unknown> = {}) => ({
  title: '全区重点项目观摩活动',
  kind: 'work_activity',
  activityDate: '2026-03-05',
  startTime: '09:30',
  place: '区会展中心',
  detail: '联系人：发改局办公室',
  invitedPersonId: 'zhou-wenbo',
  addressedTo: 'office',
  ...overrides,
});

const approval = (version: number, overrides: Record<string, unknown> = {}) => ({
  version,
  decision: 'approved',
  body: 'government',
  approverName: '林志远',
  approverPost: '区长',
  decidedOn: '2026-03-02',
  opinion: '经区政府主要领导同意',
  ...overrides,
});

describe.each(dialects)('活动邀请（%s）', (dialect) => {
  let t: TestApp;
  let fgj: Agent; // 发改局经办人
  let office: Agent;

  beforeAll(async () => {
    t = await startTestApp(dialect, { now: BASE });
    fgj = await logInAs(t.app, 'fgj');
    office = await logInAs(t.app, 'bgs');
    await logInAs(t.app, 'zhouwb');
    await logInAs(t.app, 'wuhy');
  });
  afterAll(async () => t.close());
  afterEach(() => t.clock.set(BASE));

  it('第九十条 提前2天报送的邀请被拒绝，提前3天的被接受（报送当日不计入）', async () => {
    const late = await fgj.post('/api/events/invitations', invitation({ activityDate: '2026-03-04' }));
    expect(late.statusCode).toBe(422);
    expect(late.json().violations).toEqual([expect.objectContaining({ ruleId: 'events.invitation-lead-days', article: 90 })]);
    expect(late.json().violations[0].message).toContain('提前3天');

    const inTime = await fgj.post('/api/events/invitations', invitation({ activityDate: '2026-03-05' }));
    expect(inTime.statusCode).toBe(201);
    expect(inTime.json()).toMatchObject({ status: 'awaiting_arrangement', invitingUnitName: '区发展和改革局', invitedName: '副区长周文博', actions: ['withdraw'] });
    const asOffice = (await office.get(`/api/events/invitations/${inTime.json().id}`)).json();
    expect(asOffice.actions).toEqual(['arrange', 'decline']);
  });

  it('第九十条 直接向区政府领导个人发送请柬被拒绝', async () => {
    const r = await fgj.post('/api/events/invitations', invitation({ activityDate: '2026-03-10', addressedTo: 'leader' }));
    expect(r.statusCode).toBe(422);
    expect(r.json().violations).toEqual([expect.objectContaining({ ruleId: 'events.invitation-through-office', article: 90 })]);
    expect(r.json().detail).toContain('不得直接向区政府领导同志个人发送请柬');
  });

  it('第九十一条 剪彩活动批准前不能安排；批准记录批准人、职务、日期和意见后可以安排', async () => {
    const submitted = await fgj.post('/api/events/invitations', invitation({ title: '某产业园开园剪彩', kind: 'ribbon_cutting', activityDate: '2026-03-12' }));
    expect(submitted.statusCode).toBe(201);
    const { id } = submitted.json();
    expect(submitted.json()).toMatchObject({ status: 'awaiting_approval', needsApproval: true });

    const early = await office.post(`/api/events/invitations/${id}/arrange`, { version: 1 });
    expect(early.statusCode).toBe(422);
    expect(early.json().violations).toEqual([expect.objectContaining({ ruleId: 'events.invitation-prior-approval', article: 91 })]);

    expect((await office.post(`/api/events/invitations/${id}/approval`, approval(1, { decidedOn: '2026-03-03' }))).statusCode).toBe(400);
    const approved = await office.post(`/api/events/invitations/${id}/approval`, approval(1));
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'awaiting_arrangement',
      approval: { decision: 'approved', bodyLabel: '区政府', approverName: '林志远', approverPost: '区长', decidedOn: '2026-03-02', opinion: '经区政府主要领导同意' },
      actions: ['arrange', 'decline'],
    });
    expect((await office.post(`/api/events/invitations/${id}/arrange`, { version: 1 })).statusCode).toBe(409);
    const arranged = await office.post(`/api/events/invitations/${id}/arrange`, { version: approved.json().version });
    expect(arranged.statusCode).toBe(200);
    expect(arranged.json()).toMatchObject({ status: 'arranged', arrangedOn: '2026-03-02', actions: [] });

    const audit = await t.handle.db.selectFrom('auditEvents').select(['act', 'article', 'summary']).where('objectId', '=', id).orderBy('seq').execute();
    expect(audit.map((a) => [a.act, a.article])).toEqual([
      ['invitation.submit', 90],
      ['invitation.approval', 91],
      ['invitation.arrange', 90],
    ]);
    expect(JSON.parse(audit[1]?.summary ?? '{}')).toMatchObject({ approverName: '林志远', approverPost: '区长', opinion: '经区政府主要领导同意' });
  });

  it('第九十一条 区委、区政府不批准的邀请就此办结，不能安排', async () => {
    const { id } = (await fgj.post('/api/events/invitations', invitation({ title: '行业论坛致辞', kind: 'forum', activityDate: '2026-03-20' }))).json();
    const refused = await office.post(`/api/events/invitations/${id}/approval`, approval(1, { decision: 'refused', body: 'party_committee', approverName: '何正清', approverPost: '区委书记', opinion: '不参加' }));
    expect(refused.json()).toMatchObject({ status: 'not_approved', approval: { decision: 'refused', bodyLabel: '区委' }, actions: [] });
    expect((await office.post(`/api/events/invitations/${id}/arrange`, { version: refused.json().version })).statusCode).toBe(400);
  });

  it('第六十二条 安排后的邀请进入被邀请领导的工作台；领导外出时临近的（紧急）邀请进入补位领导的工作台', async () => {
    const zhou = await signInAgain(t.app, 'zhouwb');
    const leave = await zhou.post('/api/leave/reports', {
      kind: 'business_trip',
      startDate: '2026-03-05',
      endDate: '2026-03-06',
      place: '济南',
      reason: '参加全省会议',
      actingPersonName: '吴海燕',
      contact: '13912345678',
      isEmergency: false,
      attachmentIds: [],
    });
    expect(leave.statusCode).toBe(201);

    const near = (await fgj.post('/api/events/invitations', invitation({ title: '安全生产现场会', activityDate: '2026-03-05' }))).json();
    const later = (await fgj.post('/api/events/invitations', invitation({ title: '春季招聘会开幕', activityDate: '2026-03-25' }))).json();
    const officeInbox = (await office.get('/api/workbench')).json();
    expect(officeInbox.items.filter((i: { id: string }) => i.id === near.id || i.id === later.id)).toHaveLength(2);
    expect(officeInbox.sources).toContainEqual(expect.objectContaining({ area: 'events', label: '邀请与会议' }));

    expect((await office.post(`/api/events/invitations/${near.id}/arrange`, { version: near.version, note: '请提前十分钟到场' })).statusCode).toBe(200);
    expect((await office.post(`/api/events/invitations/${later.id}/arrange`, { version: later.version })).statusCode).toBe(200);
    const items = await t.handle.db.selectFrom('leaderItems').select(['sourceId', 'kind', 'isUrgent', 'dueOn', 'addresseePersonId', 'sourceType']).where('sourceType', '=', 'invitation').execute();
    expect(items).toContainEqual({ sourceId: near.id, kind: 'invitation', isUrgent: 1, dueOn: '2026-03-05', addresseePersonId: 'zhou-wenbo', sourceType: 'invitation' });
    expect(items).toContainEqual({ sourceId: later.id, kind: 'invitation', isUrgent: 0, dueOn: '2026-03-25', addresseePersonId: 'zhou-wenbo', sourceType: 'invitation' });

    const own = (await zhou.get('/api/workbench')).json().items as { title: string; due?: { due: string } }[];
    expect(own.some((i) => i.title.includes('安全生产现场会') && i.due?.due === '2026-03-05')).toBe(true);
    expect(own.some((i) => i.title.includes('春季招聘会开幕'))).toBe(true);

    t.clock.set('2026-03-05T01:00:00Z');
    const wu = await signInAgain(t.app, 'wuhy');
    const covered = (await wu.get('/api/workbench')).json().items as { title: string; actingFor?: { name: string } }[];
    expect(covered.find((i) => i.title.includes('安全生产现场会'))?.actingFor?.name).toBe('周文博');
    expect(covered.some((i) => i.title.includes('春季招聘会开幕'))).toBe(false);
  });

  it('第九十二条 上级领导视察调研的接待报送不足3天的予以接受并标注，经办公室安排', async () => {
    const r = await fgj.post('/api/events/invitations', invitation({ title: '市政府督查组来区督查', kind: 'reception', activityDate: '2026-03-03', invitedPersonId: 'lin-zhiyuan' }));
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ status: 'awaiting_arrangement', flags: [expect.objectContaining({ ruleId: 'events.invitation-lead-days', article: 90 })] });
    expect((await office.post(`/api/events/invitations/${r.json().id}/arrange`, { version: r.json().version })).json().status).toBe('arranged');
  });

  it('邀请只有报送单位、被邀请领导和办公室能看到；其他单位得到404', async () => {
    await createUserWithRoles(t, { loginName: 'czj-staff', displayName: '财政局经办人', unitId: 'czj', roles: ['unit_staff'] });
    const czj = await logInAs(t.app, 'czj-staff');
    const mine = (await fgj.post('/api/events/invitations', invitation({ activityDate: '2026-03-30' }))).json();
    expect((await czj.get(`/api/events/invitations/${mine.id}`)).statusCode).toBe(404);
    expect((await czj.post(`/api/events/invitations/${mine.id}/withdraw`, { version: mine.version })).statusCode).toBe(404);
    expect((await czj.get('/api/events/invitations')).json().items).toEqual([]);
    const zhou = await signInAgain(t.app, 'zhouwb');
    expect((await zhou.get(`/api/events/invitations/${mine.id}`)).json().actions).toEqual([]);
    const withdrawn = await fgj.post(`/api/events/invitations/${mine.id}/withdraw`, { version: mine.version });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', actions: [] });
  });
});
