import type { Insertable, Selectable } from 'kysely';
import type { CoverAssignment, LeaveReport, LeaveKind, LeaveStatus } from '../domain/leave/types.js';
import type { Db, Tx } from './database.js';
import type { CoverAssignmentTable, LeaderItemTable, LeaveReportTable } from './schema.js';

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

export type LeaderItemRecord = Selectable<LeaderItemTable>;

/** Leave reports, the 区长's cover assignments and the items that wait for leaders. */
export const leaveRepository = {
  async insertReport(db: Conn, row: Insertable<LeaveReportTable>): Promise<void> {
    await db.insertInto('leaveReports').values(row).execute();
  },

  async findReport(db: Conn, id: string): Promise<LeaveReportRecord | undefined> {
    const row = await db.selectFrom('leaveReports').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toReport(row);
  },

  /** Reports not cancelled whose period touches [from, to]. */
  async reportsBetween(db: Conn, from: string, to: string, personIds?: readonly string[]): Promise<LeaveReportRecord[]> {
    let q = db.selectFrom('leaveReports').selectAll().where('status', '!=', 'cancelled').where('startDate', '<=', to).where('endDate', '>=', from);
    if (personIds) {
      if (personIds.length === 0) return [];
      q = q.where('personId', 'in', personIds);
    }
    return (await q.orderBy('startDate').execute()).map(toReport);
  },

  async listReports(db: Conn, filter: { personId?: string; from?: string; to?: string; status?: string }): Promise<LeaveReportRecord[]> {
    let q = db.selectFrom('leaveReports').selectAll();
    if (filter.personId) q = q.where('personId', '=', filter.personId);
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.from) q = q.where('endDate', '>=', filter.from);
    if (filter.to) q = q.where('startDate', '<=', filter.to);
    return (await q.orderBy('startDate', 'desc').limit(500).execute()).map(toReport);
  },

  async updateReportStatus(db: Conn, id: string, expectedVersion: number, changes: { status: LeaveStatus; returnedOn?: string | null; updatedAt: string }): Promise<boolean> {
    const result = await db
      .updateTable('leaveReports')
      .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
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

  async findItem(db: Conn, id: string): Promise<LeaderItemRecord | undefined> {
    return db.selectFrom('leaderItems').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async openItemsFor(db: Conn, personIds: readonly string[]): Promise<LeaderItemRecord[]> {
    if (personIds.length === 0) return [];
    return db.selectFrom('leaderItems').selectAll().where('status', '=', 'open').where('addresseePersonId', 'in', personIds).orderBy('createdAt').execute();
  },

  async listItems(db: Conn, filter: { status?: string; addresseePersonId?: string }): Promise<LeaderItemRecord[]> {
    let q = db.selectFrom('leaderItems').selectAll();
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.addresseePersonId) q = q.where('addresseePersonId', '=', filter.addresseePersonId);
    return q.orderBy('createdAt', 'desc').limit(500).execute();
  },

  async markItemHandled(
    db: Conn,
    id: string,
    expectedVersion: number,
    changes: { handledByUserId: string | null; handledActingForPersonId: string | null; handledAt: string; handlingNote: string },
  ): Promise<boolean> {
    const result = await db
      .updateTable('leaderItems')
      .set((eb) => ({ ...changes, status: 'handled', version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },
};
