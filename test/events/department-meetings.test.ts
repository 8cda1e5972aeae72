import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { startWithLastingSessions } from '../leave/agents.js';
import { createUserWithRoles } from '../harness/users.js';
import { parameter } from '../../src/rules/index.js';

/** A request as the form sends it: 发改局's own meeting, by video, chaired by its head, inviting nobody outside. */
const meeting = (overrides: Record<string, unknown> = {}) => ({
  title: '全区发展改革系统工作会议',
  meetingDate: '2026-04-10',
  format: 'video',
  chairedBy: 'department_head',
  inviteePostIds: [],
  detail: '',
  ...overrides,
});

describe.each(dialects)('部门本系统全区性会议（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;
  let fgj: Agent;
  let fgjHead: Agent;
  let office: Agent;

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, '2026-03-02T01:00:00Z');
    fgj = await t.as('fgj');
    fgjHead = await t.as('fgj-head');
    office = await t.as('bgs');
  });
  afterAll(async () => t.close());

  it('第五十八条 可邀请对象取自组织机构：区长、副区长，镇街主要负责人与分管负责人', async () => {
    const { items } = (await fgj.get('/api/events/department-meetings/invitees?date=2026-04-10')).json() as { items: { postId: string; kind: string; holderName: string | null; unitName: string }[] };
    expect(items.find((i) => i.postId === 'p-lin-zhiyuan')).toMatchObject({ kind: 'head', holderName: '林志远' });
    expect(items.find((i) => i.postId === 'p-sun-lihua')?.kind).toBe('deputy');
    expect(items.find((i) => i.postId === 'p-qidu-principal')).toMatchObject({ kind: 'town_principal', unitName: '齐都镇人民政府' });
    expect(items.find((i) => i.postId === 'p-xindian-deputy')?.kind).toBe('town_deputy');
    expect(items.some((i) => i.postId === 'p-fgj-principal')).toBe(false);
  });

  it('第五十八条 同一部门一年内第二次本系统全区性会议原则上不开：送区长本人批准，批准后办公室审批，区长不批准即不开；次年的照常报批', async () => {
    const first = await fgj.post('/api/events/department-meetings', meeting({ format: 'in_person', inviteePostIds: ['p-zhao-mingyuan', 'p-qidu-deputy'] }));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: 'awaiting_approval', unitName: '区发展和改革局', formatLabel: '集中开会', actions: ['withdraw'] });
    expect(first.json().flags.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual(['events.meeting-deputy-by-approval', 'events.meeting-video-first']);
    expect(first.json().chairName).toContain('局长');

    // "原则上": the second is not refused — it waits for the 区长's own decision, which is his act, recorded.
    const second = await fgjHead.post('/api/events/department-meetings', meeting({ title: '全区发展改革系统半年推进会', meetingDate: '2026-09-10' }));
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ status: 'awaiting_head_approval', actions: ['withdraw'] });
    const limitFlag = (second.json().flags as { ruleId: string; message: string }[]).find((f) => f.ruleId === 'events.meeting-yearly-limit');
    expect(limitFlag?.message).toContain(`原则上每年不超过${parameter('events.departmentSystemMeetingsPerYear', '2026-03-02').max}次`);
    expect((await office.get(`/api/events/department-meetings/${second.json().id}`)).json().actions).toEqual([]);
    expect((await office.post(`/api/events/department-meetings/${second.json().id}/decision`, { version: 1, decision: 'approved', opinion: '同意' })).statusCode).toBe(409);
    const head = await t.as('quzhang');
    expect((await head.get(`/api/events/department-meetings/${second.json().id}`)).json().actions).toEqual(['approve_town_principals', 'refuse_town_principals']);
    const allowed = await head.post(`/api/events/department-meetings/${second.json().id}/head-decision`, { version: 1, decision: 'approved', opinion: '同意召开，压缩规模' });
    expect(allowed.json()).toMatchObject({ status: 'awaiting_approval', headApproval: { approverName: '区长林志远', opinion: '同意召开，压缩规模', grounds: ['超过年度次数召开本系统全区性会议'] } });
    const headActs = await t.handle.db.selectFrom('auditEvents').select(['act', 'actorName', 'article']).where('objectId', '=', second.json().id).where('result', '=', 'success').orderBy('seq').execute();
    expect(headActs).toEqual([
      { act: 'department_meeting.request', actorName: expect.any(String), article: 58 },
      { act: 'department_meeting.head_approval', actorName: '林志远', article: 58 },
    ]);
    // A third the 区长 refuses is not held.
    const third = await fgj.post('/api/events/department-meetings', meeting({ title: '全区发展改革系统年终总结会', meetingDate: '2026-12-10' }));
    expect(third.json().status).toBe('awaiting_head_approval');
    expect((await head.post(`/api/events/department-meetings/${third.json().id}/head-decision`, { version: 1, decision: 'refused', opinion: '可合并召开' })).json().status).toBe('not_approved');

    const nextYear = await fgj.post('/api/events/department-meetings', meeting({ meetingDate: '2027-03-10' }));
    expect(nextYear.statusCode).toBe(201);

    // The office sees the flags and approves in its own session: its name comes from the session, not the form.
    const seen = (await office.get(`/api/events/department-meetings/${first.json().id}`)).json();
    expect(seen.actions).toEqual(['approve', 'refuse']);
    expect((await fgj.post(`/api/events/department-meetings/${seen.id}/decision`, { version: seen.version, decision: 'approved', opinion: '同意' })).statusCode).toBe(403);
    const approved = await office.post(`/api/events/department-meetings/${seen.id}/decision`, { version: seen.version, decision: 'approved', opinion: '同意，请压缩规模' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', approval: { approverName: '王芳', decidedOn: '2026-03-02', mode: 'in_session', opinion: '同意，请压缩规模' } });
    const audit = await t.handle.db.selectFrom('auditEvents').select(['act', 'article']).where('objectId', '=', seen.id).where('result', '=', 'success').orderBy('seq').execute();
    expect(audit).toEqual([
      { act: 'department_meeting.request', article: 58 },
      { act: 'department_meeting.approval', article: 58 },
    ]);

    // Withdrawn, a meeting no longer uses up the year.
    const again = await fgj.post('/api/events/department-meetings', meeting({ meetingDate: '2027-06-10' }));
    expect(again.json().status).toBe('awaiting_head_approval');
    expect((await fgj.post(`/api/events/department-meetings/${again.json().id}/withdraw`, { version: 1 })).json().status).toBe('withdrawn');
    const withdrawn = await fgj.post(`/api/events/department-meetings/${nextYear.json().id}/withdraw`, { version: nextYear.json().version });
    expect(withdrawn.json().status).toBe('withdrawn');
    expect((await fgj.post('/api/events/department-meetings', meeting({ meetingDate: '2027-06-10' }))).json().status).toBe('awaiting_approval');
  });

  it('第五十八条 部门会议邀请区长出席被拒绝', async () => {
    const r = await fgj.post('/api/events/department-meetings', meeting({ meetingDate: '2028-03-10', inviteePostIds: ['p-lin-zhiyuan'] }));
    expect(r.statusCode).toBe(422);
    expect(r.json().violations).toEqual([expect.objectContaining({ ruleId: 'events.meeting-never-invite-head', article: 58 })]);
    expect(r.json().detail).toContain('一律不邀请区长出席');
  });

  it('第五十八条 部门会议邀请镇街主要负责人被拒绝，只开到分管负责人', async () => {
    const r = await fgj.post('/api/events/department-meetings', meeting({ meetingDate: '2029-03-10', inviteePostIds: ['p-qidu-principal', 'p-xindian-deputy'] }));
    expect(r.statusCode).toBe(422);
    expect(r.json().violations).toEqual([expect.objectContaining({ ruleId: 'events.meeting-town-deputies-only', article: 58 })]);
    expect(r.json().detail).toContain('齐都镇人民政府镇长');
    expect((await fgj.post('/api/events/department-meetings', meeting({ meetingDate: '2029-03-10', inviteePostIds: ['p-qidu-deputy', 'p-xindian-deputy'] }))).statusCode).toBe(201);
  });

  it('第五十八条 副区长主持的会议请镇街主要负责人，须区长本人批准：部门不能自填，办公室、主持的副区长都不能代批', async () => {
    const base = meeting({ meetingDate: '2030-03-10', chairedBy: 'deputy', chairPersonId: 'zhao-mingyuan', inviteePostIds: ['p-qidu-principal'] });
    // A typed-in approval is no longer accepted as the 区长's act: the field is ignored and the request waits for him.
    const r = await fgj.post('/api/events/department-meetings', { ...base, headApproval: { approverName: '林志远', approvedOn: '2026-03-01', opinion: '同意' } });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ status: 'awaiting_head_approval', headApproval: null, chairName: '常务副区长赵明远', actions: ['withdraw'] });
    expect(r.json().flags).toContainEqual(expect.objectContaining({ ruleId: 'events.meeting-deputy-chair-town-principals', article: 58 }));
    const { id, version } = r.json();

    expect((await office.get(`/api/events/department-meetings/${id}`)).json().actions).toEqual([]);
    expect((await office.post(`/api/events/department-meetings/${id}/head-decision`, { version, decision: 'approved', opinion: '同意' })).statusCode).toBe(403);
    expect((await office.post(`/api/events/department-meetings/${id}/decision`, { version, decision: 'approved', opinion: '同意' })).statusCode).toBe(409);
    const zhao = await t.as('changwu');
    expect((await zhao.get(`/api/events/department-meetings/${id}`)).json().actions).toEqual([]);
    expect((await zhao.post(`/api/events/department-meetings/${id}/head-decision`, { version, decision: 'approved', opinion: '同意' })).statusCode).toBe(403);

    const head = await t.as('quzhang');
    expect(((await head.get('/api/workbench')).json().items as { id: string }[]).some((i) => i.id === id)).toBe(true);
    expect((await head.get(`/api/events/department-meetings/${id}`)).json().actions).toEqual(['approve_town_principals', 'refuse_town_principals']);
    const approved = await head.post(`/api/events/department-meetings/${id}/head-decision`, { version, decision: 'approved', opinion: '同意镇街主要负责人参加' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'awaiting_approval', headApproval: { approverName: '区长林志远', approvedOn: '2026-03-02', opinion: '同意镇街主要负责人参加', actingForName: null } });
    const audit = await t.handle.db.selectFrom('auditEvents').select(['act', 'actorName', 'actingForPersonId']).where('objectId', '=', id).where('result', '=', 'success').orderBy('seq').execute();
    expect(audit.slice(1)).toEqual([{ act: 'department_meeting.head_approval', actorName: '林志远', actingForPersonId: null }]);
    expect((await office.get(`/api/events/department-meetings/${id}`)).json().actions).toEqual(['approve', 'refuse']);
  });

  it('第五十八条 同一部门20个并发申请同年会议：只有1个直接报审批，其余19个都须区长批准，年度次数不被突破', async () => {
    await createUserWithRoles(t, { loginName: 'slj-staff', displayName: '水利局经办人', unitId: 'slj', roles: ['unit_staff'] });
    const slj = await t.as('slj-staff');
    const codes = (await Promise.all(Array.from({ length: 20 }, (_, n) => slj.post('/api/events/department-meetings', meeting({ title: `全区水利系统会议${n}`, meetingDate: '2031-05-10' }))))).map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(20);
    const rows = await t.handle.db.selectFrom('eventDepartmentMeetings').select('status').where('unitId', '=', 'slj').where('meetingDate', '=', '2031-05-10').execute();
    expect(rows.filter((r) => r.status === 'awaiting_approval')).toHaveLength(1);
    expect(rows.filter((r) => r.status === 'awaiting_head_approval')).toHaveLength(19);
  });

  it('第五十八条 同一申请20个并发审批：1个成功、19个409、审计只记1条', async () => {
    const { id, version } = (await fgj.post('/api/events/department-meetings', meeting({ meetingDate: '2033-03-10' }))).json();
    const codes = (await Promise.all(Array.from({ length: 20 }, () => office.post(`/api/events/department-meetings/${id}/decision`, { version, decision: 'approved', opinion: '同意' })))).map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    expect(await t.handle.db.selectFrom('auditEvents').select('act').where('objectId', '=', id).where('act', '=', 'department_meeting.approval').execute()).toHaveLength(1);
  });

  it('第五十八条 其他单位的会议申请看不到（404），列表中也没有', async () => {
    const mine = (await fgj.post('/api/events/department-meetings', meeting({ meetingDate: '2032-03-10' }))).json();
    await createUserWithRoles(t, { loginName: 'sjj-staff', displayName: '审计局经办人', unitId: 'sjj', roles: ['unit_staff'] });
    const other = await t.as('sjj-staff');
    expect((await other.get(`/api/events/department-meetings/${mine.id}`)).statusCode).toBe(404);
    expect((await other.post(`/api/events/department-meetings/${mine.id}/withdraw`, { version: mine.version })).statusCode).toBe(404);
    expect(((await other.get('/api/events/department-meetings')).json().items as { id: string }[]).some((m) => m.id === mine.id)).toBe(false);
  });

  it('第五十八条 会议日期已过不能事后审批', async () => {
    await createUserWithRoles(t, { loginName: 'czj-staff', displayName: '财政局经办人', unitId: 'czj', roles: ['unit_staff'] });
    const czj = await t.as('czj-staff');
    const r = (await czj.post('/api/events/department-meetings', meeting({ title: '全区财政系统工作会议', meetingDate: '2026-03-10' }))).json();
    t.clock.set('2026-03-11T01:00:00Z');
    try {
      const late = await t.as('bgs');
      const refused = await late.post(`/api/events/department-meetings/${r.id}/decision`, { version: r.version, decision: 'approved', opinion: '同意' });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().violations).toEqual([expect.objectContaining({ ruleId: 'events.meeting-approval-beforehand', article: 58 })]);
    } finally {
      t.clock.set('2026-03-02T01:00:00Z');
    }
  });
});
