import type { Db } from '../../db/database.js';

type Ref = { objectType: string; objectId: string | null };

/** Reads the names of some objects of one kind: one statement whatever their number. */
type NameReader = (db: Db, ids: readonly string[]) => Promise<{ id: string; name: string }[]>;

const titled =
  (table: 'incomingDocuments' | 'meetings' | 'meetingTopics' | 'tasks' | 'leaderItems' | 'eventInvitations' | 'eventDepartmentMeetings' | 'eventSpeeches'): NameReader =>
  async (db, ids) =>
    (await db.selectFrom(table).select(['id', 'title']).where('id', 'in', ids).execute()).map((r) => ({ id: r.id, name: `《${r.title}》` }));

/**
 * How each kind of object is named in the audit trail. Kinds that are not here (or whose object has since
 * gone) show their id.
 */
const readers: Record<string, NameReader> = {
  user: async (db, ids) => (await db.selectFrom('users').select(['id', 'displayName', 'loginName']).where('id', 'in', ids).execute()).map((r) => ({ id: r.id, name: `${r.displayName}（${r.loginName}）` })),
  unit: async (db, ids) => (await db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute()).map((r) => ({ id: r.id, name: r.name })),
  person: async (db, ids) => (await db.selectFrom('people').select(['id', 'name']).where('id', 'in', ids).execute()).map((r) => ({ id: r.id, name: r.name })),
  appointment: async (db, ids) =>
    (
      await db
        .selectFrom('appointments as a')
        .innerJoin('people as p', 'p.id', 'a.personId')
        .innerJoin('posts as s', 's.id', 'a.postId')
        .innerJoin('units as u', 'u.id', 's.unitId')
        .select(['a.id', 'p.name as person', 's.title as post', 'u.name as unit'])
        .where('a.id', 'in', ids)
        .execute()
    ).map((r) => ({ id: r.id, name: `${r.person}任${r.unit}${r.post}` })),
  cover_pair: async (db, ids) =>
    (
      await db
        .selectFrom('coverPairs as c')
        .innerJoin('people as a', 'a.id', 'c.firstPersonId')
        .innerJoin('people as b', 'b.id', 'c.secondPersonId')
        .select(['c.id', 'a.name as first', 'b.name as second'])
        .where('c.id', 'in', ids)
        .execute()
    ).map((r) => ({ id: r.id, name: `${r.first}与${r.second}互相补位` })),
  cover_assignment: async (db, ids) =>
    (
      await db
        .selectFrom('coverAssignments as c')
        .innerJoin('people as a', 'a.id', 'c.absentPersonId')
        .innerJoin('people as b', 'b.id', 'c.coverPersonId')
        .select(['c.id', 'a.name as absent', 'b.name as cover', 'c.validFrom', 'c.validTo'])
        .where('c.id', 'in', ids)
        .execute()
    ).map((r) => ({ id: r.id, name: `${r.cover}补位${r.absent}（${r.validFrom}至${r.validTo}）` })),
  leave_report: async (db, ids) =>
    (
      await db
        .selectFrom('leaveReports as l')
        .innerJoin('people as p', 'p.id', 'l.personId')
        .select(['l.id', 'p.name', 'l.startDate', 'l.endDate'])
        .where('l.id', 'in', ids)
        .execute()
    ).map((r) => ({ id: r.id, name: `${r.name}外出（${r.startDate}至${r.endDate}）` })),
  meeting_absence: async (db, ids) =>
    (
      await db
        .selectFrom('meetingAbsenceRequests as r')
        .innerJoin('people as p', 'p.id', 'r.personId')
        .innerJoin('meetings as m', 'm.id', 'r.meetingId')
        .select(['r.id', 'p.name', 'm.title'])
        .where('r.id', 'in', ids)
        .execute()
    ).map((r) => ({ id: r.id, name: `${r.name}请假不出席《${r.title}》` })),
  incoming_document: async (db, ids) =>
    (await db.selectFrom('incomingDocuments').select(['id', 'title', 'registerNumber']).where('id', 'in', ids).execute()).map((r) => ({
      id: r.id,
      name: r.registerNumber ? `${r.registerNumber}《${r.title}》` : `《${r.title}》`,
    })),
  meeting: titled('meetings'),
  meeting_topic: titled('meetingTopics'),
  task: titled('tasks'),
  leader_item: titled('leaderItems'),
  invitation: titled('eventInvitations'),
  department_meeting: titled('eventDepartmentMeetings'),
  speech: titled('eventSpeeches'),
  attachment: async (db, ids) => (await db.selectFrom('attachments').select(['id', 'fileName']).where('id', 'in', ids).execute()).map((r) => ({ id: r.id, name: r.fileName })),
};

// A refused request (`request.refused`) names the area of its route and the route's `:id`.
readers.documents = readers.incoming_document as NameReader;
readers.meetings = readers.meeting as NameReader;
readers['meeting-topics'] = readers.meeting_topic as NameReader;
readers.tasks = readers.task as NameReader;
readers['leader-items'] = readers.leader_item as NameReader;
readers.leave = readers.leave_report as NameReader;

/** Names that need no lookup: the id already says it. */
const spoken: Record<string, (id: string) => string> = {
  calendar_year: (id) => `${id}年工作日历`,
  audit_event: (id) => `第${id}号审计记录`,
  route: (id) => `接口 ${id}`,
};

const key = (objectType: string, objectId: string) => `${objectType}\u0000${objectId}`;

/**
 * A readable name for each object the events name (`张三（zhangsan）`, `收〔2026〕3号《关于…的请示》`), in one
 * statement per kind of object on the page, whatever the page size.
 */
export async function objectNamesOf(db: Db, events: readonly Ref[]): Promise<(ref: Ref) => string | null> {
  const idsByType = new Map<string, Set<string>>();
  for (const { objectType, objectId } of events) {
    if (objectId === null || !Object.hasOwn(readers, objectType)) continue;
    const ids = idsByType.get(objectType) ?? new Set<string>();
    ids.add(objectId);
    idsByType.set(objectType, ids);
  }
  const names = new Map<string, string>();
  for (const [objectType, ids] of idsByType) {
    const reader = readers[objectType] as NameReader;
    for (const { id, name } of await reader(db, [...ids])) names.set(key(objectType, id), name);
  }
  return ({ objectType, objectId }) => {
    if (objectId === null) return null;
    return names.get(key(objectType, objectId)) ?? (Object.hasOwn(spoken, objectType) ? (spoken[objectType] as (id: string) => string)(objectId) : null);
  };
}
