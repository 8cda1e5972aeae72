import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { attachmentRepository } from '../../db/attachment-repository.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { countersignRepository } from '../../db/countersign-repository.js';
import { isPrincipalOf } from '../org/principal-of.js';
import { documentsRepository, type IncomingDocumentView } from '../../db/documents-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { DomainError, found, invalid, refuse } from '../../domain/errors.js';
import { type FilingFacts, filingRules } from '../../domain/documents/rules.js';
import type { Classification, DirectFilingException, DocumentType, IncomingStatus, Urgency } from '../../domain/documents/types.js';
import { runRules } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { startStepClock } from './advance.js';
import { beforeHandling } from './register-received.js';

export type SubmitIncomingInput = {
  docType: DocumentType;
  title: string;
  body: string;
  senderDocNumber?: string | null;
  /**
   * Ignored: who signs off a 请示 is whoever takes the 签发 action in their own session (art. 64), never a name
   * picked by the filer. Kept so older clients still validate.
   */
  signerPersonId?: string | null;
  /** The 签发人 as the document will show it; replaced by the principal head's name when they sign off. */
  signerName: string;
  addressedTo: 'government' | 'leader';
  addresseePersonId?: string | null;
  exception?: DirectFilingException | null;
  classification: Classification;
  urgency: Urgency;
  copyNumber?: string | null;
  declaredMatters: readonly string[];
  relatedUnitIds: readonly string[];
  isJoint: boolean;
  attachmentNote?: string | null;
  writtenOn: LocalDate;
  note?: string | null;
  cc?: string | null;
  isMajor: boolean;
  attachmentIds: readonly string[];
  /** The 主送机关 as the document states them (art. 64 "不得多头报文"); empty: the government, through the office. */
  mainRecipients?: readonly string[];
  /** For a unit under another body: the approval it has to file past that body (art. 64 "未经批准不得越级行文"). */
  skipLevelApproval?: string | null;
};

/**
 * A unit files a request or report to the government (art. 64): the filing guards refuse what breaks the
 * rules and flag what only the office can judge. A 请示 filed by anyone but the unit's principal head waits
 * for that head to sign it off (签发) in their own session; a matter touching other units then waits for their
 * principal heads' countersignatures before it reaches the office.
 */
export async function submitIncoming(ctx: OperationContext, input: SubmitIncomingInput): Promise<{ id: string; status: IncomingStatus; flags: { ruleId: string; article: number; message: string }[] }> {
  const unitId = ctx.actor.unitId;
  if (!unitId) throw new DomainError('forbidden', '只有单位人员可以报送公文');
  if (input.addressedTo === 'leader' && !input.addresseePersonId) invalid('请选择报送的领导同志');
  return commitChange(ctx, async (trx, at) => {
    const unit = found(await orgRepository.findUnit(trx, unitId), '报送单位');
    const day = localDateOf(at);
    const isPrincipal = await isPrincipalOf(trx, unitId, ctx.actor.personId, day);
    const needsSignOff = input.docType === '请示' && !isPrincipal;
    // Sign-off and countersignatures are acts still to come: the guards check them when they are taken.
    const facts = await filingFacts(trx, { ...input, signerIsPrincipal: true, unitId, day, documentId: null });
    const outcome = runRules(filingRules, { ...facts, relatedUnits: facts.relatedUnits.map((u) => ({ ...u, hasSigned: true })) }, day);
    if (outcome.refusals.length > 0) refuse(outcome.refusals);
    const id = randomUUID();
    const claimed = await attachmentRepository.claim(trx, input.attachmentIds, ctx.actor.userId, 'incoming_document', id);
    if (claimed.length !== input.attachmentIds.length) invalid('附件不存在，或不是由本人上传');
    const status: IncomingStatus = needsSignOff ? 'awaiting_sign_off' : input.relatedUnitIds.length > 0 ? 'countersigning' : 'submitted';
    const now = at.toISOString();
    const row = {
      id,
      status,
      docType: input.docType,
      title: input.title,
      body: input.body,
      senderDocNumber: input.senderDocNumber ?? null,
      issuingUnitId: unitId,
      signerPersonId: isPrincipal ? ctx.actor.personId : null,
      signerName: isPrincipal ? ctx.actor.name : input.signerName,
      addressedTo: input.addressedTo,
      addresseePersonId: input.addresseePersonId ?? null,
      exceptionKind: input.exception ?? null,
      classification: input.classification,
      urgency: input.urgency,
      copyNumber: input.copyNumber ?? null,
      declaredMatters: JSON.stringify(input.declaredMatters),
      relatedUnitIds: JSON.stringify(input.relatedUnitIds),
      isJoint: input.isJoint ? 1 : 0,
      attachmentNote: input.attachmentNote ?? null,
      writtenOn: input.writtenOn,
      note: input.note ?? null,
      cc: input.cc ?? null,
      isMajor: input.isMajor ? 1 : 0,
      mainRecipients: JSON.stringify(input.mainRecipients ?? []),
      skipLevelApproval: input.skipLevelApproval?.trim() || null,
      flags: JSON.stringify(outcome.flags.map(({ ruleId, article, message }) => ({ ruleId, article, message }))),
      registerYear: null,
      registerSeq: null,
      registerNumber: null,
      ...beforeHandling(now),
      submittedByUserId: ctx.actor.userId,
    };
    await documentsRepository.insert(trx, { ...row, ...(await startStepClock(trx, row, status, at)) });
    await documentsRepository.indexForSearch(trx, ctx.handle.dialect, row);
    await documentsRepository.insertStep(trx, { id: randomUUID(), documentId: id, step: 'submit', actorUserId: ctx.actor.userId, actorName: ctx.actor.name, actingForPersonId: null, actingForName: null, opinion: null, article: 64, occurredAt: now });
    return {
      result: { id, status, flags: outcome.flags.map(({ ruleId, article, message }) => ({ ruleId, article, message })) },
      audit: [{ act: 'documents.incoming.submit', objectType: 'incoming_document', objectId: id, result: 'success', article: 64, summary: { docType: input.docType, title: input.title, unit: unit.name, flags: outcome.flags.map((f) => f.ruleId) } }],
    };
  });
}

/** Where a unit stands to the government, from the org data: its parent, and that parent's function (art. 64). */
async function filerOf(trx: Tx, unitId: string): Promise<FilingFacts['filer']> {
  const unit = found(await orgRepository.findUnit(trx, unitId), '报送单位');
  if (unit.function === 'government' || unit.kind === 'government') return { relation: 'subordinate' };
  if (!unit.parentId) return { relation: 'not_subordinate' };
  const parent = found(await orgRepository.findUnit(trx, unit.parentId), '上级单位');
  return parent.function === 'government' || parent.kind === 'government' ? { relation: 'subordinate' } : { relation: 'below', bypassed: parent.name };
}

/**
 * The same document filed before by the same unit under the same 发文字号 and not returned to it (art. 64
 * "不得多头报文": one document reaches the government once, not also by a second channel).
 */
async function earlierFilingOf(trx: Tx, unitId: string, senderDocNumber: string | null | undefined, documentId: string | null): Promise<FilingFacts['earlierFiling']> {
  const number = senderDocNumber?.trim();
  if (!number) return null;
  let q = trx
    .selectFrom('incomingDocuments')
    .select(['title', 'createdAt'])
    .where('issuingUnitId', '=', unitId)
    .where('senderDocNumber', '=', number)
    .where('status', 'not in', ['returned', 'withdrawn']);
  if (documentId) q = q.where('id', '!=', documentId);
  const row = await q.orderBy('createdAt').limit(1).executeTakeFirst();
  return row ? { title: row.title, submittedOn: localDateOf(new Date(row.createdAt)) } : null;
}

/** Loads everything the filing guards look at. */
export async function filingFacts(
  trx: Tx,
  input: Pick<SubmitIncomingInput, 'docType' | 'classification' | 'addressedTo' | 'exception' | 'declaredMatters' | 'body' | 'relatedUnitIds' | 'mainRecipients' | 'skipLevelApproval' | 'senderDocNumber'> & {
    signerIsPrincipal: boolean;
    unitId: string;
    day: LocalDate;
    documentId: string | null;
  },
): Promise<FilingFacts> {
  const signatures = input.documentId ? await countersignRepository.of(trx, 'incoming_document', [input.documentId]) : [];
  const relatedUnits = [];
  for (const relatedId of input.relatedUnitIds) {
    const unit = found(await orgRepository.findUnit(trx, relatedId), '相关单位');
    const signature = signatures.find((s) => s.unitId === relatedId);
    relatedUnits.push({ unitId: relatedId, name: unit.name, hasSigned: Boolean(signature), disagrees: signature ? signature.isAgreed === 0 : false, grounds: signature?.grounds ?? null });
  }
  return {
    docType: input.docType,
    classification: input.classification,
    addressedTo: input.addressedTo,
    exception: input.exception ?? null,
    declaredMatters: input.declaredMatters,
    body: input.body,
    signerIsPrincipal: input.signerIsPrincipal,
    filer: await filerOf(trx, input.unitId),
    skipLevelApproval: input.skipLevelApproval?.trim() || null,
    mainRecipients: (input.mainRecipients ?? []).map((r) => r.trim()).filter((r) => r.length > 0),
    earlierFiling: await earlierFilingOf(trx, input.unitId, input.senderDocNumber, input.documentId),
    relatedUnits,
  };
}

/** The filing guards' facts for a stored document, as of the day of the act that sends it on. */
export async function filingFactsOfDocument(trx: Tx, doc: IncomingDocumentView, signerIsPrincipal: boolean, day: LocalDate): Promise<FilingFacts> {
  return filingFacts(trx, {
    docType: doc.docType as DocumentType,
    classification: doc.classification as Classification,
    addressedTo: doc.addressedTo as 'government' | 'leader',
    exception: doc.exceptionKind as DirectFilingException | null,
    declaredMatters: JSON.parse(doc.declaredMatters) as string[],
    body: doc.body,
    relatedUnitIds: JSON.parse(doc.relatedUnitIds) as string[],
    mainRecipients: JSON.parse(doc.mainRecipients) as string[],
    skipLevelApproval: doc.skipLevelApproval,
    senderDocNumber: doc.senderDocNumber,
    signerIsPrincipal,
    unitId: doc.issuingUnitId,
    day,
    documentId: doc.id,
  });
}
