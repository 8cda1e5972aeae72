import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

/**
 * Incoming documents as an office really receives them (issue 14, items 8–11):
 * - where a document came from: `source_kind` (platform — filed by a unit through the platform; higher, peer,
 *   unaffiliated, subordinate — a body's document the office registers), `channel` (platform, paper,
 *   exchange = 电子公文交换), the sender's name as the document gives it, 份数, 页数, 公开属性, 保密期限, and the
 *   unit whose remit the matter concerns (for routing by portfolio); one table for every source, not a copy;
 * - when the office received it and when it was completed (the register's 收文日期 and 办结日期), backfilled
 *   from the timeline;
 * - the 批示 as a list (a deputy's, then the 区长's after 呈区长), backfilled from the single `instruction`;
 * - 传阅: the leaders it circulates to, each with their 已阅 or opinion, and the ids of those still to read
 *   (a JSON array, for the 工作台's SQL);
 * - the revision a returned document is at, and every revision's fields kept in `incoming_document_versions`;
 * - the 已办 list: a user's acts found by an index of the timeline by actor.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const add = (column: string, type: 'text' | 'integer', def?: string | number) =>
    db.schema
      .alterTable('incoming_documents')
      .addColumn(column, type, (c) => (def === undefined ? c : c.notNull().defaultTo(def)))
      .execute();
  await add('source_kind', 'text', 'platform');
  await add('channel', 'text', 'platform');
  await add('sender_name', 'text');
  await add('copies', 'integer');
  await add('pages', 'integer');
  await add('disclosure', 'text');
  await add('secrecy_period', 'text');
  await add('routing_unit_id', 'text');
  await add('received_at', 'text');
  await add('completed_at', 'text');
  await add('instructions', 'text', '[]');
  await add('circulation', 'text', '[]');
  await add('pending_reader_ids', 'text', '[]');
  await add('revision', 'integer', 1);

  await sql`update incoming_documents set instructions = '[' || instruction || ']' where instruction is not null`.execute(db);
  await sql`update incoming_documents set received_at = (select min(t.occurred_at) from timeline_entries t
    where t.object_type = 'incoming_document' and t.object_id = incoming_documents.id and t.action = 'receive')`.execute(db);
  await sql`update incoming_documents set completed_at = (select max(t.occurred_at) from timeline_entries t
    where t.object_type = 'incoming_document' and t.object_id = incoming_documents.id and t.action = 'complete')`.execute(db);

  await db.schema
    .createTable('incoming_document_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('incoming_documents.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('recorded_by_user_id', 'text')
    .addColumn('recorded_by_name', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addUniqueConstraint('incoming_document_versions_uq', ['document_id', 'revision'])
    .execute();

  await db.schema.createIndex('timeline_entries_actor_idx').on('timeline_entries').columns(['actor_user_id', 'object_type', 'occurred_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('timeline_entries_actor_idx').execute();
  await db.schema.dropTable('incoming_document_versions').execute();
  for (const column of ['revision', 'pending_reader_ids', 'circulation', 'instructions', 'completed_at', 'received_at', 'routing_unit_id', 'secrecy_period', 'disclosure', 'pages', 'copies', 'sender_name', 'channel', 'source_kind']) {
    await db.schema.alterTable('incoming_documents').dropColumn(column).execute();
  }
}
