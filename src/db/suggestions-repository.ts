import { type Expression, type ExpressionBuilder, type Insertable, type Selectable, sql, type SqlBool } from 'kysely';
import type { Db, Tx } from './database.js';
import { keysetAfter, type KeysetPage } from './keyset.js';
import type { Database, SupervisionSuggestionTable } from './schema.js';
import type { SupervisionScope } from './supervision-repository.js';

type Conn = Db | Tx;
export type SuggestionRecord = Selectable<SupervisionSuggestionTable>;
/** A suggestion with its task's number, due day, status and clock joined (null before it is assigned). */
export type SuggestionWithTask = SuggestionRecord & {
  taskNumber: string | null;
  taskDueOn: string | null;
  taskStatus: string | null;
  clockDue: string | null;
  clockOpen: number | null;
};

const everything = sql<SqlBool>`1 = 1`;
const nothing = sql<SqlBool>`1 = 0`;
const jsonHas = (unitId: string) => `%"${unitId.replace(/[%_"\\]/g, '')}"%`;

/**
 * The supervision scope on suggestions and proposals (art. 40), the same as on tasks: the office and the
 * leaders see all; a unit sees the ones it leads or helps with. Anything else is not found (404).
 */
export function suggestionVisible(eb: ExpressionBuilder<Database, 'supervisionSuggestions'>, scope: SupervisionScope): Expression<SqlBool> {
  if (scope.kind === 'all') return everything;
  return scope.unitId ? eb.or([eb('supervisionSuggestions.leadUnitId', '=', scope.unitId), eb('supervisionSuggestions.coUnitIds', 'like', jsonHas(scope.unitId))]) : nothing;
}

export type SuggestionFilter = {
  kind?: string;
  session?: string;
  status?: string;
  leadUnitId?: string;
  /** Only those whose task's clock has run out while still open (true), or only the others (false). */
  isOverdue?: boolean;
};

/** Overdue in SQL: the task is still open or under review and its running clock is past (the same reading as the ledger's). */
function overdueSql(today: string): Expression<SqlBool> {
  return sql<SqlBool>`(t.status in ('open', 'reviewing') and coalesce(dl.due, t.due_on) < ${today} and coalesce(dl.is_open, 1) = 1)`;
}

function base(db: Conn, filter: SuggestionFilter, scope: SupervisionScope, today: string) {
  let q = db
    .selectFrom('supervisionSuggestions')
    .leftJoin('tasks as t', 't.id', 'supervisionSuggestions.taskId')
    .leftJoin('deadlines as dl', 'dl.id', 't.deadlineId')
    .where((eb) => suggestionVisible(eb as unknown as ExpressionBuilder<Database, 'supervisionSuggestions'>, scope));
  if (filter.kind) q = q.where('supervisionSuggestions.kind', '=', filter.kind);
  if (filter.session) q = q.where('supervisionSuggestions.session', '=', filter.session);
  if (filter.status) q = q.where('supervisionSuggestions.status', '=', filter.status);
  if (filter.leadUnitId) q = q.where('supervisionSuggestions.leadUnitId', '=', filter.leadUnitId);
  if (filter.isOverdue !== undefined) q = q.where(filter.isOverdue ? overdueSql(today) : sql<SqlBool>`not ${overdueSql(today)}`);
  return q;
}

const taskColumns = ['t.number as taskNumber', 't.dueOn as taskDueOn', 't.status as taskStatus', 'dl.due as clockDue', 'dl.isOpen as clockOpen'] as const;

/** Deputies' suggestions and CPPCC proposals (建议提案, art. 40). */
export const suggestionsRepository = {
  async insert(db: Conn, rows: readonly Insertable<SupervisionSuggestionTable>[]): Promise<void> {
    // In chunks: a list of a few hundred rows stays under every driver's bound-parameter limit.
    for (let i = 0; i < rows.length; i += 50) await db.insertInto('supervisionSuggestions').values(rows.slice(i, i + 50)).execute();
  },
  /** Which of these codes are already registered for the kind and session. */
  async takenCodes(db: Conn, kind: string, session: string, codes: readonly string[]): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const rows = await db.selectFrom('supervisionSuggestions').select('code').where('kind', '=', kind).where('session', '=', session).where('code', 'in', [...new Set(codes)]).execute();
    return new Set(rows.map((r) => r.code));
  },
  async find(db: Conn, id: string, scope: SupervisionScope): Promise<SuggestionRecord | undefined> {
    return db
      .selectFrom('supervisionSuggestions')
      .selectAll('supervisionSuggestions')
      .where('supervisionSuggestions.id', '=', id)
      .where((eb) => suggestionVisible(eb, scope))
      .executeTakeFirst();
  },
  async findWithTask(db: Conn, id: string, scope: SupervisionScope, today: string): Promise<SuggestionWithTask | undefined> {
    return base(db, {}, scope, today).selectAll('supervisionSuggestions').select([...taskColumns]).where('supervisionSuggestions.id', '=', id).executeTakeFirst();
  },
  /** The list, by session, then code, keyset-paged by (session, code, id). */
  async page(db: Conn, filter: SuggestionFilter, scope: SupervisionScope, today: string, page: KeysetPage): Promise<SuggestionWithTask[]> {
    return base(db, filter, scope, today)
      .selectAll('supervisionSuggestions')
      .select([...taskColumns])
      .where(keysetAfter([sql.ref('supervisionSuggestions.session'), sql.ref('supervisionSuggestions.code'), sql.ref('supervisionSuggestions.id')], page.after, 'asc'))
      .orderBy('supervisionSuggestions.session')
      .orderBy('supervisionSuggestions.code')
      .orderBy('supervisionSuggestions.id')
      .limit(page.limit)
      .execute();
  },
  /** Whether a suggestion of the viewer's scope has this task (a suggestion's answer attachments are readable with it). */
  async isVisible(db: Conn, id: string, scope: SupervisionScope): Promise<boolean> {
    return (await this.find(db, id, scope)) !== undefined;
  },
  /**
   * Restarts a clock on the deadlines table: a new start, length, rule and explanation on the same row (a
   * suggestion reassigned after a send-back runs from its new assignment; a second answer from the day the
   * proposer said they were dissatisfied), open again.
   */
};
