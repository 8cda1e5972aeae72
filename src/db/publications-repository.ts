import { type Expression, type ExpressionBuilder, type Insertable, type Selectable, sql, type SqlBool } from 'kysely';
import type { Db, Dialect, Tx } from './database.js';
import { keysetAfter, type KeysetPage } from './keyset.js';
import type { Database, PublicationTable } from './schema.js';

type Conn = Db | Tx;
export type PublicationRecord = Selectable<PublicationTable>;

/** Who may see an item in the staff app: the office and the leaders all; a unit the items it prepared or that come from it. */
export type PublicationScope = { kind: 'all' } | { kind: 'unit'; unitId: string | null };

export function publicationVisible(eb: ExpressionBuilder<Database, 'publications'>, scope: PublicationScope): Expression<SqlBool> {
  if (scope.kind === 'all') return sql<SqlBool>`1 = 1`;
  return scope.unitId ? eb('publications.unitId', '=', scope.unitId) : sql<SqlBool>`1 = 0`;
}

export type PublicationFilter = { status?: string; category?: string; q?: string };

/** The columns a list of the portal shows: never the bodies (a page reads only what it sends). */
const portalColumns = ['id', 'category', 'title', 'documentNumber', 'issuingBody', 'writtenOn', 'publishedAt', 'status', 'interpretsId'] as const;
export type PortalRow = Pick<PublicationRecord, (typeof portalColumns)[number]>;

/** What the portal shows of a withdrawn item: its notice, never its text. */
export type PortalFilter = { category?: string; q?: string; from?: string; to?: string };

const haystack = sql<string>`(publications.title || ' ' || publications.body || ' ' || coalesce(publications.document_number, ''))`;

/** "The text contains q": SQLite's trigram index for three characters or more, pg_trgm's index on PostgreSQL. */
function textMatch(dialect: Dialect, q: string): Expression<SqlBool> {
  if (dialect === 'postgres') return sql<SqlBool>`${haystack} ilike ${`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`;
  if ([...q].length < 3) return sql<SqlBool>`instr(lower(${haystack}), lower(${q})) > 0`;
  const phrase = `"${q.replace(/"/g, '""')}"`;
  return sql<SqlBool>`publications.id in (select r.publication_id from publications_search s join publication_search_rows r on r.search_rowid = s.rowid where publications_search match ${phrase})`;
}

/** The items of the disclosure catalogue, from the publication queue to the portal. */
export const publicationsRepository = {
  async insert(db: Conn, row: Insertable<PublicationTable>): Promise<void> {
    await db.insertInto('publications').values(row).execute();
  },

  async find(db: Conn, id: string, scope: PublicationScope = { kind: 'all' }): Promise<PublicationRecord | undefined> {
    return db.selectFrom('publications').selectAll().where('id', '=', id).where((eb) => publicationVisible(eb, scope)).executeTakeFirst();
  },

  async bySource(db: Conn, sourceType: string, sourceId: string): Promise<PublicationRecord | undefined> {
    return db.selectFrom('publications').selectAll().where('sourceType', '=', sourceType).where('sourceId', '=', sourceId).executeTakeFirst();
  },

  /**
   * A page of the staff list: pending items by their due day (the oldest clock first), the others latest
   * changed first; keyset-paged either way.
   */
  async page(db: Conn, dialect: Dialect, scope: PublicationScope, filter: PublicationFilter, page: KeysetPage): Promise<PublicationRecord[]> {
    let q = db.selectFrom('publications').selectAll().where((eb) => publicationVisible(eb, scope));
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.category) q = q.where('category', '=', filter.category);
    const text = filter.q?.trim();
    if (text) q = q.where(textMatch(dialect, text));
    if (filter.status === 'pending') {
      return q
        .where((eb) => keysetAfter([sql`coalesce(publications.due_on, '')`, eb.ref('publications.id')], page.after, 'asc'))
        .orderBy(sql`coalesce(publications.due_on, '')`)
        .orderBy('id')
        .limit(page.limit)
        .execute();
    }
    return q
      .where((eb) => keysetAfter([eb.ref('publications.updatedAt'), eb.ref('publications.id')], page.after, 'desc'))
      .orderBy('updatedAt', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .execute();
  },

  /** Counts by status in the viewer's scope, and the pending ones past their due day, in one statement. */
  async counts(db: Conn, scope: PublicationScope, today: string): Promise<Record<string, number>> {
    const rows = await db
      .selectFrom('publications')
      .select(['status', sql<number>`count(*)`.as('n'), sql<number>`sum(case when publications.due_on < ${today} then 1 else 0 end)`.as('late')])
      .where((eb) => publicationVisible(eb, scope))
      .groupBy('status')
      .execute();
    const counts: Record<string, number> = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    counts.overdue = Number(rows.find((r) => r.status === 'pending')?.late ?? 0);
    return counts;
  },

  /** The portal's list: published items (and the notices of withdrawn ones), latest published first. */
  async portalPage(db: Conn, dialect: Dialect, filter: PortalFilter, page: KeysetPage): Promise<PortalRow[]> {
    let q = db.selectFrom('publications').select(portalColumns).where('status', '=', 'published');
    if (filter.category) q = q.where('category', '=', filter.category);
    if (filter.from) q = q.where('publishedAt', '>=', filter.from);
    if (filter.to) q = q.where('publishedAt', '<', filter.to);
    const text = filter.q?.trim();
    if (text) q = q.where(textMatch(dialect, text));
    return q
      .where((eb) => keysetAfter([eb.ref('publications.publishedAt'), eb.ref('publications.id')], page.after, 'desc'))
      .orderBy('publishedAt', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .execute();
  },

  /** Published items by category, counted in one statement (the catalogue's numbers). */
  async portalCounts(db: Conn): Promise<Record<string, number>> {
    const rows = await db.selectFrom('publications').select(['category', sql<number>`count(*)`.as('n')]).where('status', '=', 'published').groupBy('category').execute();
    return Object.fromEntries(rows.map((r) => [r.category, Number(r.n)]));
  },

  /** One item as the portal may show it: published, or withdrawn (shown as its notice); otherwise undefined (404). */
  async portalItem(db: Conn, id: string): Promise<PublicationRecord | undefined> {
    return db.selectFrom('publications').selectAll().where('id', '=', id).where('status', 'in', ['published', 'withdrawn']).executeTakeFirst();
  },

  /**
   * The published interpretations of an item, and the item an interpretation interprets (both ways, art. 36):
   * two lookups by key (the `interprets_id` index and the primary key), never a walk of the published rows.
   */
  async publishedLinks(db: Conn, item: Pick<PublicationRecord, 'id' | 'interpretsId'>): Promise<PublicationRecord[]> {
    const interpretations = await db.selectFrom('publications').selectAll().where('interpretsId', '=', item.id).where('status', '=', 'published').orderBy('publishedAt').limit(20).execute();
    const interpreted = item.interpretsId ? await db.selectFrom('publications').selectAll().where('id', '=', item.interpretsId).where('status', '=', 'published').execute() : [];
    return [...interpreted, ...interpretations];
  },

  /** Whether an attachment belongs to an item published on the portal (the one way an anonymous visitor may download it). */
  async isPublishedAttachment(db: Conn, attachmentId: string): Promise<boolean> {
    const like = `%"${attachmentId.replace(/[%_"\\]/g, '')}"%`;
    const row = await db.selectFrom('publications').select('id').where('status', '=', 'published').where('attachmentIds', 'like', like).executeTakeFirst();
    return row !== undefined;
  },

  /**
   * Keeps SQLite's trigram index in step with an item's text, whatever its status (every query names the
   * statuses it may show); PostgreSQL indexes the row itself.
   */
  async indexForSearch(db: Conn, dialect: Dialect, item: Pick<PublicationRecord, 'id' | 'title' | 'body' | 'documentNumber'>): Promise<void> {
    if (dialect !== 'sqlite') return;
    const existing = (await sql<{ key: number }>`select search_rowid as key from publication_search_rows where publication_id = ${item.id}`.execute(db)).rows[0]?.key;
    if (existing !== undefined) {
      await sql`delete from publications_search where rowid = ${existing}`.execute(db);
      await sql`delete from publication_search_rows where search_rowid = ${existing}`.execute(db);
    }
    const key = (await sql<{ key: number }>`insert into publication_search_rows (publication_id) values (${item.id}) returning search_rowid as key`.execute(db)).rows[0]!.key;
    await sql`insert into publications_search (rowid, content) values (${key}, ${[item.title, item.body, item.documentNumber ?? ''].join(' ')})`.execute(db);
  },
};
