import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, signInAgain, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { docxPart } from '../layout/zip.js';

const BASE = '2026-03-02T01:00:00Z';
let signIns = 0;
const at = (day: string) => new Date(Date.parse(`${day}T01:00:00Z`) + ++signIns * 31_000).toISOString();
const TODAY = '2026-03-20';

type Counts = { total: number; open: number; reviewing: number; done: number; closedIncomplete: number; overdue: number };

/** A multipart/form-data body with one file field. */
function multipart(fileName: string, bytes: Buffer): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----zhengwu-test-boundary';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, bytes, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe.each(dialects)('督查督办的产出：统计图、定期报告、台账导出导入、结果运用（第五十七、七十九条）（%s）', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    for (const login of ['bgs', 'fgj', 'fgj-head', 'czjjz']) await logInAs(t.app, login);
    // The batch "定期报告": three overdue by the 20th (due the 10th), two running, one closed without completion, one done.
    const office = await on('2026-03-02', 'bgs');
    const open = async (title: string, leadUnitId: string, dueOn: string, coUnitIds: string[] = []) => {
      const r = await office.post('/api/supervision/tasks', { sourceType: 'audit_finding', sourceRef: '临审报〔2026〕3号', title, leadUnitId, coUnitIds, dueOn });
      expect(r.statusCode, r.body).toBe(201);
      return r.json().id as string;
    };
    await open('定期报告：项目资金拨付滞后', 'fgj', '2026-03-10');
    await open('定期报告：专项债券使用', 'fgj', '2026-03-10', ['czj']);
    await open('定期报告：政府采购合同备案', 'czj', '2026-03-10');
    await open('定期报告：重点项目前期手续', 'fgj', '2026-04-30');
    await open('定期报告：预算绩效评价', 'czj', '2026-04-30');
    const closed = await open('定期报告：已撤销的事项', 'czj', '2026-03-10');
    const v = (await office.get(`/api/supervision/tasks/${closed}`)).json().version as number;
    expect((await office.post(`/api/supervision/tasks/${closed}/close-incomplete`, { version: v, reason: '上级政策调整，任务撤销' })).statusCode).toBe(200);
    const done = await open('定期报告：统计数据核查', 'fgj', '2026-03-31');
    const staff = await on('2026-03-05', 'fgj');
    const reported = await staff.post(`/api/supervision/tasks/${done}/reports`, { version: (await staff.get(`/api/supervision/tasks/${done}`)).json().version, kind: 'final', text: '已全部核查完毕' });
    expect(reported.statusCode, reported.body).toBe(201);
    const head = await on('2026-03-05', 'fgj-head');
    const reportId = reported.json().id as string;
    const reportVersion = ((await head.get(`/api/supervision/tasks/${done}`)).json().reports as { id: string; version: number }[]).find((x) => x.id === reportId)!.version;
    expect((await head.post(`/api/supervision/reports/${reportId}/approve`, { version: reportVersion })).statusCode).toBe(200);
    const office2 = await on('2026-03-06', 'bgs');
    const v2 = ((await office2.get(`/api/supervision/tasks/${done}`)).json().reports as { id: string; version: number }[]).find((x) => x.id === reportId)!.version;
    expect((await office2.post(`/api/supervision/reports/${reportId}/accept`, { version: v2 })).statusCode).toBe(200);
  }, 180_000);
  afterAll(async () => t.close());
  afterEach(() => t.clock.set(BASE));

  async function on(day: string, login: string): Promise<Agent> {
    t.clock.set(at(day));
    return signInAgain(t.app, login);
  }
  const ledger = async (agent: Agent, query: string) => {
    const r = await agent.get(`/api/supervision/tasks?pageSize=200&${query}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as { items: { id: string; title: string; status: string; leadUnitId: string; leadUnitName: string; coUnits: { name: string }[]; leaderName: string | null; dueOn: string; source: { type: string; ref: string | null }; overdue: { isOverdue: boolean } }[]; summary: Counts };
  };

  it('art. 57: the dashboard shows the same counts as the ledger for the same filter, overdue included', async () => {
    const office = await on(TODAY, 'bgs');
    for (const query of [`q=${encodeURIComponent('定期报告')}`, `q=${encodeURIComponent('定期报告')}&leadUnitId=fgj`, `q=${encodeURIComponent('定期报告')}&isOverdue=true`, '']) {
      const l = await ledger(office, query);
      const d = await office.get(`/api/supervision/dashboard?${query}`);
      expect(d.statusCode, d.body).toBe(200);
      const dash = d.json();
      expect(dash.totals).toEqual(l.summary);
      // The ledger's own rows agree: the overdue ones are those the page marks overdue.
      if (l.summary.total <= 200) {
        expect(l.items).toHaveLength(l.summary.total);
        expect(l.items.filter((i) => i.overdue.isOverdue)).toHaveLength(l.summary.overdue);
      }
      const sum = (rows: Counts[], key: keyof Counts) => rows.reduce((s, r) => s + r[key], 0);
      for (const key of ['total', 'open', 'done', 'closedIncomplete', 'overdue'] as const) {
        expect(sum(dash.byUnit, key)).toBe(l.summary[key]);
        expect(sum(dash.bySource, key)).toBe(l.summary[key]);
      }
      expect(Object.fromEntries(dash.byStatus.map((s: { status: string; count: number }) => [s.status, s.count]))).toEqual({ open: l.summary.open, reviewing: l.summary.reviewing, done: l.summary.done, closed_incomplete: l.summary.closedIncomplete });
    }
    const batch = (await office.get(`/api/supervision/dashboard?q=${encodeURIComponent('定期报告')}`)).json();
    expect(batch.totals).toEqual({ total: 7, open: 5, reviewing: 0, done: 1, closedIncomplete: 1, overdue: 3 });
    const march = batch.byMonth.find((m: { month: string }) => m.month === '2026-03');
    const april = batch.byMonth.find((m: { month: string }) => m.month === '2026-04');
    expect(march).toMatchObject({ total: 5, overdue: 3, done: 1, closedIncomplete: 1 });
    expect(april).toMatchObject({ total: 2, overdue: 0 });
    expect(batch.byUnit.find((u: { unitId: string }) => u.unitId === 'fgj')).toMatchObject({ unitName: '区发展和改革局', total: 4, overdue: 2, done: 1 });
  });

  it('art. 57: the dashboard, like the ledger, shows a unit only its own tasks', async () => {
    const unit = await on(TODAY, 'czjjz');
    const l = await ledger(unit, `q=${encodeURIComponent('定期报告')}`);
    const dash = (await unit.get(`/api/supervision/dashboard?q=${encodeURIComponent('定期报告')}`)).json();
    expect(dash.totals).toEqual(l.summary);
    // 财政局 leads three and helps with one.
    expect(dash.totals.total).toBe(4);
  });

  it('art. 57: the periodic report renders to .docx with the ledger\'s counts and the overdue list', async () => {
    const office = await on(TODAY, 'bgs');
    const l = await ledger(office, `q=${encodeURIComponent('定期报告')}`);
    const r = await office.get(`/api/supervision/reports/periodic.docx?from=2026-03-01&to=2026-03-31&q=${encodeURIComponent('定期报告')}`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toContain('wordprocessingml');
    const xml = docxPart(r.rawPayload, 'word/document.xml');
    const textOf = xml.replace(/<[^>]+>/g, '');
    expect(textOf).toContain(`共有督办任务${l.summary.total}项，其中已办结${l.summary.done}项，办理中${l.summary.open}项，待验收${l.summary.reviewing}项，未完成销号${l.summary.closedIncomplete}项；逾期未完成${l.summary.overdue}项`);
    for (const item of l.items.filter((i) => i.overdue.isOverdue)) expect(textOf).toContain(item.title);
    expect(textOf).toContain('已逾期10天');
    expect(textOf).not.toContain('重点项目前期手续（牵头单位');
    expect(textOf).toContain('区发展和改革局：牵头督办任务4项');
    const audit = await t.handle.db.selectFrom('auditEvents').select('act').where('act', '=', 'supervision.report.export').execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('art. 57: the periodic report renders to .xlsx with sheets 汇总, 逾期任务, 单位情况 and the same numbers', async () => {
    const office = await on(TODAY, 'bgs');
    const l = await ledger(office, `q=${encodeURIComponent('定期报告')}`);
    const r = await office.get(`/api/supervision/reports/periodic.xlsx?from=2026-03-01&to=2026-03-31&q=${encodeURIComponent('定期报告')}`);
    expect(r.statusCode, r.body).toBe(200);
    const wb = await workbookOf(r.rawPayload);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['汇总', '逾期任务', '单位情况']);
    const summary = new Map<string, unknown>();
    wb.getWorksheet('汇总')!.eachRow((row, n) => n > 1 && summary.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(summary.get('督办任务总数')).toBe(l.summary.total);
    expect(summary.get('已办结')).toBe(l.summary.done);
    expect(summary.get('未完成销号')).toBe(l.summary.closedIncomplete);
    expect(summary.get('逾期未完成')).toBe(l.summary.overdue);
    const overdue = wb.getWorksheet('逾期任务')!;
    expect(overdue.rowCount - 1).toBe(l.summary.overdue);
    expect(overdue.getRow(2).getCell(5).value).toBe(10);
    const units = new Map<string, number[]>();
    wb.getWorksheet('单位情况')!.eachRow((row, n) => n > 1 && units.set(String(row.getCell(1).value), [2, 5, 7].map((c) => Number(row.getCell(c).value))));
    expect(units.get('区发展和改革局')).toEqual([4, 1, 2]);
    expect(units.get('区财政局')).toEqual([3, 0, 1]);
  });

  it('art. 79: a circular is generated from the ledger, numbered 督查通报〔2026〕N号, recorded against the overdue tasks and their units, and renders to .docx', async () => {
    const office = await on(TODAY, 'bgs');
    const draft = (await office.get(`/api/supervision/results/circular-draft?q=${encodeURIComponent('定期报告')}`)).json();
    expect(draft.text).toContain('逾期未完成3项');
    expect(draft.taskIds).toHaveLength(3);
    const r = await office.post('/api/supervision/results', { kind: 'circular', filter: { q: '定期报告' }, text: `${draft.text}\n经办公室复核，特此通报。` });
    expect(r.statusCode, r.body).toBe(201);
    const { id, number } = r.json();
    expect(number).toMatch(/^督查通报〔2026〕\d+号$/);
    const view = (await office.get(`/api/supervision/results/${id}`)).json();
    expect(view).toMatchObject({ kind: 'circular', kindLabel: '通报', number });
    expect(view.text).toContain('经办公室复核');
    expect(view.tasks.map((x: { id: string }) => x.id).sort()).toEqual([...draft.taskIds].sort());
    expect(view.units.map((u: { id: string }) => u.id).sort()).toEqual(['czj', 'fgj']);
    const docx = await office.get(`/api/supervision/results/${id}.docx`);
    expect(docx.statusCode, docx.body).toBe(200);
    const text = docxPart(docx.rawPayload, 'word/document.xml').replace(/<[^>]+>/g, '');
    expect(text).toContain(number);
    expect(text).toContain('经办公室复核');
    const xlsx = await office.get(`/api/supervision/results/${id}.xlsx`);
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const listed = book.getWorksheet('通报任务')!.getSheetValues().slice(5).map((row) => (row as unknown[])[1]);
    expect(listed.sort()).toEqual(view.tasks.map((x: { number: string }) => x.number).sort());
    // A unit sees the circular against it; a task's results list it.
    const unit = await on(TODAY, 'czjjz');
    expect((await unit.get(`/api/supervision/results?unitId=czj`)).json().items.map((x: { id: string }) => x.id)).toContain(id);
    expect((await office.get(`/api/supervision/results?taskId=${draft.taskIds[0]}`)).json().items.map((x: { id: string }) => x.id)).toContain(id);
  });

  it('art. 79: an admonitory talk and a referral are recorded against the unit and appear in the periodic report\'s unit record', async () => {
    const office = await on(TODAY, 'bgs');
    const talk = await office.post('/api/supervision/results', { kind: 'admonitory_talk', unitId: 'czj', personName: '财政局局长', leaderPersonId: 'zhao-mingyuan', heldOn: '2026-03-18', notes: '就政府采购合同备案逾期进行约谈，要求限期整改' });
    expect(talk.statusCode, talk.body).toBe(201);
    const notLeader = await office.post('/api/supervision/results', { kind: 'admonitory_talk', unitId: 'czj', personName: '某某', leaderPersonId: 'fgj-staff', heldOn: '2026-03-18', notes: '约谈' });
    expect(notLeader.statusCode).toBe(400);
    const referral = await office.post('/api/supervision/results', { kind: 'referral', referredTo: '区纪委监委', unitIds: ['czj'], reason: '多次逾期且整改不力', heldOn: '2026-03-19' });
    expect(referral.statusCode, referral.body).toBe(201);
    const view = (await office.get(`/api/supervision/results/${talk.json().id}`)).json();
    expect(view).toMatchObject({ kind: 'admonitory_talk', personName: '财政局局长', heldBy: '赵明远', heldOn: '2026-03-18', docxHref: null });
    const r = await office.get(`/api/supervision/reports/periodic.xlsx?from=2026-03-01&to=2026-03-31&q=${encodeURIComponent('定期报告')}`);
    const wb = await workbookOf(r.rawPayload);
    let czj: number[] = [];
    wb.getWorksheet('单位情况')!.eachRow((row) => {
      if (row.getCell(1).value === '区财政局') czj = [8, 9, 10].map((c) => Number(row.getCell(c).value));
    });
    expect(czj[1]).toBe(1);
    expect(czj[2]).toBe(1);
    expect(czj[0]).toBeGreaterThanOrEqual(1);
    const audit = await t.handle.db.selectFrom('auditEvents').select('act').where('act', '=', 'supervision.result.record').where('objectId', 'in', [talk.json().id, referral.json().id]).execute();
    expect(audit).toHaveLength(2);
    // Only the office records results.
    expect((await (await on(TODAY, 'czjjz')).post('/api/supervision/results', { kind: 'referral', referredTo: 'x', unitIds: ['czj'], reason: 'x', heldOn: '2026-03-19' })).statusCode).toBe(403);
  });

  it('art. 76: the ledger exported to Excel imports back as the same tasks, numbered anew', async () => {
    const office = await on('2026-03-02', 'bgs');
    const tasks = [
      { title: '往返：营商环境评价问题整改', leadUnitId: 'fgj', coUnitIds: ['czj'], dueOn: '2026-05-31' },
      { title: '往返：国库集中支付核查', leadUnitId: 'czj', coUnitIds: [], dueOn: '2026-06-30' },
    ];
    for (const x of tasks) expect((await office.post('/api/supervision/tasks', { sourceType: 'media', sourceRef: '淄博日报2026年3月1日报道', ...x })).statusCode).toBe(201);
    const before = await ledger(office, `q=${encodeURIComponent('往返')}`);
    const exported = await office.get(`/api/supervision/tasks.xlsx?q=${encodeURIComponent('往返')}`);
    expect(exported.statusCode, exported.body).toBe(200);
    const wb = await workbookOf(exported.rawPayload);
    const sheet = wb.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['编号', '任务名称', '来源', '牵头单位', '配合单位', '分管领导', '完成时限', '状态', '是否逾期', '进度']);
    expect(sheet.rowCount - 1).toBe(2);
    expect(sheet.getRow(2).getCell(3).value).toBe('新闻媒体（淄博日报2026年3月1日报道）');
    const imported = await office.request({ method: 'POST', url: '/api/supervision/tasks/import', ...multipart('台账.xlsx', exported.rawPayload) });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json().count).toBe(2);
    const after = await ledger(office, `q=${encodeURIComponent('往返')}`);
    expect(after.summary.total).toBe(4);
    const fresh = after.items.filter((i) => !before.items.some((b) => b.id === i.id));
    const shape = (i: (typeof after.items)[number]) => ({ title: i.title, lead: i.leadUnitName, co: i.coUnits.map((c) => c.name), leader: i.leaderName, dueOn: i.dueOn, source: i.source, status: i.status });
    expect(fresh.map(shape).sort((a, b) => a.title.localeCompare(b.title))).toEqual(before.items.map(shape).sort((a, b) => a.title.localeCompare(b.title)));
    const audit = await t.handle.db.selectFrom('auditEvents').select('act').where('act', '=', 'supervision.ledger.import').execute();
    expect(audit).toHaveLength(1);
  });

  it('art. 76: an import with a bad row registers nothing and names the row in Chinese', async () => {
    const office = await on('2026-03-02', 'bgs');
    const exported = await office.get(`/api/supervision/tasks.xlsx?q=${encodeURIComponent('往返')}`);
    const wb = await workbookOf(exported.rawPayload);
    const sheet = wb.worksheets[0]!;
    sheet.getRow(3).getCell(4).value = '区不存在局';
    sheet.getRow(3).commit();
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const total = async () => (await office.get('/api/supervision/tasks?pageSize=1')).json().summary.total as number;
    const count = await total();
    const r = await office.request({ method: 'POST', url: '/api/supervision/tasks/import', ...multipart('台账.xlsx', bytes) });
    expect(r.statusCode).toBe(400);
    expect(r.json().detail).toContain('第3行：牵头单位“区不存在局”不存在');
    expect(r.json().details.errors).toEqual(['第3行：牵头单位“区不存在局”不存在']);
    expect(await total()).toBe(count);
    // Not a workbook at all: 400, not 500.
    const junk = await office.request({ method: 'POST', url: '/api/supervision/tasks/import', ...multipart('台账.xlsx', Buffer.from('not a workbook')) });
    expect(junk.statusCode).toBe(400);
    // Only the office imports.
    const unit = await on('2026-03-02', 'fgj');
    expect((await unit.request({ method: 'POST', url: '/api/supervision/tasks/import', ...multipart('台账.xlsx', exported.rawPayload) })).statusCode).toBe(403);
  });
});
