// @ts-nocheck
import { type Kysely, PostgresAdapter } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_type', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sm3', 'text', (c) => c.notNull())
    .addColumn('content', isPostgres ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('uploaded_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attachments_owner_idx').on('attachments').columns(['owner_type', 'owner_id']).execute();

  await db.schema
    .createTable('leave_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('acting_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('acting_person_name', 'text', (c) => c.notNull())
    .addColumn('contact_encrypted', 'text', (c) => c.notNull())
    .addColumn('is_emergency', 'integer', (c) => c.notNull())
    .addColumn('emergency_reason', 'text')
    .addColumn('reported_on', 'text', (c) => c.notNull())
    .addColumn('reported_by_user_id', 'text')
    .addColumn('recipients', 'text', (c) => c.notNull())
    .addColumn('flags', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('returned_on', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('leave_reports_person_idx').on('leave_reports').columns(['person_id', 'start_date']).execute();

  await db.schema
    .createTable('cover_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('absent_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('cover_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text', (c) => c.notNull())
    .addColumn('assigned_by_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('leader_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('addressee_person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('is_urgent', 'integer', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('source_type', 'text')
    .addColumn('source_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('handled_by_user_id', 'text')
    .addColumn('handled_acting_for_person_id', 'text')
    .addColumn('handled_at', 'text')
    .addColumn('handling_note', 'text')
    .addColumn('created_by_user_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('leader_items_addressee_idx').on('leader_items').columns(['addressee_person_id', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['leader_items', 'cover_assignments', 'leave_reports', 'attachments']) await db.schema.dropTable(table).execute();
}
