import { type ExpressionBuilder, type Insertable, type Selectable, sql } from 'kysely';
import type { IncomingCase } from '../domain/documents/case.js';
import type { CirculationEntry, IncomingStatus, Instruction, SourceKind } from '../domain/documents/types.js';
import { DomainError } from '../domain/errors.js';
import { scopeOf } from '../domain/identity/policies.js';
import type { Db, Dialect, Tx } from './database.js';
import type { AttachmentMeta } from './attachment-repository.js';
import { countersignRepository, type CountersignatureRecord } from './countersign-repository.js';
import type { Database, IncomingDocumentTable, IncomingDocumentVersionTable } from './schema.js';
import { timelineRepository } from './timeline-repository.js';
import { nextInSequence } from './versioned-update.js';

type Conn = Db | Tx;
export type IncomingDocumentRecord = Selectable<IncomingDocumentTable>;
/** A step on a document's timeline (the shared timeline, seen with the document's own names). */
export type DocumentStepRecord = {
  id: string;
  documentId: string;
  step: string;
  actorUserId: string | null;
  actorName: string;
  actingForPersonId: string | null;
  actingForName: string | null;
  opinion: string | null;
  article: number | null;
  occurredAt: string;
};
const OBJECT_TYPE = 'incoming_document';
const asStep = (e: Awaited<ReturnType<typeof timelineRepository.of>>[number]): DocumentStepRecord => ({
  id: e.id,
  documentId: e.objectId,
  step: e.action,
  actorUserId: e.actorUserId,
  actorName: e.actorName,
  actingForPersonId: e.actingForPersonId,
  actingForName: e.actingForName,
  opinion: e.opinion,
  article: e.article,
  occurredAt: e.occurredAt,
});
export type { CountersignatureRecord };

/** Who is reading: the data scope of `documents.read` for their roles decides what they see. */
export type DocumentReader = { roles: readonly string[]; unitId: string | null } | typeof SYSTEM_READER;

/** The platform's own scheduled work (催办) reads every document; no user is ever given this reader. */
export const SYSTEM_READER = { system: true } as const;

/**
 * A document as lists, details and the 工作台 show it: the row with the names of its units and leaders and its
 * open step clock joined in, and the related units that have countersigned — so a page costs a fixed number
 * of statements, never one per row.
 */
export type IncomingDocumentView = IncomingDocumentRecord & {
  issuingUnitName: string | null;
  handlingUnitName: string | null;
  assignedLeaderName: string | null;
  assignedActingForName: string | null;
  clockBasis: string | null;
  clockDue: string | null;
  clockDetail: string | null;
  signedUnitIds: string[];
};

type Scoped = ExpressionBuilder<Database & { d: IncomingDocumentTable }, 'd'>;

/**
 * The one object-scope filter of incoming documents (policy `documents.read`): the office and leaders see
 * all; a unit sees what it filed, handles, co-handles or must countersign; anyone else nothing. Every read of
 * a document or of what hangs off it (timeline, countersignatures, attachments) goes through it, so a detail,
 * a list, a search and an export cannot disagree; outside scope reads as missing (404).
 */
function inScope(eb: Scoped, reader: DocumentReader) {
  if ('system' in reader) return sql<boolean>`1 = 1`;
  if (scopeOf(reader.roles, 'documents.read') === 'all') return sql<boolean>`1 = 1`;
  const unitId = reader.unitId;
  if (!unitId) return sql<boolean>`1 = 0`;
  const quoted = `%"${unitId.replace(/[\\%_]/g, (c) => `\\${c}`)}"%`;
  return eb.or([
    eb('d.issuingUnitId', '=', unitId),
    eb('d.handlingUnitId', '=', unitId),
    sql<boolean>`d.related_unit_ids like ${quoted} escape '\\'`,
    sql<boolean>`d.co_unit_ids like ${quoted} escape '\\'`,
  ]);
}

/**
 * The view query: the row, its units' and leaders' names, and its open step clock, limited to the reader's
 * scope. `clock: 'inner'` keeps only documents with a step clock (the overdue register, the chase; the caller
 * adds that it is open), so the planner may start from the deadlines' index.
 */
function viewQuery(db: Conn, reader: DocumentReader, clock: 'left' | 'inner' = 'left') {
  const base = db
    .selectFrom('incomingDocuments as d')
    .leftJoin('units as iu', 'iu.id', 'd.issuingUnitId')
    .leftJoin('units as hu', 'hu.id', 'd.handlingUnitId')
    .leftJoin('people as lp', 'lp.id', 'd.assignedLeaderPersonId')
    .leftJoin('people as ap', 'ap.id', 'd.assignedActingForPersonId');
  const withClock = base.leftJoin('deadlines as dl', (j) => j.onRef('dl.id', '=', 'd.stepDeadlineId').on('dl.isOpen', '=', 1));
  // The inner join has the same columns (its clock columns just cannot be null), so it keeps the left join's type.
  // Its caller states "open incoming clock" as a literal condition (see `pageQuery`): a bound `is_open = ?`
  // here would steer SQLite to the older (is_open, due) index and a sort.
  const joined = clock === 'inner' ? (base.innerJoin('deadlines as dl', (j) => j.onRef('dl.id', '=', 'd.stepDeadlineId')) as unknown as typeof withClock) : withClock;
  return joined.where((eb) => inScope(eb as unknown as Scoped, reader));
}

function selectView<Q extends ReturnType<typeof viewQuery>>(q: Q) {
  return q
    .selectAll('d')
    .select(['iu.name as issuingUnitName', 'hu.name as handlingUnitName', 'lp.name as assignedLeaderName', 'ap.name as assignedActingForName', 'dl.basis as clockBasis', 'dl.due as clockDue', 'dl.detail as clockDetail']);
}

/** Adds the countersigning units to view rows, with one statement for the whole page. */
async function withSignatures(db: Conn, rows: Omit<IncomingDocumentView, 'signedUnitIds'>[]): Promise<IncomingDocumentView[]> {
  const needing = rows.filter((r) => r.relatedUnitIds !== '[]').map((r) => r.id);
  const signatures = await countersignRepository.of(db, OBJECT_TYPE, needing);
  return rows.map((r) => ({ ...r, signedUnitIds: signatures.filter((s) => s.objectId === r.id).map((s) => s.unitId) }));
}

/** The case the declaration judges, from a view row. */
export function caseOf(doc: IncomingDocumentView): IncomingCase {
  return {
    id: doc.id,
    version: doc.version,
    status: doc.status as IncomingStatus,
    docType: doc.docType,
    urgency: doc.urgency,
    issuingUnitId: doc.issuingUnitId,
    relatedUnitIds: JSON.parse(doc.relatedUnitIds) as string[],
    signedUnitIds: doc.signedUnitIds,
    assignedLeaderPersonId: doc.assignedLeaderPersonId,
    assignedActingFor: doc.assignedActingForPersonId ? { personId: doc.assignedActingForPersonId, name: doc.assignedActingForName ?? '' } : null,
    handlingUnitId: doc.handlingUnitId,
    sourceKind: doc.sourceKind as SourceKind,
    lastInstruction: lastInstructionOf(doc),
    pendingReaderIds: JSON.parse(doc.pendingReaderIds) as string[],
    blockingReaderIds: (JSON.parse(doc.circulation) as CirculationEntry[]).filter((e) => e.beforeTransfer && e.readAt === null).map((e) => e.personId),
  };
}

/** The latest 批示 of a document (the list, or the single instruction of rows written before the list). */
function lastInstructionOf(doc: IncomingDocumentRecord): IncomingCase['lastInstruction'] {
  const list = JSON.parse(doc.instructions) as Instruction[];
  const last = list.at(-1) ?? (doc.instruction ? (JSON.parse(doc.instruction) as Instruction) : undefined);
  return last ? { personId: last.personId, byHead: last.byHead === true } : null;
}

export type IncomingFilter = {
  q?: string;
  docType?: string;
  status?: string;
  unitId?: string;
  from?: string;
  to?: string;
  ids?: readonly string[];
  statuses?: readonly string[];
  /** Only documents whose open step clock has run out at this instant (`today`: the Beijing day of it). */
  overdueAt?: Date;
  today?: string;
  /** Only documents with an open step clock due before this date or instant (the 催办 pass's window). */
  dueBefore?: string;
  /** Soonest due first (the chase list), instead of latest changed first. */
  orderByDue?: boolean;
};

export type IncomingPageFilter = IncomingFilter & {
  /** The opaque `nextCursor` of the previous page; deep pages go by it, never by offset. */
  cursor?: string;
  limit?: number;
  /** Rows to skip, for the first few pages of a page-numbered list only (the route bounds it). */
  offset?: number;
  withTotal?: boolean;
};

export type IncomingPage = { items: IncomingDocumentView[]; total: number | undefined; nextCursor: string | null };

/**
 * The order of a page, each served by an index that continues in that order (migration
 * 20261202T0100-documents-read-indexes): latest changed first; by written-on date when a written-on range is
 * asked (the range and the order then use one index); soonest due first for the overdue register and the chase.
 */
type PageSort = 'updated' | 'written' | 'due';

function sortOf(filter: IncomingFilter): PageSort {
  if (filter.overdueAt || filter.dueBefore || filter.orderByDue) return 'due';
  if (filter.from || filter.to) return 'written';
  return 'updated';
}

type ViewRow = Omit<IncomingDocumentView, 'signedUnitIds'>;
const cursorKeys: Record<PageSort, (row: ViewRow) => [string, string]> = {
  updated: (row) => [row.updatedAt, row.id],
  written: (row) => [row.writtenOn, row.id],
  due: (row) => [row.clockDue ?? '', row.stepDeadlineId ?? ''],
};

function encodeCursor(sort: PageSort, row: ViewRow): string {
  return Buffer.from(JSON.stringify([sort, ...cursorKeys[sort](row)])).toString('base64url');
}

function decodeCursor(sort: PageSort, cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 3 && value[0] === sort && typeof value[1] === 'string' && typeof value[2] === 'string') return [value[1], value[2]];
  } catch {
    // falls through to the refusal
  }
  throw new DomainError('invalid_input', '翻页位置无效或与筛选条件不符，请从第一页重新查看');
}

function decodeDoneCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 3 && value[0] === 'done' && typeof value[1] === 'string' && typeof value[2] === 'string') return [value[1], value[2]];
  } catch {
    // falls through to the refusal
  }
  throw new DomainError('invalid_input', '翻页位置无效，请从第一页重新查看');
}

/** SQLite statements stay well under its limit of bound parameters. */
const GRAM_CHUNK = 4000;

/**
 * Distinct single characters and character pairs (by code point), lower-cased: a text contains a term of one or
 * two characters exactly when the term (lower-cased) is among them. PostgreSQL computes the same in SQL
 * (`incoming_short_grams`).
 */
function shortGrams(text: string): string[] {
  const chars = [...text.toLowerCase()];
  const grams = new Set<string>();
  for (let i = 0; i < chars.length; i += 1) {
    grams.add(chars[i]!);
    if (i + 1 < chars.length) grams.add(chars[i]! + chars[i + 1]!);
  }
  return [...grams];
}

/**
 * The filtered query, and the statement for one page of it. Every filter is served by an index: status, type
 * and issuing unit each lead an index continuing in the page order; the written-on range is the order's own
 * index; overdue starts at the index of open incoming clocks by due; text search starts from its search index
 * (trigrams for three characters or more; characters and pairs for one or two) and sorts only the matches.
 */
function pageQuery(db: Conn, dialect: Dialect, reader: DocumentReader, filter: IncomingPageFilter) {
  const sort = sortOf(filter);
  let q = viewQuery(db, reader, sort === 'due' ? 'inner' : 'left');
  const text = filter.q?.trim();
  if (text) {
    const haystack = sql`(d.title || ' ' || d.body || ' ' || coalesce(d.register_number, '') || ' ' || coalesce(d.sender_doc_number, ''))`;
    const isShort = [...text].length < 3;
    if (dialect === 'postgres') {
      // pg_trgm extracts no trigram from a pattern of one or two characters (its GIN index would be read whole),
      // so short terms use the index of characters and character pairs instead.
      q = isShort
        ? q.where(sql<boolean>`incoming_short_grams(lower(${haystack})) @> array[lower(${text})]`)
        : q.where(sql<boolean>`${haystack} ilike ${`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
    } else if (isShort) {
      q = q.where('d.id', 'in', sql<string>`(select r.document_id from incoming_document_grams g join incoming_document_search_rows r on r.search_rowid = g.search_rowid where g.gram = ${text.toLowerCase()})`);
    } else {
      const phrase = `"${text.replace(/"/g, '""')}"`;
      q = q.where('d.id', 'in', sql<string>`(select r.document_id from incoming_documents_search s join incoming_document_search_rows r on r.search_rowid = s.rowid where incoming_documents_search match ${phrase})`);
    }
  }
  if (filter.docType) q = q.where('d.docType', '=', filter.docType);
  if (filter.status) q = q.where('d.status', '=', filter.status);
  if (filter.statuses) q = filter.statuses.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('d.status', 'in', [...filter.statuses]);
  if (filter.unitId) q = q.where('d.issuingUnitId', '=', filter.unitId);
  if (filter.from) q = q.where('d.writtenOn', '>=', filter.from);
  if (filter.to) q = q.where('d.writtenOn', '<=', filter.to);
  if (filter.ids) q = filter.ids.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('d.id', 'in', [...filter.ids]);
  // Literal, not bound: the partial index of open incoming clocks (deadlines_incoming_open_due_idx) serves only
  // a query whose condition implies its own.
  if (sort === 'due') q = q.where(sql<boolean>`dl.object_type = 'incoming_document' and dl.is_open = 1`);
  if (filter.overdueAt && filter.today) {
    // Hour clocks run out at their instant, working-day clocks with their due (Beijing) day. A due day before
    // today is also before the instant, so the instant bounds the index range and the day refines it.
    const instant = filter.overdueAt.toISOString();
    q = q.where('dl.due', '<', instant).where((eb) => eb.or([eb('dl.basis', '=', 'hours'), eb('dl.due', '<', filter.today!)]));
  }
  if (filter.dueBefore) q = q.where('dl.due', '<', filter.dueBefore);
  const limit = filter.limit ?? 50;
  let rows = selectView(q);
  if (filter.cursor) {
    const [k1, k2] = decodeCursor(sort, filter.cursor);
    rows = rows.where(
      sort === 'updated' ? sql<boolean>`(d.updated_at, d.id) < (${k1}, ${k2})` : sort === 'written' ? sql<boolean>`(d.written_on, d.id) < (${k1}, ${k2})` : sql<boolean>`(dl.due, dl.id) > (${k1}, ${k2})`,
    );
  }
  const ordered =
    sort === 'updated'
      ? rows.orderBy('d.updatedAt', 'desc').orderBy('d.id', 'desc')
      : sort === 'written'
        ? rows.orderBy('d.writtenOn', 'desc').orderBy('d.id', 'desc')
        : rows.orderBy('dl.due', 'asc').orderBy('dl.id', 'asc');
  const paged = ordered.limit(limit + 1);
  return { filtered: q, rows: filter.cursor || !filter.offset ? paged : paged.offset(filter.offset), sort, limit };
}

/** Incoming documents, their timeline and countersignatures. */
export const documentsRepository = {
  async insert(db: Conn, row: Insertable<IncomingDocumentTable>): Promise<void> {
    await db.insertInto('incomingDocuments').values(row).execute();
  },

  async insertStep(db: Conn, row: Omit<DocumentStepRecord, 'id'> & { id?: string }): Promise<void> {
    await timelineRepository.record(db, {
      objectType: OBJECT_TYPE,
      objectId: row.documentId,
      action: row.step,
      actor: { userId: row.actorUserId, name: row.actorName, actingFor: row.actingForPersonId ? { personId: row.actingForPersonId, name: row.actingForName ?? '' } : undefined },
      opinion: row.opinion,
      article: row.article,
      at: new Date(row.occurredAt),
    });
  },

  /** Which of the documents were chased on the (Beijing) day — one statement for all of them. */
  async chasedOn(db: Conn, documentIds: readonly string[], day: string): Promise<Set<string>> {
    if (documentIds.length === 0) return new Set();
    // A Beijing day runs from 16:00 UTC the day before to 16:00 UTC.
    const start = new Date(Date.parse(`${day}T00:00:00+08:00`)).toISOString();
    const end = new Date(Date.parse(`${day}T00:00:00+08:00`) + 86_400_000).toISOString();
    const rows = await db
      .selectFrom('timelineEntries')
      .select('objectId')
      .where('objectType', '=', OBJECT_TYPE)
      .where('action', '=', 'chase')
      .where('objectId', 'in', [...documentIds])
      .where('occurredAt', '>=', start)
      .where('occurredAt', '<', end)
      .execute();
    return new Set(rows.map((r) => r.objectId));
  },

  /** The next number of a named yearly sequence, taken inside the caller's transaction. */
  nextInSequence,

  /**
   * Keeps SQLite's search indexes in step with a document (PostgreSQL indexes the row itself): the trigram
   * full-text row and the characters and character pairs, all keyed by the document's integer search key,
   * so re-indexing deletes by key (never a scan) and only the grams that changed are written.
   */
  async indexForSearch(db: Conn, dialect: Dialect, doc: Pick<IncomingDocumentTable, 'id' | 'title' | 'body' | 'registerNumber' | 'senderDocNumber'>): Promise<void> {
    if (dialect !== 'sqlite') return;
    const content = [doc.title, doc.body, doc.registerNumber ?? '', doc.senderDocNumber ?? ''].join(' ');
    const key = (
      await sql<{ key: number }>`insert into incoming_document_search_rows (document_id) values (${doc.id})
        on conflict (document_id) do update set document_id = excluded.document_id returning search_rowid as key`.execute(db)
    ).rows[0]!.key;
    const old = (await sql<{ content: string }>`select content from incoming_documents_search where rowid = ${key}`.execute(db)).rows[0]?.content;
    if (old === content) return;
    const before = new Set(old === undefined ? [] : shortGrams(old));
    const after = new Set(shortGrams(content));
    if (old !== undefined) await sql`delete from incoming_documents_search where rowid = ${key}`.execute(db);
    await sql`insert into incoming_documents_search (rowid, content) values (${key}, ${content})`.execute(db);
    const removed = [...before].filter((g) => !after.has(g));
    const added = [...after].filter((g) => !before.has(g));
    for (let i = 0; i < removed.length; i += GRAM_CHUNK) {
      await sql`delete from incoming_document_grams where search_rowid = ${key} and gram in (${sql.join(removed.slice(i, i + GRAM_CHUNK))})`.execute(db);
    }
    for (let i = 0; i < added.length; i += GRAM_CHUNK) {
      await sql`insert or ignore into incoming_document_grams (gram, search_rowid) values ${sql.join(added.slice(i, i + GRAM_CHUNK).map((g) => sql`(${g}, ${key})`))}`.execute(db);
    }
  },

  /** One document as the reader may see it; undefined when missing or outside their scope (404). */
  async findVisible(db: Conn, reader: DocumentReader, id: string): Promise<IncomingDocumentView | undefined> {
    const row = await selectView(viewQuery(db, reader).where('d.id', '=', id)).executeTakeFirst();
    return row ? (await withSignatures(db, [row]))[0] : undefined;
  },

  /** A document's timeline, for a reader who may see the document (otherwise empty). */
  async visibleSteps(db: Conn, reader: DocumentReader, documentId: string): Promise<DocumentStepRecord[]> {
    const rows = await db
      .selectFrom('timelineEntries')
      .selectAll()
      .where('objectType', '=', OBJECT_TYPE)
      .where('objectId', '=', documentId)
      .where('objectId', 'in', viewQuery(db, reader).select('d.id'))
      .orderBy('seq')
      .execute();
    return rows.map(asStep);
  },

  /** A document's countersignatures, for a reader who may see the document. */
  async visibleCountersignatures(db: Conn, reader: DocumentReader, documentId: string): Promise<CountersignatureRecord[]> {
    const visible = await viewQuery(db, reader).select('d.id').where('d.id', '=', documentId).executeTakeFirst();
    return visible ? countersignRepository.of(db, OBJECT_TYPE, [documentId]) : [];
  },

  /** A document's attachments (without their bytes), for a reader who may see the document. */
  async visibleAttachments(db: Conn, reader: DocumentReader, documentId: string): Promise<Omit<AttachmentMeta, 'ownerType' | 'ownerId' | 'mediaType' | 'uploadedByUserId' | 'createdAt'>[]> {
    return db
      .selectFrom('attachments')
      .select(['id', 'kind', 'fileName', 'size', 'sm3'])
      .where('ownerType', '=', OBJECT_TYPE)
      .where('ownerId', '=', documentId)
      .where('ownerId', 'in', viewQuery(db, reader).select('d.id'))
      .orderBy('createdAt')
      .execute();
  },

  /** Whether the reader may see the document (for downloads of what hangs off it). */
  async isVisible(db: Conn, reader: DocumentReader, id: string): Promise<boolean> {
    return (await viewQuery(db, reader).select('d.id').where('d.id', '=', id).executeTakeFirst()) !== undefined;
  },

  /**
   * A page of the register or a search within the reader's scope, in the page order of the filter (see
   * `pageQuery`), after the cursor (keyset) or — for the first few pages only — at an offset; with the exact
   * number of matching documents (counted in SQL, unless `withTotal` is false) and the cursor of the next page.
   * Three statements whatever the page size or the size of the register.
   */
  async search(db: Conn, dialect: Dialect, reader: DocumentReader, filter: IncomingPageFilter): Promise<IncomingPage> {
    const { rows: query, filtered, sort, limit } = pageQuery(db, dialect, reader, filter);
    const total = filter.withTotal === false ? undefined : Number((await filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const rows = await query.execute();
    const more = rows.length > limit;
    const page = more ? rows.slice(0, limit) : rows;
    const last = page.at(-1);
    return { items: await withSignatures(db, page), total, nextCursor: more && last ? encodeCursor(sort, last) : null };
  },

  /** The due day the office set for handling at 转办 (art. 66): the latest handling clock, open or closed. */
  async handlingDueOf(db: Conn, documentId: string): Promise<string | null> {
    const row = await db
      .selectFrom('deadlines')
      .select('due')
      .where('objectType', '=', OBJECT_TYPE)
      .where('objectId', '=', documentId)
      .where('label', 'like', '办结（%')
      .orderBy('createdAt', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.due ?? null;
  },

  /** Keeps one revision of a document as filed (the first filing, or a resubmission after 退回). */
  async insertVersion(db: Conn, row: Insertable<IncomingDocumentVersionTable>): Promise<void> {
    await db.insertInto('incomingDocumentVersions').values(row).execute();
  },

  /** A document's revisions, oldest first, for a reader who may see the document (otherwise empty). */
  async visibleVersions(db: Conn, reader: DocumentReader, documentId: string): Promise<Selectable<IncomingDocumentVersionTable>[]> {
    return db
      .selectFrom('incomingDocumentVersions')
      .selectAll()
      .where('documentId', '=', documentId)
      .where('documentId', 'in', viewQuery(db, reader).select('d.id'))
      .orderBy('revision')
      .execute();
  },

  /**
   * The 已办 list: documents within the reader's scope on whose timeline the user acted, their latest act by the
   * user first, after the cursor (keyset on the act's instant and the id); with the user's latest act on each.
   * Two statements whatever the page size; the timeline's actor index finds the user's acts.
   */
  async donePage(db: Conn, reader: DocumentReader, userId: string, page: { cursor?: string; limit: number }): Promise<{ items: (IncomingDocumentView & { actedAt: string; lastStep: string })[]; nextCursor: string | null }> {
    const acts = db
      .selectFrom('timelineEntries as t')
      .select(['t.objectId as objectId', (eb) => eb.fn.max('t.occurredAt').as('actedAt')])
      .where('t.actorUserId', '=', userId)
      .where('t.objectType', '=', OBJECT_TYPE)
      .groupBy('t.objectId')
      .as('a');
    let q = selectView(viewQuery(db, reader).innerJoin(acts, 'a.objectId', 'd.id')).select([
      sql<string>`a.acted_at`.as('actedAt'),
      sql<string>`(select t2.action from timeline_entries t2 where t2.object_type = ${OBJECT_TYPE} and t2.object_id = d.id and t2.actor_user_id = ${userId} order by t2.seq desc limit 1)`.as('lastStep'),
    ]);
    if (page.cursor) {
      const [k1, k2] = decodeDoneCursor(page.cursor);
      q = q.where(sql<boolean>`(a.acted_at, d.id) < (${k1}, ${k2})`);
    }
    const rows = await q.orderBy(sql`a.acted_at`, 'desc').orderBy('d.id', 'desc').limit(page.limit + 1).execute();
    const more = rows.length > page.limit;
    const pageRows = (more ? rows.slice(0, page.limit) : rows) as unknown as (ViewRow & { actedAt: string; lastStep: string })[];
    const last = pageRows.at(-1);
    const withSigned = await withSignatures(db, pageRows);
    return {
      items: withSigned.map((d, i) => ({ ...d, actedAt: String(pageRows[i]!.actedAt), lastStep: pageRows[i]!.lastStep })),
      nextCursor: more && last ? Buffer.from(JSON.stringify(['done', String(last.actedAt), last.id])).toString('base64url') : null,
    };
  },

  /** The statement `search` runs for its rows, to read its plan (EXPLAIN) in tests. */
  pageStatement(db: Conn, dialect: Dialect, reader: DocumentReader, filter: IncomingPageFilter) {
    return pageQuery(db, dialect, reader, filter).rows.compile();
  },

  /** Open documents in the states given, within the reader's scope (the 工作台's candidates; the chase). */
  async inStates(db: Conn, reader: DocumentReader, statuses: readonly string[]): Promise<IncomingDocumentView[]> {
    if (statuses.length === 0) return [];
    const rows = await selectView(viewQuery(db, reader).where('d.status', 'in', [...statuses]))
      .orderBy('d.updatedAt')
      .execute();
    return withSignatures(db, rows);
  },
  /**
   * One page of the 工作台's documents (added for the 工作台; owned by src/operations/documents/workbench.ts):
   * within the reader's scope, the documents on which `work` holds (the declaration's work predicate in SQL)
   * strictly after the cursor (`after`), in the 工作台's order (`dueKey`, created, id), at most `limit`; and how
   * many documents `work` selects in all, counted in SQL. Three statements whatever the number of documents.
   */
  async workPage(
    db: Conn,
    reader: DocumentReader,
    page: { work: import('kysely').Expression<import('kysely').SqlBool>; after: import('kysely').Expression<import('kysely').SqlBool>; dueKey: import('kysely').Expression<string>; limit: number },
  ): Promise<{ rows: IncomingDocumentView[]; count: number }> {
    const q = viewQuery(db, reader).where(page.work);
    const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await selectView(q.where(page.after)).orderBy(page.dueKey).orderBy('d.createdAt').orderBy('d.id').limit(page.limit).execute();
    return { rows: await withSignatures(db, rows), count: Number(total.n) };
  },
};
