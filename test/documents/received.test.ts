import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findSoffice } from '../../src/operations/documents/layout/index.js';
import { type Agent, logInAs, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { startWithIncomingCast } from './factories.js';
import { uploadPdf } from '../harness/factories.js';
import { createUserWithRoles } from '../harness/users.js';

const BASE = '2026-03-02T01:00:00Z';

/** A 市政府 document the office received on paper (the scan is added per test). */
let number = 1;
const cityNotice = (overrides: Record<string, unknown> = {}) => ({
  sourceKind: 'higher',
  senderName: '淄博市人民政府',
  channel: 'paper',
  docType: '通知',
  title: '淄博市人民政府关于做好春季重点项目建设工作的通知',
  body: '各区县人民政府：现就做好春季重点项目建设工作通知如下……',
  senderDocNumber: `淄政字〔2026〕${number++}号`,
  writtenOn: '2026-02-26',
  copies: 2,
  pages: 6,
  disclosure: 'public',
  routingUnitId: 'fgj',
  ...overrides,
});

let requestNumber = 500;
const request = (overrides: Record<string, unknown> = {}) => ({
  docType: '请示',
  title: '区发展和改革局关于申请重点项目前期经费和增加编制的请示',
  body: '区政府：\n拟申请前期经费200万元，并增加编制2名。妥否，请批示。',
  senderDocNumber: `临发改〔2026〕${requestNumber++}号`,
  signerName: '局长',
  declaredMatters: ['申请重点项目前期经费'],
  writtenOn: '2026-02-27',
  ...overrides,
});

describe.each(dialects)('收文：办公室登记来文、退回重报、批示之后（第六十四至六十六条，第八十四条）（%s）', (dialect) => {
  let t: TestApp;
  let office: Agent;
  let zhao: Agent;
  let lin: Agent;
  let sun: Agent;
  let zhou: Agent;
  let fgj: Agent;
  let fgjHead: Agent;
  let mzj: Agent;

  beforeAll(async () => {
    ({ t, office, zhao, lin, sun, zhou, fgj, fgjHead, mzj } = await startWithIncomingCast(dialect, BASE));
  }, 120_000);
  afterAll(async () => t.close());
  beforeEach(() => t.clock.set(BASE));

  const versionOf = async (id: string, agent: Agent = office) => (await agent.get(`/api/documents/incoming/${id}`)).json().version as number;
  const walk = async (id: string, agent: Agent, path: string, body: Record<string, unknown> = {}) => {
    const r = await agent.post(`/api/documents/incoming/${id}/${path}`, { version: await versionOf(id, agent), ...body });
    expect(r.statusCode, `${path}: ${r.body}`).toBe(200);
    return r.json();
  };
  const register = async (overrides: Record<string, unknown> = {}) => {
    const scan = await uploadPdf(office, '市政府通知扫描件.pdf', 'scan');
    const r = await office.post('/api/documents/incoming/register', cityNotice({ attachmentIds: [scan], ...overrides }));
    expect(r.statusCode, r.body).toBe(201);
    return r.json() as { id: string; status: string; registerNumber: string };
  };
  /** A registered 市政府 document taken to the deputy's 批示 (portfolio of 区发展和改革局: 赵明远). */
  const toInstructed = async (title: string) => {
    const { id } = await register({ title });
    await walk(id, office, 'review', { outcome: 'pass' });
    await walk(id, office, 'propose', { proposal: '拟请赵明远副区长阅示' });
    await walk(id, office, 'assign');
    await walk(id, zhao, 'instruct', { opinion: '请发改局牵头落实。' });
    return id;
  };

  it('条例第二十四条 办公室登记市政府纸质来文：附扫描件进入登记簿待初审；未附扫描件的不予登记', async () => {
    const withoutScan = await office.post('/api/documents/incoming/register', cityNotice());
    expect(withoutScan.statusCode).toBe(400);
    expect(withoutScan.json().detail).toContain('扫描件');
    // By 电子公文交换 the exchanged file is the document: no scan needed.
    expect((await office.post('/api/documents/incoming/register', cityNotice({ channel: 'exchange', title: '市政府办公室关于报送一季度数据的通知' }))).statusCode).toBe(201);
    const { id, status, registerNumber } = await register();
    expect(status).toBe('registered');
    expect(registerNumber).toMatch(/^收〔2026〕\d+号$/);
    const detail = (await office.get(`/api/documents/incoming/${id}`)).json();
    expect(detail).toMatchObject({
      status: 'registered',
      sender: '淄博市人民政府',
      senderName: '淄博市人民政府',
      sourceKind: 'higher',
      sourceKindLabel: '上级机关',
      channel: 'paper',
      channelLabel: '纸质',
      copies: 2,
      pages: 6,
      disclosure: 'public',
      disclosureLabel: '主动公开',
      routingUnit: { id: 'fgj', name: '区发展和改革局' },
      registerNumber,
      receivedAt: new Date(BASE).toISOString(),
    });
    expect(detail.attachments).toEqual([expect.objectContaining({ kind: 'scan', fileName: '市政府通知扫描件.pdf' })]);
    expect(detail.timeline.map((s: { step: string }) => s.step)).toEqual(['receive', 'register']);
    expect(detail.actions).toEqual(expect.arrayContaining(['review', 'return']));
    // A unit's filing guards (art. 64) do not judge a higher body's document: it carries no flag of them.
    expect(detail.flags).toEqual([]);
    // Only the office registers.
    expect((await fgj.post('/api/documents/incoming/register', cityNotice({ channel: 'exchange' }))).statusCode).toBe(403);
  });

  it('演示政府：一件纸质登记的市政府来文待初审，一件传阅中的来文待周文博阅', async () => {
    const paper = (await office.get(`/api/documents/incoming?q=${encodeURIComponent('岁末年初重点项目')}`)).json().items;
    expect(paper).toEqual([expect.objectContaining({ status: 'registered', sender: '淄博市人民政府', channel: 'paper', sourceKind: 'higher' })]);
    expect((await office.get(`/api/documents/incoming/${paper[0].id}`)).json().attachments).toEqual([expect.objectContaining({ kind: 'scan' })]);
    const circulating = (await office.get(`/api/documents/incoming?q=${encodeURIComponent('元旦春节期间安全生产')}`)).json().items;
    expect(circulating).toEqual([expect.objectContaining({ status: 'instructed', channel: 'exchange' })]);
    const detail = (await zhou.get(`/api/documents/incoming/${circulating[0].id}`)).json();
    expect(detail.actions).toEqual(['read']);
    expect(detail.circulation.map((c: { name: string; readAt: string | null }) => [c.name, c.readAt !== null])).toEqual([['孙立华', true], ['周文博', false]]);
    const refused = await office.post(`/api/documents/incoming/${circulating[0].id}/transfer`, { version: detail.version, handlingUnitId: 'fgj' });
    expect(refused.json().violations).toEqual([expect.objectContaining({ ruleId: 'documents.transfer-after-last-instruction' })]);
  });

  it('第八十四条 涉密来文不予录入平台', async () => {
    const scan = await uploadPdf(office, '扫描件.pdf', 'scan');
    const r = await office.post('/api/documents/incoming/register', cityNotice({ classification: 'secret', secrecyPeriod: '1年', attachmentIds: [scan] }));
    expect(r.statusCode).toBe(422);
    expect(r.json().violations).toEqual([expect.objectContaining({ ruleId: 'documents.classified-refused', article: 84 })]);
    expect(r.json().violations[0].message).not.toMatch(/^第.+条：/);
  });

  it('格式错误的登记、传阅、阅请求答复 400', async () => {
    for (const body of [cityNotice({ sourceKind: 'platform' }), cityNotice({ copies: 0 }), cityNotice({ senderName: ' ' }), cityNotice({ channel: 'fax' }), cityNotice({ writtenOn: '2026-02-30' }), { title: '只有标题' }]) {
      const r = await office.post('/api/documents/incoming/register', body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
    const id = await toInstructed('格式测试：关于春季造林绿化工作的通知');
    const version = await versionOf(id);
    expect((await office.post(`/api/documents/incoming/${id}/circulate`, { version, personIds: [] })).statusCode).toBe(400);
    expect((await office.post(`/api/documents/incoming/${id}/circulate`, { version, personIds: ['fgj-principal'] })).statusCode).toBe(400);
    expect((await zhou.post(`/api/documents/incoming/${id}/read`, { version: 'x' })).statusCode).toBe(400);
    expect((await fgj.post(`/api/documents/incoming/${id}/resubmit`, { version })).statusCode).toBe(400);
  });

  it('第六十五条 市政府来文：副区长批示后呈区长，区长批示，传阅两位领导阅毕后方可转办，办结；收文处理笺列明每一步', async () => {
    const id = await toInstructed('淄博市人民政府关于做好春季重点项目建设工作的通知');
    const atZhao = (await zhao.get(`/api/documents/incoming/${id}`)).json();
    expect(atZhao.actions).toContain('escalate');
    expect(atZhao.assignedLeader).toEqual({ personId: 'zhao-mingyuan', name: '赵明远' });
    // 呈区长: back to 待批示 with the 区长 as the assigned leader; the office cannot transfer meanwhile.
    const escalated = await walk(id, zhao, 'escalate', { opinion: '事关全区重点项目，请区长阅示' });
    expect(escalated.leader).toEqual({ personId: 'lin-zhiyuan', name: '林志远' });
    const waiting = (await office.get(`/api/documents/incoming/${id}`)).json();
    expect(waiting).toMatchObject({ status: 'assigned', assignedLeader: { personId: 'lin-zhiyuan' } });
    expect((await office.post(`/api/documents/incoming/${id}/transfer`, { version: waiting.version, handlingUnitId: 'fgj' })).statusCode).toBe(409);
    expect((await lin.get('/api/workbench')).json().items.map((i: { id: string }) => i.id)).toContain(id);
    t.clock.set('2026-03-03T02:00:00Z');
    await walk(id, lin, 'instruct', { opinion: '同意，抓紧落实。' });
    const atLin = (await lin.get(`/api/documents/incoming/${id}`)).json();
    // The 区长's 批示 has no one above it.
    expect(atLin.actions).not.toContain('escalate');
    expect(atLin.instructions.map((i: { name: string; opinion: string; date: string }) => [i.name, i.opinion, i.date])).toEqual([
      ['赵明远', '请发改局牵头落实。', '2026-03-02'],
      ['林志远', '同意，抓紧落实。', '2026-03-03'],
    ]);
    expect(atLin.instruction).toMatchObject({ name: '林志远' });

    // 传阅 to two leaders; the office waits for both before 转办 (art. 65).
    const circulated = await walk(id, office, 'circulate', { personIds: ['sun-lihua', 'zhou-wenbo'], beforeTransfer: true });
    expect(circulated.pending.map((p: { name: string }) => p.name)).toEqual(['孙立华', '周文博']);
    const inbox = (await zhou.get('/api/workbench')).json().items as { id: string; kind: string }[];
    expect(inbox.find((i) => i.id === id)?.kind).toBe('待阅');
    await walk(id, sun, 'read');
    const refused = await office.post(`/api/documents/incoming/${id}/transfer`, { version: await versionOf(id), handlingUnitId: 'fgj' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().violations).toEqual([expect.objectContaining({ ruleId: 'documents.transfer-after-last-instruction', article: 65 })]);
    expect(refused.json().violations[0].message).toContain('周文博');
    expect(refused.json().violations[0].message).not.toContain('孙立华');
    t.clock.set('2026-03-04T03:00:00Z');
    await walk(id, zhou, 'read', { opinion: '请区教体局配合做好相关工作。' });
    const again = await zhou.post(`/api/documents/incoming/${id}/read`, { version: await versionOf(id), opinion: '' });
    expect(again.statusCode).toBe(409);
    const read = (await office.get(`/api/documents/incoming/${id}`)).json();
    expect(read.circulation.map((c: { name: string; readOn: string; opinion: string | null }) => [c.name, c.readOn, c.opinion])).toEqual([
      ['孙立华', '2026-03-03', null],
      ['周文博', '2026-03-04', '请区教体局配合做好相关工作。'],
    ]);
    expect((await zhou.get('/api/workbench')).json().items.map((i: { id: string }) => i.id)).not.toContain(id);

    await walk(id, office, 'transfer', { handlingUnitId: 'fgj', coUnitIds: ['czj'], workingDays: 10 });
    await walk(id, fgj, 'complete', { result: '已制定春季重点项目推进方案并组织实施。' });
    const done = (await office.get(`/api/documents/incoming/${id}`)).json();
    expect(done.status).toBe('completed');
    expect(done.completedAt).toBe('2026-03-04T03:00:00.000Z');

    const slip = await office.get(`/api/documents/incoming/${id}/processing-slip`);
    expect(slip.statusCode, slip.body).toBe(200);
    expect(slip.json()).toMatchObject({
      registerNumber: done.registerNumber,
      receivedOn: '2026-03-02',
      sender: '淄博市人民政府',
      senderDocNumber: done.senderDocNumber,
      channel: '纸质',
      copies: 2,
      pages: 6,
      classification: '非密',
      proposal: { text: '拟请赵明远副区长阅示', name: '王芳', date: '2026-03-02' },
      transfer: { handlingUnit: '区发展和改革局', coUnits: ['区财政局'], dueOn: expect.stringMatching(/^2026-03-\d{2}$/), date: '2026-03-04' },
      completion: { result: '已制定春季重点项目推进方案并组织实施。', date: '2026-03-04' },
      office: '临淄区人民政府办公室',
    });
    expect(slip.json().instructions.map((i: { name: string; opinion: string; date: string }) => [i.name, i.opinion, i.date])).toEqual([
      ['赵明远', '请发改局牵头落实。', '2026-03-02'],
      ['林志远', '同意，抓紧落实。', '2026-03-03'],
      ['孙立华', '已阅', '2026-03-03'],
      ['周文博', '请区教体局配合做好相关工作。', '2026-03-04'],
    ]);

    const docx = await office.get(`/api/documents/incoming/${id}/processing-slip.docx`);
    expect(docx.statusCode, docx.body.slice(0, 300)).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    if (dialect === 'sqlite') {
      // The PDF does not depend on the database: converted once per run (LibreOffice takes seconds).
      const pdf = await office.get(`/api/documents/incoming/${id}/processing-slip.pdf`);
      if (findSoffice()) {
        expect(pdf.statusCode, pdf.body.slice(0, 300)).toBe(200);
        expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      } else {
        expect(pdf.statusCode).toBe(503);
        expect(pdf.headers['content-type']).toContain('application/problem+json');
      }
    }

    // The register's export: Beijing time, every 批示 as “意见（姓名，日期）”.
    const xlsx = await office.get('/api/documents/incoming/register.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 9)).toEqual(['收文日期', '收文编号', '来文单位', '来文字号', '标题', '来文方式', '批示', '办结日期', '办理结果']);
    let row: unknown[] | undefined;
    sheet.eachRow((r) => {
      const values = (r.values as unknown[]).slice(1);
      if (values[1] === done.registerNumber) row = values;
    });
    expect(row).toBeDefined();
    expect(row!.slice(0, 9)).toEqual([
      '2026-03-02 09:00',
      done.registerNumber,
      '淄博市人民政府',
      done.senderDocNumber,
      '淄博市人民政府关于做好春季重点项目建设工作的通知',
      '纸质',
      '请发改局牵头落实。（赵明远，2026-03-02）\n同意，抓紧落实。（林志远，2026-03-03）\n已阅（孙立华，2026-03-03）\n请区教体局配合做好相关工作。（周文博，2026-03-04）',
      '2026-03-04 11:00',
      '已制定春季重点项目推进方案并组织实施。',
    ]);
    t.clock.set(BASE);
  });

  it('第六十四条 退回的请示由报送单位修改后作为同一公文重新报送：两稿留存，重新签发，办结', async () => {
    t.clock.set(BASE);
    const filed = await fgj.post('/api/documents/incoming', request());
    expect(filed.statusCode, filed.body).toBe(201);
    const id = filed.json().id as string;
    await walk(id, fgjHead, 'sign-off');
    await walk(id, office, 'receive');
    const { registerNumber } = await walk(id, office, 'register');
    await walk(id, office, 'review', { outcome: 'return', reasons: ['not_one_matter'] });
    const returned = (await fgj.get(`/api/documents/incoming/${id}`)).json();
    expect(returned.status).toBe('returned');
    expect(returned.actions).toEqual(expect.arrayContaining(['resubmit', 'withdraw']));
    expect(returned.timeline.at(-1)).toMatchObject({ step: 'return', article: 64, opinion: expect.stringContaining('一文一事') });
    // Off the office's 工作台, on the filing unit's until resubmitted.
    expect((await office.get('/api/workbench')).json().items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await fgj.get('/api/workbench')).json().items.find((i: { id: string }) => i.id === id)?.kind).toBe('待修改后重新报送');
    // Not the office's nor another unit's to resubmit.
    expect((await office.post(`/api/documents/incoming/${id}/resubmit`, { version: returned.version, changeNote: '改' })).statusCode).toBe(403);
    expect((await mzj.post(`/api/documents/incoming/${id}/resubmit`, { version: returned.version, changeNote: '改' })).statusCode).toBe(404);

    t.clock.set('2026-03-03T02:00:00Z');
    const revised = await walk(id, fgj, 'resubmit', {
      changeNote: '按一文一事要求删去增加编制事项',
      title: '区发展和改革局关于申请重点项目前期经费的请示',
      body: '区政府：\n拟申请前期经费200万元。妥否，请批示。',
    });
    // Revised by the clerk: the principal head signs the revision off again, as on first filing.
    expect(revised).toMatchObject({ status: 'awaiting_sign_off', revision: 2 });
    expect((await fgj.get('/api/workbench')).json().items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await fgj.post(`/api/documents/incoming/${id}/resubmit`, { version: returned.version, changeNote: '再改' })).statusCode).toBe(409);
    await walk(id, fgjHead, 'sign-off');
    await walk(id, office, 'receive');
    const again = await walk(id, office, 'register');
    expect(again.registerNumber).toBe(registerNumber);
    const detail = (await office.get(`/api/documents/incoming/${id}`)).json();
    expect(detail).toMatchObject({ id, revision: 2, title: '区发展和改革局关于申请重点项目前期经费的请示', receivedAt: new Date(BASE).toISOString() });
    const clerk = detail.timeline[0].actorName as string;
    expect(detail.versions.map((v: { revision: number; fields: { title: string }; recordedByName: string; recordedAt: string; note: string | null }) => [v.revision, v.fields.title, v.recordedByName, v.recordedAt, v.note])).toEqual([
      [1, '区发展和改革局关于申请重点项目前期经费和增加编制的请示', clerk, new Date(BASE).toISOString(), null],
      [2, '区发展和改革局关于申请重点项目前期经费的请示', clerk, '2026-03-03T02:00:00.000Z', '按一文一事要求删去增加编制事项'],
    ]);
    expect(detail.timeline.map((s: { step: string }) => s.step)).toEqual(['submit', 'sign_off', 'receive', 'register', 'return', 'resubmit', 'sign_off', 'receive', 'register']);

    await walk(id, office, 'review', { outcome: 'pass' });
    await walk(id, office, 'propose', { proposal: '拟请赵明远副区长阅示' });
    await walk(id, office, 'assign');
    await walk(id, zhao, 'instruct', { opinion: '同意。' });
    await walk(id, office, 'transfer', { handlingUnitId: 'fgj' });
    await walk(id, fgj, 'complete', { result: '经费已拨付。' });
    expect((await fgj.get(`/api/documents/incoming/${id}`)).json().status).toBe('completed');
    t.clock.set(BASE);
  });

  it('第六十四条 重新报送如首次报送：行文规则再次把关，相关单位主要负责人对修改稿重新会签', async () => {
    await createUserWithRoles(t, { loginName: 'czj-head-resubmit', displayName: '财政局局长', unitId: 'czj', roles: ['unit_head'], personId: 'czj-principal' });
    const czjHead = await logInAs(t.app, 'czj-head-resubmit');
    const id = (await fgjHead.post('/api/documents/incoming', request({ title: '关于设立重点项目周转资金的请示', relatedUnitIds: ['czj'] }))).json().id as string;
    await walk(id, czjHead, 'countersign', { isAgreed: true, opinion: '同意' });
    await walk(id, office, 'receive');
    await walk(id, office, 'register');
    await walk(id, office, 'review', { outcome: 'return', reasons: ['format'] });
    const version = await versionOf(id, fgjHead);
    const twoMatters = await fgjHead.post(`/api/documents/incoming/${id}/resubmit`, { version, changeNote: '补充', declaredMatters: ['设立周转资金', '增加编制'] });
    expect(twoMatters.statusCode).toBe(422);
    expect(twoMatters.json().violations).toContainEqual(expect.objectContaining({ ruleId: 'documents.one-matter-per-request', article: 64 }));
    // The principal head resubmits: no separate 签发; the related unit signs the revision afresh.
    const revised = await walk(id, fgjHead, 'resubmit', { changeNote: '按格式要求修改', body: '区政府：\n拟设立重点项目周转资金5000万元。妥否，请批示。' });
    expect(revised.status).toBe('countersigning');
    const detail = (await czjHead.get(`/api/documents/incoming/${id}`)).json();
    expect(detail.actions).toEqual(['countersign']);
    expect(detail.countersignatures).toEqual([]);
    expect(detail.versions[0].fields.countersignatures).toEqual([expect.objectContaining({ unitId: 'czj', isAgreed: true })]);
    expect((await walk(id, czjHead, 'countersign', { isAgreed: true, opinion: '同意修改稿' })).status).toBe('submitted');
  });

  it('第六十四条 退回写明理由和条款（结构化返回）；报送单位撤回被退回的公文，离开其工作台', async () => {
    const id = (await fgj.post('/api/documents/incoming', request({ docType: '报告', title: '关于一季度项目推进情况的报告', body: '一季度推进项目12个。', declaredMatters: [] }))).json().id as string;
    await walk(id, office, 'receive');
    await walk(id, office, 'register');
    t.clock.set('2026-03-02T02:30:00Z');
    await walk(id, office, 'review', { outcome: 'return', reasons: ['format', 'request_in_report'], opinion: '请按格式修改后重新报送' });
    // The return comes structured: each reason with its article, the opinion, who and when — no text to parse.
    expect((await fgj.get(`/api/documents/incoming/${id}`)).json().returned).toEqual({
      reasons: [
        { key: 'format', article: 64, message: '不符合《党政机关公文处理工作条例》的格式要求' },
        { key: 'request_in_report', article: 64, message: '报告夹带请示事项' },
      ],
      opinion: '请按格式修改后重新报送',
      by: '王芳',
      at: '2026-03-02T02:30:00.000Z',
    });
    await walk(id, fgj, 'withdraw', { reason: '另行报送' });
    expect((await fgj.get(`/api/documents/incoming/${id}`)).json().returned).toBeNull();
    t.clock.set(BASE);
    expect((await fgj.get(`/api/documents/incoming/${id}`)).json()).toMatchObject({ status: 'withdrawn', actions: [] });
    expect((await fgj.get('/api/workbench')).json().items.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  it('已办：列出本人办理过的公文，最近办理的在前，按 cursor 翻页；不含他人办理的', async () => {
    const first = await toInstructed('已办测试一：关于春耕生产的通知');
    const second = await toInstructed('已办测试二：关于森林防火的通知');
    const other = (await register({ title: '已办测试三：未经副区长办理的通知' })).id;
    t.clock.set('2026-03-02T03:00:00Z');
    await walk(first, office, 'circulate', { personIds: ['zhou-wenbo'] });
    await walk(first, zhou, 'read');
    t.clock.set('2026-03-02T04:00:00Z');
    await walk(second, office, 'circulate', { personIds: ['zhou-wenbo'] });
    await walk(second, zhou, 'read', { opinion: '请注意防火。' });
    t.clock.set(BASE);
    const all = (await zhou.get('/api/documents/done?pageSize=200')).json().items as { id: string; lastStep: string; lastStepLabel: string; actedAt: string }[];
    const ids = all.map((d) => d.id);
    expect(ids.indexOf(second)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(second)).toBeLessThan(ids.indexOf(first));
    expect(all.find((d) => d.id === second)).toMatchObject({ lastStep: 'read', lastStepLabel: '阅', actedAt: '2026-03-02T04:00:00.000Z' });
    expect(all.map((d) => d.actedAt)).toEqual([...all.map((d) => d.actedAt)].sort().reverse());
    // Page by page with the cursor: the same list.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await zhou.get(`/api/documents/done?pageSize=1${cursor ? `&cursor=${cursor}` : ''}`)).json() as { items: { id: string }[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(1);
      paged.push(...page.items.map((d) => d.id));
      cursor = page.nextCursor;
    } while (cursor && paged.length <= ids.length);
    expect(paged).toEqual(ids);
    expect(all).not.toContain(other);
    expect((await office.get('/api/documents/done?pageSize=200')).json().items.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining([first, second, other]));
    // Scope still applies: the other unit acted on nothing and sees nothing.
    expect((await mzj.get('/api/documents/done')).json()).toEqual({ items: [], nextCursor: null });
    expect((await zhou.get('/api/documents/done?cursor=garbage')).statusCode).toBe(400);
  });

  it('另一单位按编号请求来文及其处理笺、传阅、阅，一律答复不存在（404）', async () => {
    const id = await toInstructed('范围测试：关于春季安全生产的通知');
    const version = await versionOf(id);
    for (const path of ['', '/processing-slip', '/processing-slip.docx', '/processing-slip.pdf']) {
      expect((await mzj.get(`/api/documents/incoming/${id}${path}`)).statusCode, path).toBe(404);
    }
    // (阅 and 呈区长 are leaders' acts: a unit's staff is refused them by role, 403, before any document is looked up.)
    for (const path of ['resubmit', 'withdraw']) {
      expect((await mzj.post(`/api/documents/incoming/${id}/${path}`, { version, changeNote: '改', opinion: '' })).statusCode, path).toBe(404);
    }
    // The same requests by the office find it, so the 404s above can fail.
    expect((await office.get(`/api/documents/incoming/${id}/processing-slip`)).statusCode).toBe(200);
  });

  it('第六十五条 过期版本的呈区长、传阅答复 409', async () => {
    const id = await toInstructed('版本测试：关于春季防汛准备的通知');
    const stale = (await versionOf(id)) - 1;
    expect((await zhao.post(`/api/documents/incoming/${id}/escalate`, { version: stale })).statusCode).toBe(409);
    expect((await office.post(`/api/documents/incoming/${id}/circulate`, { version: stale, personIds: ['zhou-wenbo'] })).statusCode).toBe(409);
    // Another deputy, who gave no 批示, cannot pass it up.
    expect((await sun.post(`/api/documents/incoming/${id}/escalate`, { version: stale + 1 })).statusCode).toBe(403);
  });

  it('第六十五条 同一领导同时两次“阅”、同时两次“呈区长”：一个成功，另一个 409', async () => {
    const id = await toInstructed('并发测试：关于春季植树的通知');
    await walk(id, office, 'circulate', { personIds: ['zhou-wenbo', 'sun-lihua'] });
    const version = await versionOf(id);
    const reads = await Promise.all([zhou.post(`/api/documents/incoming/${id}/read`, { version }), zhou.post(`/api/documents/incoming/${id}/read`, { version })]);
    expect(reads.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    // A different leader's 阅 at the same time is not a conflict.
    expect((await sun.post(`/api/documents/incoming/${id}/read`, { version })).statusCode).toBe(200);
    const escalating = await versionOf(id);
    const escalations = await Promise.all([zhao.post(`/api/documents/incoming/${id}/escalate`, { version: escalating }), zhao.post(`/api/documents/incoming/${id}/escalate`, { version: escalating })]);
    expect(escalations.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const timeline = (await office.get(`/api/documents/incoming/${id}`)).json().timeline.map((s: { step: string }) => s.step);
    expect(timeline.filter((s: string) => s === 'read')).toHaveLength(2);
    expect(timeline.filter((s: string) => s === 'escalate')).toHaveLength(1);
  });
});
