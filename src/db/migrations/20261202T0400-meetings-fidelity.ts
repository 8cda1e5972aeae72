import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

/**
 * Meetings read as the work rules are written: the 区长's approval of town and subdistrict principals at a
 * 副区长's meeting (art. 51, 58) and his entrustment of the executive meeting's chair (art. 49) are kept on the
 * meeting; a topic carries the 区长's own 审定 beside the deputy in charge's (art. 53) and the office's
 * correction of whether it is a major matter (art. 8, 27).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('meetings').addColumn('town_principals_approval', 'text').execute();
  await db.schema.alterTable('meetings').addColumn('chair_entrustment', 'text').execute();
  await db.schema.alterTable('meeting_topics').addColumn('head_reviewed_by_person_id', 'text').execute();
  await db.schema.alterTable('meeting_topics').addColumn('head_reviewed_at', 'text').execute();
  await db.schema.alterTable('meeting_topics').addColumn('major_classification', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('meeting_topics').dropColumn('major_classification').execute();
  await db.schema.alterTable('meeting_topics').dropColumn('head_reviewed_at').execute();
  await db.schema.alterTable('meeting_topics').dropColumn('head_reviewed_by_person_id').execute();
  await db.schema.alterTable('meetings').dropColumn('chair_entrustment').execute();
  await db.schema.alterTable('meetings').dropColumn('town_principals_approval').execute();
}
