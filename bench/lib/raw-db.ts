// Direct access to a zhengwu database for the data generator: what tables and columns it has, plain
// queries, and bulk inserts (SQLite: one prepared statement per table, run inside the caller's transaction;
// PostgreSQL: json_populate_recordset over one JSON parameter). Rows are raw (snake_case columns), as the database stores them.
import SQLite from 'better-sqlite3';
import pg from 'pg';

export type Column = { name: string; isText: boolean; isInteger: boolean; isPrimaryKey: boolean };
export type TableInfo = { name: string; columns: Column[] };
export type Row = Record<string, unknown>;

export type RawDb = {
  dialect: 'sqlite' | 'postgres';
  tables: () => Promise<TableInfo[]>;
  query: (text: string, params?: readonly unknown[]) => Promise<Row[]>;
  run: (text: string, params?: readonly unknown[]) => Promise<void>;
  /** Inserts rows (values in `columns` order); call inside `begin`/`commit`. */
  insert: (table: string, columns: readonly string[], rows: readonly unknown[][]) => Promise<void>;
  begin: () => Promise<void>;
  commit: () => Promise<void>;
  close: () => Promise<void>;
};

/** `sqlite:/path` or `postgres://…`. */
/** `sqlite:/path` or `postgres://…`; `forLoad` (default): set a SQLite file up for a bulk load (see below). */
export async function openRaw(database: string, options: { forLoad?: boolean } = {}): Promise<RawDb> {
  return database.startsWith('postgres') ? openPostgres(database) : openSqlite(database.replace(/^sqlite:/, ''), options.forLoad ?? true);
}

function openSqlite(file: string, forLoad: boolean): RawDb {
  const db = new SQLite(file);
  if (!forLoad) {
    db.pragma('busy_timeout = 5000');
    return sqliteRaw(db, false);
  }
  // A bulk load into a new file: no journal and no syncs while loading (a failed load is thrown away);
  // `close` puts the file back in WAL mode, as the server runs it.
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -262144');
  // Rows go in table by table per chunk; the load checks the keys once at the end (foreign_key_check).
  db.pragma('foreign_keys = OFF');
  return sqliteRaw(db, true);
}

function sqliteRaw(db: SQLite.Database, forLoad: boolean): RawDb {
  const inserts = new Map<string, SQLite.Statement>();
  // The shared SQL numbers its placeholders ($n, PostgreSQL's style); better-sqlite3 binds `?` in order.
  const positional = (text: string, params: readonly unknown[]): [string, unknown[]] => {
    const bound: unknown[] = [];
    const sql = text.replace(/\$(\d+)/g, (_, n: string) => (bound.push(params[Number(n) - 1]), '?'));
    return [sql, bound];
  };
  return {
    dialect: 'sqlite',
    tables: async () => {
      const names = db.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`).all() as { name: string }[];
      return names.map(({ name }) => ({
        name,
        columns: (db.prepare(`select name, type, pk from pragma_table_info(?)`).all(name) as { name: string; type: string; pk: number }[]).map((c) => ({
          name: c.name,
          isText: c.type === '' || /text|char|clob/i.test(c.type),
          isInteger: /int/i.test(c.type),
          isPrimaryKey: c.pk > 0,
        })),
      }));
    },
    query: async (text, params = []) => {
      const [sql, bound] = positional(text, params);
      return db.prepare(sql).all(...bound) as Row[];
    },
    run: async (text, params = []) => {
      if (params.length === 0 && !/\$\d/.test(text)) db.exec(text);
      else {
        const [sql, bound] = positional(text, params);
        db.prepare(sql).run(...bound);
      }
    },
    insert: async (table, columns, rows) => {
      const key = `${table}(${columns.join(',')})`;
      let statement = inserts.get(key);
      if (!statement) {
        statement = db.prepare(`insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`);
        inserts.set(key, statement);
      }
      for (const row of rows) statement.run(row);
    },
    begin: async () => {
      db.exec('begin');
    },
    commit: async () => {
      db.exec('commit');
    },
    close: async () => {
      if (forLoad) db.pragma('journal_mode = WAL');
      db.close();
    },
  };
}

async function openPostgres(url: string): Promise<RawDb> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    dialect: 'postgres',
    tables: async () => {
      const columns = (
        await client.query<{ table_name: string; column_name: string; data_type: string; is_pk: boolean }>(`
          select c.table_name, c.column_name, c.data_type,
            exists (select 1 from information_schema.table_constraints t join information_schema.key_column_usage k
              on k.constraint_name = t.constraint_name and k.table_schema = t.table_schema
              where t.table_schema = c.table_schema and t.table_name = c.table_name and t.constraint_type = 'PRIMARY KEY' and k.column_name = c.column_name) as is_pk
          from information_schema.columns c where c.table_schema = 'public' order by c.table_name, c.ordinal_position`)
      ).rows;
      const byTable = new Map<string, Column[]>();
      for (const c of columns) {
        const list = byTable.get(c.table_name) ?? [];
        list.push({ name: c.column_name, isText: /text|char/i.test(c.data_type), isInteger: /int/i.test(c.data_type), isPrimaryKey: c.is_pk });
        byTable.set(c.table_name, list);
      }
      return [...byTable].map(([name, cols]) => ({ name, columns: cols }));
    },
    query: async (text, params = []) => (await client.query(text, [...params])).rows as Row[],
    run: async (text, params = []) => {
      await client.query(text, [...params]);
    },
    insert: async (table, columns, rows) => {
      // One JSON parameter per few thousand rows, unpacked by the server into the table's own row type:
      // far fewer bind parameters to encode and parse than a multi-row VALUES list.
      const list = columns.map((c) => `"${c}"`).join(', ');
      for (let start = 0; start < rows.length; start += 5000) {
        const objects = rows.slice(start, start + 5000).map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])));
        await client.query(`insert into "${table}" (${list}) select ${list} from json_populate_recordset(null::"${table}", $1::json)`, [JSON.stringify(objects)]);
      }
    },
    begin: async () => {
      await client.query('begin');
    },
    commit: async () => {
      await client.query('commit');
    },
    close: async () => {
      await client.end();
    },
  };
}
