import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

/**
 * Every list page and every 工作台 page served by an index (issue 11): each list's keyset order (its sort
 * columns ending in the id), and each filter leading an index that continues in the page order.
 * - meetings by day (meeting_date, created_at, id); the 工作台's meetings by state;
 * - tasks by due day (due_on, created_at, id), and by state in that order;
 * - invitations, department meetings and speeches latest first by their day (date, created_at, id), and by
 *   state in that order (invitations and department meetings already have (status, date));
 * - leave reports latest first (start_date, id); leader items latest first (created_at, id), and the
 *   工作台's open items of an addressee in its order;
 * - topics and absence requests of the 工作台 by state in the order of their submission;
 * - the directory of people by name (name, id); accounts by login name are served by its unique index;
 * - an open clock of a case, found by the case (deadlines by object, open).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const index = (name: string, table: string, columns: string[]) => db.schema.createIndex(name).on(table).columns(columns).execute();
  await index('meetings_page_idx', 'meetings', ['meeting_date', 'created_at', 'id']);
  await index('meetings_status_page_idx', 'meetings', ['status', 'meeting_date', 'created_at', 'id']);
  await index('tasks_page_idx', 'tasks', ['due_on', 'created_at', 'id']);
  await index('tasks_status_page_idx', 'tasks', ['status', 'due_on', 'created_at', 'id']);
  await index('event_invitations_page_idx', 'event_invitations', ['activity_date', 'created_at', 'id']);
  await index('event_department_meetings_page_idx', 'event_department_meetings', ['meeting_date', 'created_at', 'id']);
  await index('event_speeches_page_idx', 'event_speeches', ['event_date', 'created_at', 'id']);
  await index('event_speeches_status_page_idx', 'event_speeches', ['status', 'event_date', 'created_at', 'id']);
  await index('leave_reports_page_idx', 'leave_reports', ['start_date', 'id']);
  await index('leave_reports_status_page_idx', 'leave_reports', ['status', 'start_date', 'id']);
  await index('leader_items_page_idx', 'leader_items', ['created_at', 'id']);
  await index('leader_items_status_page_idx', 'leader_items', ['status', 'created_at', 'id']);
  await index('leader_items_work_idx', 'leader_items', ['status', 'addressee_person_id', 'created_at', 'id']);
  await index('meeting_topics_work_idx', 'meeting_topics', ['status', 'created_at', 'id']);
  await index('meeting_absence_requests_work_idx', 'meeting_absence_requests', ['status', 'created_at', 'id']);
  await index('people_name_idx', 'people', ['name', 'id']);
  await index('deadlines_object_open_idx', 'deadlines', ['object_type', 'object_id', 'is_open']);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'meetings_page_idx',
    'meetings_status_page_idx',
    'tasks_page_idx',
    'tasks_status_page_idx',
    'event_invitations_page_idx',
    'event_department_meetings_page_idx',
    'event_speeches_page_idx',
    'event_speeches_status_page_idx',
    'leave_reports_page_idx',
    'leave_reports_status_page_idx',
    'leader_items_page_idx',
    'leader_items_status_page_idx',
    'leader_items_work_idx',
    'meeting_topics_work_idx',
    'meeting_absence_requests_work_idx',
    'people_name_idx',
    'deadlines_object_open_idx',
  ]) {
    await db.schema.dropIndex(name).execute();
  }
}
