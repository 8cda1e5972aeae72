import type { Selectable } from 'kysely';
import type { Db, Tx } from './database.js';
import type { CaseCountersignatureTable } from './schema.js';

type Conn = Db | Tx;
export type CountersignatureRecord = Selectable<CaseCountersignatureTable>;

/** Countersignatures of every kind of case that needs them: one table, keyed by the case. */
export const countersignRepository = {
  async insert(db: Conn, row: CountersignatureRecord): Promise<void> {
    await db.insertInto('caseCountersignatures').values(row).execute();
  },

  /** The countersignatures of a page of cases of one kind, in one statement. */
  async of(db: Conn, objectType: string, objectIds: readonly string[]): Promise<CountersignatureRecord[]> {
    if (objectIds.length === 0) return [];
    return db.selectFrom('caseCountersignatures').selectAll().where('objectType', '=', objectType).where('objectId', 'in', [...objectIds]).orderBy('signedAt').orderBy('id').execute();
  },
};
