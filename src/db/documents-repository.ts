import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db, Dialect, Tx } from './database.js';
import type { CountersignatureTable, IncomingDocumentTable } from './schema.js';
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
export type CountersignatureRecord = Selectable<CountersignatureTable>;

export type IncomingFilter = {
  q?: string;
  docType?: string;
  status?: string;
  unitId?: string;
  from?: string;
  to?: string;
  /** Only documents a unit filed, handles, co-handles or must countersign (a unit's own scope). */
  visibleToUnitId?: string;
  ids?: readonly string[];
  limit?: number;
  offset?: number;
};

/** Incoming documents, their timeline and countersignatures. */
export const documentsRepository = {
  async insert(db: Conn, row: Insertable<IncomingDocumentTable>): Promise<void> {
    await db.insertInto('incomingDocuments').values(row).execute();
  },

  async find(db: Conn, id: string): Promise<IncomingDocumentRecord | undefined> {
    return db.selectFrom('incomingDocuments').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** Updates only when the stored version is the one read; returns whether it did. */
  async update(db: Conn, id: string, expectedVersion: number, changes: Updateable<IncomingDocumentTable>): Promise<boolean> {
    const result = await db
      .updateTable('incomingDocuments')
      .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
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

  async steps(db: Conn, documentId: string): Promise<DocumentStepRecord[]> {
    return (await timelineRepository.of(db, OBJECT_TYPE, documentId)).map(asStep);
  },

  async lastStepOf(db: Conn, documentId: string, step: string): Promise<DocumentStepRecord | undefined> {
    const e = await timelineRepository.last(db, OBJECT_TYPE, documentId, step);
    return e ? asStep(e) : undefined;
  },

  async upsertCountersignature(db: Conn, row: Insertable<CountersignatureTable>): Promise<void> {
    await db.deleteFrom('countersignatures').where('documentId', '=', row.documentId).where('unitId', '=', row.unitId).execute();
    await db.insertInto('countersignatures').values(row).execute();
  },

  async countersignatures(db: Conn, documentId: string): Promise<CountersignatureRecord[]> {
    return db.selectFrom('countersignatures').selectAll().where('documentId', '=', documentId).orderBy('signedAt').execute();
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

  async search(db: Conn, dialect: Dialect, filter: IncomingFilter): Promise<{ items: IncomingDocumentRecord[]; total: number }> {
    let q = db.selectFrom('incomingDocuments');
    const text = filter.q?.trim();
    if (text) {
      const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      if (dialect === 'postgres') {
        q = q.where(sql<boolean>`(title || ' ' || body || ' ' || coalesce(register_number, '') || ' ' || coalesce(sender_doc_number, '')) ilike ${like}`);
      } else if ([...text].length >= 3) {
        // The trigram index answers substrings of three characters or more; shorter ones scan.
        const phrase = `"${text.replace(/"/g, '""')}"`;
        q = q.where('id', 'in', sql<string>`(select document_id from incoming_documents_fts where incoming_documents_fts match ${phrase})`);
      } else {
        q = q.where(sql<boolean>`(title || ' ' || body || ' ' || coalesce(register_number, '') || ' ' || coalesce(sender_doc_number, '')) like ${like} escape '\\'`);
      }
    }
    if (filter.docType) q = q.where('docType', '=', filter.docType);
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.unitId) q = q.where('issuingUnitId', '=', filter.unitId);
    if (filter.from) q = q.where('writtenOn', '>=', filter.from);
    if (filter.to) q = q.where('writtenOn', '<=', filter.to);
    if (filter.ids) q = filter.ids.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('id', 'in', [...filter.ids]);
    if (filter.visibleToUnitId) {
      const unitId = filter.visibleToUnitId;
      const quoted = `%"${unitId}"%`;
      q = q.where((eb) => eb.or([eb('issuingUnitId', '=', unitId), eb('handlingUnitId', '=', unitId), eb('relatedUnitIds', 'like', quoted), eb('coUnitIds', 'like', quoted)]));
    }
    const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const items = await q
      .selectAll()
      .orderBy('updatedAt', 'desc')
      .limit(filter.limit ?? 50)
      .offset(filter.offset ?? 0)
      .execute();
    return { items, total: Number(total.n) };
  },

  async inStatuses(db: Conn, statuses: readonly string[]): Promise<IncomingDocumentRecord[]> {
    return db.selectFrom('incomingDocuments').selectAll().where('status', 'in', [...statuses]).orderBy('updatedAt').execute();
  },
};
