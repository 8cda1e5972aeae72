import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, signInAgain, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import type { Authenticator } from '../harness/totp.js';
import { createUserWithRoles } from '../harness/users.js';

const BASE = '2026-03-02T01:00:00Z';
let signIns = 0;
/** Each sign-in a little later than the last, so a leader's second factor never repeats a used time step. */
const at = (day: string) => new Date(Date.parse(`${day}T01:00:00Z`) + ++signIns * 31_000).toISOString();

describe.each(dialects)('督查督办：任务、报告、延期（第三十二、五十七、七十五至七十七条）（%s）', (dialect) => {
  let t: TestApp;
  const authenticators = new Map<string, Authenticator>();

  beforeAll(async () => {
    t = await startTestApp(dialect);
    // A deputy head of the 发改局 with the unit_head role who is not its principal head (art. 75).
    await createUserWithRoles(t, { loginName: 'fgj-deputy', displayName: '发改局副局长', unitId: 'fgj', roles: ['unit_head'], personId: 'fgj-deputy' });
    await createUserWithRoles(t, { loginName: 'czj-clerk', displayName: '财政局经办人', unitId: 'czj', roles: ['unit_staff'] });
    for (const login of ['bgs', 'fgj', 'fgj-head', 'fgj-deputy', 'czjjz', 'czj-clerk', 'changwu', 'fuquzhang']) {
      const agent = await logInAs(t.app, login);
      if (agent.authenticator) authenticators.set(login, agent.authenticator);
    }
  }, 120_000);
  afterAll(async () => t.close());
  afterEach(() => t.clock.set(BASE));

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
  const open = async (body: Record<string, unknown>, day = '2026-03-02') => {
    const r = await (await on(day, 'bgs')).post('/api/supervision/tasks', { sourceType: 'audit_finding', sourceRef: '临审报〔2026〕3号', leadUnitId: 'fgj', dueOn: '2026-03-31', ...body });
    expect(r.statusCode, r.body).toBe(201);
    return r.json() as { id: string; number: string; dueOn: string };
  };
  const task = async (agent: Agent, id: string) => {
    const r = await agent.get(`/api/supervision/tasks/${id}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  /** The lead unit's staff reports; returns the report's id. */
  const report = async (id: string, body: Record<string, unknown>, login = 'fgj', day = '2026-03-10') => {
    const agent = await on(day, login);
    const r = await agent.post(`/api/supervision/tasks/${id}/reports`, { version: (await task(agent, id)).version, text: '已完成项目梳理', ...body });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().id as string;
  };
  const reportOf = async (agent: Agent, taskId: string, reportId: string) => ((await task(agent, taskId)).reports as { id: string; version: number; status: string; actions: string[] }[]).find((x) => x.id === reportId)!;
  const approve = async (taskId: string, reportId: string, login = 'fgj-head', day = '2026-03-10') => {
    const head = await on(day, login);
    const r = await head.post(`/api/supervision/reports/${reportId}/approve`, { version: (await reportOf(head, taskId, reportId)).version });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const accept = async (taskId: string, reportId: string, day = '2026-03-11') => {
    const office = await on(day, 'bgs');
    const r = await office.post(`/api/supervision/reports/${reportId}/accept`, { version: (await reportOf(office, taskId, reportId)).version });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };

  it('第七十五条 报告经牵头单位主要负责人本人审核：经办人报送→局长审核→办公室审核通过→办结；副局长审核403，他单位404', async () => {
    const opened = await open({ title: '落实审计整改：项目资金拨付' });
    expect(opened.number).toMatch(/^督〔2026〕\d+号$/);
    const clerk = await on('2026-03-10', 'fgj');
    const bogus = await clerk.post(`/api/supervision/tasks/${opened.id}/reports`, { version: (await task(clerk, opened.id)).version, kind: 'progress', text: '附件测试', progress: 10, attachmentIds: ['no-such-file'] });
    expect(bogus.statusCode).toBe(400);
    const progress = await report(opened.id, { kind: 'progress', progress: 40 });
    // Another report cannot be sent while this one is undecided.
    const staff = await on('2026-03-10', 'fgj');
    expect((await task(staff, opened.id)).actions).not.toContain('report');
    const deputy = await on('2026-03-10', 'fgj-deputy');
    const byDeputy = await deputy.post(`/api/supervision/reports/${progress}/approve`, { version: 1 });
    expect(byDeputy.statusCode).toBe(403);
    expect(byDeputy.json().violations[0]).toMatchObject({ ruleId: 'supervision.report-by-principal', article: 75 });
    expect((await reportOf(deputy, opened.id, progress)).actions).toEqual([]);
    const other = await on('2026-03-10', 'czjjz');
    expect((await other.get(`/api/supervision/tasks/${opened.id}`)).statusCode).toBe(404);
    expect((await other.post(`/api/supervision/reports/${progress}/approve`, { version: 1 })).statusCode).toBe(404);
    const head = await on('2026-03-10', 'fgj-head');
    expect((await reportOf(head, opened.id, progress)).actions).toEqual(['approve', 'decline']);
    expect((await approve(opened.id, progress)).taskStatus).toBe('open');
    // Approved, it reaches the office; the office's acceptance sets the task's progress.
    expect((await accept(opened.id, progress)).status).toBe('accepted');
    const office = await on('2026-03-11', 'bgs');
    expect(await task(office, opened.id)).toMatchObject({ progress: 40, lastReportOn: '2026-03-10', status: 'open' });

    const final = await report(opened.id, { kind: 'final' }, 'fgj', '2026-03-20');
    expect((await approve(opened.id, final, 'fgj-head', '2026-03-20')).taskStatus).toBe('reviewing');
    expect((await accept(opened.id, final, '2026-03-21')).taskStatus).toBe('done');
    const done = await task(await on('2026-03-21', 'bgs'), opened.id);
    expect(done).toMatchObject({ status: 'done', statusLabel: '已办结', closedAs: 'done', progress: 100, overdue: { isOverdue: false } });
    expect(done.clock.isOpen).toBe(false);
    expect(done.closedAt).not.toBeNull();
    const approvals = await t.handle.db.selectFrom('auditEvents').select(['act', 'actorName']).where('act', '=', 'supervision.report.approve').where('objectId', 'in', [progress, final]).execute();
    const principal = await t.handle.db.selectFrom('people').select('name').where('id', '=', 'fgj-principal').executeTakeFirstOrThrow();
    expect(approvals.map((a) => a.actorName)).toEqual([principal.name, principal.name]);
  });

  it('第五十七条、第七十七条 办结报告被办公室退回（须写明意见），任务退回办理中', async () => {
    const opened = await open({ title: '整改问题：招投标程序不规范', category: 'problem' });
    const final = await report(opened.id, { kind: 'final' });
    await approve(opened.id, final);
    const office = await on('2026-03-11', 'bgs');
    const v = (await reportOf(office, opened.id, final)).version;
    expect((await office.post(`/api/supervision/reports/${final}/return`, { version: v, opinion: '' })).statusCode).toBe(400);
    const returned = await office.post(`/api/supervision/reports/${final}/return`, { version: v, opinion: '整改佐证材料不全，请补充' });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'returned', taskStatus: 'open' });
    const after = await task(office, opened.id);
    expect(after.status).toBe('open');
    expect(after.reports[0]).toMatchObject({ status: 'returned', reviewOpinion: '整改佐证材料不全，请补充' });
    // Reported again and accepted, a problem owes its look-back the rulebook's months after closing (art. 77).
    const again = await report(opened.id, { kind: 'final' }, 'fgj', '2026-03-12');
    await approve(opened.id, again, 'fgj-head', '2026-03-12');
    await accept(opened.id, again, '2026-03-13');
    expect((await task(await on('2026-03-13', 'bgs'), opened.id)).lookBackOn).toBe('2026-06-13');
  });

  it('第七十九条 未完成销号须说明理由，统计中与已办结分列', async () => {
    const a = await open({ title: '销号统计甲：老旧小区改造' });
    await open({ title: '销号统计乙：老旧小区改造' });
    const office = await on('2026-03-05', 'bgs');
    const v = (await task(office, a.id)).version;
    expect((await office.post(`/api/supervision/tasks/${a.id}/close-incomplete`, { version: v, reason: ' ' })).statusCode).toBe(400);
    const closed = await office.post(`/api/supervision/tasks/${a.id}/close-incomplete`, { version: v, reason: '项目经区政府研究终止实施' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe('closed_incomplete');
    const ledger = (await office.get(`/api/supervision/tasks?q=${encodeURIComponent('销号统计')}`)).json();
    expect(ledger.summary).toMatchObject({ total: 2, open: 1, done: 0, closedIncomplete: 1 });
    const closedOnly = (await office.get(`/api/supervision/tasks?q=${encodeURIComponent('销号统计')}&status=closed_incomplete`)).json();
    expect(closedOnly.items.map((x: { id: string }) => x.id)).toEqual([a.id]);
    expect(closedOnly.items[0]).toMatchObject({ closedAs: 'closed_incomplete', closedReason: '项目经区政府研究终止实施', statusLabel: '未完成销号' });
    expect(closedOnly.items[0].clock.isOpen).toBe(false);
  });

  it('第三十二条 延期由分管领导批准：完成时限和计时随之调整并留有延期记录；其他领导批准403', async () => {
    const opened = await open({ title: '重点项目前期手续办理', dueOn: '2026-03-31' });
    const staff = await on('2026-03-20', 'fgj');
    const v = (await task(staff, opened.id)).version;
    expect((await staff.post(`/api/supervision/tasks/${opened.id}/extensions`, { version: v, dueOn: '2026-03-30', reason: '手续复杂' })).statusCode).toBe(400);
    const asked = await staff.post(`/api/supervision/tasks/${opened.id}/extensions`, { version: v, dueOn: '2026-04-30', reason: '用地手续须省厅审批' });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json().approverPersonId).toBe('zhao-mingyuan');
    const extensionId = asked.json().id as string;
    const other = await on('2026-03-20', 'fuquzhang');
    expect((await other.post(`/api/supervision/extensions/${extensionId}/approve`, { version: 1 })).statusCode).toBe(403);
    const leader = await on('2026-03-20', 'changwu');
    expect((await task(leader, opened.id)).extensions[0].actions).toEqual(['approve', 'refuse']);
    const approved = await leader.post(`/api/supervision/extensions/${extensionId}/approve`, { version: 1, opinion: '同意延期' });
    expect(approved.statusCode, approved.body).toBe(200);
    const after = await task(leader, opened.id);
    expect(after.dueOn).toBe('2026-04-30');
    expect(after.clock.due).toBe('2026-04-30');
    expect(after.clock.explanation).toContain('原完成时限2026年3月31日，经赵明远于2026年3月20日批准延期至2026年4月30日');
    expect(after.extensions).toEqual([expect.objectContaining({ previousDueOn: '2026-03-31', requestedDueOn: '2026-04-30', status: 'approved', decidedBy: '赵明远', approverName: '赵明远' })]);
    const row = await t.handle.db.selectFrom('deadlines').select('due').where('objectType', '=', 'task').where('objectId', '=', opened.id).executeTakeFirstOrThrow();
    expect(row.due).toBe('2026-04-30');
  });

  it('第四十条 建议提案的任务延期自交办之日起不超过最长月数，拒绝时说明期限及其依据待核实', async () => {
    const opened = await open({ title: '建议办理：增设公交线路', dueOn: '2026-04-05' });
    await t.handle.db
      .insertInto('supervisionSuggestions')
      .values({ id: `sg-${opened.id}`, kind: 'deputy', code: `J-${opened.id.slice(0, 8)}`, session: '十九届五次', title: '关于增设公交线路的建议', proposers: '["张代表"]', summary: null, leadUnitId: 'fgj', coUnitIds: '[]', assignedOn: '2026-01-05', status: 'assigned', taskId: opened.id, round: 1, answer: null, answeredOn: null, satisfaction: null, sendBackReason: null, isForPublication: 0, batchId: 'b1', version: 1, createdAt: BASE, updatedAt: BASE })
      .execute();
    const staff = await on('2026-03-20', 'fgj');
    const v = (await task(staff, opened.id)).version;
    const beyond = await staff.post(`/api/supervision/tasks/${opened.id}/extensions`, { version: v, dueOn: '2026-07-06', reason: '情况复杂' });
    expect(beyond.statusCode).toBe(422);
    expect(beyond.json().violations[0]).toMatchObject({ ruleId: 'supervision.suggestion-extension-limit', article: 40 });
    expect(beyond.json().detail).toContain('最长不超过6个月，即不晚于2026年7月5日');
    expect(beyond.json().detail).toContain('依据尚待核实');
    const within = await staff.post(`/api/supervision/tasks/${opened.id}/extensions`, { version: v, dueOn: '2026-07-05', reason: '情况复杂' });
    expect(within.statusCode, within.body).toBe(201);
  });

  it('第五十七条 逾期按官方日历计算并说明：清明假期不计工作日；定期报送的下次报送期限', async () => {
    const opened = await open({ title: '逾期说明：河道清淤', dueOn: '2026-04-03', reportEveryWorkingDays: 5 });
    const view = await task(await on('2026-04-07', 'bgs'), opened.id);
    expect(view.overdue).toMatchObject({ isOverdue: true, days: 4, workingDays: 1 });
    expect(view.overdue.explanation).toMatch(/^完成时限为2026年4月3日（.+），今天2026年4月7日，已逾期4天（其中工作日1天）$/);
    expect(view.nextReport).toMatchObject({ due: '2026-03-09', isOverdue: true });
    const ledger = (await (await on('2026-04-07', 'bgs')).get(`/api/supervision/tasks?isOverdue=true&q=${encodeURIComponent('逾期说明')}`)).json();
    expect(ledger.items.map((x: { id: string }) => x.id)).toEqual([opened.id]);
    expect(ledger.summary.overdue).toBe(1);
    const before = await task(await on('2026-04-03', 'bgs'), opened.id);
    expect(before.overdue.isOverdue).toBe(false);
  });

  it('第七十六条 分解子任务：子任务完成时限不晚于上级任务，上级进度按权重汇总', async () => {
    const parent = await open({ title: '分解：优化营商环境三年行动', dueOn: '2026-05-31' });
    const office = await on('2026-03-02', 'bgs');
    const v = (await task(office, parent.id)).version;
    const late = await office.post(`/api/supervision/tasks/${parent.id}/subtasks`, { version: v, items: [{ title: '超期子任务', leadUnitId: 'fgj', weight: 1, dueOn: '2026-06-30' }] });
    expect(late.statusCode).toBe(400);
    const split = await office.post(`/api/supervision/tasks/${parent.id}/subtasks`, {
      version: v,
      items: [
        { title: '审批流程再造', leadUnitId: 'fgj', weight: 3, dueOn: '2026-04-30' },
        { title: '涉企资金直达', leadUnitId: 'czj', weight: 1, dueOn: '2026-04-30' },
      ],
    });
    expect(split.statusCode, split.body).toBe(201);
    const [a, b] = split.json().ids as [string, string];
    const staff = await on('2026-03-10', 'fgj');
    expect((await task(staff, parent.id)).actions).not.toContain('report');
    const ra = await report(a, { kind: 'progress', progress: 80 });
    await approve(a, ra);
    await accept(a, ra);
    expect((await task(await on('2026-03-11', 'bgs'), parent.id)).progress).toBe(60);
    const rb = await report(b, { kind: 'progress', progress: 40 }, 'czj-clerk');
    await approve(b, rb, 'czjjz');
    await accept(b, rb);
    const detail = await task(await on('2026-03-11', 'bgs'), parent.id);
    expect(detail.progress).toBe(70);
    expect(detail.children.map((c: { id: string; weight: number; parentId: string }) => [c.id, c.weight, c.parentId])).toEqual([
      [a, 3, parent.id],
      [b, 1, parent.id],
    ]);

    // The parent is accepted only once every sub-task is closed (done or closed without completion).
    expect(detail.actions).not.toContain('accept');
    expect((await (await on('2026-03-11', 'bgs')).post(`/api/supervision/tasks/${parent.id}/accept`, { version: detail.version })).statusCode).toBe(409);
    const fa = await report(a, { kind: 'final', progress: 100 }, 'fgj', '2026-03-12');
    await approve(a, fa, 'fgj-head', '2026-03-12');
    await accept(a, fa, '2026-03-12');
    const bNow = await task(await on('2026-03-12', 'bgs'), b);
    expect((await (await on('2026-03-12', 'bgs')).post(`/api/supervision/tasks/${b}/close-incomplete`, { version: bNow.version, reason: '资金渠道调整，改由市级统筹' })).statusCode).toBe(200);
    const ready = await task(await on('2026-03-12', 'bgs'), parent.id);
    expect(ready.actions).toContain('accept');
    const accepted = await (await on('2026-03-12', 'bgs')).post(`/api/supervision/tasks/${parent.id}/accept`, { version: ready.version, opinion: '子任务均已销号' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().status).toBe('done');
    const row = await t.handle.db.selectFrom('tasks').select(['status', 'closedAs', 'progress']).where('id', '=', parent.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'done', closedAs: 'done', progress: 100 });
  });

  it('督办报告（task_report）并发：过期版本409；同一报告同时审核二十次，只有一次成功', async () => {
    const opened = await open({ title: '并发：审核同一报告' });
    const staff = await on('2026-03-05', 'fgj');
    const stale = (await task(staff, opened.id)).version;
    const id = await report(opened.id, { kind: 'progress', progress: 10 }, 'fgj', '2026-03-05');
    const again = await staff.post(`/api/supervision/tasks/${opened.id}/reports`, { version: stale, kind: 'progress', text: '重复报送', progress: 20 });
    expect(again.statusCode).toBe(409);
    const head = await on('2026-03-05', 'fgj-head');
    const v = (await reportOf(head, opened.id, id)).version;
    const results = await Promise.all(Array.from({ length: 20 }, () => head.post(`/api/supervision/reports/${id}/approve`, { version: v })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, ...Array.from({ length: 19 }, () => 409)]);
    const audit = await t.handle.db.selectFrom('auditEvents').select('id').where('act', '=', 'supervision.report.approve').where('objectId', '=', id).execute();
    expect(audit).toHaveLength(1);
  });

  it('延期申请（task_extension）与督办任务（task）并发：同时批准二十次只批准一次，同时销号二十次只销号一次', async () => {
    const opened = await open({ title: '并发：延期与销号', dueOn: '2026-03-31' });
    const staff = await on('2026-03-20', 'fgj');
    const asked = await staff.post(`/api/supervision/tasks/${opened.id}/extensions`, { version: (await task(staff, opened.id)).version, dueOn: '2026-04-30', reason: '并发测试' });
    expect(asked.statusCode, asked.body).toBe(201);
    const leader = await on('2026-03-20', 'changwu');
    const approvals = await Promise.all(Array.from({ length: 20 }, () => leader.post(`/api/supervision/extensions/${asked.json().id}/approve`, { version: 1 })));
    expect(approvals.map((r) => r.statusCode).sort()).toEqual([200, ...Array.from({ length: 19 }, () => 409)]);
    expect(await t.handle.db.selectFrom('taskExtensions').select('id').where('taskId', '=', opened.id).execute()).toHaveLength(1);
    const office = await on('2026-03-21', 'bgs');
    const v = (await task(office, opened.id)).version;
    const closes = await Promise.all(Array.from({ length: 20 }, () => office.post(`/api/supervision/tasks/${opened.id}/close-incomplete`, { version: v, reason: '并发销号' })));
    expect(closes.map((r) => r.statusCode).sort()).toEqual([200, ...Array.from({ length: 19 }, () => 409)]);
    const audit = await t.handle.db.selectFrom('auditEvents').select('id').where('act', '=', 'supervision.task.close_incomplete').where('objectId', '=', opened.id).execute();
    expect(audit).toHaveLength(1);
  });

  it('第七十六条 办公室制定督查工作年度计划，每年一份，修改须带版本；年度计划的任务归入当年计划', async () => {
    const office = await on('2026-03-02', 'bgs');
    const created = await office.post('/api/supervision/plans', { year: 2026, title: '2026年区政府督查工作计划', text: '一、围绕《政府工作报告》确定的重点任务开展督查……' });
    expect(created.statusCode, created.body).toBe(200);
    const plan = created.json();
    expect((await office.post('/api/supervision/plans', { year: 2026, title: '另一份', text: '……' })).statusCode).toBe(409);
    const revised = await office.post('/api/supervision/plans', { year: 2026, title: plan.title, text: `${plan.text}\n二、……`, version: plan.version });
    expect(revised.json().version).toBe(plan.version + 1);
    expect((await office.post('/api/supervision/plans', { year: 2026, title: plan.title, text: '过期版本', version: plan.version })).statusCode).toBe(409);
    expect((await (await on('2026-03-02', 'fgj')).post('/api/supervision/plans', { year: 2026, title: 'x', text: 'x' })).statusCode).toBe(403);
    const focusArea = '《政府工作报告》确定的工作任务和政策措施';
    const opened = await open({ sourceType: 'annual_plan', sourceRef: null, focusArea, title: '政府工作报告重点任务：新增城镇就业' });
    const row = await t.handle.db.selectFrom('tasks').select(['sourceId', 'sourceRef', 'focusArea']).where('id', '=', opened.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ sourceId: plan.id, sourceRef: '2026年区政府督查工作计划', focusArea });
  });

  it('第七十五、七十六条 手工登记来源：批示件须为已有收文，年度计划须注明督查重点，外部来源须注明文号', async () => {
    const office = await on('2026-03-02', 'bgs');
    const base = { title: '来源校验', leadUnitId: 'fgj', dueOn: '2026-03-31' };
    expect((await office.post('/api/supervision/tasks', { ...base, sourceType: 'leader_instruction', sourceId: 'no-such-document' })).statusCode).toBe(404);
    expect((await office.post('/api/supervision/tasks', { ...base, sourceType: 'annual_plan', focusArea: '随便写的重点' })).statusCode).toBe(400);
    const plan = await office.post('/api/supervision/tasks', { ...base, sourceType: 'annual_plan', focusArea: '重要事项审计结果的整改落实' });
    expect(plan.statusCode, plan.body).toBe(201);
    expect((await office.post('/api/supervision/tasks', { ...base, sourceType: 'media' })).statusCode).toBe(400);
    expect((await office.post('/api/supervision/tasks', { ...base, sourceType: 'meeting_decision', sourceId: 'x' })).statusCode).toBe(400);
    const view = await task(office, plan.json().id);
    expect(view).toMatchObject({ focusArea: '重要事项审计结果的整改落实', leaderName: '赵明远', leadUnitName: '区发展和改革局', source: { type: 'annual_plan', label: '年度督查计划', href: null } });
  });
});
