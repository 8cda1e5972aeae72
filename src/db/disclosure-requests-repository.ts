import { type Expression, type Insertable, type Selectable, sql, type SqlBool } from 'kysely';
import type { Db, Tx } from './database.js';
import { keysetAfter, type KeysetPage } from './keyset.js';
import type { DisclosureChallengeTable, DisclosureRequestTable } from './schema.js';

type Conn = Db | Tx;
export type DisclosureRequestRecord = Selectable<DisclosureRequestTable>;
export type DisclosureChallengeRecord = Selectable<DisclosureChallengeTable>;

/** The states in which the answer clock runs and the request can be late (补正 and withdrawal stop it). */
export const runningRequestStatuses = ['received', 'consulting'] as const;

export type RequestFilter = { status?: string; isOverdue?: boolean; receivedFrom?: string; receivedTo?: string; q?: string };

/** `lower(column) like %q%`, the same on SQLite and PostgreSQL, the wildcards of q taken literally. */
function contains(column: Expression<string>, q: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${column}) like ${`%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`;
}

function filtered(db: Conn, filter: RequestFilter, today: string) {
  let q = db.selectFrom('disclosureRequests');
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.isOverdue !== undefined) {
    q = filter.isOverdue
      ? q.where('status', 'in', [...runningRequestStatuses]).where('dueOn', '<', today)
      : q.where((eb) => eb.or([eb('status', 'not in', [...runningRequestStatuses]), eb('dueOn', '>=', today)]));
  }
  if (filter.receivedFrom) q = q.where('receivedOn', '>=', filter.receivedFrom);
  if (filter.receivedTo) q = q.where('receivedOn', '<=', filter.receivedTo);
  const text = filter.q?.trim();
  if (text) q = q.where((eb) => eb.or([contains(eb.ref('number'), text), contains(eb.ref('applicantName'), text), contains(eb.ref('description'), text)]));
  return q;
}

/** Requests for disclosure (依申请公开) and the reconsiderations and lawsuits about them. */
export const disclosureRequestsRepository = {
  async insert(db: Conn, row: Insertable<DisclosureRequestTable>): Promise<void> {
    await db.insertInto('disclosureRequests').values(row).execute();
  },

  async find(db: Conn, id: string): Promise<DisclosureRequestRecord | undefined> {
    return db.selectFrom('disclosureRequests').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async byNumber(db: Conn, number: string): Promise<DisclosureRequestRecord | undefined> {
    return db.selectFrom('disclosureRequests').selectAll().where('number', '=', number).executeTakeFirst();
  },

  /** A page of the office's queue by due day (the nearest first), keyset-paged: one statement whatever the data. */
  async page(db: Conn, filter: RequestFilter, today: string, page: KeysetPage): Promise<DisclosureRequestRecord[]> {
    return filtered(db, filter, today)
      .selectAll()
      .where((eb) => keysetAfter([eb.ref('dueOn'), eb.ref('id')], page.after, 'asc'))
      .orderBy('dueOn')
      .orderBy('id')
      .limit(page.limit)
      .execute();
  },

  /** Every request of the filter (the export), by due day. */
  async all(db: Conn, filter: RequestFilter, today: string, limit: number): Promise<DisclosureRequestRecord[]> {
    return filtered(db, filter, today).selectAll().orderBy('dueOn').orderBy('id').limit(limit).execute();
  },

  /** The queue's counts in one statement: by status, and how many are late on `today`. */
  async summary(db: Conn, today: string): Promise<{ total: number; byStatus: Record<string, number>; overdue: number }> {
    const rows = await db
      .selectFrom('disclosureRequests')
      .select(['status', sql<number>`count(*)`.as('n'), sql<number>`sum(case when due_on < ${today} then 1 else 0 end)`.as('late')])
      .groupBy('status')
      .execute();
    const byStatus = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    const overdue = rows.filter((r) => (runningRequestStatuses as readonly string[]).includes(r.status)).reduce((sum, r) => sum + Number(r.late ?? 0), 0);
    return { total: rows.reduce((sum, r) => sum + Number(r.n), 0), byStatus, overdue };
  },

  async insertChallenge(db: Conn, row: Insertable<DisclosureChallengeTable>): Promise<void> {
    await db.insertInto('disclosureChallenges').values(row).execute();
  },

  async findChallenge(db: Conn, id: string): Promise<DisclosureChallengeRecord | undefined> {
    return db.selectFrom('disclosureChallenges').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** Reconsiderations and lawsuits, the latest filed first, keyset-paged, each with its request's number. */
  async challenges(db: Conn, page: KeysetPage): Promise<(DisclosureChallengeRecord & { requestNumber: string | null })[]> {
    return db
      .selectFrom('disclosureChallenges')
      .leftJoin('disclosureRequests', 'disclosureRequests.id', 'disclosureChallenges.requestId')
      .selectAll('disclosureChallenges')
      .select('disclosureRequests.number as requestNumber')
      .where((eb) => keysetAfter([eb.ref('disclosureChallenges.filedOn'), eb.ref('disclosureChallenges.id')], page.after, 'desc'))
      .orderBy('disclosureChallenges.filedOn', 'desc')
      .orderBy('disclosureChallenges.id', 'desc')
      .limit(page.limit)
      .execute();
  },
};
