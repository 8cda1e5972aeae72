// @ts-nocheck
import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

/**
 * An approval on an invitation, a meeting request or a speech request is an act of the approver (art. 58, 81,
 * 91): it records for whom a stand-in acted (the executive deputy presiding for the 区长, art. 7), and, for an
 * approval given outside the platform (区委), the attached document it was recorded from.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['event_invitations', 'event_department_meetings', 'event_speeches']) {
    await db.schema.alterTable(table).addColumn('approval_acting_for_name', 'text').execute();
    await db.schema.alterTable(table).addColumn('approval_attachment_id', 'text').execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['event_invitations', 'event_department_meetings', 'event_speeches']) {
    await db.schema.alterTable(table).dropColumn('approval_attachment_id').execute();
    await db.schema.alterTable(table).dropColumn('approval_acting_for_name').execute();
  }
}
