import { type Expression, type ExpressionBuilder, type Insertable, type RawBuilder, type Selectable, type SqlBool, sql } from 'kysely';
import { scopeOf } from '../domain/identity/policies.js';
import type { OutgoingCase, ReceiptCase, ReceiptStatus } from '../domain/outgoing/case.js';
import type { OutgoingIssuer, OutgoingStatus } from '../domain/outgoing/types.js';
import type { Db, Tx } from './database.js';
import type {
  Database,
  DocumentNumberSequenceTable,
  OutgoingDocumentTable,
  OutgoingDocumentVersionTable,
  OutgoingReceiptTable,
  SignOffAuthorizationTable,
} from './schema.js';

type Conn = Db | Tx;
export type OutgoingDocumentRecord = Selectable<OutgoingDocumentTable>;
export type OutgoingDocumentView = OutgoingDocumentRecord & { draftingUnitName: string | null };
export type OutgoingReceiptRecord = Selectable<OutgoingReceiptTable>;
export type SignOffAuthorizationRecord = Selectable<SignOffAuthorizationTable>;
export type DocumentNumberSequenceRecord = Selectable<DocumentNumberSequenceTable>;

/** Who reads, as the scope filter sees them: roles and unit (or the system itself, for jobs). */
export type OutgoingReader = { roles: readonly string[]; unitId: string | null } | { system: true };

/** The role a unit plays for a document: what puts it in the unit's scope. */
export type DocumentUnitRole = 'drafting' | 'issuing' | 'countersign' | 'recipient';

type Scoped = ExpressionBuilder<Database & { d: OutgoingDocumentTable }, 'd'>;

/**
 * The one object-scope filter of outgoing documents (policy `outgoing.read`): the office and the leaders see
 * all; a unit sees what it drafts, issues, countersigns or receives (the `outgoing_document_units` rows);
 * anyone else nothing. Every read — detail, list, downloads, receipts — goes through it; outside is 404.
 */
function inScope(eb: Scoped, reader: OutgoingReader) {
  if ('system' in reader) return sql<boolean>`1 = 1`;
  if (scopeOf(reader.roles, 'outgoing.read') === 'all') return sql<boolean>`1 = 1`;
  if (!reader.unitId) return sql<boolean>`1 = 0`;
  const unitId = reader.unitId;
  return eb.exists(eb.selectFrom('outgoingDocumentUnits as u').select('u.documentId').whereRef('u.documentId', '=', 'd.id').where('u.unitId', '=', unitId));
}

function viewQuery(db: Conn, reader: OutgoingReader) {
  return db
    .selectFrom('outgoingDocuments as d')
    .leftJoin('units as du', 'du.id', 'd.draftingUnitId')
    .selectAll('d')
    .select('du.name as draftingUnitName')
    .where((eb) => inScope(eb, reader));
}

const json = <T>(text: string | null): T => JSON.parse(text ?? 'null') as T;

/** The declaration's view of a stored document. */
export function outgoingCaseOf(d: OutgoingDocumentRecord): OutgoingCase {
  return {
    id: d.id,
    version: d.version,
    status: d.status as OutgoingStatus,
    issuer: d.issuer as OutgoingIssuer,
    urgency: d.urgency,
    draftingUnitId: d.draftingUnitId,
    issuingUnitId: d.issuingUnitId,
    countersignUnitIds: json<string[]>(d.countersignUnitIds),
    signedUnitIds: json<string[]>(d.signedUnitIds),
    hasOpenDisagreement: d.hasOpenDisagreement === 1,
    leaderReviewerPersonId: d.leaderReviewerPersonId,
    signerPersonId: d.signerPersonId,
  };
}

export const receiptCaseOf = (r: OutgoingReceiptRecord): ReceiptCase => ({ id: r.id, version: r.version, status: r.status as ReceiptStatus, unitId: r.unitId });

/** Outgoing documents, their revisions, receipts, number sequences and sign-off authorisations. */
export const outgoingRepository = {
  async insert(db: Conn, row: Insertable<OutgoingDocumentTable>, units: readonly { unitId: string; role: DocumentUnitRole }[]): Promise<void> {
    await db.insertInto('outgoingDocuments').values(row).execute();
    await this.setUnits(db, row.id, units);
  },

  /** Replaces the units that see the document for the roles given (the drafting and countersigning units change with a revision). */
  async setUnits(db: Conn, documentId: string, units: readonly { unitId: string; role: DocumentUnitRole }[]): Promise<void> {
    const roles = [...new Set(units.map((u) => u.role))];
    if (roles.length > 0) await db.deleteFrom('outgoingDocumentUnits').where('documentId', '=', documentId).where('role', 'in', roles).execute();
    const unique = [...new Map(units.map((u) => [`${u.unitId}|${u.role}`, u])).values()];
    if (unique.length > 0) await db.insertInto('outgoingDocumentUnits').values(unique.map((u) => ({ documentId, unitId: u.unitId, role: u.role }))).execute();
  },

  /** The stored row, without scope: for operations that have already judged the caller (or run as the system). */
  async find(db: Conn, id: string): Promise<OutgoingDocumentRecord | undefined> {
    return db.selectFrom('outgoingDocuments').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async findVisible(db: Conn, reader: OutgoingReader, id: string): Promise<OutgoingDocumentView | undefined> {
    return viewQuery(db, reader).where('d.id', '=', id).executeTakeFirst();
  },

  async isVisible(db: Conn, reader: OutgoingReader, id: string): Promise<boolean> {
    return (await viewQuery(db, reader).where('d.id', '=', id).executeTakeFirst()) !== undefined;
  },

  /** A page of the documents the reader may see, latest change first, after the cursor's (updatedAt, id). */
  async page(
    db: Conn,
    reader: OutgoingReader,
    filter: { status?: OutgoingStatus; issuer?: OutgoingIssuer; q?: string; after: readonly string[] | null; limit: number },
  ): Promise<OutgoingDocumentView[]> {
    let query = viewQuery(db, reader);
    if (filter.status) query = query.where('d.status', '=', filter.status);
    if (filter.issuer) query = query.where('d.issuer', '=', filter.issuer);
    if (filter.q) {
      const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where((eb) => eb.or([sql<boolean>`d.title like ${like} escape '\\'`, sql<boolean>`coalesce(d.document_number, '') like ${like} escape '\\'`]));
    }
    const after = filter.after;
    if (after) {
      const [updatedAt = '', id = ''] = after;
      query = query.where((eb) => eb.or([eb('d.updatedAt', '<', updatedAt), eb.and([eb('d.updatedAt', '=', updatedAt), eb('d.id', '<', id)])]));
    }
    return query.orderBy('d.updatedAt', 'desc').orderBy('d.id', 'desc').limit(filter.limit + 1).execute();
  },

  /**
   * A page of the 工作台: the documents within the reader's scope that the work predicate selects, after the
   * cursor in the 工作台's order, with the countersign clock joined as `d`'s alias `dl`; and how many in all.
   */
  async workPage(
    db: Conn,
    reader: OutgoingReader,
    page: { work: Expression<SqlBool>; after: Expression<SqlBool>; dueKey: RawBuilder<string>; limit: number },
  ): Promise<{ rows: (OutgoingDocumentView & { dueKey: string; dueDetail: string | null })[]; count: number }> {
    const base = viewQuery(db, reader).leftJoin('deadlines as dl', 'dl.id', 'd.countersignDeadlineId').where(page.work);
    const total = await base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await base.select([page.dueKey.as('dueKey'), 'dl.detail as dueDetail']).where(page.after).orderBy(page.dueKey).orderBy('d.createdAt').orderBy('d.id').limit(page.limit).execute();
    return { rows: rows as unknown as (OutgoingDocumentView & { dueKey: string; dueDetail: string | null })[], count: Number(total.n) };
  },

  /** The pending receipts of a unit for the 工作台, after the cursor, and how many in all. */
  async receiptWorkPage(db: Conn, unitId: string, page: { after: Expression<SqlBool>; limit: number }) {
    const base = db.selectFrom('outgoingReceipts as r').innerJoin('outgoingDocuments as d', 'd.id', 'r.documentId').where('r.unitId', '=', unitId).where('r.status', '=', 'pending');
    const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await base
      .select(['r.id', 'r.version', 'r.status', 'r.unitId', 'r.createdAt', 'r.documentId', 'd.title', 'd.documentNumber', 'd.urgency'])
      .where(page.after)
      .orderBy('r.createdAt')
      .orderBy('r.id')
      .limit(page.limit)
      .execute();
    return { rows, count: Number(total.n) };
  },

  async insertVersion(db: Conn, row: Insertable<OutgoingDocumentVersionTable>): Promise<void> {
    await db.insertInto('outgoingDocumentVersions').values(row).execute();
  },

  async versions(db: Conn, documentId: string): Promise<Selectable<OutgoingDocumentVersionTable>[]> {
    return db.selectFrom('outgoingDocumentVersions').selectAll().where('documentId', '=', documentId).orderBy('revision').execute();
  },

  async insertReceipts(db: Conn, rows: readonly Insertable<OutgoingReceiptTable>[]): Promise<void> {
    if (rows.length > 0) await db.insertInto('outgoingReceipts').values([...rows]).execute();
  },

  async receiptsOf(db: Conn, documentId: string): Promise<(OutgoingReceiptRecord & { unitName: string | null })[]> {
    return db
      .selectFrom('outgoingReceipts as r')
      .leftJoin('units as u', 'u.id', 'r.unitId')
      .selectAll('r')
      .select('u.name as unitName')
      .where('r.documentId', '=', documentId)
      .orderBy('r.role', 'desc')
      .orderBy('u.sortOrder')
      .execute();
  },

  /** A receipt of the reader's own unit; another unit's receipt reads as missing (404). */
  async findReceiptOfUnit(db: Conn, id: string, unitId: string | null): Promise<OutgoingReceiptRecord | undefined> {
    if (!unitId) return undefined;
    return db.selectFrom('outgoingReceipts').selectAll().where('id', '=', id).where('unitId', '=', unitId).executeTakeFirst();
  },

  /** A page of what was issued to a unit, latest first, with the documents' fields, after the cursor's (createdAt, id). */
  async receivedBy(db: Conn, unitId: string, filter: { status?: ReceiptStatus; after: readonly string[] | null; limit: number }) {
    let query = db
      .selectFrom('outgoingReceipts as r')
      .innerJoin('outgoingDocuments as d', 'd.id', 'r.documentId')
      .select(['r.id', 'r.documentId', 'r.unitId', 'r.role', 'r.status', 'r.acknowledgedByName', 'r.acknowledgedAt', 'r.version', 'r.createdAt', 'd.documentNumber', 'd.title', 'd.docType', 'd.issuer', 'd.issuedAt'])
      .where('r.unitId', '=', unitId);
    if (filter.status) query = query.where('r.status', '=', filter.status);
    if (filter.after) {
      const [createdAt = '', id = ''] = filter.after;
      query = query.where((eb) => eb.or([eb('r.createdAt', '<', createdAt), eb.and([eb('r.createdAt', '=', createdAt), eb('r.id', '<', id)])]));
    }
    return query.orderBy('r.createdAt', 'desc').orderBy('r.id', 'desc').limit(filter.limit + 1).execute();
  },

  async sequences(db: Conn): Promise<DocumentNumberSequenceRecord[]> {
    return db.selectFrom('documentNumberSequences').selectAll().orderBy('sortOrder').orderBy('code').execute();
  },

  async findSequence(db: Conn, code: string): Promise<DocumentNumberSequenceRecord | undefined> {
    return db.selectFrom('documentNumberSequences').selectAll().where('code', '=', code).executeTakeFirst();
  },

  async upsertSequence(db: Conn, row: Insertable<DocumentNumberSequenceTable>): Promise<void> {
    await db
      .insertInto('documentNumberSequences')
      .values(row)
      .onConflict((oc) => oc.column('code').doUpdateSet({ name: row.name, issuer: row.issuer, unitId: row.unitId ?? null, sortOrder: row.sortOrder ?? 0 }))
      .execute();
  },

  async insertAuthorization(db: Conn, row: Insertable<SignOffAuthorizationTable>): Promise<void> {
    await db.insertInto('signOffAuthorizations').values(row).execute();
  },

  async findAuthorization(db: Conn, id: string): Promise<SignOffAuthorizationRecord | undefined> {
    return db.selectFrom('signOffAuthorizations').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async revokeAuthorization(db: Conn, id: string, at: string): Promise<void> {
    await db.updateTable('signOffAuthorizations').set({ revokedAt: at }).where('id', '=', id).where('revokedAt', 'is', null).execute();
  },

  async authorizations(db: Conn): Promise<SignOffAuthorizationRecord[]> {
    return db.selectFrom('signOffAuthorizations').selectAll().orderBy('grantedAt', 'desc').orderBy('id').execute();
  },

  /** The authorisations in force for a person on a day, for documents of an issuer. */
  async authorizationsOf(db: Conn, personId: string, issuer: string, day: string): Promise<SignOffAuthorizationRecord[]> {
    return db
      .selectFrom('signOffAuthorizations')
      .selectAll()
      .where('personId', '=', personId)
      .where('issuer', '=', issuer)
      .where('revokedAt', 'is', null)
      .where('validFrom', '<=', day)
      .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', day)]))
      .execute();
  },
};
