import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { localDateOf } from '../../clock.js';
import { attachmentRepository } from '../../db/attachment-repository.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { documentsRepository } from '../../db/documents-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import type { IncomingDocumentTable } from '../../db/schema.js';
import { classificationLabels, type Classification, type Disclosure, type DocumentType, type IncomingStatus, sourceKindLabels, channelLabels, type Urgency } from '../../domain/documents/types.js';
import { DomainError, found, invalid } from '../../domain/errors.js';
import { refuseBy } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { startStepClock } from './advance.js';

export type RegisterReceivedInput = {
  sourceKind: 'higher' | 'peer' | 'unaffiliated' | 'subordinate';
  senderName: string;
  channel: 'paper' | 'exchange';
  docType: DocumentType;
  title: string;
  body: string;
  senderDocNumber?: string | null;
  writtenOn: LocalDate;
  receivedOn?: LocalDate;
  urgency: Urgency;
  classification: Classification;
  secrecyPeriod?: string | null;
  disclosure: Disclosure;
  copies: number;
  pages?: number | null;
  attachmentIds: readonly string[];
  routingUnitId?: string | null;
  isMajor: boolean;
  mainRecipients: readonly string[];
  cc?: string | null;
  note?: string | null;
};

/**
 * The office registers a document it received from a body — the 市委, the 市政府 and its departments, the
 * province, a peer body, a body not under the government, or a unit outside the platform — on paper or by
 * 电子公文交换 (条例 art. 24: 签收, 登记). It enters the register numbered (收〔2026〕N号) at 待初审 and then
 * follows the same steps as a document a unit filed here (初审, 拟办, 批办, 批示 …). The filing guards of art. 64
 * judge a unit filing to the government and do not apply to a higher body's document; art. 84 does: a
 * classified document is not taken into this platform at all.
 *
 * The record's filing unit (`issuing_unit_id`) is the office that received it — the platform unit answering
 * for the record; the sender is `sender_name` with its kind.
 */
export async function registerReceived(ctx: OperationContext, input: RegisterReceivedInput): Promise<{ id: string; status: IncomingStatus; registerNumber: string }> {
  if (input.classification !== 'none') {
    refuseBy('documents.classified-refused', `本平台只处理非涉密公文。标有“${classificationLabels[input.classification]}”的来文请按涉密载体管理规定登记办理，不得录入本平台`, { article: 84 });
  }
  if (input.channel === 'paper' && input.attachmentIds.length === 0) invalid('纸质来文须附扫描件（原件扫描后上传）');
  const receivedOn = input.receivedOn;
  return commitChange(ctx, async (trx, at) => {
    const today = localDateOf(at);
    if (receivedOn && receivedOn > today) invalid('收文日期不能晚于今天');
    if (input.writtenOn > (receivedOn ?? today)) invalid('成文日期不能晚于收文日期');
    const office = (await orgRepository.unitWithFunction(trx, 'government_office')) ?? (ctx.actor.unitId ? await orgRepository.findUnit(trx, ctx.actor.unitId) : undefined);
    if (!office) throw new DomainError('invalid_input', '组织机构中没有区政府办公室，无法登记来文');
    if (input.routingUnitId) found(await orgRepository.findUnit(trx, input.routingUnitId), '主办单位');
    const id = randomUUID();
    const claimed = await attachmentRepository.claim(trx, input.attachmentIds, ctx.actor.userId, 'incoming_document', id);
    if (claimed.length !== input.attachmentIds.length) invalid('附件不存在，或不是由本人上传');
    // The register year is the Beijing date's year (1 January 00:00–08:00 UTC+8 is the new year).
    const year = Number(today.slice(0, 4));
    const seq = await documentsRepository.nextInSequence(trx, `incoming:${year}`);
    const registerNumber = `收〔${year}〕${seq}号`;
    const now = at.toISOString();
    // A document received on an earlier day is recorded as received that day (Beijing noon keeps the day).
    const receivedAt = receivedOn && receivedOn !== today ? new Date(`${receivedOn}T12:00:00+08:00`).toISOString() : now;
    const status: IncomingStatus = 'registered';
    const row = receivedRow({ id, input, officeId: office.id, year, seq, registerNumber, now, receivedAt, userId: ctx.actor.userId });
    await documentsRepository.insert(trx, { ...row, ...(await startStepClock(trx, row, status, at)) });
    await documentsRepository.indexForSearch(trx, ctx.handle.dialect, row);
    const what = `${sourceKindLabels[input.sourceKind]}${input.senderName}来文（${channelLabels[input.channel]}，${input.copies}份${input.pages ? `，${input.pages}页` : ''}）`;
    // 签收 and 登记 are the office's one act here: the document reached the office outside the platform.
    await documentsRepository.insertStep(trx, { documentId: id, step: 'receive', actorUserId: ctx.actor.userId, actorName: ctx.actor.name, actingForPersonId: null, actingForName: null, opinion: what, article: 66, occurredAt: now });
    await documentsRepository.insertStep(trx, { documentId: id, step: 'register', actorUserId: ctx.actor.userId, actorName: ctx.actor.name, actingForPersonId: null, actingForName: null, opinion: registerNumber, article: 66, occurredAt: now });
    return {
      result: { id, status, registerNumber },
      audit: [
        {
          act: 'documents.incoming.register_received',
          objectType: 'incoming_document',
          objectId: id,
          result: 'success',
          article: 66,
          summary: { registerNumber, sender: input.senderName, sourceKind: input.sourceKind, channel: input.channel, docType: input.docType, title: input.title, attachments: claimed.length },
        },
      ],
    };
  });
}

/**
 * The stored row of a body's document the office received, registered under `registerNumber` (also the demo
 * seed's): the office that received it answers for the record as its filing unit; the sender is `senderName`.
 */
export type ReceivedRow = Insertable<IncomingDocumentTable> & {
  id: string;
  status: string;
  title: string;
  body: string;
  urgency: string;
  stepDeadlineId: string | null;
  registerNumber: string | null;
  senderDocNumber: string | null;
  senderName: string | null;
  channel: string;
};

/**
 * The columns of a document not yet handled — no 拟办, 批示, 转办 or result; its step begins now — whether a unit
 * filed it through the platform or the office registered a body's document: one shape for both ways in.
 */
export function beforeHandling(now: string) {
  return {
    proposal: null,
    assignedLeaderPersonId: null,
    assignedActingForPersonId: null,
    assignmentBasis: null,
    instruction: null,
    handlingUnitId: null,
    coUnitIds: '[]',
    result: null,
    stepStartedAt: now,
    stepDeadlineId: null,
    stepDueAt: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

export function receivedRow(a: { id: string; input: RegisterReceivedInput; officeId: string; year: number; seq: number; registerNumber: string; now: string; receivedAt: string; userId: string | null }): ReceivedRow {
  const { id, input, officeId, year, seq, registerNumber, now, receivedAt, userId } = a;
  return {
    id,
    status: 'registered',
    docType: input.docType,
    title: input.title,
    body: input.body,
    senderDocNumber: input.senderDocNumber?.trim() || null,
    issuingUnitId: officeId,
    signerPersonId: null,
    signerName: '',
    addressedTo: 'government',
    addresseePersonId: null,
    exceptionKind: null,
    classification: input.classification,
    urgency: input.urgency,
    copyNumber: null,
    declaredMatters: '[]',
    relatedUnitIds: '[]',
    isJoint: 0,
    attachmentNote: null,
    writtenOn: input.writtenOn,
    note: input.note ?? null,
    cc: input.cc ?? null,
    isMajor: input.isMajor ? 1 : 0,
    mainRecipients: JSON.stringify(input.mainRecipients),
    skipLevelApproval: null,
    flags: '[]',
    registerYear: year,
    registerSeq: seq,
    registerNumber,
    ...beforeHandling(now),
    submittedByUserId: userId,
    sourceKind: input.sourceKind,
    channel: input.channel,
    senderName: input.senderName,
    copies: input.copies,
    pages: input.pages ?? null,
    disclosure: input.disclosure,
    secrecyPeriod: input.secrecyPeriod?.trim() || null,
    routingUnitId: input.routingUnitId ?? null,
    receivedAt,
  };
}
