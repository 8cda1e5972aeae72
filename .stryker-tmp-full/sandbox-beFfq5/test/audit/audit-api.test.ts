// @ts-nocheck
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAuditChain } from '../../src/db/audit-repository.js';
import type { AuditRecord } from '../../src/domain/audit/audit-event.js';
import { exportAuditEvents } from '../../src/operations/audit/export-audit-events.js';
import { type Agent, logInAs, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { appendEvents, contextAt } from './helpers.js';

const headers = ['序号', '时间（北京时间）', '操作人', '代为处理（补位）', '操作', '对象类型', '对象编号', '结果', '条款', '摘要', '请求编号', 'IP', '哈希'];

describe.each(dialects)('等保 8.1.5 审计管理员查阅与导出审计记录（%s）', (dialect) => {
  let t: TestApp;
  let auditor: Agent;
  let office: Agent;
  let sysadmin: Agent;

  const chain = async () => {
    const records: AuditRecord[] = [];
    for await (const r of readAuditChain(t.handle.db)) records.push(r);
    return records;
  };

  beforeAll(async () => {
    t = await startTestApp(dialect);
    auditor = await logInAs(t.app, 'auditadmin');
    office = await logInAs(t.app, 'bgs');
    sysadmin = await logInAs(t.app, 'sysadmin');
    // Seven events to page through; one done while covering for an absent leader (art. 62), citing an article.
    await appendEvents(t.handle, '2026-03-03T02:00:00Z', 7);
    await appendEvents(
      t.handle,
      '2026-03-03T03:00:00Z',
      [{ act: 'test.cover', objectType: 'document', objectId: 'doc-1', result: 'refused', summary: { note: '补位签批' }, article: 62 }],
      { userId: null, name: '孙立华', roles: ['leader'], unitId: 'gov', personId: 'sun-lihua', actingFor: { personId: 'zhao-mingyuan', name: '赵明远' } },
    );
    // Either side of midnight in Beijing: 23:59:59 on 4 March and 00:00:00 on 5 March.
    await appendEvents(t.handle, '2026-03-04T15:59:59Z', [{ act: 'test.boundary', objectType: 'test', objectId: 'late', result: 'success', summary: {} }]);
    await appendEvents(t.handle, '2026-03-04T16:00:00Z', [{ act: 'test.boundary', objectType: 'test', objectId: 'early', result: 'success', summary: {} }]);
  });
  afterAll(async () => t.close());

  it('其他角色（系统管理员、办公室工作人员）一律 403', async () => {
    for (const agent of [sysadmin, office]) {
      for (const url of ['/api/audit/events', '/api/audit/events/1', '/api/audit/export.xlsx', '/api/audit/verify', '/api/audit/head']) {
        expect((await agent.get(url)).statusCode, url).toBe(403);
      }
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/audit/events' })).statusCode).toBe(401);
  });

  it('检索：新的在前，分页，摘要为 JSON', async () => {
    const all = await chain();
    const page1 = await auditor.get('/api/audit/events?act=test.event&pageSize=3');
    expect(page1.statusCode).toBe(200);
    expect(page1.headers['cache-control']).toBe('no-store');
    const body = page1.json();
    expect(body).toMatchObject({ total: 7, page: 1, pageSize: 3 });
    const seqs = body.items.map((i: { seq: number }) => i.seq);
    expect(seqs).toEqual([...seqs].sort((a: number, b: number) => b - a));
    expect(body.items[0].summary).toEqual({ i: 6 });
    const newest = all.filter((r) => r.act === 'test.event').at(-1);
    expect(body.items[0]).toMatchObject({ seq: newest?.seq, hash: newest?.hash, prevHash: newest?.prevHash, actorName: '测试人员', ip: '127.0.0.1' });
    const page3 = (await auditor.get('/api/audit/events?act=test.event&pageSize=3&page=3')).json();
    expect(page3.items.map((i: { summary: { i: number } }) => i.summary.i)).toEqual([0]);
  });

  it('按操作人（姓名、登录名或用户编号）、操作类别、对象、条款、结果筛选', async () => {
    const byName = (await auditor.get(`/api/audit/events?actor=${encodeURIComponent('王芳')}`)).json();
    expect(byName.total).toBeGreaterThan(0);
    expect(byName.items.every((i: { actorName: string }) => i.actorName === '王芳')).toBe(true);
    const userId = byName.items[0].actorUserId;
    expect((await auditor.get(`/api/audit/events?actor=${userId}`)).json().total).toBe(byName.total);
    expect((await auditor.get('/api/audit/events?actor=bgs')).json().total).toBe(byName.total);

    const family = (await auditor.get('/api/audit/events?act=identity&pageSize=200')).json();
    expect(family.total).toBeGreaterThan(0);
    expect(family.items.every((i: { act: string }) => i.act.startsWith('identity.'))).toBe(true);

    const covered = (await auditor.get('/api/audit/events?article=62&result=refused&objectType=document&objectId=doc-1')).json();
    expect(covered.total).toBe(1);
    expect(covered.items[0]).toMatchObject({ act: 'test.cover', actorName: '孙立华', actingForPersonId: 'zhao-mingyuan', actingForName: '赵明远', article: 62, summary: { note: '补位签批' } });
    expect((await auditor.get('/api/audit/events?article=62&result=success')).json().total).toBe(0);
    // Empty fields of a search form mean "any".
    expect((await auditor.get('/api/audit/events?act=test.cover&actor=&article=&from=&to=&result=')).json().total).toBe(1);
  });

  it('日期按北京时间计、含首尾两日', async () => {
    const ids = async (query: string) => (await auditor.get(`/api/audit/events?act=test.boundary&${query}`)).json().items.map((i: { objectId: string }) => i.objectId);
    expect(await ids('from=2026-03-04&to=2026-03-04')).toEqual(['late']);
    expect(await ids('from=2026-03-05&to=2026-03-05')).toEqual(['early']);
    expect(await ids('from=2026-03-04&to=2026-03-05')).toEqual(['early', 'late']);
    expect(await ids('to=2026-03-03')).toEqual([]);
  });

  it('查询条件有误得到 400，不存在的序号得到 404', async () => {
    expect((await auditor.get('/api/audit/events?from=2026-03-05&to=2026-03-04')).statusCode).toBe(400);
    expect((await auditor.get('/api/audit/events?pageSize=500')).statusCode).toBe(400);
    expect((await auditor.get('/api/audit/events?article=abc')).statusCode).toBe(400);
    expect((await auditor.get('/api/audit/events?result=deleted')).statusCode).toBe(400);
    expect((await auditor.get('/api/audit/events/abc')).statusCode).toBe(400);
    expect((await auditor.get('/api/audit/events/999999')).statusCode).toBe(404);
  });

  it('单条记录、链头与校验', async () => {
    const cover = (await chain()).find((r) => r.act === 'test.cover');
    const one = await auditor.get(`/api/audit/events/${cover?.seq}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ seq: cover?.seq, hash: cover?.hash, actingForName: '赵明远' });

    const lastBefore = (await chain()).at(-1);
    const head = (await auditor.get('/api/audit/head')).json();
    expect(head).toMatchObject({ seq: lastBefore?.seq, hash: lastBefore?.hash, occurredAt: lastBefore?.occurredAt, anchorSeq: null });
    const verify = (await auditor.get('/api/audit/verify')).json();
    expect(verify).toMatchObject({ ok: true, problem: null });
    expect(verify.count).toBeGreaterThan(head.seq);
  });

  it('审计管理员的每次查阅、导出本身都记入审计', async () => {
    const before = (await chain()).length;
    await auditor.get('/api/audit/events?act=test.cover&page=1');
    await auditor.get('/api/audit/verify');
    await auditor.get('/api/audit/export.xlsx?act=test.boundary');
    const added = (await chain()).slice(before);
    expect(added.map((r) => [r.act, r.result, r.actorName])).toEqual([
      ['audit.read', 'success', '审计管理员'],
      ['audit.read', 'success', '审计管理员'],
      ['audit.export', 'success', '审计管理员'],
    ]);
    expect(JSON.parse(added[0]?.summary ?? '')).toMatchObject({ view: 'search', filters: { act: 'test.cover' }, total: 1 });
    expect(JSON.parse(added[2]?.summary ?? '')).toMatchObject({ filters: { act: 'test.boundary' }, rows: 2, format: 'xlsx' });
    // Another role's attempt is refused and the refusal itself is recorded (ASVS 16.3.2), with no audit data read.
    expect((await office.get('/api/audit/events')).statusCode).toBe(403);
    const refused = (await chain()).slice(before + 3);
    expect(refused.map((r) => [r.act, r.result, r.objectId])).toEqual([['access.denied', 'refused', 'GET /api/audit/events']]);
  });

  it('导出 Excel：中文表头，每行一条记录，作为附件下载', async () => {
    const r = await auditor.request({ method: 'GET', url: '/api/audit/export.xlsx?act=test.cover' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename="audit-events-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(String(r.headers['content-disposition']).split("UTF-8''")[1] ?? '')).toMatch(/^审计记录-/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('审计记录');
    if (!sheet) throw new Error('no sheet');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
    expect(sheet.rowCount).toBe(2);
    const cover = (await chain()).find((r) => r.act === 'test.cover');
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      cover?.seq,
      '2026-03-03 11:00:00',
      '孙立华',
      '赵明远',
      'test.cover',
      'document',
      'doc-1',
      '拒绝',
      '第六十二条',
      JSON.stringify({ note: '补位签批' }),
      'test',
      '127.0.0.1',
      cover?.hash,
    ]);
  });

  it('导出超过上限时拒绝并说明，且这次被拒的导出也记入审计', async () => {
    const ctx = contextAt(t.handle, '2026-03-06T00:00:00Z', { userId: null, name: '审计管理员', roles: ['audit_admin'], unitId: null, personId: null });
    await expect(exportAuditEvents(ctx, { act: 'test.event' }, { maxRows: 5 })).rejects.toMatchObject({
      code: 'invalid_input',
      message: '符合条件的审计记录共 7 条，超过单次导出上限 5 条；请缩小日期范围或增加筛选条件后分批导出',
    });
    expect((await chain()).at(-1)).toMatchObject({ act: 'audit.export', result: 'refused' });
  });
});
