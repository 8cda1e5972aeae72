import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, migrateToLatest, openDatabase } from '../../src/db/database.js';
import { documentsRepository, SYSTEM_READER } from '../../src/db/documents-repository.js';
import { migrations } from '../../src/db/migrations/index.js';
import { dialects } from '../harness/databases.js';
import { startTestApp, type TestApp } from '../harness/app.js';
import { makeDocument, removeDemoDocuments } from './factories.js';

const totalOf = async (handle: DatabaseHandle, q: string) => (await documentsRepository.search(handle.db, handle.dialect, SYSTEM_READER, { q, limit: 5 })).total;

describe.each(dialects)('收文检索：标题、正文、文号的一个字、两个字、三个字以上都找得到，改动后随即更新（%s）', (dialect) => {
  let t: TestApp;
  let ids: string[];

  beforeAll(async () => {
    t = await startTestApp(dialect);
    // The register holds only this test's documents: it counts them.
    await removeDemoDocuments(t.handle);
    const at = new Date('2026-03-01T01:00:00Z');
    ids = [];
    for (const title of ['关于ABC园区道路改造的请示', '关于申请防汛经费的请示', '关于秸秆禁烧工作的报告']) ids.push(await makeDocument(t.handle, at, { title }));
  });
  afterAll(async () => t.close());

  it.each([
    ['abc', 1],
    ['Abc园区', 1],
    ['园区', 1],
    ['b', 1],
    ['汛', 1],
    ['经费', 3],
    ['的请示', 2],
    ['请示', 2],
    ['关于', 3],
    ['秸秆禁烧', 1],
    ['没有', 0],
    ['%', 0],
  ] as const)('检索“%s”找到 %i 件（英文字母不分大小写）', async (q, expected) => {
    expect(await totalOf(t.handle, q)).toBe(expected);
  });

  it('重新索引后：旧内容不再命中，新内容命中', async () => {
    const id = ids[1]!;
    await t.handle.db.transaction().execute(async (trx) => {
      await trx.updateTable('incomingDocuments').set({ title: '关于调整防汛物资的请示', registerNumber: '收〔2026〕9号' }).where('id', '=', id).execute();
      await documentsRepository.indexForSearch(trx, dialect, { id, title: '关于调整防汛物资的请示', body: '区政府：\n拟申请经费。妥否，请批示。', registerNumber: '收〔2026〕9号', senderDocNumber: null });
    });
    expect(await totalOf(t.handle, '申请防汛')).toBe(0);
    expect(await totalOf(t.handle, '物资')).toBe(1);
    expect(await totalOf(t.handle, '收〔2026〕9号')).toBe(1);
    expect(await totalOf(t.handle, '〔')).toBe(1);
  });
});

describe('收文检索：升级时已有公文补入新的检索索引（sqlite）', () => {
  it('迁移前登记的公文，迁移后按一、二、三个字以上都找得到', async () => {
    const handle = openDatabase({ dialect: 'sqlite', file: ':memory:' });
    const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('20261201T1500-shared-countersignatures')).error).toBeUndefined();
    // Straight rows, without the organisation they would reference: only the search index is under test.
    await sql`pragma foreign_keys = off`.execute(handle.db);
    for (let i = 0; i < 1200; i += 1) {
      await sql`insert into incoming_documents (id, status, doc_type, title, body, issuing_unit_id, signer_name, addressed_to, classification, urgency, declared_matters, related_unit_ids, is_joint, written_on, is_major, flags, co_unit_ids, step_started_at, version, created_at, updated_at, register_number)
        values (${`doc-${String(i).padStart(5, '0')}`}, 'submitted', '请示', ${`关于Abc第${i}号事项的请示`}, '正文内容', 'fgj', '局长', 'government', 'none', 'normal', '[]', '[]', 0, '2026-03-01', 0, '[]', '[]', '2026-03-01', 1, '2026-03-01', '2026-03-01', ${i === 7 ? '收〔2026〕7号' : null})`.execute(handle.db);
    }
    await migrateToLatest(handle.db);
    for (const [q, expected] of [['abc', 1200], ['第7号', 1], ['7号', 120], ['ab', 1200], ['A', 1200], ['收', 1], ['〔2026〕7', 1]] as const) expect(await totalOf(handle, q), q).toBe(expected);
    await handle.close();
  });
});
