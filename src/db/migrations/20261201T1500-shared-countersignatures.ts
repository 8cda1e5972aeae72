import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

/**
 * Countersigning is one shared part of every case that needs it (incoming documents art. 64, agenda topics
 * art. 52, and outgoing documents next): one table keyed by the case, into which both earlier tables fold.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_countersignatures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('object_type', 'text', (c) => c.notNull())
    .addColumn('object_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('signer_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('signer_name', 'text', (c) => c.notNull())
    .addColumn('is_agreed', 'integer', (c) => c.notNull())
    .addColumn('opinion', 'text')
    .addColumn('grounds', 'text')
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('case_countersignatures_uq', ['object_type', 'object_id', 'unit_id'])
    .execute();
  await sql`insert into case_countersignatures (id, object_type, object_id, unit_id, signer_person_id, signer_name, is_agreed, opinion, grounds, signed_at)
    select id, 'incoming_document', document_id, unit_id, signer_person_id, signer_name, is_agreed, opinion, grounds, signed_at from countersignatures`.execute(db);
  await sql`insert into case_countersignatures (id, object_type, object_id, unit_id, signer_person_id, signer_name, is_agreed, opinion, grounds, signed_at)
    select 'meeting_topic:' || topic_id || ':' || unit_id, 'meeting_topic', topic_id, unit_id, signer_person_id, signer_name, is_agreed, null, grounds, signed_at from topic_countersignatures`.execute(db);
  await db.schema.dropTable('countersignatures').execute();
  await db.schema.dropTable('topic_countersignatures').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
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
  await sql`insert into countersignatures select id, object_id, unit_id, signer_person_id, signer_name, is_agreed, coalesce(opinion, ''), grounds, signed_at from case_countersignatures where object_type = 'incoming_document'`.execute(db);
  await sql`insert into topic_countersignatures select object_id, unit_id, signer_person_id, signer_name, is_agreed, grounds, signed_at from case_countersignatures where object_type = 'meeting_topic'`.execute(db);
  await db.schema.dropTable('case_countersignatures').execute();
}
