import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db, Tx } from './database.js';
import type { DecisionItemTable, MeetingAttendanceTable, MeetingTable, MeetingTopicTable, TaskTable, TopicCountersignatureTable } from './schema.js';

type Conn = Db | Tx;
export type MeetingRecord = Selectable<MeetingTable>;
export type TopicRecord = Selectable<MeetingTopicTable>;
export type AttendanceRecord = Selectable<MeetingAttendanceTable>;
export type DecisionItemRecord = Selectable<DecisionItemTable>;
export type TaskRecord = Selectable<TaskTable>;

/** Meetings with their topics, attendance and decisions, and the follow-up tasks decisions become. */
export const meetingsRepository = {
  async insert(db: Conn, row: Insertable<MeetingTable>): Promise<void> {
    await db.insertInto('meetings').values(row).execute();
  },
  async find(db: Conn, id: string): Promise<MeetingRecord | undefined> {
    return db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
  },
  async list(db: Conn, from: string, to: string): Promise<MeetingRecord[]> {
    return db.selectFrom('meetings').selectAll().where('meetingDate', '>=', from).where('meetingDate', '<=', to).orderBy('meetingDate').execute();
  },
  async update(db: Conn, id: string, expectedVersion: number, changes: Updateable<MeetingTable>): Promise<boolean> {
    const r = await db.updateTable('meetings').set((eb) => ({ ...changes, version: eb('version', '+', 1) })).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async insertTopic(db: Conn, row: Insertable<MeetingTopicTable>): Promise<void> {
    await db.insertInto('meetingTopics').values(row).execute();
  },
  async findTopic(db: Conn, id: string): Promise<TopicRecord | undefined> {
    return db.selectFrom('meetingTopics').selectAll().where('id', '=', id).executeTakeFirst();
  },
  async topicsOf(db: Conn, meetingId: string): Promise<TopicRecord[]> {
    return db.selectFrom('meetingTopics').selectAll().where('meetingId', '=', meetingId).orderBy('sortOrder').orderBy('createdAt').execute();
  },
  async topicsByUnit(db: Conn, unitId: string): Promise<TopicRecord[]> {
    return db.selectFrom('meetingTopics').selectAll().where((eb) => eb.or([eb('submittingUnitId', '=', unitId), eb('relatedUnitIds', 'like', `%"${unitId}"%`)])).orderBy('createdAt', 'desc').execute();
  },
  async updateTopic(db: Conn, id: string, expectedVersion: number, changes: Updateable<MeetingTopicTable>): Promise<boolean> {
    const r = await db.updateTable('meetingTopics').set((eb) => ({ ...changes, version: eb('version', '+', 1) })).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  async upsertTopicSignature(db: Conn, row: Insertable<TopicCountersignatureTable>): Promise<void> {
    await db.deleteFrom('topicCountersignatures').where('topicId', '=', row.topicId).where('unitId', '=', row.unitId).execute();
    await db.insertInto('topicCountersignatures').values(row).execute();
  },
  async topicSignatures(db: Conn, topicId: string) {
    return db.selectFrom('topicCountersignatures').selectAll().where('topicId', '=', topicId).execute();
  },

  async insertAttendance(db: Conn, rows: Insertable<MeetingAttendanceTable>[]): Promise<void> {
    if (rows.length > 0) await db.insertInto('meetingAttendance').values(rows).execute();
  },
  async attendance(db: Conn, meetingId: string): Promise<AttendanceRecord[]> {
    return db.selectFrom('meetingAttendance').selectAll().where('meetingId', '=', meetingId).execute();
  },
  async setAttendance(db: Conn, meetingId: string, personId: string, changes: Updateable<MeetingAttendanceTable>): Promise<boolean> {
    const r = await db.updateTable('meetingAttendance').set(changes).where('meetingId', '=', meetingId).where('personId', '=', personId).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async insertDecision(db: Conn, row: Insertable<DecisionItemTable>): Promise<void> {
    await db.insertInto('decisionItems').values(row).execute();
  },
  async decisionsOf(db: Conn, meetingId: string): Promise<DecisionItemRecord[]> {
    return db.selectFrom('decisionItems').selectAll().where('meetingId', '=', meetingId).orderBy('sortOrder').execute();
  },
  async linkTask(db: Conn, decisionId: string, taskId: string): Promise<void> {
    await db.updateTable('decisionItems').set({ taskId }).where('id', '=', decisionId).execute();
  },

  async insertTask(db: Conn, row: Insertable<TaskTable>): Promise<void> {
    await db.insertInto('tasks').values(row).execute();
  },
  async tasks(db: Conn, filter: { leadUnitId?: string; status?: string }): Promise<TaskRecord[]> {
    let q = db.selectFrom('tasks').selectAll();
    if (filter.leadUnitId) q = q.where((eb) => eb.or([eb('leadUnitId', '=', filter.leadUnitId as string), eb('coUnitIds', 'like', `%"${filter.leadUnitId}"%`)]));
    if (filter.status) q = q.where('status', '=', filter.status);
    return q.orderBy('dueOn').execute();
  },
};
