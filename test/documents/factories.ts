import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/database.js';
import { documentsRepository } from '../../src/db/documents-repository.js';
import type { IncomingStatus } from '../../src/domain/documents/types.js';
import { startStepClock } from '../../src/operations/documents/advance.js';
import { logInAs, startTestApp } from '../harness/app.js';
import type { Dialect } from '../../src/db/database.js';
import { createUserWithRoles } from '../harness/users.js';

/** What a test may set on a document made straight in the database. */
export type DocumentOverrides = {
  status?: IncomingStatus;
  docType?: string;
  title?: string;
  issuingUnitId?: string;
  relatedUnitIds?: string[];
  urgency?: string;
  assignedLeaderPersonId?: string | null;
  handlingUnitId?: string | null;
  coUnitIds?: string[];
  /** The 批示 given so far (JSON list entries) and the 传阅 (readers, and those still to read). */
  instructions?: Record<string, unknown>[];
  circulation?: Record<string, unknown>[];
  pendingReaderIds?: string[];
};

/**
 * An incoming document in any state, made straight in the database with its running step clock (as the
 * operations would leave it) and its search index, for tests that need many documents or one in a given state.
 */
export async function makeDocument(handle: DatabaseHandle, at: Date, over: DocumentOverrides = {}): Promise<string> {
  const id = randomUUID();
  const now = at.toISOString();
  const status = over.status ?? 'submitted';
  const row = {
    id,
    status,
    docType: over.docType ?? '请示',
    title: over.title ?? `测试请示${id.slice(0, 8)}`,
    body: '区政府：\n拟申请经费。妥否，请批示。',
    senderDocNumber: null,
    issuingUnitId: over.issuingUnitId ?? 'fgj',
    signerPersonId: 'fgj-principal',
    signerName: '发改局局长',
    addressedTo: 'government',
    addresseePersonId: null,
    exceptionKind: null,
    classification: 'none',
    urgency: over.urgency ?? 'normal',
    copyNumber: null,
    declaredMatters: JSON.stringify(['申请经费']),
    relatedUnitIds: JSON.stringify(over.relatedUnitIds ?? []),
    isJoint: 0,
    attachmentNote: null,
    writtenOn: now.slice(0, 10),
    note: null,
    cc: null,
    isMajor: 0,
    flags: '[]',
    registerYear: null,
    registerSeq: null,
    registerNumber: null,
    proposal: null,
    assignedLeaderPersonId: over.assignedLeaderPersonId ?? null,
    assignedActingForPersonId: null,
    assignmentBasis: over.assignedLeaderPersonId ? 'portfolio' : null,
    instruction: null,
    handlingUnitId: over.handlingUnitId ?? null,
    coUnitIds: JSON.stringify(over.coUnitIds ?? []),
    result: null,
    stepStartedAt: now,
    stepDeadlineId: null,
    stepDueAt: null,
    submittedByUserId: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
    instructions: JSON.stringify(over.instructions ?? []),
    circulation: JSON.stringify(over.circulation ?? []),
    pendingReaderIds: JSON.stringify(over.pendingReaderIds ?? []),
  };
  await handle.db.transaction().execute(async (trx) => {
    const clock = await startStepClock(trx, row, status, at);
    await documentsRepository.insert(trx, { ...row, ...clock });
    await documentsRepository.indexForSearch(trx, handle.dialect, row);
  });
  return id;
}

/**
 * Removes the demo government's own incoming documents (src/operations/documents/seed-incoming.ts), for tests
 * that count the whole register and so need it to hold only the documents they make.
 */
export async function removeDemoDocuments(handle: DatabaseHandle): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    const ids = (await trx.selectFrom('incomingDocuments').select('id').execute()).map((r) => r.id);
    if (ids.length === 0) return;
    await trx.deleteFrom('timelineEntries').where('objectType', '=', 'incoming_document').where('objectId', 'in', ids).execute();
    await trx.deleteFrom('deadlines').where('objectType', '=', 'incoming_document').where('objectId', 'in', ids).execute();
    await trx.deleteFrom('attachments').where('ownerType', '=', 'incoming_document').where('ownerId', 'in', ids).execute();
    if (handle.dialect === 'sqlite') {
      const keys = sql.join(ids);
      await sql`delete from incoming_documents_search where rowid in (select search_rowid from incoming_document_search_rows where document_id in (${keys}))`.execute(trx);
      await sql`delete from incoming_document_grams where search_rowid in (select search_rowid from incoming_document_search_rows where document_id in (${keys}))`.execute(trx);
      await sql`delete from incoming_document_search_rows where document_id in (${keys})`.execute(trx);
    }
    await trx.deleteFrom('incomingDocuments').where('id', 'in', ids).execute();
  });
}

/**
 * An app whose sessions outlast steps spread over days on the test clock, with everyone an incoming document
 * passes through signed in: the office clerk, the 区长, the executive deputy, two deputies, 发改局's clerk and head,
 * and a clerk of 民政局 (a unit the documents do not concern).
 */
export async function startWithIncomingCast(dialect: Dialect, now: string) {
  const t = await startTestApp(dialect, { now, env: { ZHENGWU_SESSION_IDLE_MINUTES: '100000', ZHENGWU_SESSION_ABSOLUTE_HOURS: '10000' } });
  await createUserWithRoles(t, { loginName: 'mzj-reader', displayName: '民政局经办人', unitId: 'mzj', roles: ['unit_staff'] });
  const cast = {
    office: await logInAs(t.app, 'bgs'),
    zhao: await logInAs(t.app, 'changwu'),
    lin: await logInAs(t.app, 'quzhang'),
    sun: await logInAs(t.app, 'fuquzhang'),
    zhou: await logInAs(t.app, 'zhouwb'),
    fgj: await logInAs(t.app, 'fgj'),
    fgjHead: await logInAs(t.app, 'fgj-head'),
    mzj: await logInAs(t.app, 'mzj-reader'),
  };
  return { t, ...cast };
}
