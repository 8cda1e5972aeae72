import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

/**
 * Approvals in meetings become acts of the approver: a government leader's absence request waits for the
 * 区长's consent (art. 55) as a case of its own; the deputy in charge reviews an agenda topic (art. 53); a
 * decision item's deadline is kept on the deadlines table, and the task it becomes runs on the same clock.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meeting_absence_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by_user_id', 'text')
    .addColumn('decided_by_person_id', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('opinion', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_absence_requests_meeting_idx').on('meeting_absence_requests').columns(['meeting_id', 'person_id']).execute();
  await db.schema.createIndex('meeting_absence_requests_status_idx').on('meeting_absence_requests').column('status').execute();
  await db.schema.alterTable('meeting_topics').addColumn('reviewed_by_person_id', 'text').execute();
  await db.schema.alterTable('meeting_topics').addColumn('reviewed_at', 'text').execute();
  await db.schema.alterTable('decision_items').addColumn('deadline_id', 'text').execute();
  await db.schema.createIndex('meeting_topics_meeting_idx').on('meeting_topics').column('meeting_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('meeting_topics_meeting_idx').execute();
  await db.schema.alterTable('decision_items').dropColumn('deadline_id').execute();
  await db.schema.alterTable('meeting_topics').dropColumn('reviewed_at').execute();
  await db.schema.alterTable('meeting_topics').dropColumn('reviewed_by_person_id').execute();
  await db.schema.dropTable('meeting_absence_requests').execute();
}
