import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateOf } from '../../src/clock.js';
import { type DocumentReader, documentsRepository, type IncomingPageFilter } from '../../src/db/documents-repository.js';
import type { IncomingStatus } from '../../src/domain/documents/types.js';
import { type Agent, logInAs, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { makeDocumentsInBulk } from './bulk-documents.js';
import { makeDocument, removeDemoDocuments } from './factories.js';

/** The office reads the whole register (scope `all`), as a leader does. */
const office: DocumentReader = { roles: ['office_staff'], unitId: 'bgs' };

/** The plan of a page statement, one line per step. */
async function planOf(t: TestApp, compiled: CompiledQuery, isSearch: boolean): Promise<string[]> {
  if (t.handle.dialect === 'sqlite') {
    const r = await t.handle.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]));
    return r.rows.map((row) => row.detail);
  }
  // On a table of a few hundred rows PostgreSQL rightly prefers a sequential scan and a sort; with them priced
  // out, a Seq Scan or a Sort still in the plan means that no index can serve the page. A search sorts its
  // matches (found by a bitmap scan of its index); plain index scans are priced out instead, so that the plan
  // shows whether the search index can find the matches (for a very common term the planner may rightly prefer
  // to walk the order's index and filter, which also reads only as many rows as the page needs).
  return t.handle.db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    if (isSearch) await sql`set local enable_indexscan = off`.execute(trx);
    else await sql`set local enable_sort = off`.execute(trx);
    const r = await trx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain (costs off) ${compiled.sql}`, [...compiled.parameters]));
    return r.rows.map((row) => Object.values(row)[0] as string);
  });
}

describe.each(dialects)('第六十六条 收文登记簿的每一页、每一种筛选都由索引取得，深页不用 OFFSET（%s）', (dialect) => {
  let t: TestApp;
  const now = new Date('2026-03-02T01:00:00Z');

  beforeAll(async () => {
    t = await startTestApp(dialect);
    // The register holds only this test's documents: it counts them.
    await removeDemoDocuments(t.handle);
    const statuses: IncomingStatus[] = ['submitted', 'registered', 'assigned', 'transferred'];
    for (let i = 0; i < 12; i += 1) await makeDocument(t.handle, new Date(now.getTime() - (i + 1) * 86_400_000), { status: statuses[i % statuses.length], title: `索引检查请示经费${i}` });
    await makeDocumentsInBulk(t.handle, 400, { now });
  });
  afterAll(async () => t.close());

  const cases: { name: string; filter: () => Promise<IncomingPageFilter>; index: RegExp; isSearch?: boolean }[] = [
    { name: '登记簿第一页（最近变更在前）', filter: async () => ({}), index: /incoming_documents_page_idx/ },
    {
      name: '深页（cursor）',
      filter: async () => ({ cursor: (await documentsRepository.search(t.handle.db, dialect, office, { limit: 50, withTotal: false })).nextCursor! }),
      index: /incoming_documents_page_idx/,
    },
    { name: '按状态', filter: async () => ({ status: 'registered' }), index: /incoming_documents_status_page_idx/ },
    { name: '按文种', filter: async () => ({ docType: '报告' }), index: /incoming_documents_type_page_idx/ },
    { name: '按来文单位', filter: async () => ({ unitId: 'fgj' }), index: /incoming_documents_unit_page_idx/ },
    { name: '按成文日期', filter: async () => ({ from: '2026-02-10', to: '2026-02-20' }), index: /incoming_documents_written_idx/ },
    { name: '只看逾期', filter: async () => ({ overdueAt: now, today: localDateOf(now) }), index: /deadlines_incoming_open_due_idx/ },
    {
      name: '只看逾期的深页',
      filter: async () => ({ overdueAt: now, today: localDateOf(now), cursor: (await documentsRepository.search(t.handle.db, dialect, office, { overdueAt: now, today: localDateOf(now), limit: 50 })).nextCursor! }),
      index: /deadlines_incoming_open_due_idx/,
    },
    { name: '检索三个字以上', filter: async () => ({ q: '索引检查' }), index: dialect === 'sqlite' ? /VIRTUAL TABLE INDEX/ : /incoming_documents_search_idx/, isSearch: true },
    { name: '检索两个字', filter: async () => ({ q: '经费' }), index: dialect === 'sqlite' ? /incoming_document_grams|PRIMARY KEY \(gram=\?\)/ : /incoming_documents_short_grams_idx/, isSearch: true },
    { name: '检索一个字', filter: async () => ({ q: '费' }), index: dialect === 'sqlite' ? /incoming_document_grams|PRIMARY KEY \(gram=\?\)/ : /incoming_documents_short_grams_idx/, isSearch: true },
  ];

  it.each(cases)('$name：不扫描全表，页序不另行排序', async ({ filter, index, isSearch }) => {
    const f = await filter();
    if ('cursor' in f) expect(f.cursor).toBeTruthy();
    const compiled = documentsRepository.pageStatement(t.handle.db, dialect, office, { ...f, limit: 20 });
    expect(compiled.sql.toLowerCase()).not.toContain('offset');
    const plan = await planOf(t, compiled, isSearch === true);
    const text = plan.join('\n');
    expect(text, text).toMatch(index);
    if (dialect === 'sqlite') {
      // A SCAN without an index is a full scan; "SCAN d USING INDEX …" walks the order's own index (LIMIT stops it).
      expect(plan.filter((step) => /^SCAN /.test(step) && !/USING (COVERING )?INDEX|VIRTUAL TABLE/.test(step)), text).toEqual([]);
      // Only a search sorts (its matches, found by the search index); every other order is an index's own.
      if (!isSearch) expect(text, text).not.toContain('TEMP B-TREE');
      // A search finds its matches by its index and reads only those documents (by key), never walks them all.
      else expect(text, text).not.toMatch(/^SCAN d\b/m);
    } else {
      expect(text, text).not.toMatch(/Seq Scan on (incoming_documents|deadlines)/);
      if (!isSearch) expect(text, text).not.toMatch(/\bSort\b/);
    }
  });

  it('按 cursor 逐页翻完登记簿：每件恰好出现一次，与总数相符', async () => {
    const seen = new Set<string>();
    let cursor: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await documentsRepository.search(t.handle.db, dialect, office, { ...(cursor ? { cursor } : {}), limit: 37, withTotal: pages === 0 });
      if (pages === 0) expect(page.total).toBe(412);
      for (const d of page.items) {
        expect(seen.has(d.id)).toBe(false);
        seen.add(d.id);
      }
      pages += 1;
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen.size).toBe(412);
    expect(pages).toBe(Math.ceil(412 / 37));
  });

  it('翻页位置无效时答400，不是500', async () => {
    const agent: Agent = await logInAs(t.app, 'bgs');
    for (const cursor of ['garbage', Buffer.from(JSON.stringify(['due', 'x', 'y'])).toString('base64url')]) {
      const r = await agent.get(`/api/documents/incoming?cursor=${cursor}`);
      expect(r.statusCode, r.body).toBe(400);
    }
    expect((await agent.get('/api/documents/incoming?page=51')).statusCode).toBe(400);
  });
});

describe.each(dialects)('第六十六条 逾期总数在任何规模下都与 SQL 独立计数一致（%s）', (dialect) => {
  let t: TestApp;
  let office: Agent;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    // The register holds only this test's documents: it counts them.
    await removeDemoDocuments(t.handle);
    office = await logInAs(t.app, 'bgs');
    // More overdue documents than the 10,000 the old filter looked at.
    await makeDocumentsInBulk(t.handle, 13_000, { now: t.clock.now() });
  }, 120_000);
  afterAll(async () => t.close());

  it('登记簿“只看逾期”与催办清单的总数等于按期限表独立计数', async () => {
    const now = t.clock.now();
    // Counted from the deadlines by the object they belong to (not by the document's step_deadline_id, which
    // the register's query follows).
    const counted = await sql<{ n: number | string }>`
      select count(distinct x.object_id) as n from deadlines x join incoming_documents d on d.id = x.object_id
      where x.object_type = 'incoming_document' and x.is_open = 1
        and ((x.basis = 'hours' and x.due < ${now.toISOString()}) or (x.basis <> 'hours' and x.due < ${localDateOf(now)}))`.execute(t.handle.db);
    const expected = Number(counted.rows[0]!.n);
    expect(expected).toBeGreaterThan(10_000);
    const register = (await office.get('/api/documents/incoming?overdue=1&pageSize=1')).json();
    expect(register.total).toBe(expected);
    const chaseList = (await office.get('/api/documents/incoming/chase-list?pageSize=1')).json();
    expect(chaseList.total).toBe(expected);
    expect(chaseList.nextCursor).toBeTruthy();
  });
});
