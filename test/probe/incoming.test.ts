/**
 * Probing the incoming-document changes of issue 14 (/api/documents/**: register received documents, resubmit,
 * 呈区长, 传阅, 阅, 已办, processing slip, export) as an attacker and an assessor would.
 */
import type { LightMyRequestResponse } from 'fastify';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Agent, logInAs, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { startWithIncomingCast } from '../documents/factories.js';
import { uploadPdf } from '../harness/factories.js';

const BASE = '2026-03-02T01:00:00Z';
const CJK = /[\u4e00-\u9fff]/;

let serial = 1;
const cityNotice = (overrides: Record<string, unknown> = {}) => ({
  sourceKind: 'higher',
  senderName: '淄博市人民政府',
  channel: 'exchange',
  docType: '通知',
  title: `淄博市人民政府关于做好探测工作的通知（${serial}）`,
  body: '各区县人民政府：现就有关工作通知如下……',
  senderDocNumber: `淄政字〔2026〕${700 + serial++}号`,
  writtenOn: '2026-02-26',
  copies: 2,
  pages: 6,
  disclosure: 'public',
  routingUnitId: 'fgj',
  ...overrides,
});

let requestNumber = 900;
const request = (overrides: Record<string, unknown> = {}) => ({
  docType: '请示',
  title: `区发展和改革局关于申请探测经费的请示（${requestNumber}）`,
  body: '区政府：\n拟申请前期经费200万元。妥否，请批示。',
  senderDocNumber: `临发改〔2026〕${requestNumber++}号`,
  signerName: '局长',
  declaredMatters: ['申请前期经费'],
  writtenOn: '2026-02-27',
  ...overrides,
});

function expectBadRequest(r: LightMyRequestResponse, what: string) {
  expect(r.statusCode, `${what}: ${r.body.slice(0, 300)}`).toBe(400);
  expect(r.headers['content-type'], what).toContain('application/problem+json');
  expect(String(r.json().detail), what).toMatch(CJK);
}

describe.each(dialects)('探测：收文接口的越权、并发、畸形请求与审计（第四、六十四、六十五条）（%s）', (dialect) => {
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

  const detail = async (id: string, agent: Agent = office) => {
    const r = await agent.get(`/api/documents/incoming/${id}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const versionOf = async (id: string, agent: Agent = office) => (await detail(id, agent)).version as number;
  const walk = async (id: string, agent: Agent, path: string, body: Record<string, unknown> = {}) => {
    const r = await agent.post(`/api/documents/incoming/${id}/${path}`, { version: await versionOf(id, agent), ...body });
    expect(r.statusCode, `${path}: ${r.body}`).toBe(200);
    return r.json();
  };
  const register = async (overrides: Record<string, unknown> = {}) => {
    const r = await office.post('/api/documents/incoming/register', cityNotice(overrides));
    expect(r.statusCode, r.body).toBe(201);
    return r.json().id as string;
  };
  const toInstructed = async (title: string, overrides: Record<string, unknown> = {}) => {
    const id = await register({ title, ...overrides });
    await walk(id, office, 'review', { outcome: 'pass' });
    await walk(id, office, 'propose', { proposal: '拟请赵明远副区长阅示' });
    await walk(id, office, 'assign');
    await walk(id, zhao, 'instruct', { opinion: '请发改局牵头落实。' });
    return id;
  };
  const toReturned = async () => {
    const filed = await fgj.post('/api/documents/incoming', request());
    expect(filed.statusCode, filed.body).toBe(201);
    const id = filed.json().id as string;
    await walk(id, fgjHead, 'sign-off');
    await walk(id, office, 'receive');
    await walk(id, office, 'register');
    await walk(id, office, 'review', { outcome: 'return', reasons: ['format'] });
    return id;
  };
  const steps = async (id: string, step: string) => (await detail(id)).timeline.filter((s: { step: string }) => s.step === step);
  const countDocuments = async () => Number((await t.handle.db.selectFrom('incomingDocuments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const twenty = async (send: () => Promise<LightMyRequestResponse>) => {
    const results = await Promise.all(Array.from({ length: 20 }, send));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200), codes.join(',')).toHaveLength(1);
    expect(codes.filter((c) => c === 409), codes.join(',')).toHaveLength(19);
    for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json().details).toHaveProperty('currentVersion');
  };

  describe('第四条 其他单位：登记簿、检索、导出、已办、工作台、附件中都没有', () => {
    it('办公室登记的来文与发改局报送的请示，不出现在民政局的任何列表中', async () => {
      const title = `范围探测：关于春季森林防火的通知${serial}`;
      const scan = await uploadPdf(office, '扫描件.pdf', 'scan');
      const id = await register({ title, channel: 'paper', attachmentIds: [scan] });
      const returned = await toReturned();
      const returnedTitle = (await detail(returned)).title as string;
      for (const q of [title, returnedTitle]) {
        const items = (await mzj.get(`/api/documents/incoming?q=${encodeURIComponent(q)}`)).json().items as { id: string }[];
        expect(items, q).toEqual([]);
      }
      expect(((await mzj.get('/api/documents/done?pageSize=200')).json().items as { id: string }[]).map((d) => d.id)).not.toContain(returned);
      expect(((await mzj.get('/api/workbench?pageSize=200')).json().items as { id: string }[]).map((d) => d.id)).not.toEqual(expect.arrayContaining([id]));
      expect((await mzj.get(`/api/attachments/${scan}`)).statusCode).toBe(404);
      const xlsx = await mzj.get('/api/documents/incoming/register.xlsx');
      expect(xlsx.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const cells: string[] = [];
      book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.value)))));
      expect(cells.join('|')).not.toContain(title);
      expect(cells.join('|')).not.toContain(returnedTitle);
      // The office finds both, so the checks above can fail.
      expect(((await office.get(`/api/documents/incoming?q=${encodeURIComponent(title)}`)).json().items as { id: string }[]).map((d) => d.id)).toEqual([id]);
      expect((await fgj.get(`/api/documents/incoming/${returned}`)).statusCode).toBe(200);
    });
  });

  describe('第六十五条 批示、阅、呈区长是领导本人的行为：办公室和他人不能代为', () => {
    it('办公室不能批示、阅、呈区长；未列入传阅的领导不能阅；他人不能替在岗的领导阅', async () => {
      const id = await toInstructed(`代办探测：关于春季植树的通知${serial}`);
      await walk(id, office, 'circulate', { personIds: ['zhou-wenbo'] });
      const version = await versionOf(id);
      for (const path of ['instruct', 'read', 'escalate']) {
        const r = await office.post(`/api/documents/incoming/${id}/${path}`, { version, opinion: '已阅' });
        expect([403, 422], `${path}: ${r.body}`).toContain(r.statusCode);
      }
      for (const agent of [sun, lin, fgjHead]) {
        const r = await agent.post(`/api/documents/incoming/${id}/read`, { version, opinion: '' });
        expect([403, 404, 422], r.body).toContain(r.statusCode);
      }
      const doc = await detail(id);
      expect(doc.circulation).toEqual([expect.objectContaining({ personId: 'zhou-wenbo', readAt: null })]);
      expect(doc.timeline.filter((s: { step: string }) => s.step === 'read')).toEqual([]);
      // 周文博 reads it himself.
      await walk(id, zhou, 'read');
      expect((await detail(id)).circulation[0]).toMatchObject({ readByName: '周文博', actingFor: null });
    });

    it('第六十二条 周文博外出时由补位的吴海燕代阅急件，记为代阅；不补位的领导不能代阅', async () => {
      const wu = await logInAs(t.app, 'wuhy');
      const away = await zhou.post('/api/leave/reports', { kind: 'business_trip', startDate: '2026-03-16', endDate: '2026-03-17', place: '济南', reason: '参加全省会议', actingPersonName: '吴海燕', contact: '13912345678', isEmergency: false, attachmentIds: [] });
      expect(away.statusCode, away.body).toBe(201);
      // Cover stands in for urgent work (art. 62): an urgent document.
      const id = await toInstructed(`代阅探测：${serial}`, { urgency: 'urgent' });
      await walk(id, office, 'circulate', { personIds: ['zhou-wenbo'] });
      t.clock.set('2026-03-16T02:00:00Z');
      const version = await versionOf(id);
      for (const agent of [zhao, sun, lin]) {
        const r = await agent.post(`/api/documents/incoming/${id}/read`, { version, opinion: '' });
        expect([403, 422], r.body).toContain(r.statusCode);
      }
      await walk(id, wu, 'read', { opinion: '已阅' });
      const doc = await detail(id);
      expect(doc.circulation[0]).toMatchObject({ readByName: '吴海燕', actingFor: { personId: 'zhou-wenbo' } });
      const audit = await t.handle.db.selectFrom('auditEvents').select(['act', 'actorName', 'actingForPersonId']).where('objectId', '=', id).where('result', '=', 'success').execute();
      expect(audit.filter((a) => a.act.endsWith('read'))).toEqual([expect.objectContaining({ actorName: '吴海燕', actingForPersonId: 'zhou-wenbo' })]);
    });

    it('报送单位的经办人不能替局长签发；其他单位不能重报、撤回', async () => {
      const filed = await fgj.post('/api/documents/incoming', request());
      const id = filed.json().id as string;
      const r = await fgj.post(`/api/documents/incoming/${id}/sign-off`, { version: await versionOf(id, fgj) });
      expect([403, 422], r.body).toContain(r.statusCode);
      expect((await detail(id, fgj)).status).not.toBe('submitted_signed');
    });
  });

  describe('并发：20个相同请求同时到达，1个成功、19个409', () => {
    it('第六十五条 呈区长', async () => {
      const id = await toInstructed(`并发探测：呈区长${serial}`);
      const version = await versionOf(id);
      await twenty(() => zhao.post(`/api/documents/incoming/${id}/escalate`, { version, opinion: '请区长阅示' }));
      expect(await steps(id, 'escalate')).toHaveLength(1);
    });

    it('第六十五条 传阅', async () => {
      const id = await toInstructed(`并发探测：传阅${serial}`);
      const version = await versionOf(id);
      await twenty(() => office.post(`/api/documents/incoming/${id}/circulate`, { version, personIds: ['zhou-wenbo'] }));
      expect((await detail(id)).circulation).toHaveLength(1);
    });

    it('第六十五条 阅', async () => {
      const id = await toInstructed(`并发探测：阅${serial}`);
      await walk(id, office, 'circulate', { personIds: ['zhou-wenbo'] });
      const version = await versionOf(id);
      await twenty(() => zhou.post(`/api/documents/incoming/${id}/read`, { version, opinion: '' }));
      expect(await steps(id, 'read')).toHaveLength(1);
    });

    it('第六十四条 撤回', async () => {
      const id = await toReturned();
      const version = await versionOf(id, fgj);
      await twenty(() => fgj.post(`/api/documents/incoming/${id}/withdraw`, { version, reason: '不再报送' }));
      expect(await steps(id, 'withdraw')).toHaveLength(1);
    });

    it('登记：同一件报送的请示只编一个收文号', async () => {
      const filed = await fgj.post('/api/documents/incoming', request());
      const id = filed.json().id as string;
      await walk(id, fgjHead, 'sign-off');
      await walk(id, office, 'receive');
      const version = await versionOf(id);
      await twenty(() => office.post(`/api/documents/incoming/${id}/register`, { version }));
      expect(await steps(id, 'register')).toHaveLength(1);
      expect((await detail(id)).registerNumber).toMatch(/^收〔2026〕\d+号$/);
    });

    it('第六十四条 重新报送：只留一稿', async () => {
      const id = await toReturned();
      const version = await versionOf(id, fgj);
      await twenty(() => fgj.post(`/api/documents/incoming/${id}/resubmit`, { version, changeNote: '按格式要求修改' }));
      expect(await steps(id, 'resubmit')).toHaveLength(1);
      expect((await detail(id)).versions).toHaveLength(2);
    });
  });

  describe('畸形请求：400 problem+json（中文），不留下半份数据', () => {
    it('登记来文：负份数、不存在的日期、未知枚举、超长、SQL 与路径片段、原型污染键', async () => {
      const scan = await uploadPdf(office, '扫描件.pdf', 'scan');
      const before = await countDocuments();
      const bodies: [string, unknown][] = [
        ['empty', {}],
        ['copies -1', cityNotice({ copies: -1 })],
        ['copies 0', cityNotice({ copies: 0 })],
        ['copies 1.5', cityNotice({ copies: 1.5 })],
        ['copies string', cityNotice({ copies: '2' })],
        ['pages -5', cityNotice({ pages: -5 })],
        ['writtenOn 02-30', cityNotice({ writtenOn: '2026-02-30' })],
        ['receivedOn 02-29', cityNotice({ receivedOn: '2026-02-29' })],
        ['writtenOn text', cityNotice({ writtenOn: '昨天' })],
        ['sourceKind unknown', cityNotice({ sourceKind: 'heaven' })],
        ['sourceKind platform', cityNotice({ sourceKind: 'platform' })],
        ['channel fax', cityNotice({ channel: 'fax' })],
        ['disclosure unknown', cityNotice({ disclosure: 'secret' })],
        ['urgency unknown', cityNotice({ urgency: 'yesterday' })],
        ['huge title', cityNotice({ title: '长'.repeat(50_000) })],
        ['huge body', cityNotice({ body: '字'.repeat(150_000) })],
        ['sender number sql', cityNotice({ senderDocNumber: "'; drop table incoming_documents; --" })],
        ['attachment path', cityNotice({ attachmentIds: ['../../etc/passwd'] })],
        ['paper, foreign scan', cityNotice({ channel: 'paper', attachmentIds: ['00000000-0000-0000-0000-000000000000'] })],
        ['too many recipients', cityNotice({ mainRecipients: Array.from({ length: 50 }, (_, i) => `单位${i}`) })],
        ['proto', JSON.parse(`{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}`)],
      ];
      for (const [what, body] of bodies) expectBadRequest(await office.post('/api/documents/incoming/register', body), what);
      // A routing unit that is an SQL fragment names no unit: refused (404 “主办单位不存在”), nothing stored.
      const sqlUnit = await office.post('/api/documents/incoming/register', cityNotice({ routingUnitId: "fgj' OR '1'='1" }));
      expect([400, 404], sqlUnit.body).toContain(sqlUnit.statusCode);
      expect(sqlUnit.headers['content-type']).toContain('application/problem+json');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(await countDocuments()).toBe(before);
      // The scan was not claimed by any refused registration: it still registers a document.
      const ok = await office.post('/api/documents/incoming/register', cityNotice({ channel: 'paper', attachmentIds: [scan] }));
      expect(ok.statusCode, ok.body).toBe(201);
    });

    it('传阅、阅、呈区长、重报：类型错误与超长的请求答复 400，文件不变', async () => {
      const id = await toInstructed(`格式探测：${serial}`);
      const version = await versionOf(id);
      const cases: [Agent, string, unknown][] = [
        [office, 'circulate', { version, personIds: 'zhou-wenbo' }],
        [office, 'circulate', { version, personIds: ["zhou-wenbo' OR '1'='1"] }],
        [office, 'circulate', { version, personIds: Array.from({ length: 25 }, () => 'zhou-wenbo') }],
        [office, 'circulate', { version, personIds: ['zhou-wenbo'], beforeTransfer: 'yes' }],
        [zhao, 'escalate', { version: String(version) }],
        [zhao, 'escalate', { version, opinion: '意'.repeat(5000) }],
        [zhao, 'escalate', { version: -1 }],
      ];
      for (const [agent, path, body] of cases) expectBadRequest(await agent.post(`/api/documents/incoming/${id}/${path}`, body), `${path} ${JSON.stringify(body).slice(0, 60)}`);
      expect(await versionOf(id)).toBe(version);

      const returned = await toReturned();
      const v = await versionOf(returned, fgj);
      for (const body of [{ version: v }, { version: v, changeNote: '' }, { version: v, changeNote: '改', writtenOn: '2026-02-30' }, { version: v, changeNote: '改', body: '字'.repeat(150_000) }, { version: v, changeNote: '改', urgency: 'now' }]) {
        expectBadRequest(await fgj.post(`/api/documents/incoming/${returned}/resubmit`, body), `resubmit ${JSON.stringify(body).slice(0, 60)}`);
      }
      expect((await detail(returned)).status).toBe('returned');
    });

    it('路径中的编号为 SQL 或路径片段：404，不是 500', async () => {
      for (const raw of ["' OR '1'='1", '../../etc/passwd', '1;drop table incoming_documents']) {
        const enc = encodeURIComponent(raw);
        for (const path of ['', '/processing-slip', '/processing-slip.docx']) {
          const r = await office.get(`/api/documents/incoming/${enc}${path}`);
          expect([400, 404], `${raw}${path}: ${r.statusCode}`).toContain(r.statusCode);
        }
        const r = await zhao.post(`/api/documents/incoming/${enc}/escalate`, { version: 1 });
        expect([400, 404], `escalate ${raw}: ${r.statusCode}`).toContain(r.statusCode);
      }
    });
  });

  describe('过期版本与审计', () => {
    it('过期的呈区长、重报答复 409 并附当前版本；已阅的领导再次阅答复 409', async () => {
      const id = await toInstructed(`版本探测：${serial}`);
      const version = await versionOf(id);
      const r = await zhao.post(`/api/documents/incoming/${id}/escalate`, { version: version - 1 });
      expect(r.statusCode, r.body).toBe(409);
      expect(r.json().details).toMatchObject({ currentVersion: version });
      await walk(id, office, 'circulate', { personIds: ['zhou-wenbo', 'sun-lihua'] });
      const circulated = await versionOf(id);
      await walk(id, zhou, 'read');
      // (Another reader's 阅 on the version before is no conflict — tested in documents/received — but the same reader's is.)
      const again = await zhou.post(`/api/documents/incoming/${id}/read`, { version: circulated });
      expect(again.statusCode, again.body).toBe(409);
      expect(await steps(id, 'read')).toHaveLength(1);

      const returned = await toReturned();
      const v = await versionOf(returned, fgj);
      const stale = await fgj.post(`/api/documents/incoming/${returned}/resubmit`, { version: v - 1, changeNote: '改' });
      expect(stale.statusCode, stale.body).toBe(409);
      expect(stale.json().details).toMatchObject({ currentVersion: v });
    });

    it('登记、呈区长、传阅、阅，每一步一条审计记录，记明办理人', async () => {
      const id = await toInstructed(`审计探测：${serial}`);
      await walk(id, zhao, 'escalate', { opinion: '请区长阅示' });
      await walk(id, lin, 'instruct', { opinion: '同意。' });
      await walk(id, office, 'circulate', { personIds: ['zhou-wenbo'] });
      await walk(id, zhou, 'read', { opinion: '已阅' });
      const rows = await t.handle.db.selectFrom('auditEvents').select(['act', 'actorName', 'result']).where('objectId', '=', id).where('result', '=', 'success').orderBy('seq').execute();
      const actorOf = (suffix: string) => rows.filter((r) => r.act.endsWith(suffix)).map((r) => r.actorName);
      expect(actorOf('register_received')).toEqual(['王芳']);
      expect(actorOf('escalate')).toEqual(['赵明远']);
      expect(actorOf('circulate')).toEqual(['王芳']);
      expect(actorOf('read')).toEqual(['周文博']);
      expect(actorOf('instruct')).toEqual(['赵明远', '林志远']);
    });
  });
});
