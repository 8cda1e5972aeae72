// @ts-nocheck
import { randomUUID } from 'node:crypto';
import type { DatabaseHandle } from '../../src/db/database.js';
import { documentsRepository } from '../../src/db/documents-repository.js';
import type { IncomingStatus } from '../../src/domain/documents/types.js';
import { startStepClock } from '../../src/operations/documents/advance.js';

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
  };
  await handle.db.transaction().execute(async (trx) => {
    const clock = await startStepClock(trx, row, status, at);
    await documentsRepository.insert(trx, { ...row, ...clock });
    await documentsRepository.indexForSearch(trx, handle.dialect, row);
  });
  return id;
}
