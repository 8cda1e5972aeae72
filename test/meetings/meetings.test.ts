import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, signInAgain, startTestApp, type TestApp } from '../harness/app.js';
import type { Authenticator } from '../harness/totp.js';
import { absenceCase, meetingCase, topicCase } from '../../src/domain/meetings/case.js';
import { dialects } from '../harness/databases.js';
import { createUserWithRoles } from '../harness/users.js';

const BASE = '2026-03-02T01:00:00Z';
/** Each sign-in a little later than the last, so that a leader's second factor never repeats a used time step. */
let signIns = 0;
const at = (day: string) => new Date(Date.parse(`${day}T01:00:00Z`) + ++signIns * 31_000).toISOString();

describe.each(dialects)('会议制度（第八、四十七至五十七条）（%s）', (dialect) => {
  let t: TestApp;
  const authenticators = new Map<string, Authenticator>();

  beforeAll(async () => {
    t = await startTestApp(dialect);
    // A ninth member of the executive meeting: one more 副区长 appointed, so that quorum reads "4 of 9" / "5 of 9".
    await t.handle.db.insertInto('posts').values({ id: 'p-qian', unitId: 'gov', kind: 'deputy', title: '副区长', sortOrder: 7, createdAt: BASE }).execute();
    await t.handle.db.insertInto('people').values({ id: 'qian-zhengyu', name: '钱正宇', mobileEncrypted: null, version: 1, createdAt: BASE, updatedAt: BASE }).execute();
    await t.handle.db.insertInto('appointments').values({ id: 'a-qian', personId: 'qian-zhengyu', postId: 'p-qian', validFrom: '2026-01-01', validTo: null, createdAt: BASE }).execute();
    await createUserWithRoles(t, { loginName: 'czj-head', displayName: '财政局局长', unitId: 'czj', roles: ['unit_head'], personId: 'czj-principal' });
    await createUserWithRoles(t, { loginName: 'czj-clerk', displayName: '财政局经办人', unitId: 'czj', roles: ['unit_staff'] });
    // Office deputy directors: 刘晓明 assists the executive deputy, 黄丽娟 the deputies 孙立华 and 周文博 (art. 52).
    await createUserWithRoles(t, { loginName: 'liuxm', displayName: '刘晓明', unitId: 'office', roles: ['leader'], personId: 'liu-xiaoming' });
    await createUserWithRoles(t, { loginName: 'huanglj', displayName: '黄丽娟', unitId: 'office', roles: ['leader'], personId: 'huang-lijuan' });
    for (const login of ['bgs', 'quzhang', 'changwu', 'fgj', 'fgj-head', 'czj-head', 'czj-clerk', 'bgszr', 'fuquzhang', 'liuxm', 'huanglj']) {
      const agent = await logInAs(t.app, login);
      if (agent.authenticator) authenticators.set(login, agent.authenticator);
    }
  }, 120_000);
  afterAll(async () => t.close());
  afterEach(() => t.clock.set(BASE));

  /** Signs in as a user on a given day (sessions idle out when the clock jumps). */
  const on = async (day: string, login: string): Promise<Agent> => {
    t.clock.set(at(day));
    const agent = await signInAgain(t.app, login);
    // Leaders sign in with their second factor, where the security policy asks for one.
    const authenticator = authenticators.get(login);
    // The tests move the clock back and forth between days; a code of an earlier step than the last used would
    // be refused as a replay, so each sign-in starts the account's replay guard afresh.
    if (authenticator) await t.handle.db.updateTable('users').set({ totpLastStep: null }).where('loginName', '=', login).execute();
    if (authenticator) expect((await agent.post('/api/session/totp', { code: authenticator.code() })).statusCode).toBe(204);
    return agent;
  };
  const plan = async (body: Record<string, unknown>) => {
    const r = await (await on('2026-03-02', 'bgs')).post('/api/meetings', body);
    expect(r.statusCode, r.body).toBe(201);
    return r.json().id as string;
  };
  const executive = () => plan({ kind: 'executive', title: '区政府第5次常务会议', meetingDate: '2026-03-12', place: '区政府第一会议室', convenerPersonId: 'lin-zhiyuan', chairPersonId: 'lin-zhiyuan' });
  const topical = (attendeeUnitIds: string[] = ['gxj', 'fgj']) => plan({ kind: 'topical', title: '工业项目专题会议', meetingDate: '2026-03-10', place: '第二会议室', convenerPersonId: 'sun-lihua', chairPersonId: 'sun-lihua', attendeeUnitIds });
  const detail = async (agent: Agent, id: string) => (await agent.get(`/api/meetings/${id}`)).json();
  const version = async (agent: Agent, id: string) => (await detail(agent, id)).version as number;
  const workbench = async (agent: Agent) => (await agent.get('/api/workbench')).json().items as { id: string; kind: string; title: string; href: string; actingFor?: { name: string } }[];
  /** The executive meeting's arrangement, each step by its own person (art. 54). */
  const arrange = async (id: string, topicIds: string[] = [], day = '2026-03-04') => {
    const office = await on(day, 'bgs');
    expect((await office.post(`/api/meetings/${id}/agenda/propose`, { version: await version(office, id), topicIds })).statusCode).toBe(200);
    const director = await on(day, 'bgszr');
    expect((await director.post(`/api/meetings/${id}/agenda/review`, { version: await version(director, id) })).statusCode).toBe(200);
    const head = await on(day, 'quzhang');
    expect((await head.post(`/api/meetings/${id}/agenda/decide`, { version: await version(head, id) })).statusCode).toBe(200);
  };
  const seatPresent = async (id: string, count: number, day = '2026-03-12') => {
    const office = await on(day, 'bgs');
    const members = ((await detail(office, id)).attendance as { personId: string; role: string }[]).filter((a) => a.role === 'member').map((a) => a.personId);
    for (const personId of members.slice(0, count)) expect((await office.post(`/api/meetings/${id}/attendance`, { personId, status: 'present' })).statusCode).toBe(200);
    return office;
  };

  it('第四十九条 常务会议组成按会议日期的组织机构：区长、副区长、办公室主任，固定列席人员', async () => {
    const id = await executive();
    const d = await detail(await on('2026-03-02', 'bgs'), id);
    expect(d.attendance.filter((a: { role: string }) => a.role === 'member')).toHaveLength(9);
    const observers = d.attendance.filter((a: { role: string }) => a.role === 'observer').map((a: { name: string }) => a.name);
    expect(observers).toEqual(expect.arrayContaining(['刘晓明', '黄丽娟', '张伟东', '方正律']));
    expect(observers).toHaveLength(6);
  });

  it('第五十三条 议题恰好会前5个工作日提报被接受，4个工作日被拒绝（提示按规则参数组成），经区长同意可例外上会', async () => {
    const id = await executive();
    const exactly = await (await on('2026-03-05', 'fgj')).post(`/api/meetings/${id}/topics`, { title: '关于2026年重点项目计划的议题', summary: '……' });
    expect(exactly.statusCode, exactly.body).toBe(201);
    expect(exactly.json().status).toBe('awaiting_review');
    const lateAgent = await on('2026-03-06', 'fgj');
    const late = await lateAgent.post(`/api/meetings/${id}/topics`, { title: '关于临时增补项目的议题', summary: '……' });
    expect(late.statusCode).toBe(422);
    expect(late.json().violations[0]).toMatchObject({ ruleId: 'meetings.topic-lead-time', article: 53 });
    expect(late.json().violations[0].message).toContain('会前5个工作日');
    expect(late.json().violations[0].message).toContain('仅4个工作日');
    const asked = await lateAgent.post(`/api/meetings/${id}/topics`, { title: '关于临时增补项目的议题', summary: '……', requestException: { reason: '上级督办，须本月研究' } });
    expect(asked.json().status).toBe('awaiting_exception');
    const head = await on('2026-03-06', 'quzhang');
    expect((await workbench(head)).some((i) => i.id === asked.json().id && i.kind === '议题同意逾期上会')).toBe(true);
    const topic = (await detail(head, id)).topics.find((x: { id: string }) => x.id === asked.json().id);
    expect(topic.actions).toEqual(['approve_exception']);
    // Only the 区长 takes a late topic: the executive deputy, present and not standing in, is refused.
    expect((await (await on('2026-03-06', 'changwu')).post(`/api/meeting-topics/${topic.id}/exception`, { version: topic.version, opinion: '同意' })).statusCode).toBe(403);
    const approved = await head.post(`/api/meeting-topics/${topic.id}/exception`, { version: topic.version, opinion: '同意上会' });
    expect(approved.json().status).toBe('awaiting_review');
    const audit = await t.handle.db.selectFrom('auditEvents').select(['act', 'article', 'actorName']).where('act', '=', 'meetings.topic.exception').where('objectId', '=', topic.id).execute();
    expect(audit).toEqual([{ act: 'meetings.topic.exception', article: 53, actorName: '林志远' }]);
  });

  it('第五十三条 常务会议议题提报区长、分管副区长审定：其他领导审定被拒绝，两人各自在工作台审定后方可列入议程', async () => {
    const id = await executive();
    const topic = (await (await on('2026-03-03', 'fgj')).post(`/api/meetings/${id}/topics`, { title: '关于优化营商环境的议题', summary: '……' })).json();
    expect(topic.status).toBe('awaiting_review');
    const office = await on('2026-03-04', 'bgs');
    expect((await office.post(`/api/meetings/${id}/agenda/propose`, { version: await version(office, id), topicIds: [topic.id] })).statusCode).toBe(400);
    const v = (await detail(office, id)).topics[0].version as number;
    for (const login of ['fuquzhang', 'quzhang', 'bgszr']) {
      expect((await (await on('2026-03-04', login)).post(`/api/meeting-topics/${topic.id}/review`, { version: v })).statusCode, login).toBe(403);
    }
    const deputy = await on('2026-03-04', 'changwu');
    expect((await workbench(deputy)).some((i) => i.id === topic.id && i.kind === '议题审定议题')).toBe(true);
    const reviewed = await deputy.post(`/api/meeting-topics/${topic.id}/review`, { version: v, opinion: '同意提交常务会议' });
    // The deputy's 审定 alone does not put the topic on: the 区长 reviews it too (art. 53 "区长、分管副区长审定").
    expect(reviewed.json().status).toBe('awaiting_review');
    expect((await workbench(deputy)).some((i) => i.id === topic.id)).toBe(false);
    expect((await deputy.post(`/api/meeting-topics/${topic.id}/review`, { version: v })).statusCode).toBe(409);
    const head = await on('2026-03-04', 'quzhang');
    const row = (await head.get(`/api/meeting-topics/${topic.id}`)).json();
    expect(row.actions).toEqual(['head_review']);
    expect((await (await on('2026-03-04', 'changwu')).post(`/api/meeting-topics/${topic.id}/head-review`, { version: row.version })).statusCode).toBe(403);
    const byHead = await head.post(`/api/meeting-topics/${topic.id}/head-review`, { version: row.version, opinion: '同意上会' });
    expect(byHead.json().status).toBe('ready');
    const after = (await head.get(`/api/meeting-topics/${topic.id}`)).json();
    expect(after).toMatchObject({ reviewedBy: '赵明远', headReviewedBy: '林志远' });
    const acts = await t.handle.db.selectFrom('auditEvents').select(['act', 'actorName']).where('objectId', '=', topic.id).where('act', 'like', 'meetings.topic.%review').orderBy('seq').execute();
    expect(acts).toEqual([{ act: 'meetings.topic.review', actorName: '赵明远' }, { act: 'meetings.topic.head_review', actorName: '林志远' }]);
  });

  it('第四十九条 常务会议9人中4人出席不能形成决定，5人出席可以', async () => {
    const id = await executive();
    await arrange(id);
    const office = await seatPresent(id, 4);
    const decision = { content: '原则同意2026年重点项目计划', leadUnitId: 'fgj', coUnitIds: ['czj'], dueOn: '2026-04-30' };
    const refused = await office.post(`/api/meetings/${id}/decisions`, decision);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().violations[0]).toMatchObject({ ruleId: 'meetings.executive-quorum', article: 49 });
    expect(refused.json().violations[0].message).toContain('应到9人，实到4人');
    expect(refused.json().violations[0].message).toContain('超过应到人数的二分之一');
    const members = ((await detail(office, id)).attendance as { personId: string; role: string }[]).filter((a) => a.role === 'member').map((a) => a.personId);
    const fifth = await office.post(`/api/meetings/${id}/attendance`, { personId: members[4], status: 'present' });
    expect(fifth.json()).toMatchObject({ members: 9, present: 5, required: 5, hasQuorum: true });
    expect((await office.post(`/api/meetings/${id}/decisions`, decision)).statusCode).toBe(201);
  });

  it('第五十四条 常务会议安排未经区长确定，不能形成决定、纪要不编号；主任不能确定，区长不能代主任审定', async () => {
    const id = await executive();
    const office = await seatPresent(id, 6);
    const decision = await office.post(`/api/meetings/${id}/decisions`, { content: '原则同意', leadUnitId: 'fgj', coUnitIds: [], dueOn: '2026-04-30' });
    expect(decision.statusCode).toBe(422);
    expect(decision.json().violations[0]).toMatchObject({ ruleId: 'meetings.executive-arrangement', article: 54 });
    const minutes = await office.post(`/api/meetings/${id}/minutes`, { version: await version(office, id), text: '会议研究了……' });
    expect(minutes.statusCode).toBe(422);
    expect((await detail(office, id)).minutesNumber).toBeNull();
    expect((await office.post(`/api/meetings/${id}/agenda/propose`, { version: await version(office, id), topicIds: [] })).statusCode).toBe(200);
    const head = await on('2026-03-12', 'quzhang');
    expect((await detail(head, id)).actions).not.toContain('decide_agenda');
    expect((await head.post(`/api/meetings/${id}/agenda/review`, { version: await version(head, id) })).statusCode).toBe(403);
    expect((await head.post(`/api/meetings/${id}/agenda/decide`, { version: await version(head, id) })).statusCode).toBe(403);
    const director = await on('2026-03-12', 'bgszr');
    expect((await workbench(director)).some((i) => i.href === `/meetings/${id}` && i.kind === '审定会议安排')).toBe(true);
    expect((await director.post(`/api/meetings/${id}/agenda/review`, { version: await version(director, id) })).statusCode).toBe(200);
    expect((await director.post(`/api/meetings/${id}/agenda/decide`, { version: await version(director, id) })).statusCode).toBe(403);
    expect((await (await on('2026-03-12', 'changwu')).post(`/api/meetings/${id}/agenda/decide`, { version: await version(director, id) })).statusCode).toBe(403);
    const headAgain = await on('2026-03-12', 'quzhang');
    expect((await detail(headAgain, id)).actions).toContain('decide_agenda');
    expect((await workbench(headAgain)).some((i) => i.href === `/meetings/${id}` && i.kind === '确定会议安排')).toBe(true);
    expect((await headAgain.post(`/api/meetings/${id}/agenda/decide`, { version: await version(headAgain, id) })).statusCode).toBe(200);
    expect((await workbench(headAgain)).some((i) => i.href === `/meetings/${id}`)).toBe(false);
    const officeAgain = await on('2026-03-12', 'bgs');
    expect((await officeAgain.post(`/api/meetings/${id}/decisions`, { content: '原则同意', leadUnitId: 'fgj', coUnitIds: [], dueOn: '2026-04-30' })).statusCode).toBe(201);
  });

  it('第五十四条 区长办公会议没有确定会议安排一步：区长的 actions 与工作台一致', async () => {
    const id = await plan({ kind: 'head_office', title: '区长办公会议', meetingDate: '2026-03-10', place: '区长办公室', convenerPersonId: 'lin-zhiyuan', chairPersonId: 'lin-zhiyuan' });
    const head = await on('2026-03-02', 'quzhang');
    const seen = await head.get(`/api/meetings/${id}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().actions).toEqual([]);
    expect((await workbench(head)).some((i) => i.href === `/meetings/${id}`)).toBe(false);
    expect((await head.post(`/api/meetings/${id}/agenda/decide`, { version: await version(head, id) })).statusCode).toBe(403);
  });

  it('第五十五条 区政府领导不出席须经区长本人同意：办公室报请假，请假进入区长工作台，他人同意被拒绝', async () => {
    const id = await executive();
    const office = await on('2026-03-10', 'bgs');
    const refused = await office.post(`/api/meetings/${id}/attendance`, { personId: 'zhou-wenbo', status: 'absent', reason: '出差' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().violations[0]).toMatchObject({ ruleId: 'meetings.absence-to-head', article: 55 });
    // The office can no longer tick the 区长's consent itself.
    expect((await office.post(`/api/meetings/${id}/attendance`, { personId: 'zhou-wenbo', status: 'absent', reason: '出差', approvedByHead: true })).statusCode).toBe(422);
    const requested = await office.post(`/api/meetings/${id}/absence-requests`, { personId: 'zhou-wenbo', reason: '赴省参加安全生产会议' });
    expect(requested.statusCode, requested.body).toBe(201);
    const head = await on('2026-03-10', 'quzhang');
    const item = (await workbench(head)).find((i) => i.id === requested.json().id);
    expect(item).toMatchObject({ kind: '会议请假' });
    const request = (await detail(head, id)).absenceRequests[0];
    expect(request.actions).toEqual(['consent', 'decline']);
    expect((await (await on('2026-03-10', 'bgs')).post(`/api/meeting-absences/${request.id}/decide`, { version: request.version, isConsented: true })).statusCode).toBe(403);
    expect((await (await on('2026-03-10', 'changwu')).post(`/api/meeting-absences/${request.id}/decide`, { version: request.version, isConsented: true })).statusCode).toBe(403);
    const headAgain = await on('2026-03-10', 'quzhang');
    expect((await headAgain.post(`/api/meeting-absences/${request.id}/decide`, { version: request.version, isConsented: true, opinion: '同意' })).json()).toEqual({ status: 'consented' });
    const seat = ((await detail(headAgain, id)).attendance as { personId: string; status: string; absenceApprovedByPersonId: string }[]).find((a) => a.personId === 'zhou-wenbo');
    expect(seat).toMatchObject({ status: 'absent', absenceApprovedByPersonId: 'lin-zhiyuan' });
    const audit = await t.handle.db.selectFrom('auditEvents').select(['act', 'actorName']).where('act', '=', 'meetings.absence.consent').where('objectId', '=', request.id).execute();
    expect(audit).toEqual([{ act: 'meetings.absence.consent', actorName: '林志远' }]);
    expect((await headAgain.post(`/api/meeting-absences/${request.id}/decide`, { version: request.version, isConsented: false })).statusCode).toBe(409);
  });

  it('第五十五条、第七条 区长外出期间，主持工作的常务副区长代区长同意请假，记为代林志远办理', async () => {
    const id = await plan({ kind: 'executive', title: '区政府第6次常务会议', meetingDate: '2026-03-26', place: '区政府第一会议室', convenerPersonId: 'lin-zhiyuan', chairPersonId: 'lin-zhiyuan' });
    const away = await (await on('2026-03-02', 'quzhang')).post('/api/leave/reports', { kind: 'study', startDate: '2026-03-23', endDate: '2026-03-24', place: '北京', reason: '汇报工作', actingPersonName: '赵明远', contact: '13900000001', isEmergency: false, attachmentIds: [] });
    expect(away.statusCode, away.body).toBe(201);
    const requested = await (await on('2026-03-23', 'bgs')).post(`/api/meetings/${id}/absence-requests`, { personId: 'sun-lihua', reason: '赴省参加会议' });
    expect(requested.statusCode).toBe(201);
    const zhao = await on('2026-03-23', 'changwu');
    expect((await workbench(zhao)).find((i) => i.id === requested.json().id)?.actingFor?.name).toBe('林志远');
    const request = (await detail(zhao, id)).absenceRequests[0];
    expect((await zhao.post(`/api/meeting-absences/${request.id}/decide`, { version: request.version, isConsented: true })).statusCode).toBe(200);
    const audit = await t.handle.db.selectFrom('auditEvents').select(['actorName', 'actingForPersonId']).where('act', '=', 'meetings.absence.consent').where('objectId', '=', request.id).execute();
    expect(audit).toEqual([{ actorName: '赵明远', actingForPersonId: 'lin-zhiyuan' }]);
    const timeline = await t.handle.db.selectFrom('timelineEntries').select(['actorName', 'actingForName']).where('objectId', '=', request.id).execute();
    expect(timeline).toEqual([{ actorName: '赵明远', actingForName: '林志远' }]);
  });

  it('第五十五条 会议安排后报告外出的领导显示为请假并附报告，无须另报区长', async () => {
    const id = await executive();
    const trip = await (await on('2026-03-02', 'fuquzhang')).post('/api/leave/reports', { kind: 'study', startDate: '2026-03-12', endDate: '2026-03-12', place: '济南', reason: '培训', actingPersonName: '赵明远', contact: '13900000002', isEmergency: false, attachmentIds: [] });
    expect(trip.statusCode).toBe(201);
    const seat = ((await detail(await on('2026-03-02', 'bgs'), id)).attendance as { personId: string; status: string; leaveReportId: string }[]).find((a) => a.personId === 'sun-lihua');
    expect(seat).toMatchObject({ status: 'absent', leaveReportId: trip.json().id });
  });

  it('第五十六条 常务会议纪要只能由区长签发，第二次签发为冲突；第五十七条 议定事项转为督办任务，按同一期限计时', async () => {
    const id = await executive();
    await arrange(id);
    let office = await seatPresent(id, 6);
    await office.post(`/api/meetings/${id}/decisions`, { content: '区发改局牵头编制重点项目清单', leadUnitId: 'fgj', coUnitIds: ['czj'], dueOn: '2026-04-30' });
    await office.post(`/api/meetings/${id}/decisions`, { content: '区财政局落实前期经费', leadUnitId: 'czj', coUnitIds: [], dueOn: '2026-04-15' });
    const drafted = await office.post(`/api/meetings/${id}/minutes`, { version: await version(office, id), text: '会议听取了区发展和改革局关于2026年重点项目计划的汇报。' });
    expect(drafted.json().minutesNumber).toMatch(/^区政府常务会议纪要〔2026〕\d+号$/);
    const decisions = (await detail(office, id)).decisions as { content: string; clock: { due: string; explanation: string } }[];
    expect(decisions.find((d) => d.content === '区财政局落实前期经费')?.clock).toMatchObject({ due: '2026-04-15' });
    const zhao = await on('2026-03-13', 'changwu');
    expect((await detail(zhao, id)).actions).not.toContain('sign_minutes');
    const wrong = await zhao.post(`/api/meetings/${id}/minutes/sign`, { version: await version(zhao, id) });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().violations[0]).toMatchObject({ ruleId: 'meetings.minutes-signer', article: 56 });
    const head = await on('2026-03-13', 'quzhang');
    expect((await workbench(head)).some((i) => i.href === `/meetings/${id}` && i.kind === '签发纪要')).toBe(true);
    const v = await version(head, id);
    const signed = await head.post(`/api/meetings/${id}/minutes/sign`, { version: v });
    expect(signed.statusCode).toBe(200);
    expect(signed.json().taskIds).toHaveLength(2);
    const again = await head.post(`/api/meetings/${id}/minutes/sign`, { version: v });
    expect(again.statusCode).toBe(409);
    expect(again.json().details).toMatchObject({ currentState: 'minutes_signed' });
    // Art. 36: the executive meeting's decisions are queued once for the office's publication review.
    const queued = await t.handle.db.selectFrom('publications').select(['category', 'status', 'body']).where('sourceType', '=', 'meeting').where('sourceId', '=', id).execute();
    expect(queued).toEqual([expect.objectContaining({ category: 'meeting_decisions', status: 'pending' })]);
    expect(queued[0]!.body).toContain('区发改局牵头编制重点项目清单');
    // Art. 57: each decision item became a supervision task, numbered 督〔2026〕N号, in the supervision ledger.
    const fgj = await on('2026-03-13', 'fgj');
    const tasks = (await fgj.get('/api/supervision/tasks')).json().items as { id: string; number: string; title: string; leadUnitId: string; dueOn: string; article: number; source: { type: string; href: string | null }; clock: { due: string }; actions: string[]; version: number }[];
    const mine = tasks.find((x) => x.title === '区发改局牵头编制重点项目清单');
    expect(mine).toMatchObject({ leadUnitId: 'fgj', dueOn: '2026-04-30', article: 57, clock: { due: '2026-04-30' }, source: { type: 'meeting_decision', href: `/meetings/${id}` } });
    expect(mine?.number).toMatch(/^督〔2026〕\d+号$/);
    expect(mine?.actions).toContain('report');
    const task = mine as NonNullable<typeof mine>;
    // One clock: the task runs on the decision item's deadline row; the item links to its task, number and status.
    const row = await t.handle.db.selectFrom('tasks').select(['deadlineId', 'sourceId', 'createdByUserId']).where('id', '=', task.id).executeTakeFirstOrThrow();
    const item = await t.handle.db.selectFrom('decisionItems').select(['id', 'deadlineId']).where('taskId', '=', task.id).executeTakeFirstOrThrow();
    expect(row.deadlineId).toBe(item.deadlineId);
    expect(row.sourceId).toBe(item.id);
    expect(row.createdByUserId).not.toBeNull();
    const shown = ((await detail(await on('2026-03-13', 'bgs'), id)).decisions as { id: string; task: { id: string; number: string; statusLabel: string } | null }[]).find((d) => d.id === item.id);
    expect(shown?.task).toEqual({ id: task.id, number: task.number, status: 'open', statusLabel: '办理中' });
    // Opening each task is on the audit trail, by the signer, with the meeting it came from.
    const opened = await t.handle.db.selectFrom('auditEvents').select(['act', 'actorName', 'article', 'summary']).where('objectId', '=', task.id).execute();
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ act: 'supervision.task.open', actorName: '林志远', article: 57 });
    expect(JSON.parse(opened[0]?.summary as string)).toMatchObject({ number: task.number, source: 'meeting_decision', sourceId: item.id, meetingId: id });
    // The lead unit finds it on its 工作台 under 督查督办, linked to the task page and due on the item's day.
    const waiting = (await workbench(fgj)).find((i) => i.id === task.id) as { kind: string; title: string; href: string; due?: { due: string } } | undefined;
    expect(waiting).toMatchObject({ kind: '报送进展（会议议定事项）', href: `/supervision/tasks/${task.id}`, due: { due: '2026-04-30' } });
    expect(waiting?.title).toBe(`${task.number} 区发改局牵头编制重点项目清单`);
    // The co-unit sees the task, but only the lead unit reports on it.
    const czjTask = ((await (await on('2026-03-13', 'czj-clerk')).get('/api/supervision/tasks')).json().items as { id: string; actions: string[] }[]).find((x) => x.id === task.id);
    expect(czjTask?.actions).toEqual([]);
    expect((await workbench(await on('2026-03-13', 'czj-clerk'))).some((i) => i.id === task.id)).toBe(false);
    office = await on('2026-03-13', 'bgs');
    const docx = await office.get(`/api/meetings/${id}/minutes.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('第五十六条 受委托召开的专题会议，纪要须经委托领导本人审定后才能签发；他人审定被拒绝', async () => {
    const id = await plan({ kind: 'topical', title: '重点项目推进专题会议', meetingDate: '2026-03-05', place: '第二会议室', convenerPersonId: 'sun-lihua', chairPersonId: 'chen-siyuan', attendeeUnitIds: ['gxj', 'fgj'] });
    const office = await on('2026-03-05', 'bgs');
    await office.post(`/api/meetings/${id}/minutes`, { version: await version(office, id), text: '会议研究了重点项目推进中的问题。' });
    const director = await on('2026-03-05', 'bgszr');
    const early = await director.post(`/api/meetings/${id}/minutes/sign`, { version: await version(director, id) });
    expect(early.statusCode).toBe(422);
    expect(early.json().violations[0]).toMatchObject({ ruleId: 'meetings.delegated-minutes-approval', article: 56 });
    for (const login of ['bgszr', 'quzhang', 'changwu']) {
      const other = await on('2026-03-05', login);
      const r = await other.post(`/api/meetings/${id}/minutes/approve`, { version: await version(other, id) });
      expect(r.statusCode, login).toBe(422);
      expect(r.json().violations[0]).toMatchObject({ ruleId: 'meetings.delegated-minutes-approval', article: 56 });
    }
    const sun = await on('2026-03-05', 'fuquzhang');
    expect((await workbench(sun)).some((i) => i.href === `/meetings/${id}` && i.kind === '审定纪要')).toBe(true);
    expect((await sun.post(`/api/meetings/${id}/minutes/approve`, { version: await version(sun, id) })).statusCode).toBe(200);
    const directorAgain = await on('2026-03-05', 'bgszr');
    expect((await directorAgain.post(`/api/meetings/${id}/minutes/sign`, { version: await version(directorAgain, id) })).statusCode).toBe(200);
  });

  it('第八条、第二十七条 财政预决算等重大问题不能提交专题会议决定', async () => {
    const id = await plan({ kind: 'topical', title: '财政专题会议', meetingDate: '2026-03-20', place: '第二会议室', convenerPersonId: 'zhao-mingyuan', chairPersonId: 'zhao-mingyuan', attendeeUnitIds: ['czj'] });
    const r = await (await on('2026-03-03', 'czj-clerk')).post(`/api/meetings/${id}/topics`, { title: '2026年区级预算调整方案', summary: '……', isMajor: true, majorCategory: '财政预决算' });
    expect(r.statusCode).toBe(422);
    expect(r.json().violations[0]).toMatchObject({ ruleId: 'meetings.major-only-plenary-or-executive', article: 8 });
  });

  it('第五十二条 涉及相关单位的议题须其主要负责人会签；经办人不能会签；第五十四条 议题列入常务会议议程', async () => {
    const id = await executive();
    const topic = (await (await on('2026-03-03', 'fgj')).post(`/api/meetings/${id}/topics`, { title: '关于设立产业基金的议题', summary: '……', relatedUnitIds: ['czj'] })).json();
    expect(topic.status).toBe('coordinating');
    const clerk = await on('2026-03-03', 'czj-clerk');
    const rowForClerk = (await detail(clerk, id)).topics.find((x: { id: string }) => x.id === topic.id);
    expect(rowForClerk.actions).toEqual([]);
    expect((await clerk.post(`/api/meeting-topics/${topic.id}/countersign`, { version: rowForClerk.version, isAgreed: true })).statusCode).toBe(403);
    const czj = await on('2026-03-03', 'czj-head');
    expect((await workbench(czj)).some((i) => i.id === topic.id && i.kind === '议题会签')).toBe(true);
    const row = (await detail(czj, id)).topics.find((x: { id: string }) => x.id === topic.id);
    expect(row.actions).toEqual(['countersign']);
    expect((await czj.post(`/api/meeting-topics/${topic.id}/countersign`, { version: row.version, isAgreed: true })).json().status).toBe('awaiting_review');
    expect((await czj.post(`/api/meeting-topics/${topic.id}/countersign`, { version: row.version + 1, isAgreed: true })).statusCode).toBe(409);
    const deputy = await on('2026-03-03', 'changwu');
    const v = (await deputy.get(`/api/meeting-topics/${topic.id}`)).json().version as number;
    expect((await deputy.post(`/api/meeting-topics/${topic.id}/review`, { version: v })).json().status).toBe('awaiting_review');
    const head = await on('2026-03-03', 'quzhang');
    expect((await head.post(`/api/meeting-topics/${topic.id}/head-review`, { version: v + 1 })).json().status).toBe('ready');
    await arrange(id, [topic.id]);
    const d = await detail(await on('2026-03-04', 'quzhang'), id);
    expect(d.agendaDecidedByPersonId).toBe('lin-zhiyuan');
    expect(d.topics.find((x: { id: string }) => x.id === topic.id).status).toBe('scheduled');
  });

  it('第五十二条 相关单位不同意须列明理据，由分管副区长或协助其工作的办公室副主任协调；协调说明不使议题上会，须该单位主要负责人协调后会签同意', async () => {
    const id = await executive();
    const topic = (await (await on('2026-03-03', 'fgj')).post(`/api/meetings/${id}/topics`, { title: '关于调整专项资金的议题', summary: '……', relatedUnitIds: ['czj'] })).json();
    const czj = await on('2026-03-03', 'czj-head');
    const row = (await czj.get(`/api/meeting-topics/${topic.id}`)).json();
    expect((await czj.post(`/api/meeting-topics/${topic.id}/countersign`, { version: row.version, isAgreed: false })).statusCode).toBe(400);
    expect((await czj.post(`/api/meeting-topics/${topic.id}/countersign`, { version: row.version, isAgreed: false, grounds: '资金来源未落实' })).json().status).toBe('coordinating');
    const v = (await czj.get(`/api/meeting-topics/${topic.id}`)).json().version as number;
    expect((await (await on('2026-03-03', 'fuquzhang')).post(`/api/meeting-topics/${topic.id}/coordinate`, { version: v, note: '……' })).statusCode).toBe(403);
    const deputy = await on('2026-03-03', 'changwu');
    expect((await deputy.get(`/api/meeting-topics/${topic.id}`)).json().actions).toEqual(['coordinate']);
    // An office deputy director who assists other deputies (黄丽娟: 孙立华、周文博) is not the one to coordinate.
    expect((await (await on('2026-03-03', 'huanglj')).post(`/api/meeting-topics/${topic.id}/coordinate`, { version: v, note: '……' })).statusCode).toBe(403);
    const coordinated = await deputy.post(`/api/meeting-topics/${topic.id}/coordinate`, { version: v, note: '资金由财政统筹，分两年安排' });
    // A coordination note settles nothing by itself: the unit that disagreed signs again (art. 52).
    expect(coordinated.json().status).toBe('coordinating');
    const after = (await czj.get(`/api/meeting-topics/${topic.id}`)).json();
    expect(after.version).toBe(v + 1);
    expect(after.actions).toEqual(['countersign']);
    // The unit disagrees again; this time the deputy director assisting the executive deputy (刘晓明) coordinates.
    expect((await czj.post(`/api/meeting-topics/${topic.id}/countersign`, { version: after.version, isAgreed: false, grounds: '分年安排仍有缺口' })).json().status).toBe('coordinating');
    const assistant = await on('2026-03-03', 'liuxm');
    const again = (await assistant.get(`/api/meeting-topics/${topic.id}`)).json();
    expect(again.actions).toEqual(['coordinate']);
    expect((await assistant.post(`/api/meeting-topics/${topic.id}/coordinate`, { version: again.version, note: '缺口由预备费解决' })).json().status).toBe('coordinating');
    const czjAgain = await on('2026-03-03', 'czj-head');
    const last = (await czjAgain.get(`/api/meeting-topics/${topic.id}`)).json();
    expect((await czjAgain.post(`/api/meeting-topics/${topic.id}/countersign`, { version: last.version, isAgreed: true })).json().status).toBe('awaiting_review');
    const signed = (await czjAgain.get(`/api/meeting-topics/${topic.id}`)).json();
    expect(signed.countersignatures).toMatchObject([{ unitId: 'czj', isAgreed: true, signerPersonId: 'czj-principal' }]);
    expect(signed.coordinationNote).toContain('刘晓明协调');
  });

  it('第四十七条、第五十条 区长办公会议由区长、副区长、办公室主任组成，无固定列席；由区长召集', async () => {
    const id = await plan({ kind: 'head_office', title: '区长办公会议', meetingDate: '2026-03-10', place: '区长办公室', convenerPersonId: 'lin-zhiyuan', chairPersonId: 'lin-zhiyuan' });
    const seats = (await detail(await on('2026-03-02', 'bgs'), id)).attendance as { role: string }[];
    expect(seats).toHaveLength(9);
    expect(seats.every((s) => s.role === 'member')).toBe(true);
    const byDeputy = await (await on('2026-03-02', 'bgs')).post('/api/meetings', { kind: 'head_office', title: '碰头会', meetingDate: '2026-03-10', place: '—', convenerPersonId: 'sun-lihua', chairPersonId: 'sun-lihua' });
    expect(byDeputy.statusCode).toBe(422);
    expect(byDeputy.json().violations[0]).toMatchObject({ ruleId: 'meetings.convener-and-chair', article: 8 });
  });

  it('第五十一条 专题会议由区长、副区长召集，可委托办公室主任主持，有关单位负责人出席；办公室主任不能自行召集', async () => {
    const id = await plan({ kind: 'topical', title: '安全生产专题会议', meetingDate: '2026-03-11', place: '第三会议室', convenerPersonId: 'sun-lihua', chairPersonId: 'chen-siyuan', attendeeUnitIds: ['yjj', 'gxj'] });
    const d = await detail(await on('2026-03-02', 'bgs'), id);
    expect(d).toMatchObject({ delegatedBy: '孙立华', chair: '陈思源' });
    expect(d.attendance).toHaveLength(3);
    const selfConvened = await (await on('2026-03-02', 'bgs')).post('/api/meetings', { kind: 'topical', title: '协调会', meetingDate: '2026-03-11', place: '—', convenerPersonId: 'chen-siyuan', chairPersonId: 'chen-siyuan', attendeeUnitIds: ['yjj'] });
    expect(selfConvened.statusCode).toBe(422);
    expect(selfConvened.json().violations[0]).toMatchObject({ ruleId: 'meetings.convener-and-chair', article: 51 });
  });

  it('第四十八、四十九条 会议节奏：本月未安排常务会议、本年未安排全体会议时提示（不拒绝）', async () => {
    const r = (await (await on('2026-05-06', 'bgs')).get('/api/meetings?from=2026-01-01&to=2026-12-31')).json();
    expect(r.rhythm.warnings.map((w: { article: number }) => w.article)).toEqual(expect.arrayContaining([49, 48]));
  });

  it('第五十二至五十六条 工作台与 actions 同出一份声明：每人工作台上的会议事项，恰是其有办理动作的会议、议题与请假', async () => {
    // Cases in every waiting state: arrangement proposed and reviewed, topics to countersign and review, an absence
    // request, delegated minutes to approve.
    const proposed = await executive();
    const reviewed = await executive();
    const office = await on('2026-03-03', 'bgs');
    await office.post(`/api/meetings/${proposed}/agenda/propose`, { version: await version(office, proposed), topicIds: [] });
    await office.post(`/api/meetings/${reviewed}/agenda/propose`, { version: await version(office, reviewed), topicIds: [] });
    const director = await on('2026-03-03', 'bgszr');
    await director.post(`/api/meetings/${reviewed}/agenda/review`, { version: await version(director, reviewed) });
    const fgj = await on('2026-03-03', 'fgj');
    await fgj.post(`/api/meetings/${proposed}/topics`, { title: '待会签的议题', summary: '……', relatedUnitIds: ['czj'] });
    await fgj.post(`/api/meetings/${reviewed}/topics`, { title: '待审定的议题', summary: '……' });
    await (await on('2026-03-03', 'bgs')).post(`/api/meetings/${reviewed}/absence-requests`, { personId: 'wu-haiyan', reason: '外出' });
    const delegated = await plan({ kind: 'topical', title: '受委托的专题会议', meetingDate: '2026-03-03', place: '第二会议室', convenerPersonId: 'sun-lihua', chairPersonId: 'chen-siyuan', attendeeUnitIds: ['gxj'] });
    const drafting = await on('2026-03-03', 'bgs');
    await drafting.post(`/api/meetings/${delegated}/minutes`, { version: await version(drafting, delegated), text: '……' });
    const isWork = <A extends string>(def: { actions: Record<A, { isWork?: boolean }> }, actions: A[]) => actions.some((a) => def.actions[a].isWork !== false);

    for (const login of ['quzhang', 'changwu', 'fuquzhang', 'bgszr', 'bgs', 'fgj', 'czj-head', 'czj-clerk']) {
      const agent = await on('2026-03-03', login);
      const expected = new Set<string>();
      for (const m of (await agent.get('/api/meetings?from=2026-01-01&to=2026-12-31')).json().items as { id: string }[]) {
        const d = await detail(agent, m.id);
        if (isWork(meetingCase, d.actions)) expected.add(`/meetings/${m.id}`);
        for (const topic of d.topics as { id: string; actions: (keyof typeof topicCase.actions)[] }[]) if (isWork(topicCase, topic.actions)) expected.add(topic.id);
        for (const request of d.absenceRequests as { id: string; actions: (keyof typeof absenceCase.actions)[] }[]) if (isWork(absenceCase, request.actions)) expected.add(request.id);
      }
      const items = (await workbench(agent)).filter((i) => i.href.startsWith('/meetings/'));
      const shown = new Set(items.map((i) => (i.href.startsWith('/meetings/topics/') || i.kind === '会议请假' ? i.id : i.href)));
      expect([...shown].sort(), login).toEqual([...expected].sort());
    }
    expect((await workbench(await on('2026-03-03', 'quzhang'))).some((i) => i.href === `/meetings/${reviewed}` && i.kind === '确定会议安排')).toBe(true);
  });

  it('第四十八条、第五条 全体会议组成含区政府办公室主任（区政府办公室是区政府工作部门）', async () => {
    const id = await plan({ kind: 'plenary', title: '区政府第1次全体会议', meetingDate: '2026-03-20', place: '区政府大会议室', convenerPersonId: 'lin-zhiyuan', chairPersonId: 'lin-zhiyuan' });
    const seats = (await detail(await on('2026-03-02', 'bgs'), id)).attendance as { personId: string; role: string; post: string }[];
    expect(seats.find((s) => s.personId === 'chen-siyuan')).toMatchObject({ role: 'member', post: '区政府办公室主任' });
  });

  it.each([
    ['plenary', 48, '区政府全体会议由区长召集和主持'],
    ['head_office', 50, '区长办公会议由区长召集和主持'],
  ] as const)('第四十八条、第五十条 %s 由区长以外的人主持被拒绝：引所执行的条文，提示不带条号', async (kind, article, text) => {
    const r = await (await on('2026-03-02', 'bgs')).post('/api/meetings', { kind, title: '会议', meetingDate: '2026-03-20', place: '—', convenerPersonId: 'lin-zhiyuan', chairPersonId: 'zhao-mingyuan' });
    expect(r.statusCode).toBe(422);
    expect(r.json().violations[0]).toMatchObject({ ruleId: 'meetings.convener-and-chair', article, message: text });
  });

  it('第四十九条 常务副区长主持常务会议须经区长委托：委托前不能形成决定，常务副区长不能自行委托；区长本人委托后可以', async () => {
    const planned = await (await on('2026-03-02', 'bgs')).post('/api/meetings', { kind: 'executive', title: '区政府第7次常务会议', meetingDate: '2026-03-12', place: '区政府第一会议室', convenerPersonId: 'lin-zhiyuan', chairPersonId: 'zhao-mingyuan' });
    expect(planned.statusCode, planned.body).toBe(201);
    expect(planned.json().flags).toMatchObject([{ ruleId: 'meetings.convener-and-chair', article: 49 }]);
    const id = planned.json().id as string;
    expect((await detail(await on('2026-03-02', 'bgs'), id)).chairEntrustment).toMatchObject({ status: 'pending' });
    await arrange(id);
    const office = await seatPresent(id, 5);
    const decision = { content: '原则同意2026年重点项目计划', leadUnitId: 'fgj', coUnitIds: [], dueOn: '2026-04-30' };
    const refused = await office.post(`/api/meetings/${id}/decisions`, decision);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().violations[0]).toMatchObject({ ruleId: 'meetings.convener-and-chair', article: 49 });
    const deputy = await on('2026-03-12', 'changwu');
    expect((await deputy.post(`/api/meetings/${id}/chair/entrust`, { version: await version(deputy, id) })).statusCode).toBe(403);
    const head = await on('2026-03-12', 'quzhang');
    expect((await detail(head, id)).actions).toContain('entrust_chair');
    expect((await head.post(`/api/meetings/${id}/chair/entrust`, { version: await version(head, id), opinion: '我因公外出，委托赵明远同志主持' })).statusCode).toBe(200);
    expect((await detail(head, id)).chairEntrustment).toMatchObject({ status: 'entrusted', basis: 'entrustment', headName: '林志远' });
    expect((await (await on('2026-03-12', 'bgs')).post(`/api/meetings/${id}/decisions`, decision)).statusCode).toBe(201);
  });

  it('第四十九条 区长请假报告写明由常务副区长代为主持工作的，即为委托常务副区长主持当日常务会议', async () => {
    const now = '2026-03-02T01:00:00Z';
    await t.handle.db
      .insertInto('leaveReports')
      .values({ id: 'leave-head-0326', personId: 'lin-zhiyuan', unitId: 'gov', kind: 'business_trip', startDate: '2026-03-26', endDate: '2026-03-26', place: '济南', reason: '参加省政府会议', actingPersonId: 'zhao-mingyuan', actingPersonName: '赵明远', contactEncrypted: 'x', isEmergency: 0, emergencyReason: null, reportedOn: '2026-03-02', reportedByUserId: null, recipients: '[]', flags: '[]', status: 'reported', returnedOn: null, version: 1, createdAt: now, updatedAt: now })
      .execute();
    try {
      const planned = await (await on('2026-03-02', 'bgs')).post('/api/meetings', { kind: 'executive', title: '区政府第8次常务会议', meetingDate: '2026-03-26', place: '区政府第一会议室', convenerPersonId: 'lin-zhiyuan', chairPersonId: 'zhao-mingyuan' });
      expect(planned.statusCode, planned.body).toBe(201);
      expect(planned.json().flags).toEqual([]);
      expect((await detail(await on('2026-03-02', 'bgs'), planned.json().id)).chairEntrustment).toMatchObject({ status: 'entrusted', basis: 'leave_report', leaveReportId: 'leave-head-0326' });
    } finally {
      await t.handle.db.deleteFrom('meetingAttendance').where('leaveReportId', '=', 'leave-head-0326').execute();
      await t.handle.db.deleteFrom('leaveReports').where('id', '=', 'leave-head-0326').execute();
    }
  });

  it('第五十一条、第五十八条 副区长召开的专题会议请镇（街道）主要负责人：安排时提示，区长批准前不列为出席人员、登记出席被拒绝；区长本人批准后列入', async () => {
    const office = await on('2026-03-02', 'bgs');
    const planned = await office.post('/api/meetings', { kind: 'topical', title: '工业园区专题会议', meetingDate: '2026-03-10', place: '第二会议室', convenerPersonId: 'sun-lihua', chairPersonId: 'sun-lihua', attendeeUnitIds: ['gxj', 'qidu'] });
    expect(planned.statusCode, planned.body).toBe(201);
    expect(planned.json().flags).toMatchObject([{ ruleId: 'meetings.deputy-meeting-town-principals', article: 58 }]);
    const id = planned.json().id as string;
    let d = await detail(office, id);
    expect(d.townPrincipalsApproval).toMatchObject({ status: 'pending', unitIds: ['qidu'] });
    expect(d.attendance.map((a: { personId: string }) => a.personId)).not.toContain('qidu-principal');
    const seated = await office.post(`/api/meetings/${id}/attendance`, { personId: 'qidu-principal', status: 'present' });
    expect(seated.statusCode).toBe(422);
    expect(seated.json().violations[0]).toMatchObject({ ruleId: 'meetings.deputy-meeting-town-principals', article: 58 });
    // The convening deputy does not approve his own invitation; the 区长 does, in his own session.
    const deputy = await on('2026-03-02', 'fuquzhang');
    expect((await deputy.post(`/api/meetings/${id}/town-principals/decide`, { version: d.version, isApproved: true })).statusCode).toBe(403);
    const head = await on('2026-03-02', 'quzhang');
    expect((await detail(head, id)).actions).toEqual(['approve_town_principals', 'refuse_town_principals']);
    expect((await workbench(head)).some((i) => i.id === id)).toBe(true);
    expect((await head.post(`/api/meetings/${id}/town-principals/decide`, { version: d.version, isApproved: true, opinion: '同意齐都镇主要负责人参加' })).statusCode).toBe(200);
    d = await detail(await on('2026-03-02', 'bgs'), id);
    expect(d.townPrincipalsApproval).toMatchObject({ status: 'approved', approverName: '林志远' });
    expect(d.attendance.map((a: { personId: string }) => a.personId)).toContain('qidu-principal');
    expect((await (await on('2026-03-02', 'bgs')).post(`/api/meetings/${id}/attendance`, { personId: 'qidu-principal', status: 'present' })).statusCode).toBe(200);
    // The 区长's own topical meeting invites town principals without anyone's approval.
    const own = await (await on('2026-03-02', 'bgs')).post('/api/meetings', { kind: 'topical', title: '镇街工作专题会议', meetingDate: '2026-03-11', place: '第二会议室', convenerPersonId: 'lin-zhiyuan', chairPersonId: 'lin-zhiyuan', attendeeUnitIds: ['qidu'] });
    expect(own.json().flags).toEqual([]);
    expect((await detail(await on('2026-03-02', 'bgs'), own.json().id)).attendance.map((a: { personId: string }) => a.personId)).toContain('qidu-principal');
  });

  it.each([
    ['周日开会，当周周一提报（5个工作日）：接受', '2026-03-15', '2026-03-09', 201],
    ['周日开会，当周周二提报（4个工作日）：拒绝', '2026-03-15', '2026-03-10', 422],
    ['周六开会，当周周一提报（5个工作日）：接受', '2026-03-14', '2026-03-09', 201],
    ['劳动节后周日开会（5月9日周六调休上班），4月30日提报（5个工作日）：接受', '2026-05-10', '2026-04-30', 201],
  ] as const)('第五十三条 会前5个工作日按工作日历计：%s', async (_, meetingDate, submittedOn, statusCode) => {
    const id = await plan({ kind: 'executive', title: '区政府常务会议', meetingDate, place: '区政府第一会议室', convenerPersonId: 'lin-zhiyuan', chairPersonId: 'lin-zhiyuan' });
    const r = await (await on(submittedOn, 'fgj')).post(`/api/meetings/${id}/topics`, { title: '关于优化营商环境的议题', summary: '……' });
    expect(r.statusCode, r.body).toBe(statusCode);
    if (statusCode === 422) expect(r.json().violations[0]).toMatchObject({ ruleId: 'meetings.topic-lead-time', article: 53 });
  });

  it('第八条、第二十七条 “审议通过2027年度区级财政预算草案”不能在无议题的专题会议上记为议定事项', async () => {
    const id = await topical();
    const office = await on('2026-03-10', 'bgs');
    const r = await office.post(`/api/meetings/${id}/decisions`, { content: '审议通过2027年度区级财政预算草案', leadUnitId: 'czj', coUnitIds: [], dueOn: '2026-04-30' });
    expect(r.statusCode).toBe(422);
    expect(r.json().violations[0]).toMatchObject({ ruleId: 'meetings.major-only-plenary-or-executive', article: 8 });
    expect(r.json().violations[0].message).toContain('第二十七条所列“财政预决算”');
    expect((await office.post(`/api/meetings/${id}/decisions`, { content: '区工信局牵头梳理企业诉求', leadUnitId: 'gxj', coUnitIds: [], dueOn: '2026-04-30' })).statusCode).toBe(201);
  });

  it('第八条、第二十七条 重大事项按第二十七条所列事项认定（未勾选也认定），办公室可更正并留痕', async () => {
    const topicalId = await topical();
    const unticked = await (await on('2026-03-03', 'fgj')).post(`/api/meetings/${topicalId}/topics`, { title: '关于2027年度区级财政预算草案的议题', summary: '……' });
    expect(unticked.statusCode).toBe(422);
    expect(unticked.json().violations[0]).toMatchObject({ ruleId: 'meetings.major-only-plenary-or-executive', article: 8 });
    const id = await executive();
    const submitted = await (await on('2026-03-03', 'fgj')).post(`/api/meetings/${id}/topics`, { title: '关于2027年度区级财政预算草案的议题', summary: '……' });
    expect(submitted.statusCode, submitted.body).toBe(201);
    expect(submitted.json().flags).toMatchObject([{ ruleId: 'meetings.major-only-plenary-or-executive', article: 27 }]);
    const office = await on('2026-03-03', 'bgs');
    const row = (await office.get(`/api/meeting-topics/${submitted.json().id}`)).json();
    expect(row).toMatchObject({ isMajor: true, majorCategory: '财政预决算', majorClassification: null });
    expect(row.actions).toContain('classify');
    expect((await office.post(`/api/meeting-topics/${row.id}/classify`, { version: row.version, isMajor: true, majorCategory: '不在所列之中', reason: '……' })).statusCode).toBe(400);
    const corrected = await office.post(`/api/meeting-topics/${row.id}/classify`, { version: row.version, isMajor: false, reason: '仅为预算编制工作安排，不是预算草案本身' });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect((await office.get(`/api/meeting-topics/${row.id}`)).json()).toMatchObject({ isMajor: false, majorClassification: { isMajor: false, by: '王芳', reason: '仅为预算编制工作安排，不是预算草案本身' } });
    const audit = await t.handle.db.selectFrom('auditEvents').select(['act', 'actorName', 'article']).where('objectId', '=', row.id).where('act', '=', 'meetings.topic.classify').execute();
    expect(audit).toEqual([{ act: 'meetings.topic.classify', actorName: '王芳', article: 8 }]);
  });

  describe('对象范围：其他单位的会议、议题、事项一律 404，列表中也没有', () => {
    it('第五十二条 财政局打开工信局、发改局的专题会议及其议题、纪要、任务：404；列表中没有', async () => {
      const id = await topical(['gxj', 'fgj']);
      const topic = (await (await on('2026-03-02', 'fgj')).post(`/api/meetings/${id}/topics`, { title: '关于工业技改项目的议题', summary: '涉及企业名单' })).json();
      expect(topic.id).toBeTruthy();
      const office = await on('2026-03-10', 'bgs');
      await office.post(`/api/meetings/${id}/decisions`, { topicId: topic.id, content: '区发改局牵头推进技改项目', leadUnitId: 'fgj', coUnitIds: ['gxj'], dueOn: '2026-04-30' });
      await office.post(`/api/meetings/${id}/minutes`, { version: await version(office, id), text: '会议研究了技改项目。' });
      const sun = await on('2026-03-10', 'fuquzhang');
      const signed = (await sun.post(`/api/meetings/${id}/minutes/sign`, { version: await version(sun, id) })).json();
      const taskId = signed.taskIds[0] as string;
      for (const login of ['czj-clerk', 'czj-head']) {
        const other = await on('2026-03-10', login);
        const probes = [
          await other.get(`/api/meetings/${id}`),
          await other.get(`/api/meetings/${id}/minutes.docx`),
          await other.get(`/api/meeting-topics/${topic.id}`),
          await other.get(`/api/supervision/tasks/${taskId}`),
          await other.post(`/api/meetings/${id}/topics`, { title: '试探', summary: '……' }),
          await other.post(`/api/supervision/tasks/${taskId}/reports`, { version: 1, kind: 'final', text: '……' }),
        ];
        if (login === 'czj-head') probes.push(await other.post(`/api/meeting-topics/${topic.id}/countersign`, { version: topic.version ?? 1, isAgreed: true }));
        expect(probes.map((p) => p.statusCode), login).toEqual(probes.map(() => 404));
        expect(probes.some((p) => p.body.includes('技改'))).toBe(false);
        const list = (await other.get('/api/meetings?from=2026-01-01&to=2026-12-31')).json().items as { id: string }[];
        expect(list.some((m) => m.id === id)).toBe(false);
        const tasks = (await other.get('/api/supervision/tasks')).json().items as { id: string }[];
        expect(tasks.some((x) => x.id === taskId)).toBe(false);
        expect((await workbench(other)).some((i) => i.href.includes(id) || i.id === topic.id || i.id === taskId)).toBe(false);
      }
      // The units concerned see it; the office and leaders see everything.
      for (const login of ['fgj', 'bgs', 'changwu']) expect((await (await on('2026-03-10', login)).get(`/api/meetings/${id}`)).statusCode, login).toBe(200);
    });

    it('第五十三条 常务会议各单位可见，但只见本单位提交或相关的议题与议定事项；草拟中的纪要不给单位', async () => {
      const id = await executive();
      const fgjTopic = (await (await on('2026-03-02', 'fgj')).post(`/api/meetings/${id}/topics`, { title: '发改局保密议题', summary: '发改局内部说明' })).json();
      const czjTopic = (await (await on('2026-03-02', 'czj-clerk')).post(`/api/meetings/${id}/topics`, { title: '财政局议题', summary: '财政局说明' })).json();
      const czj = await on('2026-03-02', 'czj-clerk');
      const seen = await czj.get(`/api/meetings/${id}`);
      expect(seen.statusCode).toBe(200);
      expect((seen.json().topics as { id: string }[]).map((x) => x.id)).toEqual([czjTopic.id]);
      expect(seen.body).not.toContain('发改局保密议题');
      expect(seen.body).not.toContain('发改局内部说明');
      expect((await czj.get(`/api/meeting-topics/${fgjTopic.id}`)).statusCode).toBe(404);
      expect((await detail(await on('2026-03-02', 'bgs'), id)).topics).toHaveLength(2);
    });
  });

  describe('并发：同一办理二十个请求同时到达', () => {
    it('第五十六条 二十个相同的纪要签发请求：一个成功，十九个 409，只有一条审计记录', async () => {
      const id = await topical(['gxj']);
      const office = await on('2026-03-10', 'bgs');
      await office.post(`/api/meetings/${id}/decisions`, { content: '区工信局牵头梳理企业诉求', leadUnitId: 'gxj', coUnitIds: [], dueOn: '2026-04-30' });
      await office.post(`/api/meetings/${id}/minutes`, { version: await version(office, id), text: '会议研究了企业诉求。' });
      const sun = await on('2026-03-10', 'fuquzhang');
      const v = await version(sun, id);
      const results = await Promise.all(Array.from({ length: 20 }, () => sun.post(`/api/meetings/${id}/minutes/sign`, { version: v })));
      const codes = results.map((r) => r.statusCode).sort();
      expect(codes).toEqual([200, ...Array.from({ length: 19 }, () => 409)]);
      const audit = await t.handle.db.selectFrom('auditEvents').select('id').where('act', '=', 'meetings.minutes.sign').where('objectId', '=', id).execute();
      expect(audit).toHaveLength(1);
      const tasks = await t.handle.db.selectFrom('tasks').select('id').where('title', '=', '区工信局牵头梳理企业诉求').execute();
      expect(tasks).toHaveLength(1);
    });

    it('第五十四条 二十个相同的区长确定会议安排请求：一个成功，十九个 409，只有一条审计记录', async () => {
      const id = await executive();
      const office = await on('2026-03-04', 'bgs');
      await office.post(`/api/meetings/${id}/agenda/propose`, { version: await version(office, id), topicIds: [] });
      const director = await on('2026-03-04', 'bgszr');
      await director.post(`/api/meetings/${id}/agenda/review`, { version: await version(director, id) });
      const head = await on('2026-03-04', 'quzhang');
      const v = await version(head, id);
      const results = await Promise.all(Array.from({ length: 20 }, () => head.post(`/api/meetings/${id}/agenda/decide`, { version: v })));
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, ...Array.from({ length: 19 }, () => 409)]);
      const audit = await t.handle.db.selectFrom('auditEvents').select('id').where('act', '=', 'meetings.agenda.decide').where('objectId', '=', id).execute();
      expect(audit).toHaveLength(1);
    });

    it('第五十六条 二十个会议同时起草纪要：纪要号唯一且连续', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) ids.push(await plan({ kind: 'plenary', title: `区政府第${i + 1}次全体会议`, meetingDate: '2026-03-20', place: '大礼堂', convenerPersonId: 'lin-zhiyuan', chairPersonId: 'lin-zhiyuan' }));
      const office = await on('2026-03-20', 'bgs');
      const versions = await Promise.all(ids.map((id) => version(office, id)));
      const results = await Promise.all(ids.map((id, i) => office.post(`/api/meetings/${id}/minutes`, { version: versions[i], text: '会议听取了政府工作报告。' })));
      expect(results.map((r) => r.statusCode)).toEqual(ids.map(() => 200));
      const numbers = results.map((r) => Number(/全体会议纪要〔2026〕(\d+)号/.exec(r.json().minutesNumber as string)?.[1])).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => (numbers[0] as number) + i));
    });
  });
});
