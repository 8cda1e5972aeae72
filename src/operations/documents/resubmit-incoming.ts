import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { attachmentRepository } from '../../db/attachment-repository.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { countersignRepository } from '../../db/countersign-repository.js';
import { documentsRepository, type IncomingDocumentView } from '../../db/documents-repository.js';
import { timelineRepository } from '../../db/timeline-repository.js';
import { filingRules } from '../../domain/documents/rules.js';
import type { DocumentType, IncomingStatus, Urgency } from '../../domain/documents/types.js';
import { invalid, refuse } from '../../domain/errors.js';
import { runRules } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { isPrincipalOf } from '../org/principal-of.js';
import { advance } from './advance.js';
import { loadDocument } from './office-load.js';
import { filingFacts } from './submit-incoming.js';

export type ResubmitInput = {
  id: string;
  version: number;
  changeNote: string;
  title?: string;
  body?: string;
  senderDocNumber?: string | null;
  signerName?: string;
  declaredMatters?: readonly string[];
  relatedUnitIds?: readonly string[];
  mainRecipients?: readonly string[];
  attachmentNote?: string | null;
  writtenOn?: LocalDate;
  note?: string | null;
  cc?: string | null;
  urgency?: Urgency;
  isMajor?: boolean;
  skipLevelApproval?: string | null;
  attachmentIds: readonly string[];
};

/** The fields of one revision as filed: what a version keeps. */
export type RevisionFields = {
  title: string;
  body: string;
  senderDocNumber: string | null;
  signerName: string;
  declaredMatters: string[];
  relatedUnitIds: string[];
  mainRecipients: string[];
  attachmentNote: string | null;
  writtenOn: string;
  note: string | null;
  cc: string | null;
  urgency: string;
  isMajor: boolean;
  skipLevelApproval: string | null;
  attachmentIds: string[];
  countersignatures: { unitId: string; signerName: string; isAgreed: boolean; opinion: string | null; grounds: string | null; signedAt: string }[];
};

async function fieldsOf(trx: Tx, doc: IncomingDocumentView): Promise<RevisionFields> {
  const attachments = await attachmentRepository.ofOwners(trx, 'incoming_document', [doc.id]);
  const signatures = await countersignRepository.of(trx, 'incoming_document', [doc.id]);
  return {
    title: doc.title,
    body: doc.body,
    senderDocNumber: doc.senderDocNumber,
    signerName: doc.signerName,
    declaredMatters: JSON.parse(doc.declaredMatters) as string[],
    relatedUnitIds: JSON.parse(doc.relatedUnitIds) as string[],
    mainRecipients: JSON.parse(doc.mainRecipients) as string[],
    attachmentNote: doc.attachmentNote,
    writtenOn: doc.writtenOn,
    note: doc.note,
    cc: doc.cc,
    urgency: doc.urgency,
    isMajor: doc.isMajor === 1,
    skipLevelApproval: doc.skipLevelApproval,
    attachmentIds: attachments.map((a) => a.id),
    countersignatures: signatures.map((s) => ({ unitId: s.unitId, signerName: s.signerName, isAgreed: Number(s.isAgreed) === 1, opinion: s.opinion, grounds: s.grounds, signedAt: s.signedAt })),
  };
}

/**
 * 修改后重新报送: the filing unit revises the document the office returned and resubmits the SAME document
 * (art. 64): the filing guards run on the revised text as on first filing, a 请示 revised by anyone but the
 * unit's principal head waits for that head's 签发 again, and the related units countersign the revision
 * afresh (their earlier signatures are kept with the earlier revision). Every revision is kept: the one the
 * office returned, and the one resubmitted.
 */
export async function resubmitIncoming(ctx: OperationContext, input: ResubmitInput): Promise<{ status: IncomingStatus; revision: number; flags: { ruleId: string; article: number; message: string }[] }> {
  return commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, ctx, input.id);
    const day = localDateOf(at);
    const before = await fieldsOf(trx, doc);
    const next = {
      title: input.title ?? before.title,
      body: input.body ?? before.body,
      senderDocNumber: input.senderDocNumber === undefined ? before.senderDocNumber : input.senderDocNumber?.trim() || null,
      declaredMatters: input.declaredMatters ? [...input.declaredMatters] : before.declaredMatters,
      relatedUnitIds: input.relatedUnitIds ? [...input.relatedUnitIds] : before.relatedUnitIds,
      mainRecipients: input.mainRecipients ? [...input.mainRecipients] : before.mainRecipients,
      attachmentNote: input.attachmentNote === undefined ? before.attachmentNote : input.attachmentNote,
      writtenOn: input.writtenOn ?? before.writtenOn,
      note: input.note === undefined ? before.note : input.note,
      cc: input.cc === undefined ? before.cc : input.cc,
      urgency: input.urgency ?? before.urgency,
      isMajor: input.isMajor ?? before.isMajor,
      skipLevelApproval: input.skipLevelApproval === undefined ? before.skipLevelApproval : input.skipLevelApproval?.trim() || null,
    };
    const isPrincipal = await isPrincipalOf(trx, doc.issuingUnitId, ctx.actor.personId, day);
    // As on first filing: sign-off and countersignatures are acts still to come, checked when they are taken.
    const facts = await filingFacts(trx, {
      docType: doc.docType as DocumentType,
      classification: 'none',
      addressedTo: doc.addressedTo as 'government' | 'leader',
      exception: null,
      declaredMatters: next.declaredMatters,
      body: next.body,
      relatedUnitIds: next.relatedUnitIds,
      mainRecipients: next.mainRecipients,
      skipLevelApproval: next.skipLevelApproval,
      senderDocNumber: next.senderDocNumber,
      signerIsPrincipal: true,
      unitId: doc.issuingUnitId,
      day,
      documentId: doc.id,
    });
    const outcome = runRules(filingRules, { ...facts, classification: doc.classification as 'none', exception: doc.exceptionKind as never, relatedUnits: facts.relatedUnits.map((u) => ({ ...u, hasSigned: true })) }, day);
    if (outcome.refusals.length > 0) refuse(outcome.refusals);
    const added = await attachmentRepository.claim(trx, input.attachmentIds, ctx.actor.userId, 'incoming_document', doc.id);
    if (added.length !== input.attachmentIds.length) invalid('附件不存在，或不是由本人上传');
    const flags = outcome.flags.map(({ ruleId, article, message }) => ({ ruleId, article, message }));
    const revision = doc.revision + 1;
    const signer = isPrincipal ? { signerPersonId: ctx.actor.personId, signerName: ctx.actor.name } : { signerPersonId: null, signerName: input.signerName ?? before.signerName };
    // Who filed the revision being replaced, read before this act joins the timeline.
    const versions = await documentsRepository.visibleVersions(trx, { roles: ctx.actor.roles, unitId: ctx.actor.unitId }, doc.id);
    const filed = (await timelineRepository.of(trx, 'incoming_document', doc.id)).filter((e) => e.action === 'submit' || e.action === 'resubmit').at(-1);
    const audit = await advance(trx, ctx, at, {
      doc,
      version: input.version,
      action: 'resubmit',
      opinion: `第${revision}稿：${input.changeNote}`,
      caseFacts: { resubmittedByPrincipal: isPrincipal },
      changes: {
        ...next,
        declaredMatters: JSON.stringify(next.declaredMatters),
        relatedUnitIds: JSON.stringify(next.relatedUnitIds),
        mainRecipients: JSON.stringify(next.mainRecipients),
        isMajor: next.isMajor ? 1 : 0,
        ...signer,
        flags: JSON.stringify(flags),
        revision,
      },
      summary: { revision },
    });
    // The revision the office returned is kept as it was (recorded once, with who filed it and when) …
    if (!versions.some((v) => v.revision === doc.revision)) {
      await documentsRepository.insertVersion(trx, {
        id: randomUUID(),
        documentId: doc.id,
        revision: doc.revision,
        fields: JSON.stringify(before),
        recordedByUserId: filed?.actorUserId ?? doc.submittedByUserId,
        recordedByName: filed?.actorName ?? '',
        recordedAt: filed?.occurredAt ?? doc.createdAt,
        note: null,
      });
    }
    // … and the revised one beside it; the related units sign the revision afresh.
    const attachments = await attachmentRepository.ofOwners(trx, 'incoming_document', [doc.id]);
    await documentsRepository.insertVersion(trx, {
      id: randomUUID(),
      documentId: doc.id,
      revision,
      fields: JSON.stringify({ ...next, signerName: signer.signerName, attachmentIds: attachments.map((a) => a.id), countersignatures: [] } satisfies RevisionFields),
      recordedByUserId: ctx.actor.userId,
      recordedByName: ctx.actor.name,
      recordedAt: at.toISOString(),
      note: input.changeNote,
    });
    await countersignRepository.reopen(trx, 'incoming_document', doc.id, [...new Set([...before.relatedUnitIds, ...next.relatedUnitIds])]);
    await documentsRepository.indexForSearch(trx, ctx.handle.dialect, { id: doc.id, title: next.title, body: next.body, registerNumber: doc.registerNumber, senderDocNumber: next.senderDocNumber });
    const status = audit.summary['to'] as IncomingStatus;
    return { result: { status, revision, flags }, audit: [audit] };
  });
}

/** 撤回: the filing unit withdraws a returned document instead of revising it; it leaves its 工作台. */
export async function withdrawIncoming(ctx: OperationContext, input: { id: string; version: number; reason?: string }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, ctx, input.id);
    const audit = await advance(trx, ctx, at, { doc, version: input.version, action: 'withdraw', opinion: input.reason?.trim() || '撤回' });
    return { result: undefined, audit: [audit] };
  });
}
