import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { createUserWithRoles } from '../harness/users.js';
import { can, type Action } from '../../src/domain/identity/policies.js';
import { makeDocument } from './factories.js';

/** Every documents route that takes a document id, with a body that would pass validation. */
const idRoutes: readonly { path: string; policy: Action; body?: Record<string, unknown> }[] = [
  { path: '', policy: 'documents.read' },
  { path: 'sign-off', policy: 'documents.sign_off', body: { version: 1 } },
  { path: 'countersign', policy: 'documents.countersign', body: { version: 1, isAgreed: true, opinion: '同意' } },
  { path: 'receive', policy: 'documents.office', body: { version: 1 } },
  { path: 'register', policy: 'documents.office', body: { version: 1 } },
  { path: 'review', policy: 'documents.office', body: { version: 1, outcome: 'pass' } },
  { path: 'propose', policy: 'documents.office', body: { version: 1, proposal: '请阅批' } },
  { path: 'assign', policy: 'documents.office', body: { version: 1 } },
  { path: 'instruct', policy: 'documents.instruct', body: { version: 1, opinion: '同意。' } },
  { path: 'transfer', policy: 'documents.office', body: { version: 1, handlingUnitId: 'mzj' } },
  { path: 'complete', policy: 'documents.handle', body: { version: 1, result: '已办结' } },
  { path: 'archive', policy: 'documents.office', body: { version: 1 } },
  { path: 'extend', policy: 'documents.office', body: { version: 1, workingDays: 3, approver: '某某', reason: '情况复杂' } },
];

describe.each(dialects)('收文的查看范围：单位只看到本单位报送、承办、协办、会签的公文（%s）', (dialect) => {
  let t: TestApp;
  let mzjStaff: Agent;
  let mzjHead: Agent;
  let fgj: Agent;
  const title = '区发展和改革局关于范围测试的请示';
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestApp(dialect);
    await createUserWithRoles(t, { loginName: 'mzj-staff', displayName: '民政局经办人', unitId: 'mzj', roles: ['unit_staff'] });
    await createUserWithRoles(t, { loginName: 'mzj-head', displayName: '民政局局长', unitId: 'mzj', roles: ['unit_head'], personId: 'mzj-principal' });
    mzjStaff = await logInAs(t.app, 'mzj-staff');
    mzjHead = await logInAs(t.app, 'mzj-head');
    fgj = await logInAs(t.app, 'fgj');
    // Filed a month ago, so that every step clock has run out and the overdue filter would find them.
    const at = new Date('2026-02-02T01:00:00Z');
    // One of fgj's documents in every state a route acts on, none touching 民政局.
    for (const status of ['awaiting_sign_off', 'countersigning', 'submitted', 'received', 'registered', 'reviewed', 'proposed', 'assigned', 'instructed', 'transferred', 'completed'] as const) {
      ids.push(
        await makeDocument(t.handle, at, {
          status,
          title,
          relatedUnitIds: status === 'countersigning' ? ['czj'] : [],
          assignedLeaderPersonId: status === 'assigned' ? 'zhao-mingyuan' : null,
          handlingUnitId: status === 'transferred' || status === 'completed' ? 'fgj' : null,
        }),
      );
    }
  });
  afterAll(async () => t.close());

  it('另一单位的人员按编号请求本单位公文的每一个接口，一律答复不存在（404）', async () => {
    const outsiders = [
      { agent: mzjStaff, roles: ['unit_staff'] },
      { agent: mzjHead, roles: ['unit_head'] },
    ];
    let notFound = 0;
    for (const { agent, roles } of outsiders) {
      for (const id of ids) {
        for (const route of idRoutes) {
          const url = `/api/documents/incoming/${id}${route.path ? `/${route.path}` : ''}`;
          const r = route.body ? await agent.post(url, route.body) : await agent.get(url);
          // A route the role may never use answers 403 whatever the id, which tells nothing of the document.
          const expected = can(roles, route.policy) ? 404 : 403;
          expect(r.statusCode, `${url}: ${r.body}`).toBe(expected);
          if (expected === 404) notFound += 1;
        }
      }
    }
    expect(notFound).toBeGreaterThan(ids.length * 4);
    // The filing unit itself sees its document.
    expect((await fgj.get(`/api/documents/incoming/${ids[0]}`)).statusCode).toBe(200);
  });

  it('登记簿、检索、逾期筛选、导出与工作台不含其他单位的公文', async () => {
    for (const agent of [mzjStaff, mzjHead]) {
      for (const query of ['', `?q=${encodeURIComponent('范围测试')}`, `?q=${encodeURIComponent('范围')}`, '?overdue=1', '?status=submitted']) {
        const page = (await agent.get(`/api/documents/incoming${query}`)).json();
        expect(page.total, query).toBe(0);
        expect(page.items).toEqual([]);
      }
      const xlsx = await agent.get('/api/documents/incoming/register.xlsx');
      expect(xlsx.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const titles = book.worksheets[0]?.getColumn(5).values.filter((v) => v === title) ?? [];
      expect(titles).toEqual([]);
      expect((await agent.get('/api/workbench')).json().items.filter((i: { id: string }) => ids.includes(i.id))).toEqual([]);
    }
    // The same filter lets the filing unit see all of them, so the assertions above can fail.
    expect((await fgj.get(`/api/documents/incoming?q=${encodeURIComponent('范围测试')}&pageSize=50`)).json().total).toBe(ids.length);
    expect((await fgj.get(`/api/documents/incoming?overdue=1&pageSize=50`)).json().total).toBeGreaterThanOrEqual(ids.length - 1);
    const xlsx = await fgj.get('/api/documents/incoming/register.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]?.getColumn(5).values.filter((v) => v === title)).toHaveLength(ids.length);
  });
});
