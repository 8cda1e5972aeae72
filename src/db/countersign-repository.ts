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

  /**
   * Reopens units' signatures on a case so that their principal heads sign again (art. 52: after coordination,
   * the units that disagreed sign their agreement); the earlier signature stays on the case's timeline.
   */
  async reopen(db: Conn, objectType: string, objectId: string, unitIds: readonly string[]): Promise<void> {
    if (unitIds.length === 0) return;
    await db.deleteFrom('caseCountersignatures').where('objectType', '=', objectType).where('objectId', '=', objectId).where('unitId', 'in', [...unitIds]).execute();
  },

  /** The countersignatures of a page of cases of one kind, in one statement. */
  async of(db: Conn, objectType: string, objectIds: readonly string[]): Promise<CountersignatureRecord[]> {
    if (objectIds.length === 0) return [];
    return db.selectFrom('caseCountersignatures').selectAll().where('objectType', '=', objectType).where('objectId', 'in', [...objectIds]).orderBy('signedAt').orderBy('id').execute();
  },
};
