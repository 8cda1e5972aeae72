import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code or change once released.

/**
 * The supervision area (督查督办, work rules art. 32, 40–41, 57, 75–79).
 * - `tasks` gains what a ledger task needs: its number (督〔2026〕N号), its place in a sub-task tree with a
 *   weight, the leader in charge, its category (task, rectification list, problem, look-back), an outside
 *   source named in words, the focus area of the annual plan (art. 76), a recurring report interval, how it was
 *   closed (done, or closed without completion) and the look-back it is owed (art. 77).
 * - `task_reports`: progress and final reports of the lead unit, approved by its principal head, reviewed by
 *   the office.
 * - `task_extensions`: each extension of a deadline, a recorded event with its approver.
 * - `supervision_suggestions`: deputies' suggestions and CPPCC proposals (art. 40) and the task each becomes.
 * - `spot_checks`: random spot checks (art. 75) with the population, seed and sample that reproduce them.
 * - `supervision_results`: circulars, admonitory talks and referrals for accountability (art. 79).
 * - `supervision_plans`: the annual supervision plan (art. 76).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('tasks')
    .addColumn('number', 'text')
    .execute();
  for (const [name, type] of [
    ['parent_id', 'text'],
    ['leader_person_id', 'text'],
    ['source_ref', 'text'],
    ['focus_area', 'text'],
    ['report_every_working_days', 'integer'],
    ['closed_as', 'text'],
    ['closed_reason', 'text'],
    ['closed_at', 'text'],
    ['look_back_on', 'text'],
    ['look_back_of_id', 'text'],
    ['created_by_user_id', 'text'],
    ['description', 'text'],
    ['last_report_on', 'text'],
  ] as const) {
    await db.schema.alterTable('tasks').addColumn(name, type).execute();
  }
  await db.schema.alterTable('tasks').addColumn('weight', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('tasks').addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('tasks').addColumn('category', 'text', (c) => c.notNull().defaultTo('task')).execute();
  await db.schema.createIndex('tasks_number_idx').on('tasks').column('number').unique().execute();
  await db.schema.createIndex('tasks_parent_idx').on('tasks').column('parent_id').execute();
  await db.schema.createIndex('tasks_ledger_idx').on('tasks').columns(['status', 'due_on', 'created_at', 'id']).execute();
  await db.schema.createIndex('tasks_source_idx').on('tasks').columns(['source_type', 'source_id']).execute();
  await db.schema.createIndex('tasks_look_back_idx').on('tasks').columns(['look_back_on']).execute();

  await db.schema
    .createTable('task_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('drafted_by_user_id', 'text', (c) => c.notNull())
    .addColumn('approved_by_person_id', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('reviewed_by_person_id', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('review_opinion', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('task_reports_task_idx').on('task_reports').columns(['task_id', 'created_at']).execute();
  await db.schema.createIndex('task_reports_status_idx').on('task_reports').columns(['status', 'unit_id']).execute();

  await db.schema
    .createTable('task_extensions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('requested_due_on', 'text', (c) => c.notNull())
    .addColumn('previous_due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by_user_id', 'text', (c) => c.notNull())
    .addColumn('approver_person_id', 'text')
    .addColumn('decided_by_person_id', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('opinion', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('task_extensions_task_idx').on('task_extensions').columns(['task_id', 'created_at']).execute();

  await db.schema
    .createTable('supervision_suggestions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('session', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('proposers', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('lead_unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('co_unit_ids', 'text', (c) => c.notNull())
    .addColumn('assigned_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text', (c) => c.references('tasks.id'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('satisfaction', 'text')
    .addColumn('send_back_reason', 'text')
    .addColumn('is_for_publication', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('batch_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('supervision_suggestions_code_idx').on('supervision_suggestions').columns(['kind', 'session', 'code']).unique().execute();
  await db.schema.createIndex('supervision_suggestions_status_idx').on('supervision_suggestions').columns(['status', 'lead_unit_id']).execute();

  await db.schema
    .createTable('spot_checks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('seed', 'text', (c) => c.notNull())
    .addColumn('ratio_percent', 'integer', (c) => c.notNull())
    .addColumn('population', 'text', (c) => c.notNull())
    .addColumn('sample', 'text', (c) => c.notNull())
    .addColumn('criteria', 'text', (c) => c.notNull())
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('drawn_by_user_id', 'text', (c) => c.notNull())
    .addColumn('drawn_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('supervision_results')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('task_ids', 'text', (c) => c.notNull())
    .addColumn('unit_ids', 'text', (c) => c.notNull())
    .addColumn('person_name', 'text')
    .addColumn('referred_to', 'text')
    .addColumn('held_by_person_id', 'text')
    .addColumn('held_by_name', 'text')
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('recorded_by_user_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('supervision_results_held_idx').on('supervision_results').columns(['held_on', 'id']).execute();

  await db.schema
    .createTable('supervision_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['supervision_plans', 'supervision_results', 'spot_checks', 'supervision_suggestions', 'task_extensions', 'task_reports']) await db.schema.dropTable(table).execute();
  for (const index of ['tasks_look_back_idx', 'tasks_source_idx', 'tasks_ledger_idx', 'tasks_parent_idx', 'tasks_number_idx']) await db.schema.dropIndex(index).execute();
  for (const column of ['category', 'progress', 'weight', 'last_report_on', 'description', 'created_by_user_id', 'look_back_of_id', 'look_back_on', 'closed_at', 'closed_reason', 'closed_as', 'report_every_working_days', 'focus_area', 'source_ref', 'leader_person_id', 'parent_id', 'number']) {
    await db.schema.alterTable('tasks').dropColumn(column).execute();
  }
}
