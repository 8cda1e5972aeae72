import { type Expression, type Insertable, type Selectable, type SelectQueryBuilder, sql, type SqlBool } from 'kysely';
import type { StandIn } from '../domain/case.js';
import type { CoverAssignment, LeaderItem, LeaderItemKind, LeaderItemStatus, LeaveKind, LeaveReport, LeaveStatus } from '../domain/leave/types.js';
import type { Db, Dialect, Tx } from './database.js';
import { keysetAfter, type KeysetPage } from './keyset.js';
import type { CoverAssignmentTable, Database, LeaderItemTable, LeaveReportTable } from './schema.js';

type Conn = Db | Tx;

export type LeaveReportRecord = LeaveReport & {
  contactEncrypted: string;
  recipients: { personId: string; name: string; post: string }[];
  flags: { ruleId: string; article: number; message: string }[];
  reportedByUserId: string | null;
  createdAt: string;
};

const toReport = (r: Selectable<LeaveReportTable>): LeaveReportRecord => ({
  id: r.id,
  personId: r.personId,
  unitId: r.unitId,
  kind: r.kind as LeaveKind,
  startDate: r.startDate,
  endDate: r.endDate,
  place: r.place,
  reason: r.reason,
  actingPersonId: r.actingPersonId,
  actingPersonName: r.actingPersonName,
  isEmergency: r.isEmergency === 1,
  emergencyReason: r.emergencyReason,
  reportedOn: r.reportedOn,
  status: r.status as LeaveStatus,
  returnedOn: r.returnedOn,
  version: r.version,
  contactEncrypted: r.contactEncrypted,
  recipients: JSON.parse(r.recipients) as LeaveReportRecord['recipients'],
  flags: JSON.parse(r.flags) as LeaveReportRecord['flags'],
  reportedByUserId: r.reportedByUserId,
  createdAt: r.createdAt,
});

const toItem = (r: Selectable<LeaderItemTable>): LeaderItem => ({ ...r, kind: r.kind as LeaderItemKind, status: r.status as LeaderItemStatus, isUrgent: r.isUrgent === 1 });

/**
 * Who may see leave reports at all (the policy table's data scope): the office and the leaders every report,
 * anyone else (a unit head) only their own. Applied inside every query, so detail, list and calendar agree.
 */
export type LeaveScope = { all: true } | { all: false; personId: string | null };

/**
 * Who may see leader items: the office every item; a leader those addressed to them, those of the absent
 * leaders they stand in for today (a cover only the urgent ones, art. 62; the presiding executive deputy all,
 * art. 7), and those they handled.
 */
export type LeaderItemScope = { all: true } | { all: false; personId: string | null; userId: string; standsInFor: readonly StandIn[] };

function inReportScope<O>(q: SelectQueryBuilder<Database, 'leaveReports', O>, scope: LeaveScope) {
  return scope.all ? q : q.where('leaveReports.personId', '=', scope.personId ?? '—');
}

function inItemScope<O>(q: SelectQueryBuilder<Database, 'leaderItems', O>, scope: LeaderItemScope) {
  if (scope.all) return q;
  const full = scope.standsInFor.filter((s) => !s.isUrgentOnly).map((s) => s.personId);
  const urgent = scope.standsInFor.filter((s) => s.isUrgentOnly).map((s) => s.personId);
  return q.where((eb) =>
    eb.or([
      eb('addresseePersonId', '=', scope.personId ?? '—'),
      eb('handledByUserId', '=', scope.userId),
      ...(full.length > 0 ? [eb('addresseePersonId', 'in', full)] : []),
      ...(urgent.length > 0 ? [eb.and([eb('addresseePersonId', 'in', urgent), eb('isUrgent', '=', 1)])] : []),
    ]),
  );
}

/** Leave reports, the 区长's cover assignments and the items that wait for leaders. */
export const leaveRepository = {
  async insertReport(db: Conn, row: Insertable<LeaveReportTable>): Promise<void> {
    await db.insertInto('leaveReports').values(row).execute();
  },

  /** A report regardless of scope — for checks that decide scope themselves (attachments). */
  async findReport(db: Conn, id: string): Promise<LeaveReportRecord | undefined> {
    const row = await db.selectFrom('leaveReports').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toReport(row);
  },

  /** A report the scope may see; outside it the same as missing. */
  async findReportIn(db: Conn, id: string, scope: LeaveScope): Promise<LeaveReportRecord | undefined> {
    const row = await inReportScope(db.selectFrom('leaveReports').selectAll(), scope).where('id', '=', id).executeTakeFirst();
    return row && toReport(row);
  },

  /** Reports not cancelled whose period touches [from, to] (all of them: availability is everyone's business). */
  async reportsBetween(db: Conn, from: string, to: string, personIds?: readonly string[]): Promise<LeaveReportRecord[]> {
    let q = db.selectFrom('leaveReports').selectAll().where('status', '!=', 'cancelled').where('startDate', '<=', to).where('endDate', '>=', from);
    if (personIds) {
      if (personIds.length === 0) return [];
      q = q.where('personId', 'in', personIds);
    }
    return (await q.orderBy('startDate').execute()).map(toReport);
  },

  async listReports(db: Conn, scope: LeaveScope, filter: { personId?: string | undefined; from?: string | undefined; to?: string | undefined; status?: string | undefined }, page?: KeysetPage): Promise<LeaveReportRecord[]> {
    let q = inReportScope(db.selectFrom('leaveReports').selectAll(), scope);
    if (filter.personId) q = q.where('personId', '=', filter.personId);
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.from) q = q.where('endDate', '>=', filter.from);
    if (filter.to) q = q.where('startDate', '<=', filter.to);
    // Latest first, keyset-paged by (start day, id); without a page, the latest 500 as before.
    if (page) q = q.where(keysetAfter([sql.ref('startDate'), sql.ref('id')], page.after, 'desc'));
    return (await q.orderBy('startDate', 'desc').orderBy('id', 'desc').limit(page?.limit ?? 500).execute()).map(toReport);
  },

  /**
   * Holds, until the caller's transaction ends, every other transaction that takes the same key — so a check
   * across rows (mutual covers never away together, art. 63; a yearly quota, art. 58) and the insert it allows
   * happen as one on PostgreSQL. SQLite runs one write transaction at a time already.
   */
  async serialize(db: Tx, dialect: Dialect, key: string): Promise<void> {
    if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(db);
  },

  async insertAssignment(db: Conn, row: Insertable<CoverAssignmentTable>): Promise<void> {
    await db.insertInto('coverAssignments').values(row).execute();
  },

  async assignmentsBetween(db: Conn, from: string, to: string): Promise<CoverAssignment[]> {
    return db.selectFrom('coverAssignments').select(['id', 'absentPersonId', 'coverPersonId', 'validFrom', 'validTo', 'assignedByPersonId']).where('validFrom', '<=', to).where('validTo', '>=', from).execute();
  },

  async insertItem(db: Conn, row: Insertable<LeaderItemTable>): Promise<void> {
    await db.insertInto('leaderItems').values(row).execute();
  },

  async findItemIn(db: Conn, id: string, scope: LeaderItemScope): Promise<LeaderItem | undefined> {
    const row = await inItemScope(db.selectFrom('leaderItems').selectAll(), scope).where('id', '=', id).executeTakeFirst();
    return row && toItem(row);
  },

  /** Open items addressed to any of the people (the candidates of a leader's 工作台). */
  async openItemsFor(db: Conn, personIds: readonly string[]): Promise<LeaderItem[]> {
    if (personIds.length === 0) return [];
    return (await db.selectFrom('leaderItems').selectAll().where('status', '=', 'open').where('addresseePersonId', 'in', personIds).orderBy('createdAt').execute()).map(toItem);
  },

  /**
   * The open clocks (deadlines table) of the given cases of one kind, by case id — one statement for a whole
   * 工作台 list, so the 工作台 shows the clock's own due day and explanation.
   */
  async openClocksOf(db: Conn, objectType: string, objectIds: readonly string[]): Promise<Map<string, { due: string; isProvisional: boolean; explanation: string }>> {
    if (objectIds.length === 0) return new Map();
    const rows = await db.selectFrom('deadlines').select(['objectId', 'due', 'isProvisional', 'detail']).where('objectType', '=', objectType).where('objectId', 'in', [...objectIds]).where('isOpen', '=', 1).execute();
    return new Map(rows.map((r) => [r.objectId, { due: r.due, isProvisional: r.isProvisional === 1, explanation: (JSON.parse(r.detail) as { explanation?: string }).explanation ?? '' }]));
  },

  async listItems(db: Conn, scope: LeaderItemScope, filter: { status?: string | undefined }, page?: KeysetPage): Promise<LeaderItem[]> {
    let q = inItemScope(db.selectFrom('leaderItems').selectAll(), scope);
    if (filter.status) q = q.where('status', '=', filter.status);
    // Latest first, keyset-paged by (created, id); without a page, the latest 500 as before.
    if (page) q = q.where(keysetAfter([sql.ref('createdAt'), sql.ref('id')], page.after, 'desc'));
    return (await q.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(page?.limit ?? 500).execute()).map(toItem);
  },
  /**
   * One page of the 工作台's leader items: the items on which `work` holds (the declaration's work predicate in
   * SQL over `li`), strictly after the cursor (`after`, over the due key `workDue` and `li`), in the 工作台's
   * order, at most `limit`, each with its open clock; and how many `work` selects in all (a COUNT). Two
   * statements whatever the number of items.
   */
  async workPage(
    db: Conn,
    page: { work: Expression<SqlBool>; after: (dueKey: Expression<string>) => Expression<SqlBool>; noDue: string; limit: number },
  ): Promise<{ rows: (LeaderItem & { clock: { due: string; isProvisional: boolean; explanation: string } | null })[]; count: number }> {
    const base = db
      .selectFrom('leaderItems as li')
      .leftJoin('deadlines as dl', (j) => j.onRef('dl.objectId', '=', 'li.id').on('dl.objectType', '=', 'leader_item').on('dl.isOpen', '=', 1))
      .where(page.work);
    const dueKey = sql<string>`coalesce(dl.due, ${page.noDue})`;
    const [total, rows] = [
      await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      await base
        .selectAll('li')
        .select(['dl.due as clockDue', 'dl.isProvisional as clockProvisional', 'dl.detail as clockDetail'])
        .where(page.after(dueKey))
        .orderBy(dueKey)
        .orderBy('li.createdAt')
        .orderBy('li.id')
        .limit(page.limit)
        .execute(),
    ];
    return {
      count: Number(total.n),
      rows: rows.map(({ clockDue, clockProvisional, clockDetail, ...r }) => ({
        ...toItem(r),
        clock: clockDue !== null && clockDetail !== null ? { due: clockDue, isProvisional: clockProvisional === 1, explanation: (JSON.parse(clockDetail) as { explanation?: string }).explanation ?? '' } : null,
      })),
    };
  },
};
