import type { Insertable } from 'kysely';
import type { YearNotice } from '../calendar/index.js';
import type { Db, Tx } from './database.js';
import type { DeadlineTable } from './schema.js';

type Conn = Db | Tx;

/** Imported holiday notices and the deadlines areas track on the calendar. */
export const calendarRepository = {
  async importedNotices(db: Conn): Promise<{ notice: YearNotice; importedBy: string | null; importedAt: string }[]> {
    const rows = await db.selectFrom('calendarNotices').selectAll().orderBy('year').execute();
    return rows.map((r) => ({ notice: JSON.parse(r.notice) as YearNotice, importedBy: r.importedBy, importedAt: r.importedAt }));
  },

  /** The stamp the database renews whenever the imported notices change (see migration 20261202T0300). */
  async noticesStamp(db: Conn): Promise<string | undefined> {
    const row = await db.selectFrom('changeStamps').select('stamp').where('name', '=', 'calendar').executeTakeFirst();
    return row?.stamp;
  },

  /** The imported notices with their stamp, read in one statement (one snapshot). */
  async importedNoticesWithStamp(db: Conn): Promise<{ notices: YearNotice[]; stamp: string | undefined }> {
    const rows = await db
      .selectFrom('changeStamps as cs')
      .leftJoin('calendarNotices as cn', (join) => join.onTrue())
      .select(['cs.stamp', 'cn.notice'])
      .where('cs.name', '=', 'calendar')
      .orderBy('cn.year')
      .execute();
    if (rows.length === 0) return { notices: (await this.importedNotices(db)).map((i) => i.notice), stamp: undefined };
    return { notices: rows.flatMap((r) => (r.notice === null ? [] : [JSON.parse(r.notice) as YearNotice])), stamp: rows[0]?.stamp };
  },

  async upsertNotice(db: Conn, notice: YearNotice, importedBy: string | null, importedAt: string): Promise<'inserted' | 'replaced'> {
    const existing = await db.selectFrom('calendarNotices').select('year').where('year', '=', notice.year).executeTakeFirst();
    const row = { notice: JSON.stringify(notice), importedBy, importedAt };
    if (existing) {
      await db.updateTable('calendarNotices').set(row).where('year', '=', notice.year).execute();
      return 'replaced';
    }
    await db.insertInto('calendarNotices').values({ year: notice.year, ...row }).execute();
    return 'inserted';
  },

  async insertDeadline(db: Conn, row: Insertable<DeadlineTable>): Promise<void> {
    await db.insertInto('deadlines').values(row).execute();
  },

  async findDeadline(db: Conn, id: string): Promise<DeadlineTable | undefined> {
    return db.selectFrom('deadlines').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async deadlinesOf(db: Conn, objectType: string, objectId: string): Promise<DeadlineTable[]> {
    return db.selectFrom('deadlines').selectAll().where('objectType', '=', objectType).where('objectId', '=', objectId).orderBy('due').execute();
  },

  /** Open working-day deadlines whose counting reaches into the year (the only ones a notice can move). */
  async openWorkingDayDeadlinesTouching(db: Conn, year: number): Promise<DeadlineTable[]> {
    return db
      .selectFrom('deadlines')
      .selectAll()
      .where('isOpen', '=', 1)
      .where('basis', '=', 'working_days')
      .where('start', '<=', `${year}-12-31`)
      .where('due', '>=', `${year - 1}-12-01`)
      .execute();
  },

  async updateDeadline(db: Conn, id: string, changes: Pick<DeadlineTable, 'due' | 'isProvisional' | 'detail' | 'updatedAt'>): Promise<void> {
    await db
      .updateTable('deadlines')
      .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
  },

  /** Counts a clock again from a new start (a reassigned or re-answered suggestion, art. 40): open again, recomputed. */
  async restartDeadline(db: Conn, id: string, changes: Pick<DeadlineTable, 'label' | 'basis' | 'amount' | 'start' | 'due' | 'isProvisional' | 'ruleId' | 'article' | 'detail' | 'updatedAt'>): Promise<void> {
    await db
      .updateTable('deadlines')
      .set((eb) => ({ ...changes, isOpen: 1, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
  },

  async closeDeadline(db: Conn, id: string, at: string): Promise<void> {
    await db.updateTable('deadlines').set({ isOpen: 0, updatedAt: at }).where('id', '=', id).execute();
  },
};
