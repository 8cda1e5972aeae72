import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/database.js';

type Ref = { objectType: string; objectId: string | null };

/** The texts a name is made of: up to four columns `a`…`d` of the object's row and what it joins. */
type NameRow = { t: string; id: string; a: string | null; b: string | null; c: string | null; d: string | null };

/**
 * How one kind of object is named: the SQL that selects its texts for some ids (`id, a, b, c, d`), and the
 * name made of them. The kinds on a page are read together, in one statement.
 */
type NameReader = { select: (ids: RawBuilder<unknown>) => RawBuilder<unknown>; name: (r: NameRow) => string };

const none = sql`cast(null as text)`;

/** `select id, title as a, … from <table>`: the tables a title names; the ids are bound parameters. */
const titled = (table: 'incomingDocuments' | 'meetings' | 'meetingTopics' | 'tasks' | 'leaderItems' | 'eventInvitations' | 'eventDepartmentMeetings' | 'eventSpeeches'): NameReader => ({
  select: (ids) => sql`select id, title as a, ${none} as b, ${none} as c, ${none} as d from ${sql.table(table)} where id in (${ids})`,
  name: (r) => `《${r.a ?? ''}》`,
});

/**
 * How each kind of object is named in the audit trail. Kinds that are not here (or whose object has since
 * gone) show their id.
 */
const readers: Record<string, NameReader> = {
  user: { select: (ids) => sql`select id, display_name as a, login_name as b, ${none} as c, ${none} as d from users where id in (${ids})`, name: (r) => `${r.a}（${r.b}）` },
  unit: { select: (ids) => sql`select id, name as a, ${none} as b, ${none} as c, ${none} as d from units where id in (${ids})`, name: (r) => r.a ?? '' },
  person: { select: (ids) => sql`select id, name as a, ${none} as b, ${none} as c, ${none} as d from people where id in (${ids})`, name: (r) => r.a ?? '' },
  appointment: {
    select: (ids) =>
      sql`select ap.id as id, p.name as a, s.title as b, u.name as c, ${none} as d from appointments ap join people p on p.id = ap.person_id join posts s on s.id = ap.post_id join units u on u.id = s.unit_id where ap.id in (${ids})`,
    name: (r) => `${r.a}任${r.c}${r.b}`,
  },
  cover_pair: {
    select: (ids) => sql`select c.id as id, f.name as a, s.name as b, ${none} as c, ${none} as d from cover_pairs c join people f on f.id = c.first_person_id join people s on s.id = c.second_person_id where c.id in (${ids})`,
    name: (r) => `${r.a}与${r.b}互相补位`,
  },
  cover_assignment: {
    select: (ids) =>
      sql`select c.id as id, ab.name as a, co.name as b, c.valid_from as c, c.valid_to as d from cover_assignments c join people ab on ab.id = c.absent_person_id join people co on co.id = c.cover_person_id where c.id in (${ids})`,
    name: (r) => `${r.b}补位${r.a}（${r.c}至${r.d}）`,
  },
  leave_report: {
    select: (ids) => sql`select l.id as id, p.name as a, l.start_date as b, l.end_date as c, ${none} as d from leave_reports l join people p on p.id = l.person_id where l.id in (${ids})`,
    name: (r) => `${r.a}外出（${r.b}至${r.c}）`,
  },
  meeting_absence: {
    select: (ids) => sql`select r.id as id, p.name as a, m.title as b, ${none} as c, ${none} as d from meeting_absence_requests r join people p on p.id = r.person_id join meetings m on m.id = r.meeting_id where r.id in (${ids})`,
    name: (r) => `${r.a}请假不出席《${r.b}》`,
  },
  incoming_document: {
    select: (ids) => sql`select id, title as a, register_number as b, ${none} as c, ${none} as d from incoming_documents where id in (${ids})`,
    name: (r) => (r.b ? `${r.b}《${r.a}》` : `《${r.a}》`),
  },
  meeting: titled('meetings'),
  meeting_topic: titled('meetingTopics'),
  task: titled('tasks'),
  leader_item: titled('leaderItems'),
  invitation: titled('eventInvitations'),
  department_meeting: titled('eventDepartmentMeetings'),
  speech: titled('eventSpeeches'),
  attachment: { select: (ids) => sql`select id, file_name as a, ${none} as b, ${none} as c, ${none} as d from attachments where id in (${ids})`, name: (r) => r.a ?? '' },
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
 * statement whatever the page size and however many kinds of object are on it (issue 11: a fixed number of
 * statements per request).
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
  if (idsByType.size > 0) {
    const parts = [...idsByType].map(([objectType, ids]) => sql`select ${sql.lit(objectType)} as t, x.* from (${(readers[objectType] as NameReader).select(sql.join([...ids]))}) x`);
    const { rows } = await sql<NameRow>`${sql.join(parts, sql` union all `)}`.execute(db);
    for (const row of rows) names.set(key(row.t, row.id), (readers[row.t] as NameReader).name(row));
  }
  return ({ objectType, objectId }) => {
    if (objectId === null) return null;
    return names.get(key(objectType, objectId)) ?? (Object.hasOwn(spoken, objectType) ? (spoken[objectType] as (id: string) => string)(objectId) : null);
  };
}
