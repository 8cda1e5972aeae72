import { type Expression, sql, type SqlBool } from 'kysely';
import type { Db, Tx } from './database.js';

type Conn = Db | Tx;

/** The disclosure tables whose cases reach the 工作台. */
export type DisclosureWorkTable = 'publications' | 'commentDrafts' | 'disclosureRequests' | 'publicMessages';

/** A page the 工作台 asks of one table: the scope and the declaration's work predicate in SQL, the due key, the keyset condition over it, the page size plus one. */
export type DisclosureWorkPage = {
  table: DisclosureWorkTable;
  where: Expression<SqlBool>;
  /** The row's due day on the 工作台 (the day meaning none when it has no clock). */
  dueKey: Expression<string>;
  after: (dueKey: Expression<string>) => Expression<SqlBool>;
  limit: number;
};

/** A row of the table as stored (camel-cased columns), with its due key on the 工作台. */
export type DisclosureWorkRow = { id: string; status: string; createdAt: string; dueKey: string; [column: string]: unknown };

const tableName: Record<DisclosureWorkTable, string> = { publications: 'publications', commentDrafts: 'comment_drafts', disclosureRequests: 'disclosure_requests', publicMessages: 'public_messages' };

/**
 * One page of a disclosure table's work for the 工作台, the same two statements for every kind: the rows on
 * which the work predicate holds, strictly after the cursor, by due key, created, id — at most `limit` — and
 * how many the predicate selects in all (a COUNT).
 */
export async function disclosureWorkPage(db: Conn, page: DisclosureWorkPage): Promise<{ rows: DisclosureWorkRow[]; count: number }> {
  const table = sql.table(tableName[page.table]);
  const total = await sql<{ n: number }>`select count(*) as n from ${table} where ${page.where}`.execute(db);
  const rows = await sql<DisclosureWorkRow>`select *, ${page.dueKey} as due_key from ${table} where ${page.where} and ${page.after(page.dueKey)} order by ${page.dueKey}, created_at, id limit ${page.limit}`.execute(db);
  return { count: Number(total.rows[0]?.n ?? 0), rows: rows.rows };
}
