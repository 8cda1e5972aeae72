import { type Expression, type ExpressionBuilder, type Insertable, type Selectable, sql, type SqlBool } from 'kysely';
import type { Db, Tx } from './database.js';
import { keysetAfter, type KeysetPage } from './keyset.js';
import type { Database, SupervisionResultTable } from './schema.js';
import type { SupervisionScope } from './supervision-repository.js';

type Conn = Db | Tx;
/** A use of supervision results (art. 79): a circular, an admonitory talk (held by a leader), a referral (to a body). */
export type SupervisionResultRecord = Selectable<SupervisionResultTable>;

const jsonHas = (id: string) => `%"${id.replace(/[%_"\\]/g, '')}"%`;

function visible(eb: ExpressionBuilder<Database, 'supervisionResults'>, scope: SupervisionScope): Expression<SqlBool> {
  if (scope.kind === 'all') return sql<SqlBool>`1 = 1`;
  return scope.unitId ? eb('supervisionResults.unitIds', 'like', jsonHas(scope.unitId)) : sql<SqlBool>`1 = 0`;
}

export type ResultFilter = { kind?: string; taskId?: string; unitId?: string; heldFrom?: string; heldTo?: string };

/** Circulars, admonitory talks and referrals, recorded against tasks and units; a unit sees those against it. */
export const resultsRepository = {
  async insert(db: Conn, row: Insertable<SupervisionResultTable>): Promise<void> {
    await db.insertInto('supervisionResults').values(row).execute();
  },
  async find(db: Conn, id: string, scope: SupervisionScope): Promise<SupervisionResultRecord | undefined> {
    return db.selectFrom('supervisionResults').selectAll().where('id', '=', id).where((eb) => visible(eb, scope)).executeTakeFirst();
  },
  /** Newest held first, keyset-paged by (held on, id). */
  async list(db: Conn, filter: ResultFilter, scope: SupervisionScope, page: KeysetPage): Promise<SupervisionResultRecord[]> {
    let q = db.selectFrom('supervisionResults').selectAll().where((eb) => visible(eb, scope));
    if (filter.kind) q = q.where('kind', '=', filter.kind);
    if (filter.taskId) q = q.where('taskIds', 'like', jsonHas(filter.taskId));
    if (filter.unitId) q = q.where('unitIds', 'like', jsonHas(filter.unitId));
    if (filter.heldFrom) q = q.where('heldOn', '>=', filter.heldFrom);
    if (filter.heldTo) q = q.where('heldOn', '<=', filter.heldTo);
    return q
      .where(keysetAfter([sql.ref('heldOn'), sql.ref('id')], page.after, 'desc'))
      .orderBy('heldOn', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .execute();
  },
};
