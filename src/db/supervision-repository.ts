import { type Expression, type ExpressionBuilder, type Insertable, type Selectable, sql, type SqlBool, type Updateable } from 'kysely';
import type { Db, Tx } from './database.js';
import { keysetAfter, type KeysetPage } from './keyset.js';
import type { Database, TaskExtensionTable, TaskReportTable, TaskTable } from './schema.js';

type Conn = Db | Tx;
export type TaskRecord = Selectable<TaskTable>;
export type TaskReportRecord = Selectable<TaskReportTable>;
export type TaskExtensionRecord = Selectable<TaskExtensionTable>;
/** A task with its clock (the deadlines table) joined. */
export type TaskWithClock = TaskRecord & { clock: { due: string; isProvisional: number; isOpen: number; detail: string } | null };

/**
 * Who may see what of the supervision area — the one object-scope policy of the area, applied by every query
 * below (the ledger, a task, its tree, reports, extensions, exports, the dashboard), so they cannot disagree;
 * anything outside it is not found (404).
 * - `all`: the office and the government's leaders see the whole ledger.
 * - `unit`: a unit sees the tasks it leads or helps with (art. 32), and their reports and extensions.
 */
export type SupervisionScope = { kind: 'all' } | { kind: 'unit'; unitId: string | null };

const everything = sql<SqlBool>`1 = 1`;
const nothing = sql<SqlBool>`1 = 0`;
const jsonHas = (unitId: string) => `%"${unitId.replace(/[%_"\\]/g, '')}"%`;

export function taskVisible(eb: ExpressionBuilder<Database, 'tasks'>, scope: SupervisionScope): Expression<SqlBool> {
  if (scope.kind === 'all') return everything;
  return scope.unitId ? eb.or([eb('tasks.leadUnitId', '=', scope.unitId), eb('tasks.coUnitIds', 'like', jsonHas(scope.unitId))]) : nothing;
}

/** The ledger's filter (台账筛选): every list, count, export and chart of the ledger reads the same one. */
export type LedgerFilter = {
  sourceType?: string;
  category?: string;
  leadUnitId?: string;
  leaderPersonId?: string;
  status?: string;
  /** Only tasks whose clock has run out while they are still open (true), or only the others (false). */
  isOverdue?: boolean;
  focusArea?: string;
  dueFrom?: string;
  dueTo?: string;
  createdFrom?: string;
  createdTo?: string;
  /** Words in the number or title. */
  q?: string;
  /** Only top-level tasks (no parent). */
  isTopLevel?: boolean;
};

/** Whether a task is overdue on a day, in SQL: its clock still runs past its due day (a task without a clock: open past its due day). */
export function overdueSql(today: string): Expression<SqlBool> {
  return sql<SqlBool>`(tasks.status in ('open', 'reviewing') and coalesce(dl.due, tasks.due_on) < ${today} and coalesce(dl.is_open, 1) = 1)`;
}

function ledgerBase(db: Conn, filter: LedgerFilter, scope: SupervisionScope, today: string) {
  let q = db.selectFrom('tasks').leftJoin('deadlines as dl', 'dl.id', 'tasks.deadlineId').where((eb) => taskVisible(eb, scope));
  if (filter.sourceType) q = q.where('tasks.sourceType', '=', filter.sourceType);
  if (filter.category) q = q.where('tasks.category', '=', filter.category);
  if (filter.leadUnitId) q = q.where('tasks.leadUnitId', '=', filter.leadUnitId);
  if (filter.leaderPersonId) q = q.where('tasks.leaderPersonId', '=', filter.leaderPersonId);
  if (filter.status) q = q.where('tasks.status', '=', filter.status);
  if (filter.focusArea) q = q.where('tasks.focusArea', '=', filter.focusArea);
  if (filter.dueFrom) q = q.where('tasks.dueOn', '>=', filter.dueFrom);
  if (filter.dueTo) q = q.where('tasks.dueOn', '<=', filter.dueTo);
  if (filter.createdFrom) q = q.where('tasks.createdAt', '>=', filter.createdFrom);
  // createdTo is a day: everything created on it counts.
  if (filter.createdTo) q = q.where('tasks.createdAt', '<', `${filter.createdTo}~`);
  if (filter.isTopLevel) q = q.where('tasks.parentId', 'is', null);
  if (filter.q) {
    const words = `%${filter.q.replace(/[%_\\]/g, '')}%`;
    q = q.where((eb) => eb.or([eb('tasks.title', 'like', words), eb('tasks.number', 'like', words)]));
  }
  if (filter.isOverdue !== undefined) q = q.where(filter.isOverdue ? overdueSql(today) : sql<SqlBool>`not ${overdueSql(today)}`);
  return q;
}

/** A task's clock (the deadlines table joined as `dl`) as selected columns, and folded back into `clock`. */
export const clockColumns = ['dl.due as clockDue', 'dl.isProvisional as clockProvisional', 'dl.isOpen as clockOpen', 'dl.detail as clockDetail'] as const;
type ClockColumns = { clockDue: string | null; clockProvisional: number | null; clockOpen: number | null; clockDetail: string | null };

export function withClock<T extends ClockColumns>(row: T): Omit<T, keyof ClockColumns> & { clock: TaskWithClock['clock'] } {
  const { clockDue, clockProvisional, clockOpen, clockDetail, ...rest } = row;
  return { ...rest, clock: clockDue !== null && clockDetail !== null ? { due: clockDue, isProvisional: clockProvisional ?? 0, isOpen: clockOpen ?? 0, detail: clockDetail } : null };
}

/** Counts of the ledger by status, with the overdue among the open, in one statement. */
export type LedgerCounts = { total: number; open: number; reviewing: number; done: number; closedIncomplete: number; overdue: number };

/** The ledger's counts as SQL columns: by status, and the overdue among the open (one definition for every count). */
function countColumns(today: string) {
  const byStatus = (status: string) => sql<number>`coalesce(sum(case when tasks.status = ${sql.lit(status)} then 1 else 0 end), 0)`;
  return [
    sql<number>`count(*)`.as('total'),
    byStatus('open').as('open'),
    byStatus('reviewing').as('reviewing'),
    byStatus('done').as('done'),
    byStatus('closed_incomplete').as('closedIncomplete'),
    sql<number>`coalesce(sum(case when ${overdueSql(today)} then 1 else 0 end), 0)`.as('overdue'),
  ];
}

const countsOf = (r: Record<keyof LedgerCounts, unknown>): LedgerCounts => ({ total: Number(r.total), open: Number(r.open), reviewing: Number(r.reviewing), done: Number(r.done), closedIncomplete: Number(r.closedIncomplete), overdue: Number(r.overdue) });

/** The supervision ledger: tasks, their tree, reports and extensions. */
export const supervisionRepository = {
  async insertTask(db: Conn, row: Insertable<TaskTable>): Promise<void> {
    await db.insertInto('tasks').values(row).execute();
  },
  async findTask(db: Conn, id: string, scope: SupervisionScope): Promise<TaskWithClock | undefined> {
    const row = await db
      .selectFrom('tasks')
      .leftJoin('deadlines as dl', 'dl.id', 'tasks.deadlineId')
      .selectAll('tasks')
      .select([...clockColumns])
      .where('tasks.id', '=', id)
      .where((eb) => taskVisible(eb, scope))
      .executeTakeFirst();
    return row ? (withClock(row) as TaskWithClock) : undefined;
  },
  async updateTask(db: Conn, id: string, changes: Updateable<TaskTable>): Promise<void> {
    await db.updateTable('tasks').set(changes).where('id', '=', id).execute();
  },
  /** The ledger, soonest due first, keyset-paged by (due day, created, id). */
  async ledger(db: Conn, filter: LedgerFilter, scope: SupervisionScope, today: string, page: KeysetPage): Promise<TaskWithClock[]> {
    const rows = await ledgerBase(db, filter, scope, today)
      .selectAll('tasks')
      .select([...clockColumns])
      .where(keysetAfter([sql.ref('tasks.dueOn'), sql.ref('tasks.createdAt'), sql.ref('tasks.id')], page.after, 'asc'))
      .orderBy('tasks.dueOn')
      .orderBy('tasks.createdAt')
      .orderBy('tasks.id')
      .limit(page.limit)
      .execute();
    return rows.map((r) => withClock(r) as TaskWithClock);
  },
  /** The ledger's counts under a filter, in SQL: what the ledger page, the dashboard and the periodic report all say. */
  async ledgerCounts(db: Conn, filter: LedgerFilter, scope: SupervisionScope, today: string): Promise<LedgerCounts> {
    const row = await ledgerBase(db, filter, scope, today)
      .select(countColumns(today))
      .executeTakeFirstOrThrow();
    return countsOf(row);
  },
  /** The ledger's counts grouped by one column (lead unit, source, leader, focus area), for the dashboard and the periodic report. */
  async ledgerCountsBy(db: Conn, by: 'leadUnitId' | 'sourceType' | 'leaderPersonId' | 'focusArea', filter: LedgerFilter, scope: SupervisionScope, today: string): Promise<(LedgerCounts & { key: string | null })[]> {
    const column = sql.ref(`tasks.${by}`);
    const rows = await ledgerBase(db, filter, scope, today)
      .select([column.as('key'), ...countColumns(today)])
      .groupBy(column)
      .orderBy(column)
      .execute();
    return rows.map((r) => ({ key: (r.key as string | null) ?? null, ...countsOf(r) }));
  },
  /** The sub-tasks of a task, in the order they were made. */
  async childrenOf(db: Conn, parentId: string, scope: SupervisionScope): Promise<TaskWithClock[]> {
    const rows = await db
      .selectFrom('tasks')
      .leftJoin('deadlines as dl', 'dl.id', 'tasks.deadlineId')
      .selectAll('tasks')
      .select([...clockColumns])
      .where('tasks.parentId', '=', parentId)
      .where((eb) => taskVisible(eb, scope))
      .orderBy('tasks.createdAt')
      .orderBy('tasks.id')
      .execute();
    return rows.map((r) => withClock(r) as TaskWithClock);
  },
  /** The tasks a source object became (a decision item, an incoming document's instruction, a suggestion …). */
  async tasksOfSource(db: Conn, sourceType: string, sourceId: string, scope: SupervisionScope): Promise<TaskRecord[]> {
    return db.selectFrom('tasks').selectAll().where('sourceType', '=', sourceType).where('sourceId', '=', sourceId).where((eb) => taskVisible(eb, scope)).orderBy('createdAt').execute();
  },

  async insertReport(db: Conn, row: Insertable<TaskReportTable>): Promise<void> {
    await db.insertInto('taskReports').values(row).execute();
  },
  async findReport(db: Conn, id: string, scope: SupervisionScope): Promise<TaskReportRecord | undefined> {
    return db
      .selectFrom('taskReports')
      .innerJoin('tasks', 'tasks.id', 'taskReports.taskId')
      .selectAll('taskReports')
      .where('taskReports.id', '=', id)
      .where((eb) => taskVisible(eb as unknown as ExpressionBuilder<Database, 'tasks'>, scope))
      .executeTakeFirst();
  },
  async reportsOf(db: Conn, taskId: string): Promise<TaskReportRecord[]> {
    return db.selectFrom('taskReports').selectAll().where('taskId', '=', taskId).orderBy('createdAt').orderBy('id').execute();
  },
  /** Whether the task has a report not yet decided by the unit's head or the office. */
  async hasOpenReport(db: Conn, taskId: string): Promise<boolean> {
    const row = await db.selectFrom('taskReports').select('id').where('taskId', '=', taskId).where('status', 'in', ['submitted', 'approved']).executeTakeFirst();
    return row !== undefined;
  },

  async insertExtension(db: Conn, row: Insertable<TaskExtensionTable>): Promise<void> {
    await db.insertInto('taskExtensions').values(row).execute();
  },
  async findExtension(db: Conn, id: string, scope: SupervisionScope): Promise<TaskExtensionRecord | undefined> {
    return db
      .selectFrom('taskExtensions')
      .innerJoin('tasks', 'tasks.id', 'taskExtensions.taskId')
      .selectAll('taskExtensions')
      .where('taskExtensions.id', '=', id)
      .where((eb) => taskVisible(eb as unknown as ExpressionBuilder<Database, 'tasks'>, scope))
      .executeTakeFirst();
  },
  async extensionsOf(db: Conn, taskId: string): Promise<TaskExtensionRecord[]> {
    return db.selectFrom('taskExtensions').selectAll().where('taskId', '=', taskId).orderBy('createdAt').orderBy('id').execute();
  },
  async hasOpenExtension(db: Conn, taskId: string): Promise<boolean> {
    const row = await db.selectFrom('taskExtensions').select('id').where('taskId', '=', taskId).where('status', '=', 'requested').executeTakeFirst();
    return row !== undefined;
  },
  async hasChildren(db: Conn, taskId: string): Promise<boolean> {
    const row = await db.selectFrom('tasks').select('id').where('parentId', '=', taskId).executeTakeFirst();
    return row !== undefined;
  },
  /**
   * What the task declaration needs beyond the row, for many tasks in three statements: which have a report
   * or an extension still undecided, and which have sub-tasks.
   */
  async flagsOf(db: Conn, taskIds: readonly string[]): Promise<{ openReports: Set<string>; openExtensions: Set<string>; parents: Set<string>; parentsOfOpen: Set<string> }> {
    const ids = [...new Set(taskIds)];
    if (ids.length === 0) return { openReports: new Set(), openExtensions: new Set(), parents: new Set(), parentsOfOpen: new Set() };
    const [reports, extensions, children] = await Promise.all([
      db.selectFrom('taskReports').select('taskId').where('taskId', 'in', ids).where('status', 'in', ['submitted', 'approved']).execute(),
      db.selectFrom('taskExtensions').select('taskId').where('taskId', 'in', ids).where('status', '=', 'requested').execute(),
      db.selectFrom('tasks').select(['parentId', 'status']).where('parentId', 'in', ids).execute(),
    ]);
    return {
      openReports: new Set(reports.map((r) => r.taskId)),
      openExtensions: new Set(extensions.map((r) => r.taskId)),
      parents: new Set(children.map((r) => r.parentId ?? '')),
      parentsOfOpen: new Set(children.filter((r) => r.status === 'open' || r.status === 'reviewing').map((r) => r.parentId ?? '')),
    };
  },
};
