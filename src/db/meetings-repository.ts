import { type Expression, type ExpressionBuilder, type Insertable, type Selectable, sql, type SqlBool, type Updateable } from 'kysely';
import type { Db, Tx } from './database.js';
import type { Database, DecisionItemTable, MeetingAbsenceRequestTable, MeetingAttendanceTable, MeetingTable, MeetingTopicTable } from './schema.js';
import { countersignRepository, type CountersignatureRecord } from './countersign-repository.js';
import { keysetAfter, type KeysetPage } from './keyset.js';

type Conn = Db | Tx;
export type MeetingRecord = Selectable<MeetingTable>;
/** A topic with the state of its meeting (a topic changes only while its meeting is being prepared). */
export type TopicRecord = Selectable<MeetingTopicTable> & { meetingStatus: string | null };
export type AttendanceRecord = Selectable<MeetingAttendanceTable>;
export type DecisionItemRecord = Selectable<DecisionItemTable>;
export type AbsenceRequestRecord = Selectable<MeetingAbsenceRequestTable>;
/** A topic's countersignature: the shared record, with the topic it belongs to. */
export type SignatureRecord = CountersignatureRecord & { topicId: string };

/**
 * Who may see what of the meetings area — the one object-scope policy of the area, applied by every query
 * below (details, lists, nested topics and decisions, the minutes download), so that they cannot
 * disagree; anything outside it is simply not found (404).
 * - `all`: the office and the government's leaders see every meeting, topic and decision.
 * - a unit sees: plenary and executive meetings (every unit takes part in them and may submit topics to them,
 *   art. 48, 53); head's office and topical meetings it attends (named among the units concerned) or has a topic
 *   on (submitted or related). Inside any meeting it sees only its own topics (submitted or related) and the
 *   decisions it leads or helps with.
 * - no unit and not `all`: nothing.
 */
export type MeetingsScope = { kind: 'all' } | { kind: 'unit'; unitId: string | null };

// Literal conditions rather than bound booleans: SQLite binds no booleans.
const everything = sql<boolean>`1 = 1`;
const nothing = sql<boolean>`1 = 0`;

const jsonHas = (unitId: string) => `%"${unitId.replace(/[%_"\\]/g, '')}"%`;

function topicOfUnit(eb: ExpressionBuilder<Database, 'meetingTopics'>, unitId: string) {
  return eb.or([eb('meetingTopics.submittingUnitId', '=', unitId), eb('meetingTopics.relatedUnitIds', 'like', jsonHas(unitId))]);
}

function meetingVisible(eb: ExpressionBuilder<Database, 'meetings'>, scope: MeetingsScope) {
  if (scope.kind === 'all') return everything;
  const unitId = scope.unitId;
  if (!unitId) return nothing;
  return eb.or([
    eb('meetings.kind', 'in', ['plenary', 'executive']),
    eb('meetings.attendeeUnitIds', 'like', jsonHas(unitId)),
    eb.exists(
      eb
        .selectFrom('meetingTopics')
        .select(sql<number>`1`.as('one'))
        .whereRef('meetingTopics.meetingId', '=', 'meetings.id')
        .where((t) => topicOfUnit(t, unitId)),
    ),
  ]);
}

function topicVisible(eb: ExpressionBuilder<Database, 'meetingTopics'>, scope: MeetingsScope) {
  if (scope.kind === 'all') return everything;
  return scope.unitId ? topicOfUnit(eb, scope.unitId) : nothing;
}

function decisionVisible(eb: ExpressionBuilder<Database, 'decisionItems'>, scope: MeetingsScope) {
  if (scope.kind === 'all') return everything;
  return scope.unitId ? eb.or([eb('decisionItems.leadUnitId', '=', scope.unitId), eb('decisionItems.coUnitIds', 'like', jsonHas(scope.unitId))]) : nothing;
}

const topicColumns = (db: Conn) => db.selectFrom('meetingTopics').leftJoin('meetings', 'meetings.id', 'meetingTopics.meetingId').selectAll('meetingTopics').select('meetings.status as meetingStatus');

/** A page the 工作台 asks for: the work predicate, the keyset condition over a due key, the day meaning none, the page size plus one. */
export type MeetingsWorkPage = { work: Expression<SqlBool>; after: (dueKey: Expression<string>) => Expression<SqlBool>; noDue: string; limit: number };

/** Meetings with their topics, attendance, absence requests and decisions (the tasks decisions become are the supervision area's). */
export const meetingsRepository = {
  async insert(db: Conn, row: Insertable<MeetingTable>): Promise<void> {
    await db.insertInto('meetings').values(row).execute();
  },
  async find(db: Conn, id: string, scope: MeetingsScope): Promise<MeetingRecord | undefined> {
    return db.selectFrom('meetings').selectAll().where('id', '=', id).where((eb) => meetingVisible(eb, scope)).executeTakeFirst();
  },
  /** The meetings of a period in date order, keyset-paged by (day, created, id) when a page is given. */
  async list(db: Conn, from: string, to: string, scope: MeetingsScope, page?: KeysetPage): Promise<MeetingRecord[]> {
    let q = db.selectFrom('meetings').selectAll().where('meetingDate', '>=', from).where('meetingDate', '<=', to).where((eb) => meetingVisible(eb, scope));
    if (page) q = q.where(keysetAfter([sql.ref('meetingDate'), sql.ref('createdAt'), sql.ref('id')], page.after, 'asc')).limit(page.limit);
    return q.orderBy('meetingDate').orderBy('createdAt').orderBy('id').execute();
  },
  /** Meetings in the given states (the 工作台's candidates), whatever their date. */
  async inStates(db: Conn, states: readonly string[], scope: MeetingsScope): Promise<MeetingRecord[]> {
    if (states.length === 0) return [];
    return db.selectFrom('meetings').selectAll().where('status', 'in', [...states]).where((eb) => meetingVisible(eb, scope)).orderBy('meetingDate').execute();
  },
  /** How many meetings of each kind fall in a period (the rhythm hints, art. 48–49): not scoped, counts only. */
  async countsByKind(db: Conn, from: string, to: string): Promise<{ kind: string; meetingDate: string }[]> {
    return db.selectFrom('meetings').select(['kind', 'meetingDate']).where('meetingDate', '>=', from).where('meetingDate', '<=', to).execute();
  },

  async insertTopic(db: Conn, row: Insertable<MeetingTopicTable>): Promise<void> {
    await db.insertInto('meetingTopics').values(row).execute();
  },
  async findTopic(db: Conn, id: string, scope: MeetingsScope): Promise<TopicRecord | undefined> {
    return topicColumns(db).where('meetingTopics.id', '=', id).where((eb) => topicVisible(eb, scope)).executeTakeFirst();
  },
  async topicsOf(db: Conn, meetingId: string, scope: MeetingsScope): Promise<TopicRecord[]> {
    return topicColumns(db).where('meetingTopics.meetingId', '=', meetingId).where((eb) => topicVisible(eb, scope)).orderBy('meetingTopics.sortOrder').orderBy('meetingTopics.createdAt').execute();
  },
  /** Topics in the given states whose meeting is still being prepared (the 工作台's candidates). */
  async topicsInStates(db: Conn, states: readonly string[], scope: MeetingsScope): Promise<TopicRecord[]> {
    if (states.length === 0) return [];
    return topicColumns(db).where('meetingTopics.status', 'in', [...states]).where('meetings.status', '=', 'planned').where((eb) => topicVisible(eb, scope)).orderBy('meetingTopics.createdAt').execute();
  },
  async signaturesOf(db: Conn, topicIds: readonly string[]): Promise<SignatureRecord[]> {
    return (await countersignRepository.of(db, 'meeting_topic', topicIds)).map((s) => ({ ...s, topicId: s.objectId }));
  },

  async insertAttendance(db: Conn, rows: Insertable<MeetingAttendanceTable>[]): Promise<void> {
    if (rows.length > 0) await db.insertInto('meetingAttendance').values(rows).execute();
  },
  /** The seats of a meeting (who sits there is not secret; the caller has the meeting in scope). */
  async attendance(db: Conn, meetingId: string): Promise<AttendanceRecord[]> {
    return db.selectFrom('meetingAttendance').selectAll().where('meetingId', '=', meetingId).execute();
  },
  async setAttendance(db: Conn, meetingId: string, personId: string, changes: Updateable<MeetingAttendanceTable>): Promise<boolean> {
    const r = await db.updateTable('meetingAttendance').set(changes).where('meetingId', '=', meetingId).where('personId', '=', personId).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async insertAbsenceRequest(db: Conn, row: Insertable<MeetingAbsenceRequestTable>): Promise<void> {
    await db.insertInto('meetingAbsenceRequests').values(row).execute();
  },
  async findAbsenceRequest(db: Conn, id: string, scope: MeetingsScope): Promise<(AbsenceRequestRecord & { meetingStatus: string }) | undefined> {
    // Absence requests are the leaders' and the office's business (art. 55); a unit never sees them.
    if (scope.kind !== 'all') return undefined;
    return db.selectFrom('meetingAbsenceRequests').innerJoin('meetings', 'meetings.id', 'meetingAbsenceRequests.meetingId').selectAll('meetingAbsenceRequests').select('meetings.status as meetingStatus').where('meetingAbsenceRequests.id', '=', id).executeTakeFirst();
  },
  async absenceRequestsOf(db: Conn, meetingId: string, scope: MeetingsScope): Promise<AbsenceRequestRecord[]> {
    if (scope.kind !== 'all') return [];
    return db.selectFrom('meetingAbsenceRequests').selectAll().where('meetingId', '=', meetingId).orderBy('createdAt').execute();
  },
  async absenceRequestsInStates(db: Conn, states: readonly string[], scope: MeetingsScope): Promise<(AbsenceRequestRecord & { meetingStatus: string; meetingTitle: string; meetingDate: string })[]> {
    if (scope.kind !== 'all' || states.length === 0) return [];
    return db
      .selectFrom('meetingAbsenceRequests')
      .innerJoin('meetings', 'meetings.id', 'meetingAbsenceRequests.meetingId')
      .selectAll('meetingAbsenceRequests')
      .select(['meetings.status as meetingStatus', 'meetings.title as meetingTitle', 'meetings.meetingDate'])
      .where('meetingAbsenceRequests.status', 'in', [...states])
      .orderBy('meetingAbsenceRequests.createdAt')
      .execute();
  },

  async insertDecision(db: Conn, row: Insertable<DecisionItemTable>): Promise<void> {
    await db.insertInto('decisionItems').values(row).execute();
  },
  async decisionsOf(db: Conn, meetingId: string, scope: MeetingsScope): Promise<DecisionItemRecord[]> {
    return db.selectFrom('decisionItems').selectAll().where('meetingId', '=', meetingId).where((eb) => decisionVisible(eb, scope)).orderBy('sortOrder').execute();
  },
  async findDecision(db: Conn, id: string): Promise<DecisionItemRecord | undefined> {
    return db.selectFrom('decisionItems').selectAll().where('id', '=', id).executeTakeFirst();
  },
  async linkTask(db: Conn, decisionId: string, taskId: string): Promise<void> {
    await db.updateTable('decisionItems').set({ taskId }).where('id', '=', decisionId).execute();
  },

  /** The clocks (deadlines table) of decision items, by id, in one query. */
  async clocks(db: Conn, ids: readonly (string | null)[]): Promise<Map<string, { due: string; isProvisional: number; isOpen: number; detail: string }>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await db.selectFrom('deadlines').select(['id', 'due', 'isProvisional', 'isOpen', 'detail']).where('id', 'in', wanted).execute();
    return new Map(rows.map((r) => [r.id, r]));
  },
  /**
   * Pages of the 工作台 (one per kind of case): the cases within the scope on which `work` holds (the
   * declaration's work predicate in SQL), strictly after the cursor (`after`, over the due key), by due key,
   * created, id — at most `limit`; and how many `work` selects in all (a COUNT). Two statements each.
   */
  async meetingWorkPage(db: Conn, scope: MeetingsScope, page: MeetingsWorkPage): Promise<{ rows: MeetingRecord[]; count: number }> {
    const base = db.selectFrom('meetings').where((eb) => meetingVisible(eb, scope)).where(page.work);
    const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await base.selectAll().where(page.after(sql.ref('meetings.meetingDate'))).orderBy('meetingDate').orderBy('createdAt').orderBy('id').limit(page.limit).execute();
    return { rows, count: Number(total.n) };
  },
  /** Topics whose meeting is being prepared; without a due day, so in the order of their submission. */
  async topicWorkPage(db: Conn, scope: MeetingsScope, page: MeetingsWorkPage): Promise<{ rows: TopicRecord[]; count: number }> {
    const base = db.selectFrom('meetingTopics').innerJoin('meetings', 'meetings.id', 'meetingTopics.meetingId').where('meetings.status', '=', 'planned').where((eb) => topicVisible(eb, scope)).where(page.work);
    const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await base
      .selectAll('meetingTopics')
      .select('meetings.status as meetingStatus')
      .where(page.after(sql<string>`${page.noDue}`))
      .orderBy('meetingTopics.createdAt')
      .orderBy('meetingTopics.id')
      .limit(page.limit)
      .execute();
    return { rows, count: Number(total.n) };
  },
  /** Absence requests (the leaders' and the office's business, art. 55), due on their meeting's day, with the requester's name. */
  async absenceWorkPage(db: Conn, scope: MeetingsScope, page: MeetingsWorkPage): Promise<{ rows: (AbsenceRequestRecord & { meetingStatus: string; meetingTitle: string; meetingDate: string; personName: string | null })[]; count: number }> {
    if (scope.kind !== 'all') return { rows: [], count: 0 };
    const base = db.selectFrom('meetingAbsenceRequests').innerJoin('meetings', 'meetings.id', 'meetingAbsenceRequests.meetingId').leftJoin('people', 'people.id', 'meetingAbsenceRequests.personId').where(page.work);
    const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await base
      .selectAll('meetingAbsenceRequests')
      .select(['meetings.status as meetingStatus', 'meetings.title as meetingTitle', 'meetings.meetingDate', 'people.name as personName'])
      .where(page.after(sql.ref('meetings.meetingDate')))
      .orderBy('meetings.meetingDate')
      .orderBy('meetingAbsenceRequests.createdAt')
      .orderBy('meetingAbsenceRequests.id')
      .limit(page.limit)
      .execute();
    return { rows, count: Number(total.n) };
  },
};
