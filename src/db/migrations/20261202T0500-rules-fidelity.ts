import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

/**
 * Facts the rules read that were not kept before:
 * - a filing's 主送机关 as the document states them (art. 64 "不得多头报文": a 请示 has one), and the approval it
 *   cites for filing past its superior (art. 64 "未经批准不得越级行文");
 * - an invitation's addressee as written on the 请柬 — the person it names, if any, and the name as written —
 *   so that "不得直接向区政府领导同志个人发送请柬" (art. 90) is judged from the card, not from a tick;
 * - whether a visitor's reception asks a leader to accompany throughout (art. 92 "原则上不全程陪同"), and the
 *   plan coordinated with the offices of the 区委, 区人大 and 区政协 for a visit of city leaders (art. 92).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('incoming_documents').addColumn('main_recipients', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('incoming_documents').addColumn('skip_level_approval', 'text').execute();
  // The art. 64 duplicate check looks a filing up by unit and 发文字号 on every submission.
  await db.schema.createIndex('incoming_documents_sender_number').on('incoming_documents').columns(['issuing_unit_id', 'sender_doc_number']).execute();
  await db.schema.alterTable('event_invitations').addColumn('addressee_person_id', 'text').execute();
  await db.schema.alterTable('event_invitations').addColumn('addressee_name', 'text').execute();
  await db.schema.alterTable('event_invitations').addColumn('is_full_accompaniment', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('event_invitations').addColumn('plan_attachment_id', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['plan_attachment_id', 'is_full_accompaniment', 'addressee_name', 'addressee_person_id']) {
    await db.schema.alterTable('event_invitations').dropColumn(column).execute();
  }
  await db.schema.dropIndex('incoming_documents_sender_number').execute();
  await db.schema.alterTable('incoming_documents').dropColumn('skip_level_approval').execute();
  await db.schema.alterTable('incoming_documents').dropColumn('main_recipients').execute();
}
