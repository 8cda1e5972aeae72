// @ts-nocheck
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { startWithLastingSessions } from '../leave/agents.js';
import { createUserWithRoles } from '../harness/users.js';
import { parameter } from '../../src/rules/index.js';

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

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

/** Uploads a PDF as the agent (the 区委's approving document, for an outside approval). */
async function upload(agent: Agent): Promise<string> {
  const boundary = '----zhengwu';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="区委批复.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    pdf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const r = await agent.request({ method: 'POST', url: '/api/attachments', payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
  if (r.statusCode !== 201) throw new Error(`upload failed: ${r.body}`);
  return r.json().id;
}

describe.each(dialects)('活动邀请（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;
  let fgj: Agent; // 发改局经办人
  let office: Agent;

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, BASE);
    fgj = await t.as('fgj');
    office = await t.as('bgs');
    await t.as('zhouwb');
    await t.as('wuhy');
  });
  afterAll(async () => t.close());
  afterEach(() => t.clock.set(BASE));

  it('第九十条 提前2天报送的邀请被拒绝，提前3天的被接受（报送当日不计入）', async () => {
    const late = await fgj.post('/api/events/invitations', invitation({ activityDate: '2026-03-04' }));
    expect(late.statusCode).toBe(422);
    expect(late.json().violations).toEqual([expect.objectContaining({ ruleId: 'events.invitation-lead-days', article: 90 })]);
    // The message is composed from the rulebook's lead time in force, not hard-coded.
    expect(late.json().violations[0].message).toContain(`提前${parameter('events.invitationLeadDays', '2026-03-02')}天`);

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

  it('第九十一条 剪彩活动须经区长本人批准后方可安排；办公室、副区长都不能代为批准，审计记录批准人本人的会话', async () => {
    const submitted = await fgj.post('/api/events/invitations', invitation({ title: '某产业园开园剪彩', kind: 'ribbon_cutting', activityDate: '2026-03-12' }));
    expect(submitted.statusCode).toBe(201);
    const { id } = submitted.json();
    expect(submitted.json()).toMatchObject({ status: 'awaiting_approval', needsApproval: true, actions: ['withdraw'] });

    const early = await office.post(`/api/events/invitations/${id}/arrange`, { version: 1 });
    expect(early.statusCode).toBe(422);
    expect(early.json().violations).toEqual([expect.objectContaining({ ruleId: 'events.invitation-prior-approval', article: 91 })]);
    expect((await office.get(`/api/events/invitations/${id}`)).json().actions).toEqual(['record_outside_approval', 'record_outside_refusal', 'decline']);

    // Nobody but the 区长 takes the 区政府's decision: not the office, not the invited deputy.
    expect((await office.post(`/api/events/invitations/${id}/decision`, { version: 1, decision: 'approved', opinion: '同意' })).statusCode).toBe(403);
    const zhou = await t.as('zhouwb');
    expect((await zhou.get(`/api/events/invitations/${id}`)).json().actions).toEqual([]);
    expect((await zhou.post(`/api/events/invitations/${id}/decision`, { version: 1, decision: 'approved', opinion: '同意' })).statusCode).toBe(403);

    const head = await t.as('quzhang');
    const onDesk = (await head.get('/api/workbench')).json().items as { id: string; actingFor?: unknown }[];
    expect(onDesk.find((i) => i.id === id)).toBeDefined();
    expect((await head.get(`/api/events/invitations/${id}`)).json().actions).toEqual(['approve', 'refuse']);
    const approved = await head.post(`/api/events/invitations/${id}/decision`, { version: 1, decision: 'approved', opinion: '同意参加' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'awaiting_arrangement',
      approval: { decision: 'approved', bodyLabel: '区政府', approverName: '林志远', approverPost: '区长', decidedOn: '2026-03-02', opinion: '同意参加', mode: 'in_session', actingForName: null, recordedByName: '林志远' },
      actions: [],
    });
    expect((await office.post(`/api/events/invitations/${id}/arrange`, { version: 1 })).statusCode).toBe(409);
    const arranged = await office.post(`/api/events/invitations/${id}/arrange`, { version: approved.json().version });
    expect(arranged.statusCode).toBe(200);
    expect(arranged.json()).toMatchObject({ status: 'arranged', arrangedOn: '2026-03-02', actions: [] });

    const audit = await t.handle.db.selectFrom('auditEvents').select(['act', 'article', 'actorName', 'actingForPersonId']).where('objectId', '=', id).where('result', '=', 'success').orderBy('seq').execute();
    expect(audit).toEqual([
      { act: 'invitation.submit', article: 90, actorName: expect.any(String), actingForPersonId: null },
      { act: 'invitation.approve', article: 91, actorName: '林志远', actingForPersonId: null },
      { act: 'invitation.arrange', article: 90, actorName: '王芳', actingForPersonId: null },
    ]);
  });

  it('第九十一条 区委的批准由办公室附区委文件记录，写明由谁依哪份文件记录；不附文件被拒绝；不批准的就此办结', async () => {
    const { id } = (await fgj.post('/api/events/invitations', invitation({ title: '行业论坛致辞', kind: 'forum', activityDate: '2026-03-20' }))).json();
    const withoutDocument = await office.post(`/api/events/invitations/${id}/outside-approval`, { version: 1, decision: 'refused', attachmentId: 'no-such-file', decidedOn: '2026-03-02' });
    expect(withoutDocument.statusCode).toBe(400);
    // The inviting unit cannot record it either, even with a document of its own.
    expect((await fgj.post(`/api/events/invitations/${id}/outside-approval`, { version: 1, decision: 'approved', attachmentId: await upload(fgj), decidedOn: '2026-03-02' })).statusCode).toBe(403);

    const documentId = await upload(office);
    const refused = await office.post(`/api/events/invitations/${id}/outside-approval`, { version: 1, decision: 'refused', attachmentId: documentId, documentNumber: '临委办字〔2026〕3号', decidedOn: '2026-03-02', note: '不参加' });
    expect(refused.statusCode).toBe(200);
    expect(refused.json()).toMatchObject({ status: 'not_approved', approval: { decision: 'refused', bodyLabel: '区委', mode: 'recorded_from_document', attachmentId: documentId, recordedByName: '王芳' }, actions: [] });
    expect(refused.json().approval.approverName).toMatch(/委/);
    expect((await office.post(`/api/events/invitations/${id}/arrange`, { version: refused.json().version })).statusCode).toBe(409);

    const outside = await t.handle.db.selectFrom('outsideApprovals').selectAll().where('objectId', '=', id).execute();
    expect(outside).toEqual([expect.objectContaining({ action: 'record_outside_refusal', attachmentId: documentId, documentNumber: '临委办字〔2026〕3号', recordedByName: '王芳', isApproved: 0 })]);
    const audit = await t.handle.db.selectFrom('auditEvents').select(['act', 'actorName', 'summary']).where('objectId', '=', id).where('act', '=', 'invitation.outside_refusal').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorName).toBe('王芳');
    expect(JSON.parse(audit[0]?.summary ?? '{}')).toMatchObject({ recordedFromDocument: { attachmentId: documentId, documentNumber: '临委办字〔2026〕3号' } });
  });

  it('第七条 区长外出期间，主持工作的常务副区长代区长批准，记为代区长处理', async () => {
    const head = await t.as('quzhang');
    const leave = await head.post('/api/leave/reports', { kind: 'business_trip', startDate: '2026-03-09', endDate: '2026-03-10', place: '北京', reason: '开会', actingPersonName: '赵明远', contact: '13912345678', isEmergency: false, attachmentIds: [] });
    expect(leave.statusCode).toBe(201);
    const { id } = (await fgj.post('/api/events/invitations', invitation({ title: '企业座谈会', kind: 'symposium', activityDate: '2026-03-18' }))).json();
    t.clock.set('2026-03-09T02:00:00Z');
    const zhao = await t.as('changwu');
    expect((await zhao.get(`/api/events/invitations/${id}`)).json().actions).toEqual(['approve', 'refuse']);
    const approved = await zhao.post(`/api/events/invitations/${id}/decision`, { version: 1, decision: 'approved', opinion: '同意' });
    expect(approved.json()).toMatchObject({ approval: { approverName: '赵明远', approverPost: '常务副区长', actingForName: '林志远', mode: 'in_session' } });
    const audit = await t.handle.db.selectFrom('auditEvents').select(['actorName', 'actingForPersonId']).where('objectId', '=', id).where('act', '=', 'invitation.approve').execute();
    expect(audit).toEqual([{ actorName: '赵明远', actingForPersonId: 'lin-zhiyuan' }]);
  });

  it('第九十条 同一邀请20个并发安排：1个成功、19个409、审计只记1条、只生成1个领导事项', async () => {
    const { id, version } = (await fgj.post('/api/events/invitations', invitation({ title: '并发安排', activityDate: '2026-03-27' }))).json();
    const codes = (await Promise.all(Array.from({ length: 20 }, () => office.post(`/api/events/invitations/${id}/arrange`, { version })))).map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    expect(await t.handle.db.selectFrom('auditEvents').select('act').where('objectId', '=', id).where('act', '=', 'invitation.arrange').execute()).toHaveLength(1);
    expect(await t.handle.db.selectFrom('leaderItems').select('id').where('sourceId', '=', id).execute()).toHaveLength(1);
  });

  it('第六十二条 安排后的邀请进入被邀请领导的工作台；领导外出时临近的（紧急）邀请进入补位领导的工作台', async () => {
    const zhou = await t.as('zhouwb');
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
    const wu = await t.as('wuhy');
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
    const czj = await t.as('czj-staff');
    const mine = (await fgj.post('/api/events/invitations', invitation({ activityDate: '2026-03-30' }))).json();
    expect((await czj.get(`/api/events/invitations/${mine.id}`)).statusCode).toBe(404);
    expect((await czj.post(`/api/events/invitations/${mine.id}/withdraw`, { version: mine.version })).statusCode).toBe(404);
    expect((await czj.get('/api/events/invitations')).json().items).toEqual([]);
    const zhou = await t.as('zhouwb');
    expect((await zhou.get(`/api/events/invitations/${mine.id}`)).json().actions).toEqual([]);
    // Another deputy, neither invited nor deciding, does not see it.
    expect((await (await t.as('wuhy')).get(`/api/events/invitations/${mine.id}`)).statusCode).toBe(404);
    const withdrawn = await fgj.post(`/api/events/invitations/${mine.id}/withdraw`, { version: mine.version });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', actions: [] });
  });
});
