import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.js';
import type { IncomingStatus } from '../../src/domain/documents/types.js';
import { type Agent, logInAs, startTestApp, type TestApp } from '../harness/app.js';
import { dialects, freshDatabase } from '../harness/databases.js';
import { makeDocument, removeDemoDocuments } from './factories.js';

/** Counts every statement the app runs: each executed query passes `transformResult` once. */
function countingPlugin(counter: { n: number }): KyselyPlugin {
  return {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      counter.n += 1;
      return args.result;
    },
  };
}

const mix: readonly { status: IncomingStatus; relatedUnitIds?: string[]; assignedLeaderPersonId?: string; handlingUnitId?: string; urgency?: string }[] = [
  { status: 'submitted' },
  { status: 'registered', urgency: 'urgent' },
  { status: 'assigned', assignedLeaderPersonId: 'zhao-mingyuan' },
  { status: 'countersigning', relatedUnitIds: ['czj'] },
  { status: 'transferred', handlingUnitId: 'fgj' },
];

describe.each(dialects)('第六十六条 登记簿、检索、逾期筛选与工作台的语句数不随页面大小增长（%s）', (dialect) => {
  let t: TestApp;
  let office: Agent;
  let leader: Agent;
  let unit: Agent;
  const counter = { n: 0 };

  const addDocuments = async (count: number) => {
    // Filed a month ago: every working-day clock has run out, so the overdue filter returns them all.
    const at = new Date('2026-02-02T01:00:00Z');
    for (let i = 0; i < count; i += 1) await makeDocument(t.handle, at, { ...mix[i % mix.length], title: `语句计数测试请示${i}` });
  };

  const statementsOf = async (agent: Agent, url: string): Promise<{ n: number; body: { items: unknown[] } }> => {
    counter.n = 0;
    const r = await agent.get(url);
    expect(r.statusCode, r.body).toBe(200);
    return { n: counter.n, body: r.json() };
  };

  const pages = [
    '/api/documents/incoming?pageSize=200',
    `/api/documents/incoming?pageSize=200&q=${encodeURIComponent('语句计数测试')}`,
    '/api/documents/incoming?pageSize=200&overdue=1',
    '/api/documents/incoming?pageSize=200&status=submitted&docType=%E8%AF%B7%E7%A4%BA&unitId=fgj',
    '/api/documents/incoming/chase-list?pageSize=200',
  ];

  /** The next page after the first `first` documents, by cursor (deep pages never go by offset). */
  const deepPage = async (agent: Agent, query: string, first: number) => {
    const start = (await agent.get(`/api/documents/incoming?pageSize=${first}${query}`)).json() as { nextCursor: string | null };
    expect(start.nextCursor).toBeTruthy();
    return statementsOf(agent, `/api/documents/incoming?pageSize=200${query}&cursor=${start.nextCursor}`);
  };

  /** The register's Excel export: statements whatever the number of rows (it reads in chunks of several hundred). */
  const exportStatements = async (agent: Agent): Promise<number> => {
    counter.n = 0;
    const r = await agent.get('/api/documents/incoming/register.xlsx');
    expect(r.statusCode).toBe(200);
    expect(r.rawPayload.length).toBeGreaterThan(1000);
    return counter.n;
  };

  beforeAll(async () => {
    const handle: DatabaseHandle = await freshDatabase(dialect);
    t = await startTestApp(dialect, { handle: { ...handle, db: handle.db.withPlugin(countingPlugin(counter)) } });
    // The register holds only this test's documents: it counts them.
    await removeDemoDocuments(t.handle);
    office = await logInAs(t.app, 'bgs');
    leader = await logInAs(t.app, 'changwu');
    unit = await logInAs(t.app, 'fgj');
  });
  afterAll(async () => t.close());

  it('20 行与 200 行的登记簿、检索、逾期筛选、深页、催办清单、导出和工作台执行同样多的语句', async () => {
    await addDocuments(20);
    const at20: Record<string, number> = {};
    for (const url of pages) {
      const { n, body } = await statementsOf(office, url);
      expect(body.items, url).toHaveLength(url.includes('status=submitted') ? 4 : 20);
      at20[url] = n;
    }
    for (const query of ['', '&overdue=1']) {
      const { n, body } = await deepPage(office, query, 5);
      expect(body.items).toHaveLength(15);
      at20[`deep${query}`] = n;
    }
    at20.export = await exportStatements(office);
    for (const [name, agent] of [['office', office], ['leader', leader], ['unit', unit]] as const) at20[`workbench:${name}`] = (await statementsOf(agent, '/api/workbench')).n;
    await addDocuments(180);
    const at200: Record<string, number> = {};
    for (const url of pages) {
      const { n, body } = await statementsOf(office, url);
      expect(body.items, url).toHaveLength(url.includes('status=submitted') ? 40 : 200);
      at200[url] = n;
    }
    for (const query of ['', '&overdue=1']) {
      const { n, body } = await deepPage(office, query, 5);
      expect(body.items).toHaveLength(195);
      at200[`deep${query}`] = n;
    }
    at200.export = await exportStatements(office);
    const workbench = await statementsOf(office, '/api/workbench');
    expect(workbench.body.items.length).toBeGreaterThanOrEqual(80);
    at200['workbench:office'] = workbench.n;
    for (const [name, agent] of [['leader', leader], ['unit', unit]] as const) at200[`workbench:${name}`] = (await statementsOf(agent, '/api/workbench')).n;
    expect(at200).toEqual(at20);
    // A page is a handful of statements, not one per row.
    expect(at200['/api/documents/incoming?pageSize=200']).toBeGreaterThan(2);
    expect(at200['/api/documents/incoming?pageSize=200']).toBeLessThan(20);
  });
});
