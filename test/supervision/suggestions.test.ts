import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, signInAgain, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import type { Authenticator } from '../harness/totp.js';

let signIns = 0;
/** Each sign-in a little later than the last, so a second factor never repeats a used time step. */
const at = (day: string) => new Date(Date.parse(`${day}T01:00:00Z`) + ++signIns * 31_000).toISOString();
const SESSION = '区十九届人大三次会议';

type Suggestion = { id: string; version: number; status: string; round: number; actions: string[]; task: { id: string; number: string; dueOn: string; isOverdue: boolean } | null; [k: string]: unknown };

describe.each(dialects)('建议提案：登记、交办、退回、答复、满意度（第四十条）（%s）', (dialect) => {
  let t: TestApp;
  const authenticators = new Map<string, Authenticator>();
  let serial = 0;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    for (const login of ['bgs', 'fgj', 'czjjz']) {
      const agent = await logInAs(t.app, login);
      if (agent.authenticator) authenticators.set(login, agent.authenticator);
    }
  }, 120_000);
  afterAll(async () => t.close());

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
  const get = async (agent: Agent, id: string) => {
    const r = await agent.get(`/api/supervision/suggestions/${id}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as Suggestion & { taskDetail: { clock: { due: string; explanation: string }; leadUnitId: string; status: string; dueOn: string }; timeline: { action: string; opinion: string | null }[]; publication: { status: string } | null };
  };
  /** Registers one suggestion (a code of its own) and returns its id. */
  const register = async (title: string, day = '2026-03-02') => {
    serial += 1;
    const r = await (await on(day, 'bgs')).post('/api/supervision/suggestions/batch', { kind: 'deputy', session: SESSION, items: [{ code: `第${serial}号`, title, proposers: ['张三', '李四'] }] });
    expect(r.statusCode, r.body).toBe(201);
    return (r.json().ids as string[])[0]!;
  };
  const assign = async (id: string, day: string, leadUnitId = 'fgj') => {
    const office = await on(day, 'bgs');
    const r = await office.post(`/api/supervision/suggestions/${id}/assign`, { version: (await get(office, id)).version, leadUnitId, coUnitIds: [] });
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as { taskId: string; taskNumber: string; dueOn: string };
  };
  const answer = async (id: string, day: string, body: Record<string, unknown> = {}) => {
    const unit = await on(day, 'fgj');
    const r = await unit.post(`/api/supervision/suggestions/${id}/answer`, { version: (await get(unit, id)).version, answer: '已将该路段列入年度改造计划', ...body });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const satisfaction = async (id: string, day: string, value: string) => {
    const office = await on(day, 'bgs');
    const r = await office.post(`/api/supervision/suggestions/${id}/satisfaction`, { version: (await get(office, id)).version, satisfaction: value });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };

  it('art. 40: a batch is registered all or nothing, every error named by its row and field; a code already registered is refused', async () => {
    const office = await on('2026-03-02', 'bgs');
    const before = await t.handle.db.selectFrom('supervisionSuggestions').select('id').where('session', '=', '区十九届政协三次会议').execute();
    const bad = await office.post('/api/supervision/suggestions/batch', {
      kind: 'cppcc',
      session: '区十九届政协三次会议',
      items: [
        { code: '第101号', title: '关于加强老旧小区改造的提案', proposers: ['王五'] },
        { code: '第102号', title: '', proposers: ['赵六'] },
        { code: '第101号', title: '关于完善养老服务的提案', proposers: [] },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('第2行标题不能为空');
    expect(bad.json().detail).toContain('第3行编号“第101号”与第1行重复');
    expect(bad.json().details.errors).toEqual(expect.arrayContaining([{ row: 2, field: 'title', message: '标题不能为空' }, { row: 3, field: 'proposers', message: '提案人不能为空' }]));
    // Nothing of the list was registered, not even its good first row.
    expect(await t.handle.db.selectFrom('supervisionSuggestions').select('id').where('session', '=', '区十九届政协三次会议').execute()).toHaveLength(before.length);

    const good = await office.post('/api/supervision/suggestions/batch', {
      kind: 'cppcc',
      session: '区十九届政协三次会议',
      items: [
        { code: '第101号', title: '关于加强老旧小区改造的提案', proposers: ['王五'] },
        { code: '第102号', title: '关于完善养老服务的提案', proposers: ['赵六', '钱七'], summary: '建议增加社区养老服务站' },
      ],
    });
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json().count).toBe(2);
    const audited = await t.handle.db.selectFrom('auditEvents').select('objectId').where('act', '=', 'supervision.suggestion.register').where('objectId', 'in', good.json().ids).execute();
    expect(audited).toHaveLength(2);
    const again = await office.post('/api/supervision/suggestions/batch', { kind: 'cppcc', session: '区十九届政协三次会议', items: [{ code: '第102号', title: '重复', proposers: ['赵六'] }] });
    expect(again.statusCode).toBe(400);
    expect(again.json().detail).toContain('第1行编号“第102号”在区十九届政协三次会议的政协提案中已登记');
    // The same code in another kind of list is another item.
    expect((await office.post('/api/supervision/suggestions/batch', { kind: 'deputy', session: '区十九届政协三次会议', items: [{ code: '第102号', title: '另一类', proposers: ['甲'] }] })).statusCode).toBe(201);
    // A unit may not register.
    expect((await (await on('2026-03-02', 'fgj')).post('/api/supervision/suggestions/batch', { kind: 'deputy', session: SESSION, items: [{ code: 'X1', title: 'x', proposers: ['甲'] }] })).statusCode).toBe(403);
  });

  it('art. 40: the list imported from .xlsx (编号, 标题, 领衔人/提案人 separated by 、, 内容摘要) is registered; a bad row is named by its spreadsheet row', async () => {
    const upload = async (rows: (string | null)[][]) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('建议');
      sheet.addRow(['编号', '标题', '领衔人/提案人', '内容摘要']);
      for (const row of rows) sheet.addRow(row);
      const file = Buffer.from(await workbook.xlsx.writeBuffer());
      const boundary = '----suggestion-list';
      const payload = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\ndeputy\r\n--${boundary}\r\nContent-Disposition: form-data; name="session"\r\n\r\n区十九届人大四次会议\r\n`),
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="建议名单.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`),
        file,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return (await on('2026-03-02', 'bgs')).request({ method: 'POST', url: '/api/supervision/suggestions/import', payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    };
    const bad = await upload([
      ['第1号', '关于改善农村道路的建议', '张三、李四', null],
      ['第2号', '关于增设公交线路的建议', null, '建议增设至齐都镇的线路'],
    ]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('第3行领衔代表不能为空');
    const good = await upload([
      ['第1号', '关于改善农村道路的建议', '张三、李四', null],
      ['第2号', '关于增设公交线路的建议', '王五', '建议增设至齐都镇的线路'],
    ]);
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json().count).toBe(2);
    const rows = await t.handle.db.selectFrom('supervisionSuggestions').selectAll().where('session', '=', '区十九届人大四次会议').orderBy('code').execute();
    expect(rows.map((r) => [r.code, JSON.parse(r.proposers), r.summary])).toEqual([
      ['第1号', ['张三', '李四'], null],
      ['第2号', ['王五'], '建议增设至齐都镇的线路'],
    ]);
  });

  it('art. 40: assigned on 2026-03-10 the suggestion is due 2026-06-10, three calendar months later, with the calculation; its task is 督〔2026〕N号', async () => {
    const id = await register('关于加快城区停车场建设的建议');
    const assigned = await assign(id, '2026-03-10');
    expect(assigned.dueOn).toBe('2026-06-10');
    expect(assigned.taskNumber).toMatch(/^督〔2026〕\d+号$/);
    const unit = await on('2026-03-10', 'fgj');
    const view = await get(unit, id);
    expect(view).toMatchObject({ status: 'assigned', assignedOn: '2026-03-10', leadUnitId: 'fgj', task: { id: assigned.taskId, number: assigned.taskNumber, dueOn: '2026-06-10', isOverdue: false } });
    expect(view.actions).toEqual(expect.arrayContaining(['send_back', 'answer']));
    expect(view.taskDetail.clock.due).toBe('2026-06-10');
    expect(view.taskDetail.clock.explanation).toContain('3个月');
    const clock = await t.handle.db.selectFrom('deadlines').selectAll().where('objectType', '=', 'task').where('objectId', '=', assigned.taskId).executeTakeFirstOrThrow();
    expect(clock).toMatchObject({ basis: 'months', amount: 3, start: '2026-03-10', due: '2026-06-10', ruleId: 'supervision.suggestion-clock', article: 40 });
    // Another unit does not see it at all; on the ledger it is a 人大代表建议 task.
    expect((await (await on('2026-03-10', 'czjjz')).get(`/api/supervision/suggestions/${id}`)).statusCode).toBe(404);
    const listed = (await unit.get(`/api/supervision/suggestions?session=${encodeURIComponent(SESSION)}&leadUnitId=fgj`)).json().items as Suggestion[];
    expect(listed.map((s) => s.id)).toContain(id);
    // Overdue the day after its due day, and listed so (the office's password is kept in date for the jump).
    await t.handle.db.updateTable('users').set({ passwordChangedAt: '2026-06-01T00:00:00.000Z' }).where('loginName', '=', 'bgs').execute();
    const late = await on('2026-06-11', 'bgs');
    const overdueResponse = await late.get(`/api/supervision/suggestions?isOverdue=true&session=${encodeURIComponent(SESSION)}`);
    expect(overdueResponse.statusCode, overdueResponse.body).toBe(200);
    const overdue = overdueResponse.json().items as Suggestion[];
    expect(overdue.find((s) => s.id === id)?.task?.isOverdue).toBe(true);
  });

  it('art. 40: the lead unit may send back on the 5th day after assignment, not on the 6th; reassigned, the same task moves and its clock restarts', async () => {
    const late = await register('关于规范农贸市场管理的建议');
    await assign(late, '2026-03-10');
    const day6 = await on('2026-03-16', 'fgj');
    const refused = await day6.post(`/api/supervision/suggestions/${late}/send-back`, { version: (await get(day6, late)).version, reason: '不属于本单位职责' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().violations[0]).toMatchObject({ ruleId: 'supervision.suggestion-send-back-window', article: 40 });
    expect(refused.json().detail).toContain('5日内');
    expect(refused.json().detail).toContain('已于2026年3月15日届满');
    expect(refused.json().detail).toContain('尚待核实');
    expect((await get(day6, late)).status).toBe('assigned');

    const id = await register('关于加强食品安全监管的建议');
    const first = await assign(id, '2026-03-10');
    const day5 = await on('2026-03-15', 'fgj');
    expect((await day5.post(`/api/supervision/suggestions/${id}/send-back`, { version: (await get(day5, id)).version, reason: '' })).statusCode).toBe(400);
    const sent = await day5.post(`/api/supervision/suggestions/${id}/send-back`, { version: (await get(day5, id)).version, reason: '食品安全监管属市场监管部门职责' });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().status).toBe('sent_back');

    const again = await assign(id, '2026-03-20', 'czj');
    expect(again.taskId).toBe(first.taskId);
    expect(again.taskNumber).toBe(first.taskNumber);
    expect(again.dueOn).toBe('2026-06-20');
    const task = await t.handle.db.selectFrom('tasks').selectAll().where('id', '=', first.taskId).executeTakeFirstOrThrow();
    expect(task).toMatchObject({ leadUnitId: 'czj', dueOn: '2026-06-20', status: 'open' });
    const clocks = await t.handle.db.selectFrom('deadlines').selectAll().where('objectType', '=', 'task').where('objectId', '=', first.taskId).execute();
    expect(clocks).toHaveLength(1);
    expect(clocks[0]).toMatchObject({ start: '2026-03-20', due: '2026-06-20', isOpen: 1 });
    const timeline = await t.handle.db.selectFrom('timelineEntries').selectAll().where('objectType', '=', 'task').where('objectId', '=', first.taskId).execute();
    expect(timeline.find((e) => e.action === 'reassign')?.opinion).toContain('2026年6月20日');
    // The new unit sees it now; the first unit no longer leads it.
    expect((await get(await on('2026-03-20', 'czjjz'), id)).leadUnitId).toBe('czj');
  });

  it('art. 40: the answer puts the task to the office and is queued for publication; satisfied closes it and its task done', async () => {
    const id = await register('关于建设口袋公园的建议');
    const { taskId } = await assign(id, '2026-03-10');
    const answered = await answer(id, '2026-04-01');
    expect(answered).toMatchObject({ status: 'answered', taskStatus: 'reviewing', isQueuedForPublication: true });
    const office = await on('2026-04-01', 'bgs');
    const view = await get(office, id);
    expect(view).toMatchObject({ status: 'answered', answeredOn: '2026-04-01', isForPublication: true, publication: { status: 'pending' } });
    const queued = await t.handle.db.selectFrom('publications').selectAll().where('sourceType', '=', 'supervision_suggestion').where('sourceId', '=', id).execute();
    expect(queued).toHaveLength(1);
    expect(queued[0]!.deadlineId).not.toBeNull();

    expect(await satisfaction(id, '2026-04-10', 'basically_satisfied')).toMatchObject({ status: 'closed', taskStatus: 'done' });
    const closed = await get(await on('2026-04-10', 'bgs'), id);
    expect(closed).toMatchObject({ status: 'closed', satisfaction: 'basically_satisfied', satisfactionLabel: '基本满意' });
    const task = await t.handle.db.selectFrom('tasks').select(['status', 'closedAs']).where('id', '=', taskId).executeTakeFirstOrThrow();
    expect(task).toEqual({ status: 'done', closedAs: 'done' });
    const clock = await t.handle.db.selectFrom('deadlines').select('isOpen').where('objectType', '=', 'task').where('objectId', '=', taskId).executeTakeFirstOrThrow();
    expect(clock.isOpen).toBe(0);
  });

  it('art. 40: an answer not marked for publication is not queued', async () => {
    const id = await register('关于涉密事项的建议');
    await assign(id, '2026-03-10');
    expect((await answer(id, '2026-04-01', { isForPublication: false })).isQueuedForPublication).toBe(false);
    expect(await t.handle.db.selectFrom('publications').select('id').where('sourceId', '=', id).execute()).toHaveLength(0);
  });

  it('art. 40: dissatisfied with the first answer, the unit answers again within 2 months (due moved, recorded); the second answer closes it, recorded as dissatisfied', async () => {
    const id = await register('关于治理河道污染的建议');
    const { taskId } = await assign(id, '2026-03-10');
    await answer(id, '2026-04-01');
    const again = await satisfaction(id, '2026-04-15', 'dissatisfied');
    expect(again).toMatchObject({ status: 'assigned', round: 2, taskStatus: 'open', dueOn: '2026-06-15' });
    const view = await get(await on('2026-04-15', 'fgj'), id);
    expect(view).toMatchObject({ status: 'assigned', round: 2, satisfaction: 'dissatisfied', task: { dueOn: '2026-06-15' } });
    expect(view.actions).toContain('answer');
    const clock = await t.handle.db.selectFrom('deadlines').selectAll().where('objectType', '=', 'task').where('objectId', '=', taskId).executeTakeFirstOrThrow();
    expect(clock).toMatchObject({ start: '2026-04-15', due: '2026-06-15', ruleId: 'supervision.suggestion-reanswer', isOpen: 1 });
    expect(view.timeline.map((e) => e.action)).toEqual(['assign', 'answer', 'reanswer']);
    expect(view.timeline[2]!.opinion).toContain('不满意');

    await answer(id, '2026-05-20', { answer: '已完成上游排污口整治' });
    // Published once: the second answer updates nothing in the queue.
    expect(await t.handle.db.selectFrom('publications').select('id').where('sourceId', '=', id).execute()).toHaveLength(1);
    const closed = await satisfaction(id, '2026-05-30', 'dissatisfied');
    expect(closed).toMatchObject({ status: 'closed', round: 2, taskStatus: 'done' });
    const final = await get(await on('2026-05-30', 'bgs'), id);
    expect(final).toMatchObject({ status: 'closed', satisfaction: 'dissatisfied', answer: '已完成上游排污口整治' });
    expect(final.actions).toEqual([]);
    const task = await t.handle.db.selectFrom('tasks').select(['status', 'closedReason']).where('id', '=', taskId).executeTakeFirstOrThrow();
    expect(task.status).toBe('done');
    expect(task.closedReason).toContain('仍不满意');
  });
});
