import type { Insertable, Selectable } from 'kysely';
import type { Db, Tx } from './database.js';
import { keysetAfter, type KeysetPage } from './keyset.js';
import type { PublicMessageTable } from './schema.js';

type Conn = Db | Tx;
export type PublicMessageRecord = Selectable<PublicMessageTable>;

/** Who sees a message in the staff app: the office and the leaders all; a unit those assigned to it. */
export type MessageScope = { kind: 'all' } | { kind: 'unit'; unitId: string | null };

export type MessageFilter = { status?: string };

/** Messages from the public (政民互动, art. 39). */
export const publicMessagesRepository = {
  async insert(db: Conn, row: Insertable<PublicMessageTable>): Promise<void> {
    await db.insertInto('publicMessages').values(row).execute();
  },

  async find(db: Conn, id: string, scope: MessageScope = { kind: 'all' }): Promise<PublicMessageRecord | undefined> {
    let q = db.selectFrom('publicMessages').selectAll().where('id', '=', id);
    if (scope.kind === 'unit') q = scope.unitId ? q.where('unitId', '=', scope.unitId) : q.where('id', '=', '');
    return q.executeTakeFirst();
  },

  async byNumber(db: Conn, number: string): Promise<PublicMessageRecord | undefined> {
    return db.selectFrom('publicMessages').selectAll().where('number', '=', number).executeTakeFirst();
  },

  /** The staff list by due day (the nearest first), keyset-paged. */
  async page(db: Conn, scope: MessageScope, filter: MessageFilter, page: KeysetPage): Promise<PublicMessageRecord[]> {
    let q = db.selectFrom('publicMessages').selectAll();
    if (scope.kind === 'unit') q = scope.unitId ? q.where('unitId', '=', scope.unitId) : q.where('id', '=', '');
    if (filter.status) q = q.where('status', '=', filter.status);
    return q
      .where((eb) => keysetAfter([eb.ref('dueOn'), eb.ref('id')], page.after, 'asc'))
      .orderBy('dueOn')
      .orderBy('id')
      .limit(page.limit)
      .execute();
  },

  /** The portal's list: published messages, the latest first, keyset-paged. */
  async published(db: Conn, page: KeysetPage): Promise<PublicMessageRecord[]> {
    return db
      .selectFrom('publicMessages')
      .selectAll()
      .where('status', '=', 'published')
      .where('publishedAt', 'is not', null)
      .where((eb) => keysetAfter([eb.ref('publishedAt'), eb.ref('id')], page.after, 'desc'))
      .orderBy('publishedAt', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .execute();
  },

  async findPublished(db: Conn, id: string): Promise<PublicMessageRecord | undefined> {
    return db.selectFrom('publicMessages').selectAll().where('id', '=', id).where('status', '=', 'published').executeTakeFirst();
  },
};
