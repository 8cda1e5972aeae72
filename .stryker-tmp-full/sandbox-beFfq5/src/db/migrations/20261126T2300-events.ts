// @ts-nocheck
import type { CreateTableBuilder, Kysely } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

/** The decision recorded on a request: who decided, in what post, when, with what opinion. */
function withApprovalColumns<T extends string>(table: CreateTableBuilder<T, any>): CreateTableBuilder<T, any> {
  return table
    .addColumn('approval_decision', 'text')
    .addColumn('approval_body', 'text')
    .addColumn('approver_name', 'text')
    .addColumn('approver_post', 'text')
    .addColumn('approval_decided_on', 'text')
    .addColumn('approval_opinion', 'text')
    .addColumn('approval_recorded_by_user_id', 'text')
    .addColumn('approval_recorded_at', 'text');
}

export async function up(db: Kysely<any>): Promise<void> {
  await withApprovalColumns(
    db.schema
      .createTable('event_invitations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('activity_date', 'text', (c) => c.notNull())
      .addColumn('start_time', 'text')
      .addColumn('place', 'text', (c) => c.notNull())
      .addColumn('detail', 'text', (c) => c.notNull())
      .addColumn('invited_person_id', 'text', (c) => c.notNull().references('people.id'))
      .addColumn('inviting_unit_id', 'text', (c) => c.notNull().references('units.id'))
      .addColumn('addressed_to', 'text', (c) => c.notNull())
      .addColumn('submitted_on', 'text', (c) => c.notNull())
      .addColumn('submitted_by_user_id', 'text')
      .addColumn('status', 'text', (c) => c.notNull()),
  )
    .addColumn('arranged_on', 'text')
    .addColumn('arrangement_note', 'text')
    .addColumn('leader_item_id', 'text')
    .addColumn('decline_reason', 'text')
    .addColumn('flags', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_invitations_status_idx').on('event_invitations').columns(['status', 'activity_date']).execute();
  await db.schema.createIndex('event_invitations_unit_idx').on('event_invitations').columns(['inviting_unit_id', 'activity_date']).execute();
  await db.schema.createIndex('event_invitations_person_idx').on('event_invitations').columns(['invited_person_id', 'activity_date']).execute();

  await withApprovalColumns(
    db.schema
      .createTable('event_department_meetings')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
      .addColumn('meeting_date', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('chaired_by', 'text', (c) => c.notNull())
      .addColumn('chair_person_id', 'text', (c) => c.references('people.id'))
      .addColumn('chair_name', 'text', (c) => c.notNull())
      .addColumn('invitees', 'text', (c) => c.notNull())
      .addColumn('head_approval', 'text')
      .addColumn('detail', 'text', (c) => c.notNull())
      .addColumn('submitted_on', 'text', (c) => c.notNull())
      .addColumn('submitted_by_user_id', 'text')
      .addColumn('status', 'text', (c) => c.notNull()),
  )
    .addColumn('flags', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_department_meetings_unit_idx').on('event_department_meetings').columns(['unit_id', 'meeting_date']).execute();
  await db.schema.createIndex('event_department_meetings_status_idx').on('event_department_meetings').columns(['status', 'meeting_date']).execute();

  await withApprovalColumns(
    db.schema
      .createTable('event_speeches')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('basis', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('speaker_person_id', 'text', (c) => c.notNull().references('people.id'))
      .addColumn('occasion', 'text', (c) => c.notNull())
      .addColumn('event_date', 'text', (c) => c.notNull())
      .addColumn('outline', 'text', (c) => c.notNull())
      .addColumn('submitted_on', 'text', (c) => c.notNull())
      .addColumn('submitted_by_user_id', 'text')
      .addColumn('status', 'text', (c) => c.notNull()),
  )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_speeches_speaker_idx').on('event_speeches').columns(['speaker_person_id', 'event_date']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['event_speeches', 'event_department_meetings', 'event_invitations']) await db.schema.dropTable(table).execute();
}
