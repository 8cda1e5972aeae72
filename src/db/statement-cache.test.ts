import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './database.js';

type Db = { items: { id: number; name: string } };

describe('SQLite 预编译语句缓存（每个请求不再重新 prepare）', () => {
  let raw: SQLite.Database;
  afterEach(() => {
    if (raw.open) raw.close();
  });

  function open(capacity?: number) {
    raw = new SQLite(':memory:');
    raw.exec('create table items (id integer primary key, name text not null)');
    const prepared: string[] = [];
    const original = raw.prepare.bind(raw);
    raw.prepare = ((sql: string) => {
      prepared.push(sql);
      return original(sql);
    }) as typeof raw.prepare;
    const cached = withStatementCache(raw, capacity);
    const db = new Kysely<Db>({ dialect: new SqliteDialect({ database: cached }), plugins: [new CamelCasePlugin()] });
    return { db, cached, prepared };
  }

  it('同一条 SQL 只 prepare 一次，参数每次重新绑定，读写都正确', async () => {
    const { db, prepared } = open();
    for (let i = 1; i <= 5; i++) await db.insertInto('items').values({ id: i, name: `n${i}` }).execute();
    for (let i = 1; i <= 5; i++) expect((await db.selectFrom('items').select('name').where('id', '=', i).executeTakeFirst())?.name).toBe(`n${i}`);
    const update = await db.updateTable('items').set({ name: 'x' }).where('id', '>', 3).executeTakeFirst();
    expect(Number(update.numUpdatedRows)).toBe(2);
    expect(prepared.filter((s) => s.startsWith('insert')).length).toBe(1);
    expect(prepared.filter((s) => s.startsWith('select')).length).toBe(1);
    await db.destroy();
  });

  it('缓存有上限：最久未用的语句被淘汰，再用时重新 prepare', async () => {
    const { db, prepared } = open(2);
    const q = (n: number) => db.selectFrom('items').select('id').where('id', 'in', Array.from({ length: n }, (_, i) => i)).execute();
    await q(1);
    await q(2);
    await q(1); // 1 is now the most recent; 2 the least
    await q(3); // evicts 2
    await q(1);
    expect(prepared.length).toBe(3);
    await q(2);
    expect(prepared.length).toBe(4);
    await db.destroy();
  });

  it('流式读取中的语句仍在使用时，同一条 SQL 另用一条新语句，两者互不干扰', () => {
    const { cached } = open();
    raw.exec("insert into items values (1, 'a'), (2, 'b'), (3, 'c')");
    const sql = 'select id from items order by id';
    const first = cached.prepare(sql) as SQLite.Statement;
    const rows: number[] = [];
    for (const row of first.iterate() as Iterable<{ id: number }>) {
      // While `first` iterates, the same SQL again must not hand back the busy statement.
      const again = cached.prepare(sql) as SQLite.Statement;
      expect(again).not.toBe(first);
      expect((again.all() as unknown[]).length).toBe(3);
      rows.push(row.id);
    }
    expect(rows).toEqual([1, 2, 3]);
    expect(cached.prepare(sql)).toBe(first);
  });

  it('Kysely 的流式查询经缓存照常工作', async () => {
    const { db } = open();
    await db.insertInto('items').values([{ id: 1, name: 'a' }, { id: 2, name: 'b' }]).execute();
    const names: string[] = [];
    for await (const row of db.selectFrom('items').select('name').orderBy('id').stream()) names.push(row.name);
    expect(names).toEqual(['a', 'b']);
    expect((await db.selectFrom('items').select('name').orderBy('id').execute()).map((r) => r.name)).toEqual(['a', 'b']);
    await db.destroy();
  });
});
