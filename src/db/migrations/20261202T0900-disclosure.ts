import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

/**
 * Government information disclosure (政务公开, work rules art. 33–39, 44, 71, 83; 《政府信息公开条例》2019).
 * - `publications`: every item of the portal's catalogue — a document, an interpretation, a meeting's decisions,
 *   the results of suggestions, lists, the annual report — from the moment it is queued for the office's
 *   publication review (art. 83) to its publication and, when withdrawn, the notice left in its place. It takes
 *   over `disclosure_queue` (the queue of issued documents and suggestion answers): those rows move here as
 *   pending items with their clocks.
 * - `comment_drafts` and `public_comments`: drafts published for comment (art. 36, 23) and the public's comments.
 * - `disclosure_requests`: requests for disclosure (依申请公开, 条例 第二十七–第四十五条) on their statutory clock;
 *   the applicant's identity number and contacts are SM4 field ciphertext.
 * - `disclosure_challenges`: administrative reconsideration and litigation about disclosure (for the annual report).
 * - `public_messages`: messages from the public (政民互动, art. 39, 44), answered and published where appropriate.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('publications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('document_number', 'text')
    .addColumn('issuing_body', 'text', (c) => c.notNull())
    .addColumn('written_on', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('source_type', 'text')
    .addColumn('source_id', 'text')
    .addColumn('interprets_id', 'text')
    .addColumn('unit_id', 'text')
    .addColumn('attachment_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('prepared_by_user_id', 'text')
    .addColumn('prepared_by_name', 'text', (c) => c.notNull())
    .addColumn('review_opinion', 'text')
    .addColumn('reviewed_by_person_id', 'text')
    .addColumn('reviewed_by_name', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('published_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('withdrawn_reason', 'text')
    .addColumn('withdrawn_by_name', 'text')
    .addColumn('deadline_id', 'text')
    .addColumn('due_on', 'text')
    .addColumn('queued_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  const index = (name: string, table: string, columns: string[]) => db.schema.createIndex(name).on(table).columns(columns).execute();
  await db.schema.createIndex('publications_source_uq').on('publications').columns(['source_type', 'source_id']).unique().execute();
  await index('publications_portal_idx', 'publications', ['status', 'published_at', 'id']);
  await index('publications_category_idx', 'publications', ['category', 'status', 'published_at', 'id']);
  await index('publications_queue_idx', 'publications', ['status', 'due_on', 'id']);
  await index('publications_interprets_idx', 'publications', ['interprets_id']);
  if (isPostgres) {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create index publications_search_idx on publications using gin ((title || ' ' || body || ' ' || coalesce(document_number, '')) gin_trgm_ops)`.execute(db);
  } else {
    await sql`create table publication_search_rows (search_rowid integer primary key, publication_id text not null unique)`.execute(db);
    await sql`create virtual table publications_search using fts5(content, tokenize = 'trigram')`.execute(db);
  }
  const category: Record<string, string> = { outgoing_document: 'documents', supervision_suggestion: 'suggestion_results' };
  const queued = (await sql<{ id: string; object_type: string; object_id: string; title: string; document_number: string | null; deadline_id: string | null; due_on: string; queued_at: string }>`
    select id, object_type, object_id, title, document_number, deadline_id, due_on, queued_at from disclosure_queue order by id`.execute(db)).rows;
  for (const q of queued) {
    await db
      .insertInto('publications')
      .values({
        id: q.id,
        category: category[q.object_type] ?? 'documents',
        title: q.title,
        document_number: q.document_number,
        issuing_body: '',
        body: '',
        source_type: q.object_type,
        source_id: q.object_id,
        status: 'pending',
        prepared_by_name: '系统',
        deadline_id: q.deadline_id,
        due_on: q.due_on,
        queued_at: q.queued_at,
        version: 1,
        created_at: q.queued_at,
        updated_at: q.queued_at,
      })
      .execute();
  }
  await db.schema.dropTable('disclosure_queue').execute();

  await db.schema
    .createTable('comment_drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('drafting_unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('bears_on_business', 'integer', (c) => c.notNull())
    .addColumn('period_basis', 'text', (c) => c.notNull())
    .addColumn('period_amount', 'integer', (c) => c.notNull())
    .addColumn('opens_on', 'text')
    .addColumn('closes_on', 'text')
    .addColumn('deadline_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('prepared_by_user_id', 'text', (c) => c.notNull())
    .addColumn('prepared_by_name', 'text', (c) => c.notNull())
    .addColumn('reviewed_by_name', 'text')
    .addColumn('published_at', 'text')
    .addColumn('comment_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('comments_summary', 'text')
    .addColumn('response', 'text')
    .addColumn('final_publication_id', 'text')
    .addColumn('concluded_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await index('comment_drafts_status_idx', 'comment_drafts', ['status', 'updated_at', 'id']);
  await db.schema
    .createTable('public_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('draft_id', 'text', (c) => c.notNull().references('comment_drafts.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text')
    .addColumn('is_hidden', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await index('public_comments_draft_idx', 'public_comments', ['draft_id', 'created_at', 'id']);
  // A proof-of-work challenge is spent once (its digest kept until it would have expired anyway).
  await db.schema
    .createTable('spent_challenges')
    .addColumn('digest', 'text', (c) => c.primaryKey())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('disclosure_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('access_code_hash', 'text', (c) => c.notNull())
    .addColumn('applicant_kind', 'text', (c) => c.notNull())
    .addColumn('organization_kind', 'text')
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    .addColumn('id_number_encrypted', 'text')
    .addColumn('contact_encrypted', 'text', (c) => c.notNull())
    .addColumn('address_encrypted', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text')
    .addColumn('delivery', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('clock_start', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('deadline_id', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('extension', 'text')
    .addColumn('correction', 'text')
    .addColumn('consultations', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('paused_working_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('outcome', 'text')
    .addColumn('outcome_reason', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('answered_by_name', 'text')
    .addColumn('answer_attachment_id', 'text')
    .addColumn('carried_from_year', 'integer')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await index('disclosure_requests_queue_idx', 'disclosure_requests', ['status', 'due_on', 'id']);
  await index('disclosure_requests_received_idx', 'disclosure_requests', ['received_on', 'id']);
  await db.schema
    .createTable('disclosure_challenges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.references('disclosure_requests.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('filed_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_by_name', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await index('disclosure_challenges_filed_idx', 'disclosure_challenges', ['filed_on', 'id']);

  await db.schema
    .createTable('public_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('access_code_hash', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text')
    .addColumn('contact_encrypted', 'text')
    .addColumn('wants_public', 'integer', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('deadline_id', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_by_name', 'text')
    .addColumn('answered_by_user_id', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('published_at', 'text')
    .addColumn('published_by_name', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await index('public_messages_queue_idx', 'public_messages', ['status', 'due_on', 'id']);
  await index('public_messages_published_idx', 'public_messages', ['published_at', 'id']);
}

export async function down(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const table of ['public_messages', 'disclosure_challenges', 'disclosure_requests', 'spent_challenges', 'public_comments', 'comment_drafts']) await db.schema.dropTable(table).execute();
  await db.schema
    .createTable('disclosure_queue')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('document_number', 'text')
    .addColumn('deadline_id', 'text')
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('queued_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('disclosure_queue_uq', ['object_type', 'object_id'])
    .execute();
  await sql`insert into disclosure_queue (id, object_type, object_id, title, document_number, deadline_id, due_on, status, queued_at)
    select id, source_type, source_id, title, document_number, deadline_id, coalesce(due_on, ''), 'queued', queued_at from publications where source_type is not null and due_on is not null`.execute(db);
  if (!isPostgres) {
    await sql`drop table publications_search`.execute(db);
    await sql`drop table publication_search_rows`.execute(db);
  }
  await db.schema.dropTable('publications').execute();
}
