// @ts-nocheck
import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

/**
 * The shared parts of every case: one timeline for all kinds (the incoming documents' own step table is
 * folded into it), and approvals given outside the platform (区委, 区委书记, 市政府), recorded by the office with
 * the document that carries them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('timeline_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('acting_for_person_id', 'text')
    .addColumn('acting_for_name', 'text')
    .addColumn('opinion', 'text')
    .addColumn('article', 'integer')
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('timeline_entries_seq_uq', ['object_type', 'object_id', 'seq'])
    .execute();
  await sql`insert into timeline_entries (id, object_type, object_id, seq, action, actor_user_id, actor_name, acting_for_person_id, acting_for_name, opinion, article, occurred_at)
    select id, 'incoming_document', document_id, row_number() over (partition by document_id order by occurred_at), step, actor_user_id, actor_name, acting_for_person_id, acting_for_name, opinion, article, occurred_at from document_steps`.execute(db);
  await db.schema.dropTable('document_steps').execute();

  await db.schema
    .createTable('outside_approvals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('approver', 'text', (c) => c.notNull())
    .addColumn('is_approved', 'integer', (c) => c.notNull())
    .addColumn('document_number', 'text')
    .addColumn('attachment_id', 'text', (c) => c.notNull().references('attachments.id'))
    .addColumn('note', 'text')
    .addColumn('recorded_by_user_id', 'text', (c) => c.notNull())
    .addColumn('recorded_by_name', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outside_approvals_object_idx').on('outside_approvals').columns(['object_type', 'object_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('outside_approvals').execute();
  await db.schema
    .createTable('document_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('incoming_documents.id'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('acting_for_person_id', 'text')
    .addColumn('acting_for_name', 'text')
    .addColumn('opinion', 'text')
    .addColumn('article', 'integer')
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into document_steps select id, object_id, action, actor_user_id, actor_name, acting_for_person_id, acting_for_name, opinion, article, occurred_at from timeline_entries where object_type = 'incoming_document'`.execute(db);
  await db.schema.dropTable('timeline_entries').execute();
}
