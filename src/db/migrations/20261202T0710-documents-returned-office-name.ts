import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

/**
 * - `incoming_documents.returned`: the office's last return of a document at 初审 as structured data (JSON
 *   {reasons: [{ruleId?, key, article, message}], opinion, by, at}), so the detail need not be read back out of the
 *   退回 step's text; null when it was never returned (returns before this migration are read from the timeline).
 * - `units.full_name`: a unit's full official name where its `name` is the everyday one (区政府办公室 →
 *   临淄区人民政府办公室), for the documents that print it (收文处理笺); null when `name` is already full.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('incoming_documents').addColumn('returned', 'text').execute();
  await db.schema.alterTable('units').addColumn('full_name', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('units').dropColumn('full_name').execute();
  await db.schema.alterTable('incoming_documents').dropColumn('returned').execute();
}
