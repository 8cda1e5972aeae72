import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, signInAgain, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { createUserWithRoles } from '../harness/users.js';

const BASE = '2026-03-02T01:00:00Z';
const at = (day: string) => `${day}T02:00:00Z`;

describe.each(dialects)('会议制度（第八、四十七至五十七条）（%s）', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    // A ninth member of the executive meeting: one more 副区长 appointed, so that quorum reads "4 of 9" / "5 of 9".
    await t.handle.db.insertInto('posts').values({ id: 'p-qian', unitId: 'gov', kind: 'deputy', title: '副区长', sortOrder: 7, createdAt: BASE }).execute();
    await t.handle.db.insertInto('people').values({ id: 'qian-zhengyu', name: '钱正宇', mobileEncrypted: null, version: 1, createdAt: BASE, updatedAt: BASE }).execute();
    await t.handle.db.insertInto('appointments').values({ id: 'a-qian', personId: 'qian-zhengyu', postId: 'p-qian', validFrom: '2026-01-01', validTo: null, createdAt: BASE }).execute();
    await createUserWithRoles(t, { loginName: 'czj-head', displayName: '财政局局长', unitId: 'czj', roles: ['unit_head'], personId: 'czj-principal' });
    for (const login of ['bgs', 'quzhang', 'changwu', 'fgj', 'czj-head', 'bgszr', 'fuquzhang']) await logInAs(t.app, login);
  }, 120_000);
  afterAll(async () => t.close());
  afterEach(() => t.clock.set(BASE));

  /** Signs in as a user on a given day (sessions idle out when the clock jumps). */
  const on = async (day: string, login: string): Promise<Agent> => {
    t.clock.set(at(day));
    return signInAgain(t.app, login);
  };
  const plan = async (body: Record<string, unknown>) => {
    const r = await (await on('2026-03-02', 'bgs')).post('/api/meetings', body);
    expect(r.statusCode, r.body).toBe(201);
    return r.json().id as string;
  };
  const executive = () => plan({ kind: 'executive', title: '区政府第5次常务会议', meetingDate: '2026-03-12', place: '区政府第一会议室', convenerPersonId: 'lin-zhiyuan', chairPersonId: 'lin-zhiyuan' });
  const version = async (agent: Agent, id: string) => (await agent.get(`/api/meetings/${id}`)).json().version as number;

  it('第四十九条 常务会议组成按会议日期的组织机构：区长、副区长、办公室主任，固定列席人员', async () => {
    const id = await executive();
    const detail = (await (await on('2026-03-02', 'bgs')).get(`/api/meetings/${id}`)).json();
    expect(detail.attendance.filter((a: { role: string }) => a.role === 'member')).toHaveLength(9);
    const observers = detail.attendance.filter((a: { role: string }) => a.role === 'observer').map((a: { name: string }) => a.name);
    expect(observers).toEqual(expect.arrayContaining(['刘晓明', '黄丽娟', '张伟东', '方正律']));
    expect(observers).toHaveLength(6);
  });

  it('第五十三条 议题会前6个工作日提报被接受，4个工作日被拒绝，经区长同意可例外上会', async () => {
    const id = await executive();
    const early = await (await on('2026-03-04', 'fgj')).post(`/api/meetings/${id}/topics`, { title: '关于2026年重点项目计划的议题', summary: '……' });
    expect(early.statusCode, early.body).toBe(201);
    expect(early.json().status).toBe('ready');
    const lateAgent = await on('2026-03-06', 'fgj');
    const late = await lateAgent.post(`/api/meetings/${id}/topics`, { title: '关于临时增补项目的议题', summary: '……' });
    expect(late.statusCode).toBe(422);
    expect(late.json().violations[0]).toMatchObject({ ruleId: 'meetings.topic-lead-time', article: 53 });
    const asked = await lateAgent.post(`/api/meetings/${id}/topics`, { title: '关于临时增补项目的议题', summary: '……', requestException: { reason: '上级督办，须本月研究' } });
    expect(asked.json().status).toBe('awaiting_exception');
    const head = await on('2026-03-06', 'quzhang');
    const topic = (await head.get(`/api/meetings/${id}`)).json().topics.find((x: { id: string }) => x.id === asked.json().id);
    expect((await (await on('2026-03-06', 'changwu')).post(`/api/meeting-topics/${topic.id}/exception`, { version: topic.version, opinion: '同意' })).statusCode).toBe(422);
    const approved = await head.post(`/api/meeting-topics/${topic.id}/exception`, { version: topic.version, opinion: '同意上会' });
    expect(approved.json().status).toBe('ready');
    const audit = await t.handle.db.selectFrom('auditEvents').select(['act', 'article']).where('act', '=', 'meetings.topic.exception').execute();
    expect(audit).toEqual([{ act: 'meetings.topic.exception', article: 53 }]);
  });

  it('第四十九条 常务会议9人中4人出席不能形成决定，5人出席可以', async () => {
    const id = await executive();
    const office = await on('2026-03-12', 'bgs');
    const members = ((await office.get(`/api/meetings/${id}`)).json().attendance as { personId: string; role: string }[]).filter((a) => a.role === 'member').map((a) => a.personId);
    for (const personId of members.slice(0, 4)) await office.post(`/api/meetings/${id}/attendance`, { personId, status: 'present' });
    const decision = { content: '原则同意2026年重点项目计划', leadUnitId: 'fgj', coUnitIds: ['czj'], dueOn: '2026-04-30' };
    const refused = await office.post(`/api/meetings/${id}/decisions`, decision);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().violations[0]).toMatchObject({ ruleId: 'meetings.executive-quorum', article: 49 });
    expect(refused.json().violations[0].message).toContain('应到9人，实到4人');
    const fifth = await office.post(`/api/meetings/${id}/attendance`, { personId: members[4], status: 'present' });
    expect(fifth.json()).toMatchObject({ members: 9, present: 5, required: 5, hasQuorum: true });
    expect((await office.post(`/api/meetings/${id}/decisions`, decision)).statusCode).toBe(201);
  });

  it('第五十五条 区政府领导不出席须向区长请假；会议安排后报告外出的领导显示为请假并附报告', async () => {
    const id = await executive();
    const trip = await (await on('2026-03-02', 'fuquzhang')).post('/api/leave/reports', { kind: 'study', startDate: '2026-03-12', endDate: '2026-03-12', place: '济南', reason: '培训', actingPersonName: '赵明远', contact: '13900000002', isEmergency: false, attachmentIds: [] });
    expect(trip.statusCode).toBe(201);
    const seat = ((await (await on('2026-03-02', 'bgs')).get(`/api/meetings/${id}`)).json().attendance as { personId: string; status: string; leaveReportId: string }[]).find((a) => a.personId === 'sun-lihua');
    expect(seat).toMatchObject({ status: 'absent', leaveReportId: trip.json().id });
    const office = await on('2026-03-12', 'bgs');
    const refused = await office.post(`/api/meetings/${id}/attendance`, { personId: 'sun-lihua', status: 'absent', reason: '出差' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().violations[0].article).toBe(55);
    expect((await office.post(`/api/meetings/${id}/attendance`, { personId: 'sun-lihua', status: 'absent', reason: '出差', approvedByHead: true })).statusCode).toBe(200);
  });

  it('第五十六条 常务会议纪要只能由区长签发；第五十七条 议定事项转为督办任务', async () => {
    const id = await executive();
    let office = await on('2026-03-12', 'bgs');
    const members = ((await office.get(`/api/meetings/${id}`)).json().attendance as { personId: string; role: string }[]).filter((a) => a.role === 'member').map((a) => a.personId);
    for (const personId of members.slice(0, 6)) await office.post(`/api/meetings/${id}/attendance`, { personId, status: 'present' });
    await office.post(`/api/meetings/${id}/decisions`, { content: '区发改局牵头编制重点项目清单', leadUnitId: 'fgj', coUnitIds: ['czj'], dueOn: '2026-04-30' });
    await office.post(`/api/meetings/${id}/decisions`, { content: '区财政局落实前期经费', leadUnitId: 'czj', coUnitIds: [], dueOn: '2026-04-15' });
    const drafted = await office.post(`/api/meetings/${id}/minutes`, { version: await version(office, id), text: '会议听取了区发展和改革局关于2026年重点项目计划的汇报。' });
    expect(drafted.json().minutesNumber).toMatch(/^区政府常务会议纪要〔2026〕\d+号$/);
    const zhao = await on('2026-03-13', 'changwu');
    expect((await zhao.get(`/api/meetings/${id}`)).json().actions).not.toContain('sign_minutes');
    const wrong = await zhao.post(`/api/meetings/${id}/minutes/sign`, { version: await version(zhao, id) });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().violations[0]).toMatchObject({ ruleId: 'meetings.minutes-signer', article: 56 });
    const head = await on('2026-03-13', 'quzhang');
    const signed = await head.post(`/api/meetings/${id}/minutes/sign`, { version: await version(head, id) });
    expect(signed.statusCode).toBe(200);
    expect(signed.json().taskIds).toHaveLength(2);
    const fgj = await on('2026-03-13', 'fgj');
    const tasks = (await fgj.get('/api/tasks')).json().items as { title: string; leadUnitId: string; dueOn: string; article: number }[];
    expect(tasks).toEqual(expect.arrayContaining([expect.objectContaining({ title: '区发改局牵头编制重点项目清单', leadUnitId: 'fgj', dueOn: '2026-04-30', article: 57 })]));
    const task = (await fgj.get(`/api/tasks/${signed.json().taskIds[0]}`)).json();
    expect(task.source).toMatchObject({ meetingId: id, kindLabel: '区政府常务会议' });
    const inbox = (await fgj.get('/api/workbench')).json().items as { kind: string; title: string }[];
    expect(inbox.some((i) => i.kind === '会议议定事项' && i.title === '区发改局牵头编制重点项目清单')).toBe(true);
    office = await on('2026-03-13', 'bgs');
    const docx = await office.get(`/api/meetings/${id}/minutes.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('第五十六条 受委托召开的专题会议，纪要须经委托领导审定后才能签发', async () => {
    const id = await plan({ kind: 'topical', title: '重点项目推进专题会议', meetingDate: '2026-03-05', place: '第二会议室', convenerPersonId: 'sun-lihua', chairPersonId: 'chen-siyuan', attendeeUnitIds: ['gxj', 'fgj'] });
    const office = await on('2026-03-05', 'bgs');
    await office.post(`/api/meetings/${id}/minutes`, { version: await version(office, id), text: '会议研究了重点项目推进中的问题。' });
    const director = await on('2026-03-05', 'bgszr');
    const early = await director.post(`/api/meetings/${id}/minutes/sign`, { version: await version(director, id) });
    expect(early.statusCode).toBe(422);
    expect(early.json().violations[0]).toMatchObject({ ruleId: 'meetings.delegated-minutes-approval', article: 56 });
    const sun = await on('2026-03-05', 'fuquzhang');
    expect((await sun.post(`/api/meetings/${id}/minutes/approve`, { version: await version(sun, id) })).statusCode).toBe(200);
    const directorAgain = await on('2026-03-05', 'bgszr');
    expect((await directorAgain.post(`/api/meetings/${id}/minutes/sign`, { version: await version(directorAgain, id) })).statusCode).toBe(200);
  });

  it('第八条、第二十七条 财政预决算等重大问题不能提交专题会议决定', async () => {
    const id = await plan({ kind: 'topical', title: '财政专题会议', meetingDate: '2026-03-20', place: '第二会议室', convenerPersonId: 'zhao-mingyuan', chairPersonId: 'zhao-mingyuan', attendeeUnitIds: ['czj'] });
    const r = await (await on('2026-03-03', 'fgj')).post(`/api/meetings/${id}/topics`, { title: '2026年区级预算调整方案', summary: '……', isMajor: true, majorCategory: '财政预决算' });
    expect(r.statusCode).toBe(422);
    expect(r.json().violations[0]).toMatchObject({ ruleId: 'meetings.major-only-plenary-or-executive', article: 8 });
  });

  it('第五十二条 涉及相关单位的议题须其主要负责人会签；第五十四条 常务会议安排：办公室提出、主任审定、区长确定', async () => {
    const id = await executive();
    const topic = (await (await on('2026-03-03', 'fgj')).post(`/api/meetings/${id}/topics`, { title: '关于设立产业基金的议题', summary: '……', relatedUnitIds: ['czj'] })).json();
    expect(topic.status).toBe('coordinating');
    const czj = await on('2026-03-03', 'czj-head');
    const row = (await czj.get(`/api/meetings/${id}`)).json().topics.find((x: { id: string }) => x.id === topic.id);
    expect((await czj.post(`/api/meeting-topics/${topic.id}/countersign`, { version: row.version, isAgreed: true })).json().status).toBe('ready');
    const office = await on('2026-03-04', 'bgs');
    expect((await office.post(`/api/meetings/${id}/agenda/propose`, { version: await version(office, id), topicIds: [topic.id] })).statusCode).toBe(200);
    const head = await on('2026-03-04', 'quzhang');
    expect((await head.post(`/api/meetings/${id}/agenda/decide`, { version: await version(head, id) })).statusCode).toBe(400);
    const director = await on('2026-03-04', 'bgszr');
    expect((await director.post(`/api/meetings/${id}/agenda/review`, { version: await version(director, id) })).statusCode).toBe(200);
    const headAgain = await on('2026-03-04', 'quzhang');
    expect((await headAgain.post(`/api/meetings/${id}/agenda/decide`, { version: await version(headAgain, id) })).statusCode).toBe(200);
    const detail = (await headAgain.get(`/api/meetings/${id}`)).json();
    expect(detail.agendaDecidedByPersonId).toBe('lin-zhiyuan');
    expect(detail.topics.find((x: { id: string }) => x.id === topic.id).status).toBe('scheduled');
  });

  it('第四十七条、第五十条 区长办公会议由区长、副区长、办公室主任组成，无固定列席；由区长召集', async () => {
    const id = await plan({ kind: 'head_office', title: '区长办公会议', meetingDate: '2026-03-10', place: '区长办公室', convenerPersonId: 'lin-zhiyuan', chairPersonId: 'lin-zhiyuan' });
    const seats = (await (await on('2026-03-02', 'bgs')).get(`/api/meetings/${id}`)).json().attendance as { role: string }[];
    expect(seats).toHaveLength(9);
    expect(seats.every((s) => s.role === 'member')).toBe(true);
    const byDeputy = await (await on('2026-03-02', 'bgs')).post('/api/meetings', { kind: 'head_office', title: '碰头会', meetingDate: '2026-03-10', place: '—', convenerPersonId: 'sun-lihua', chairPersonId: 'sun-lihua' });
    expect(byDeputy.statusCode).toBe(422);
    expect(byDeputy.json().violations[0].article).toBe(8);
  });

  it('第五十一条 专题会议由区长、副区长召集，可委托办公室主任主持，有关单位负责人出席；办公室主任不能自行召集', async () => {
    const id = await plan({ kind: 'topical', title: '安全生产专题会议', meetingDate: '2026-03-11', place: '第三会议室', convenerPersonId: 'sun-lihua', chairPersonId: 'chen-siyuan', attendeeUnitIds: ['yjj', 'gxj'] });
    const detail = (await (await on('2026-03-02', 'bgs')).get(`/api/meetings/${id}`)).json();
    expect(detail).toMatchObject({ delegatedBy: '孙立华', chair: '陈思源' });
    expect(detail.attendance).toHaveLength(3);
    const selfConvened = await (await on('2026-03-02', 'bgs')).post('/api/meetings', { kind: 'topical', title: '协调会', meetingDate: '2026-03-11', place: '—', convenerPersonId: 'chen-siyuan', chairPersonId: 'chen-siyuan', attendeeUnitIds: ['yjj'] });
    expect(selfConvened.statusCode).toBe(422);
    expect(selfConvened.json().violations[0].article).toBe(51);
  });

  it('第四十八、四十九条 会议节奏：本月未安排常务会议、本年未安排全体会议时提示（不拒绝）', async () => {
    const r = (await (await on('2026-05-06', 'bgs')).get('/api/meetings?from=2026-01-01&to=2026-12-31')).json();
    expect(r.rhythm.warnings.map((w: { article: number }) => w.article)).toEqual(expect.arrayContaining([49, 48]));
  });
});
