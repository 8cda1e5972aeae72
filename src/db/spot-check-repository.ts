import { type Insertable, type Selectable, sql } from 'kysely';
import type { Db, Tx } from './database.js';
import { keysetAfter, type KeysetPage } from './keyset.js';
import type { SpotCheckTable } from './schema.js';

type Conn = Db | Tx;
export type SpotCheckRecord = Selectable<SpotCheckTable>;

/** Random spot checks (随机抽查, art. 75): each with the population, seed and sample that reproduce its draw. Read by the office and leaders only. */
export const spotCheckRepository = {
  async insert(db: Conn, row: Insertable<SpotCheckTable>): Promise<void> {
    await db.insertInto('spotChecks').values(row).execute();
  },
  async find(db: Conn, id: string): Promise<SpotCheckRecord | undefined> {
    return db.selectFrom('spotChecks').selectAll().where('id', '=', id).executeTakeFirst();
  },
  /** Newest first, keyset-paged by (drawn at, id). */
  async list(db: Conn, page: KeysetPage): Promise<SpotCheckRecord[]> {
    return db
      .selectFrom('spotChecks')
      .selectAll()
      .where(keysetAfter([sql.ref('drawnAt'), sql.ref('id')], page.after, 'desc'))
      .orderBy('drawnAt', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .execute();
  },
};
