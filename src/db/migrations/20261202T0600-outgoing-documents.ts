import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

/**
 * Outgoing documents (发文, issue 14 items 1–6): the draft with its fields, every revision kept, the units
 * that see it (drafting, countersigning, issuing, receiving — the scope filter reads this one table), the
 * receipts of the units it is issued to (签收), the district's number sequences as data (临政发, 临政办发 …),
 * the 区长's sign-off authorisations (art. 69), and the queue of documents for the public portal (art. 71).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('outgoing_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('drafting_unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('issuing_unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('doc_type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('main_recipients', 'text', (c) => c.notNull())
    .addColumn('copy_to', 'text', (c) => c.notNull())
    .addColumn('disclosure', 'text', (c) => c.notNull())
    .addColumn('disclosure_reason', 'text')
    .addColumn('classification', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('sequence_code', 'text', (c) => c.notNull())
    .addColumn('is_policy', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('interpretation', 'text')
    .addColumn('interpretation_reviewed_at', 'text')
    .addColumn('answers_incoming_id', 'text')
    .addColumn('countersign_unit_ids', 'text', (c) => c.notNull())
    .addColumn('signed_unit_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('has_open_disagreement', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('coordination_note', 'text')
    .addColumn('directs_lower_governments', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('directive_approval', 'text')
    .addColumn('checklist', 'text', (c) => c.notNull())
    .addColumn('leader_reviewer_person_id', 'text')
    .addColumn('leader_reviewer_name', 'text')
    .addColumn('signer_person_id', 'text')
    .addColumn('signer_name', 'text')
    .addColumn('sign_off', 'text')
    .addColumn('needs_recheck', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('return_reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('flags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('countersign_deadline_id', 'text')
    .addColumn('document_year', 'integer')
    .addColumn('document_seq', 'integer')
    .addColumn('document_number', 'text', (c) => c.unique())
    .addColumn('sealed_by_name', 'text')
    .addColumn('sealed_at', 'text')
    .addColumn('written_on', 'text')
    .addColumn('issued_at', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by_user_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outgoing_documents_updated_idx').on('outgoing_documents').columns(['updated_at', 'id']).execute();
  await db.schema.createIndex('outgoing_documents_status_idx').on('outgoing_documents').columns(['status', 'updated_at', 'id']).execute();

  await db.schema
    .createTable('outgoing_document_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('outgoing_documents.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('recorded_by_name', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('outgoing_document_versions_uq', ['document_id', 'revision'])
    .execute();

  await db.schema
    .createTable('outgoing_document_units')
    .addColumn('document_id', 'text', (c) => c.notNull().references('outgoing_documents.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('outgoing_document_units_pk', ['document_id', 'unit_id', 'role'])
    .execute();
  await db.schema.createIndex('outgoing_document_units_unit_idx').on('outgoing_document_units').columns(['unit_id', 'document_id']).execute();

  await db.schema
    .createTable('outgoing_receipts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('outgoing_documents.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('acknowledged_by_name', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('outgoing_receipts_uq', ['document_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('outgoing_receipts_unit_idx').on('outgoing_receipts').columns(['unit_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('document_number_sequences')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('sign_off_authorizations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('person_name', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('doc_type', 'text')
    .addColumn('document_id', 'text')
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('note', 'text')
    .addColumn('granted_by_person_id', 'text', (c) => c.notNull())
    .addColumn('granted_by_name', 'text', (c) => c.notNull())
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('sign_off_authorizations_person_idx').on('sign_off_authorizations').columns(['person_id', 'issuer']).execute();

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
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['disclosure_queue', 'sign_off_authorizations', 'document_number_sequences', 'outgoing_receipts', 'outgoing_document_units', 'outgoing_document_versions', 'outgoing_documents']) {
    await db.schema.dropTable(table).execute();
  }
}
