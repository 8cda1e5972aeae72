// @ts-nocheck
import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('meeting_date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text')
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('convener_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('chair_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('delegated_by_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('attendee_unit_ids', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('agenda_proposed_at', 'text')
    .addColumn('agenda_reviewed_by_person_id', 'text')
    .addColumn('agenda_reviewed_at', 'text')
    .addColumn('agenda_decided_by_person_id', 'text')
    .addColumn('agenda_decided_at', 'text')
    .addColumn('minutes_number', 'text')
    .addColumn('minutes_text', 'text')
    .addColumn('minutes_approved_by_person_id', 'text')
    .addColumn('minutes_signed_by_person_id', 'text')
    .addColumn('minutes_signed_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meetings_date_idx').on('meetings').columns(['meeting_date', 'kind']).execute();

  await db.schema
    .createTable('meeting_topics')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id'))
    .addColumn('meeting_kind', 'text', (c) => c.notNull())
    .addColumn('submitting_unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('is_major', 'integer', (c) => c.notNull())
    .addColumn('major_category', 'text')
    .addColumn('related_unit_ids', 'text', (c) => c.notNull())
    .addColumn('coordination_note', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_on', 'text', (c) => c.notNull())
    .addColumn('lead_time_exception', 'text')
    .addColumn('flags', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('topic_countersignatures')
    .addColumn('topic_id', 'text', (c) => c.notNull().references('meeting_topics.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('signer_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('signer_name', 'text', (c) => c.notNull())
    .addColumn('is_agreed', 'integer', (c) => c.notNull())
    .addColumn('grounds', 'text')
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('topic_countersignatures_pk', ['topic_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('meeting_attendance')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('absence_reason', 'text')
    .addColumn('absence_approved_by_person_id', 'text')
    .addColumn('leave_report_id', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_attendance_pk', ['meeting_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_type', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('lead_unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('co_unit_ids', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('deadline_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('article', 'integer')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tasks_lead_unit_idx').on('tasks').columns(['lead_unit_id', 'status']).execute();

  await db.schema
    .createTable('decision_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('topic_id', 'text', (c) => c.references('meeting_topics.id'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('lead_unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('co_unit_ids', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text', (c) => c.references('tasks.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['decision_items', 'tasks', 'meeting_attendance', 'topic_countersignatures', 'meeting_topics', 'meetings']) await db.schema.dropTable(table).execute();
}
