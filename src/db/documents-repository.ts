import { type ExpressionBuilder, type Insertable, type Selectable, sql } from 'kysely';
import type { IncomingCase } from '../domain/documents/case.js';
import type { IncomingStatus } from '../domain/documents/types.js';
import { scopeOf } from '../domain/identity/policies.js';
import type { Db, Dialect, Tx } from './database.js';
import type { AttachmentMeta } from './attachment-repository.js';
import { countersignRepository, type CountersignatureRecord } from './countersign-repository.js';
import type { Database, IncomingDocumentTable } from './schema.js';
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

/** The view query: the row, its units' and leaders' names, and its open step clock, limited to the reader's scope. */
function viewQuery(db: Conn, reader: DocumentReader) {
  return db
    .selectFrom('incomingDocuments as d')
    .leftJoin('units as iu', 'iu.id', 'd.issuingUnitId')
    .leftJoin('units as hu', 'hu.id', 'd.handlingUnitId')
    .leftJoin('people as lp', 'lp.id', 'd.assignedLeaderPersonId')
    .leftJoin('people as ap', 'ap.id', 'd.assignedActingForPersonId')
    .leftJoin('deadlines as dl', (j) => j.onRef('dl.id', '=', 'd.stepDeadlineId').on('dl.isOpen', '=', 1))
    .where((eb) => inScope(eb as unknown as Scoped, reader));
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
  };
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
  /** Soonest due first (the chase list), instead of latest changed first. */
  orderByDue?: boolean;
  limit?: number;
  offset?: number;
};

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

  /** Keeps the SQLite full-text index in step with a document (PostgreSQL indexes the row itself). */
  async indexForSearch(db: Conn, dialect: Dialect, doc: Pick<IncomingDocumentTable, 'id' | 'title' | 'body' | 'registerNumber' | 'senderDocNumber'>): Promise<void> {
    if (dialect !== 'sqlite') return;
    const content = [doc.title, doc.body, doc.registerNumber ?? '', doc.senderDocNumber ?? ''].join(' ');
    await sql`delete from incoming_documents_fts where document_id = ${doc.id}`.execute(db);
    await sql`insert into incoming_documents_fts (document_id, content) values (${doc.id}, ${content})`.execute(db);
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
   * The register and search within the reader's scope: title, body and numbers by substring; filters; and
   * `overdueAt` — only documents whose open step clock has run out at that instant (working-day clocks end
   * with their due day, hour clocks at their instant), filtered in SQL. Three statements whatever the page size.
   */
  async search(db: Conn, dialect: Dialect, reader: DocumentReader, filter: IncomingFilter & { overdueAt?: Date; today?: string }): Promise<{ items: IncomingDocumentView[]; total: number }> {
    let q = viewQuery(db, reader);
    const text = filter.q?.trim();
    const haystack = sql`(d.title || ' ' || d.body || ' ' || coalesce(d.register_number, '') || ' ' || coalesce(d.sender_doc_number, ''))`;
    if (text) {
      const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      if (dialect === 'postgres') {
        q = q.where(sql<boolean>`${haystack} ilike ${like}`);
      } else if ([...text].length >= 3) {
        // The trigram index answers substrings of three characters or more; shorter ones scan.
        const phrase = `"${text.replace(/"/g, '""')}"`;
        q = q.where('d.id', 'in', sql<string>`(select document_id from incoming_documents_fts where incoming_documents_fts match ${phrase})`);
      } else {
        q = q.where(sql<boolean>`${haystack} like ${like} escape '\\'`);
      }
    }
    if (filter.docType) q = q.where('d.docType', '=', filter.docType);
    if (filter.status) q = q.where('d.status', '=', filter.status);
    if (filter.statuses) q = filter.statuses.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('d.status', 'in', [...filter.statuses]);
    if (filter.unitId) q = q.where('d.issuingUnitId', '=', filter.unitId);
    if (filter.from) q = q.where('d.writtenOn', '>=', filter.from);
    if (filter.to) q = q.where('d.writtenOn', '<=', filter.to);
    if (filter.ids) q = filter.ids.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('d.id', 'in', [...filter.ids]);
    if (filter.overdueAt && filter.today) {
      const instant = filter.overdueAt.toISOString();
      const today = filter.today;
      q = q.where((eb) => eb.or([eb.and([eb('dl.basis', '=', 'hours'), eb('dl.due', '<', instant)]), eb.and([eb('dl.basis', '<>', 'hours'), eb('dl.due', '<', today)])]));
    }
    const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await selectView(q)
      .orderBy(filter.orderByDue ? 'dl.due' : 'd.updatedAt', filter.orderByDue ? 'asc' : 'desc')
      .orderBy('d.id')
      .limit(filter.limit ?? 50)
      .offset(filter.offset ?? 0)
      .execute();
    return { items: await withSignatures(db, rows), total: Number(total.n) };
  },

  /** Open documents in the states given, within the reader's scope (the 工作台's candidates; the chase). */
  async inStates(db: Conn, reader: DocumentReader, statuses: readonly string[]): Promise<IncomingDocumentView[]> {
    if (statuses.length === 0) return [];
    const rows = await selectView(viewQuery(db, reader).where('d.status', 'in', [...statuses]))
      .orderBy('d.updatedAt')
      .execute();
    return withSignatures(db, rows);
  },
};
