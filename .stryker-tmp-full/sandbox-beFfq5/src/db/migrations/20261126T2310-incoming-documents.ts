// @ts-nocheck
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('incoming_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('doc_type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('sender_doc_number', 'text')
    .addColumn('issuing_unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('signer_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('signer_name', 'text', (c) => c.notNull())
    .addColumn('addressed_to', 'text', (c) => c.notNull())
    .addColumn('addressee_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('exception_kind', 'text')
    .addColumn('classification', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('copy_number', 'text')
    .addColumn('declared_matters', 'text', (c) => c.notNull())
    .addColumn('related_unit_ids', 'text', (c) => c.notNull())
    .addColumn('is_joint', 'integer', (c) => c.notNull())
    .addColumn('attachment_note', 'text')
    .addColumn('written_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('cc', 'text')
    .addColumn('is_major', 'integer', (c) => c.notNull())
    .addColumn('flags', 'text', (c) => c.notNull())
    .addColumn('register_year', 'integer')
    .addColumn('register_seq', 'integer')
    .addColumn('register_number', 'text')
    .addColumn('proposal', 'text')
    .addColumn('assigned_leader_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('assigned_acting_for_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('assignment_basis', 'text')
    .addColumn('instruction', 'text')
    .addColumn('handling_unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('co_unit_ids', 'text', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('step_started_at', 'text', (c) => c.notNull())
    .addColumn('step_deadline_id', 'text')
    .addColumn('step_due_at', 'text')
    .addColumn('submitted_by_user_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('incoming_documents_register_uq', ['register_year', 'register_seq'])
    .execute();
  await db.schema.createIndex('incoming_documents_status_idx').on('incoming_documents').columns(['status', 'updated_at']).execute();
  await db.schema.createIndex('incoming_documents_unit_idx').on('incoming_documents').column('issuing_unit_id').execute();
  await db.schema.createIndex('incoming_documents_handling_idx').on('incoming_documents').column('handling_unit_id').execute();

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
  await db.schema.createIndex('document_steps_document_idx').on('document_steps').columns(['document_id', 'occurred_at']).execute();

  await db.schema
    .createTable('countersignatures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('incoming_documents.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('signer_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('signer_name', 'text', (c) => c.notNull())
    .addColumn('is_agreed', 'integer', (c) => c.notNull())
    .addColumn('opinion', 'text', (c) => c.notNull())
    .addColumn('grounds', 'text')
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('countersignatures_uq', ['document_id', 'unit_id'])
    .execute();

  // Substring search that works for Chinese without a segmenter (design: FTS5 trigram / pg_trgm).
  if (isPostgres) {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create index incoming_documents_search_idx on incoming_documents using gin ((title || ' ' || body || ' ' || coalesce(register_number, '') || ' ' || coalesce(sender_doc_number, '')) gin_trgm_ops)`.execute(db);
  } else {
    await sql`create virtual table incoming_documents_fts using fts5(document_id unindexed, content, tokenize = 'trigram')`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (!isPostgres) await sql`drop table incoming_documents_fts`.execute(db);
  for (const table of ['countersignatures', 'document_steps', 'incoming_documents', 'counters']) await db.schema.dropTable(table).execute();
}
