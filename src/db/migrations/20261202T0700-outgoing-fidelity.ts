import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

/**
 * Art. 69(一) fidelity for outgoing documents: the 区长 may let a 副区长 or the office director sign the
 * government's documents only for "经区政府常务会议决定的事项和属于例行批准手续的事项", so
 * - an authorisation names its basis (`basis`: executive_meeting | routine_approval; null for the office's
 *   documents, which art. 69(二) does not limit so);
 * - a draft declares the basis of its matter (`matter_basis`, null when neither) and, when the executive
 *   meeting decided it, the meeting (`decided_at_meeting_id`).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sign_off_authorizations').addColumn('basis', 'text').execute();
  await db.schema.alterTable('outgoing_documents').addColumn('matter_basis', 'text').execute();
  await db.schema.alterTable('outgoing_documents').addColumn('decided_at_meeting_id', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outgoing_documents').dropColumn('decided_at_meeting_id').execute();
  await db.schema.alterTable('outgoing_documents').dropColumn('matter_basis').execute();
  await db.schema.alterTable('sign_off_authorizations').dropColumn('basis').execute();
}
