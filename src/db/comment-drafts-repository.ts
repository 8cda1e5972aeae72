import { type Expression, type ExpressionBuilder, type Insertable, type Selectable, sql, type SqlBool } from 'kysely';
import type { Db, Tx } from './database.js';
import { keysetAfter, type KeysetPage } from './keyset.js';
import type { CommentDraftTable, Database, PublicCommentTable } from './schema.js';

type Conn = Db | Tx;
export type CommentDraftRecord = Selectable<CommentDraftTable>;
export type PublicCommentRecord = Selectable<PublicCommentTable>;

/** Who sees a draft in the staff app: the office and the leaders all; a unit the drafts it prepared. */
export type DraftScope = { kind: 'all' } | { kind: 'unit'; unitId: string | null };

export function draftVisible(eb: ExpressionBuilder<Database, 'commentDrafts'>, scope: DraftScope): Expression<SqlBool> {
  if (scope.kind === 'all') return sql<SqlBool>`1 = 1`;
  return scope.unitId ? eb('commentDrafts.draftingUnitId', '=', scope.unitId) : sql<SqlBool>`1 = 0`;
}

/** The states a draft is in once the office has published it: the only ones the portal shows. */
export const publishedDraftStatuses = ['open', 'closed', 'concluded'] as const;

/** Drafts for comment (征求意见稿, art. 36, 23) and the public's comments on them. */
export const commentDraftsRepository = {
  async insert(db: Conn, row: Insertable<CommentDraftTable>): Promise<void> {
    await db.insertInto('commentDrafts').values(row).execute();
  },

  async find(db: Conn, id: string, scope: DraftScope = { kind: 'all' }): Promise<CommentDraftRecord | undefined> {
    return db.selectFrom('commentDrafts').selectAll().where('id', '=', id).where((eb) => draftVisible(eb, scope)).executeTakeFirst();
  },

  /** The staff list, latest changed first, keyset-paged by (updated_at, id). */
  async page(db: Conn, scope: DraftScope, filter: { status?: string }, page: KeysetPage): Promise<CommentDraftRecord[]> {
    let q = db.selectFrom('commentDrafts').selectAll().where((eb) => draftVisible(eb, scope));
    if (filter.status) q = q.where('status', '=', filter.status);
    return q
      .where((eb) => keysetAfter([eb.ref('commentDrafts.updatedAt'), eb.ref('commentDrafts.id')], page.after, 'desc'))
      .orderBy('updatedAt', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit + 1)
      .execute();
  },

  /**
   * The portal's list: the drafts open for comment first, the soonest to close first; then those whose period
   * has ended (closed or concluded), the latest closed first. The cursor's first value says which part it is
   * in (`open` or `past`); a page that reaches the end of the open drafts goes on with the others, so a page
   * costs at most two statements whatever the data.
   */
  async publicPage(db: Conn, page: KeysetPage): Promise<CommentDraftRecord[]> {
    const [part, ...after] = page.after ?? [];
    const rows: CommentDraftRecord[] = [];
    if (part === undefined || part === 'open') {
      rows.push(
        ...(await db
          .selectFrom('commentDrafts')
          .selectAll()
          .where('status', '=', 'open')
          .where((eb) => keysetAfter([sql`coalesce(comment_drafts.closes_on, '')`, eb.ref('commentDrafts.id')], part === undefined ? null : after, 'asc'))
          .orderBy(sql`coalesce(comment_drafts.closes_on, '')`)
          .orderBy('id')
          .limit(page.limit + 1)
          .execute()),
      );
    }
    if (rows.length > page.limit) return rows;
    rows.push(
      ...(await db
        .selectFrom('commentDrafts')
        .selectAll()
        .where('status', 'in', ['closed', 'concluded'])
        .where((eb) => keysetAfter([sql`coalesce(comment_drafts.closes_on, '')`, eb.ref('commentDrafts.id')], part === 'past' ? after : null, 'desc'))
        .orderBy(sql`coalesce(comment_drafts.closes_on, '')`, 'desc')
        .orderBy('id', 'desc')
        .limit(page.limit + 1 - rows.length)
        .execute()),
    );
    return rows;
  },

  /** One draft as the portal may show it: published (open, closed or concluded); a draft never published is undefined (404). */
  async publicItem(db: Conn, id: string): Promise<CommentDraftRecord | undefined> {
    return db.selectFrom('commentDrafts').selectAll().where('id', '=', id).where('status', 'in', [...publishedDraftStatuses]).executeTakeFirst();
  },

  /** A comment and the draft's count, inside the caller's transaction (the count never drifts from the rows). */
  async addComment(db: Tx, row: Insertable<PublicCommentTable>): Promise<void> {
    await db.insertInto('publicComments').values(row).execute();
    await db
      .updateTable('commentDrafts')
      .set({ commentCount: sql`comment_count + 1` })
      .where('id', '=', row.draftId)
      .execute();
  },

  async findComment(db: Conn, draftId: string, commentId: string): Promise<PublicCommentRecord | undefined> {
    return db.selectFrom('publicComments').selectAll().where('draftId', '=', draftId).where('id', '=', commentId).executeTakeFirst();
  },

  /** Hides a comment (spam, abuse) and takes it off the draft's count; false when it was hidden already. */
  async hideComment(db: Tx, draftId: string, commentId: string): Promise<boolean> {
    const result = await db.updateTable('publicComments').set({ isHidden: 1 }).where('draftId', '=', draftId).where('id', '=', commentId).where('isHidden', '=', 0).executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await db
      .updateTable('commentDrafts')
      .set({ commentCount: sql`comment_count - 1` })
      .where('id', '=', draftId)
      .execute();
    return true;
  },

  /** A draft's comments, oldest first, hidden ones included; keyset-paged by (created_at, id). */
  async comments(db: Conn, draftId: string, page: KeysetPage): Promise<PublicCommentRecord[]> {
    return db
      .selectFrom('publicComments')
      .selectAll()
      .where('draftId', '=', draftId)
      .where((eb) => keysetAfter([eb.ref('publicComments.createdAt'), eb.ref('publicComments.id')], page.after, 'asc'))
      .orderBy('createdAt')
      .orderBy('id')
      .limit(page.limit + 1)
      .execute();
  },

  /** Hidden comments of a draft, counted in one statement. */
  async hiddenCount(db: Conn, draftId: string): Promise<number> {
    const row = await db.selectFrom('publicComments').select(sql<number>`count(*)`.as('n')).where('draftId', '=', draftId).where('isHidden', '=', 1).executeTakeFirst();
    return Number(row?.n ?? 0);
  },
};
