import { type Expression, type ExpressionBuilder, sql, type SqlBool } from 'kysely';
import type { Db, Tx } from './database.js';
import type { Database } from './schema.js';
import { type SuggestionRecord, suggestionVisible } from './suggestions-repository.js';
import { type SupervisionScope, type TaskExtensionRecord, type TaskRecord, type TaskReportRecord, type TaskWithClock, clockColumns, taskVisible, withClock } from './supervision-repository.js';

type Conn = Db | Tx;
type Clock = TaskWithClock['clock'];

/** A page the 工作台 asks for: the work predicate, the keyset condition over a due key, the day meaning none, the page size plus one. */
export type SupervisionWorkPage = { work: Expression<SqlBool>; after: (dueKey: Expression<string>) => Expression<SqlBool>; noDue: string; limit: number };

/** The task a report, extension or suggestion belongs to, as its 工作台 item shows it: number, title, clock. */
export type WorkTask = { taskId: string; taskNumber: string | null; taskTitle: string; clock: Clock };

/** The due key of a row: its task's clock's day, or the day meaning none (a suggestion not yet assigned has no task). */
const dueKeyOf = (noDue: string) => sql<string>`coalesce(dl.due, ${noDue})`;

/**
 * The pages of the supervision 工作台 (one per kind of case): the cases within the scope on which `work` holds
 * (the declaration's work predicate in SQL), strictly after the cursor (`after`, over the due key), by due key,
 * created, id — at most `limit`; and how many `work` selects in all (a COUNT). Two statements each. Every row
 * comes with its task's clock (the deadlines table), which is its due day on the 工作台.
 */
export const supervisionWorkRepository = {
  async taskWorkPage(db: Conn, scope: SupervisionScope, page: SupervisionWorkPage): Promise<{ rows: TaskWithClock[]; count: number }> {
    const base = db.selectFrom('tasks').leftJoin('deadlines as dl', 'dl.id', 'tasks.deadlineId').where((eb) => taskVisible(eb as unknown as ExpressionBuilder<Database, 'tasks'>, scope)).where(page.work);
    const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const dueKey = dueKeyOf(page.noDue);
    const rows = await base.selectAll('tasks').select([...clockColumns]).where(page.after(dueKey)).orderBy(dueKey).orderBy('tasks.createdAt').orderBy('tasks.id').limit(page.limit).execute();
    return { count: Number(total.n), rows: rows.map((r) => withClock(r) as TaskRecord & { clock: Clock }) };
  },

  async reportWorkPage(db: Conn, scope: SupervisionScope, page: SupervisionWorkPage): Promise<{ rows: (TaskReportRecord & WorkTask)[]; count: number }> {
    const base = db
      .selectFrom('taskReports')
      .innerJoin('tasks', 'tasks.id', 'taskReports.taskId')
      .leftJoin('deadlines as dl', 'dl.id', 'tasks.deadlineId')
      .where((eb) => taskVisible(eb as unknown as ExpressionBuilder<Database, 'tasks'>, scope))
      .where(page.work);
    const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const dueKey = dueKeyOf(page.noDue);
    const rows = await base
      .selectAll('taskReports')
      .select(['tasks.number as taskNumber', 'tasks.title as taskTitle', ...clockColumns])
      .where(page.after(dueKey))
      .orderBy(dueKey)
      .orderBy('taskReports.createdAt')
      .orderBy('taskReports.id')
      .limit(page.limit)
      .execute();
    return { count: Number(total.n), rows: rows.map((r) => withClock(r)) };
  },

  async extensionWorkPage(db: Conn, scope: SupervisionScope, page: SupervisionWorkPage): Promise<{ rows: (TaskExtensionRecord & WorkTask)[]; count: number }> {
    const base = db
      .selectFrom('taskExtensions')
      .innerJoin('tasks', 'tasks.id', 'taskExtensions.taskId')
      .leftJoin('deadlines as dl', 'dl.id', 'tasks.deadlineId')
      .where((eb) => taskVisible(eb as unknown as ExpressionBuilder<Database, 'tasks'>, scope))
      .where(page.work);
    const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const dueKey = dueKeyOf(page.noDue);
    const rows = await base
      .selectAll('taskExtensions')
      .select(['tasks.number as taskNumber', 'tasks.title as taskTitle', ...clockColumns])
      .where(page.after(dueKey))
      .orderBy(dueKey)
      .orderBy('taskExtensions.createdAt')
      .orderBy('taskExtensions.id')
      .limit(page.limit)
      .execute();
    return { count: Number(total.n), rows: rows.map((r) => withClock(r)) };
  },

  /** Suggestions and proposals (art. 40); those assigned run on their task's clock, those still to assign have none. */
  async suggestionWorkPage(db: Conn, scope: SupervisionScope, page: SupervisionWorkPage): Promise<{ rows: (SuggestionRecord & { taskNumber: string | null; clock: Clock })[]; count: number }> {
    const base = db
      .selectFrom('supervisionSuggestions')
      .leftJoin('tasks', 'tasks.id', 'supervisionSuggestions.taskId')
      .leftJoin('deadlines as dl', 'dl.id', 'tasks.deadlineId')
      .where((eb) => suggestionVisible(eb as unknown as ExpressionBuilder<Database, 'supervisionSuggestions'>, scope))
      .where(page.work);
    const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const dueKey = dueKeyOf(page.noDue);
    const rows = await base
      .selectAll('supervisionSuggestions')
      .select(['tasks.number as taskNumber', ...clockColumns])
      .where(page.after(dueKey))
      .orderBy(dueKey)
      .orderBy('supervisionSuggestions.createdAt')
      .orderBy('supervisionSuggestions.id')
      .limit(page.limit)
      .execute();
    return { count: Number(total.n), rows: rows.map((r) => withClock(r)) };
  },

  /** The number and status of tasks by id, in one statement (the meeting page shows what its decision items became). */
  async taskLabels(db: Conn, ids: readonly (string | null)[], scope: SupervisionScope): Promise<Map<string, { id: string; number: string | null; status: string }>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await db.selectFrom('tasks').select(['tasks.id', 'tasks.number', 'tasks.status']).where('tasks.id', 'in', wanted).where((eb) => taskVisible(eb, scope)).execute();
    return new Map(rows.map((r) => [r.id, r]));
  },
};
