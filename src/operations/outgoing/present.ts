import { chineseDate } from '../../calendar/index.js';
import type { Clock } from '../../clock.js';
import { localDateOf } from '../../clock.js';
import { attachmentRepository } from '../../db/attachment-repository.js';
import { calendarRepository } from '../../db/calendar-repository.js';
import { countersignRepository } from '../../db/countersign-repository.js';
import type { DatabaseHandle } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import { outgoingCaseOf, type OutgoingDocumentView, type OutgoingReader, outgoingRepository, receiptCaseOf } from '../../db/outgoing-repository.js';
import { publicationsRepository } from '../../db/publications-repository.js';
import { timelineRepository } from '../../db/timeline-repository.js';
import { actionsFor, type Viewer } from '../../domain/case.js';
import type { BodyBlock } from '../../domain/documents/layout.js';
import type { Classification, DocumentType, Urgency } from '../../domain/documents/types.js';
import { notFound } from '../../domain/errors.js';
import { can } from '../../domain/identity/policies.js';
import { outgoingDocumentCase, outgoingReceiptCase } from '../../domain/outgoing/case.js';
import {
  type DisclosureKind,
  type Interpretation,
  type MatterBasis,
  matterBasisLabels,
  type OutgoingIssuer,
  outgoingIssuerLabels,
  type OutgoingStatus,
  outgoingStatusLabels,
  type Recipient,
  type ReturnReason,
  type ReviewChecklist,
  type SignOffRecord,
} from '../../domain/outgoing/types.js';
import { decodeListCursor, pageOf } from '../../http/paging.js';
import type { SignedInUser } from '../identity/present-user.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { viewerOf } from '../case/viewer.js';
import { documentNumberOf } from './issue-document.js';

const readerOf = (user: SignedInUser): OutgoingReader => ({ roles: user.roles, unitId: user.unit?.id ?? null });
const actorOf = (user: SignedInUser) => ({ userId: user.id, personId: user.personId, unitId: user.unit?.id ?? null, roles: user.roles });
const json = <T>(text: string | null): T => JSON.parse(text ?? 'null') as T;

/** Labels of the timeline's entries that are not actions of the declaration. */
const otherLabels: Record<string, string> = { create: '起草', chase: '催办' };

/** A document as every list and detail shows it, with what the viewer may do now — from the declaration. */
function summaryOf(doc: OutgoingDocumentView, viewer: Viewer) {
  const signOff = json<SignOffRecord | null>(doc.signOff);
  const signer = doc.signerPersonId ? { personId: doc.signerPersonId, name: doc.signerName ?? '' } : null;
  return {
    id: doc.id,
    status: doc.status as OutgoingStatus,
    statusLabel: outgoingStatusLabels[doc.status as OutgoingStatus],
    issuer: doc.issuer as OutgoingIssuer,
    issuerLabel: outgoingIssuerLabels[doc.issuer as OutgoingIssuer],
    docType: doc.docType as DocumentType,
    title: doc.title,
    draftingUnit: { id: doc.draftingUnitId, name: doc.draftingUnitName ?? '' },
    documentNumber: doc.documentNumber,
    urgency: doc.urgency as Urgency,
    isPolicy: doc.isPolicy === 1,
    needsRecheck: doc.needsRecheck === 1,
    signer: signOff ? { personId: signOff.personId ?? '', name: signOff.name } : signer,
    flags: json<{ ruleId: string; article: number; message: string }[]>(doc.flags),
    version: doc.version,
    updatedAt: doc.updatedAt,
    actions: actionsFor(outgoingDocumentCase, outgoingCaseOf(doc), viewer),
  };
}

export async function listOutgoing(handle: DatabaseHandle, clock: Clock, user: SignedInUser, query: { status?: OutgoingStatus | undefined; issuer?: OutgoingIssuer | undefined; q?: string | undefined; cursor?: string | undefined; pageSize: number }) {
  const viewer = await viewerOf(handle.db, actorOf(user), clock.now());
  const rows = await outgoingRepository.page(handle.db, readerOf(user), { ...(query.status ? { status: query.status } : {}), ...(query.issuer ? { issuer: query.issuer } : {}), ...(query.q ? { q: query.q } : {}), after: decodeListCursor(query.cursor), limit: query.pageSize });
  const { rows: page, nextCursor } = pageOf(rows, query.pageSize, (d) => [d.updatedAt, d.id]);
  return { items: page.map((d) => summaryOf(d, viewer)), nextCursor, actions: can(user.roles, 'outgoing.draft') ? ['create' as const] : [] };
}

/** The detail: fields, countersignatures with their clock (overdue in working days), every revision, the timeline, receipts. */
export async function outgoingDetail(handle: DatabaseHandle, clock: Clock, user: SignedInUser, id: string) {
  const now = clock.now();
  const doc = await outgoingRepository.findVisible(handle.db, readerOf(user), id);
  if (!doc) notFound('发文');
  const viewer = await viewerOf(handle.db, actorOf(user), now);
  const today = localDateOf(now);
  const [signatures, versions, timeline, receipts, attachments, disclosure] = [
    await countersignRepository.of(handle.db, outgoingDocumentCase.kind, [doc.id]),
    await outgoingRepository.versions(handle.db, doc.id),
    await timelineRepository.of(handle.db, outgoingDocumentCase.kind, doc.id),
    await outgoingRepository.receiptsOf(handle.db, doc.id),
    await attachmentRepository.ofOwner(handle.db, outgoingDocumentCase.kind, doc.id),
    await publicationsRepository.bySource(handle.db, outgoingDocumentCase.kind, doc.id),
  ];
  const countersignUnitIds = json<string[]>(doc.countersignUnitIds);
  const deadline = doc.countersignDeadlineId ? await calendarRepository.findDeadline(handle.db, doc.countersignDeadlineId) : undefined;
  const calendar = deadline ? await loadCalendar(handle.db) : undefined;
  const units = new Map((await orgRepository.listUnits(handle.db)).map((u) => [u.id, u.name]));
  const interpretation = json<Interpretation | null>(doc.interpretation);
  const signOff = json<SignOffRecord | null>(doc.signOff);
  const approval = json<{ name: string; opinion: string; at: string } | null>(doc.directiveApproval);
  const meeting = doc.decidedAtMeetingId ? await handle.db.selectFrom('meetings').select(['id', 'title', 'meetingDate']).where('id', '=', doc.decidedAtMeetingId).executeTakeFirst() : undefined;
  const matterBasis = (doc.matterBasis as MatterBasis | null) ?? null;
  return {
    ...summaryOf(doc, viewer),
    mainRecipients: json<Recipient[]>(doc.mainRecipients),
    copyTo: json<Recipient[]>(doc.copyTo),
    disclosure: doc.disclosure as DisclosureKind,
    disclosureReason: doc.disclosureReason,
    classification: doc.classification as Classification,
    body: json<BodyBlock[]>(doc.body),
    note: doc.note,
    sequenceCode: doc.sequenceCode,
    interpretation: interpretation ? { ...interpretation, body: [...interpretation.body], reviewedAt: doc.interpretationReviewedAt } : null,
    answersIncomingId: doc.answersIncomingId,
    countersignUnitIds,
    directsLowerGovernments: doc.directsLowerGovernments === 1,
    directiveApproval: approval ? { name: approval.name, opinion: approval.opinion, at: approval.at } : null,
    checklist: json<ReviewChecklist>(doc.checklist),
    matterBasis,
    matterBasisLabel: matterBasis ? matterBasisLabels[matterBasis] : null,
    decidedAtMeeting: meeting ?? null,
    leaderReviewer: doc.leaderReviewerPersonId ? { personId: doc.leaderReviewerPersonId, name: doc.leaderReviewerName ?? '' } : null,
    signOff: signOff ? { name: signOff.name, opinion: signOff.opinion, isCircled: signOff.isCircled, date: signOff.date, actingFor: signOff.actingFor } : null,
    sealedBy: doc.sealedByName,
    issuedAt: doc.issuedAt,
    returnReasons: json<ReturnReason[]>(doc.returnReasons),
    attachments: attachments.map((a) => ({ id: a.id, fileName: a.fileName, size: a.size })),
    countersignatures: countersignUnitIds.map((unitId) => {
      const s = signatures.find((x) => x.unitId === unitId);
      const due = deadline && deadline.isOpen === 1 ? deadline.due : null;
      const isOverdue = !s && due !== null && today > due;
      return {
        unitId,
        unitName: units.get(unitId) ?? '',
        signerName: s?.signerName ?? null,
        isAgreed: s ? Number(s.isAgreed) === 1 : null,
        opinion: s?.opinion ?? null,
        grounds: s?.grounds ?? null,
        signedAt: s?.signedAt ?? null,
        dueOn: s ? null : due,
        isOverdue,
        overdueWorkingDays: isOverdue && calendar && due ? calendar.workingDaysBetween(due, today) : 0,
      };
    }),
    versions: versions.map((v) => {
      const fields = JSON.parse(v.fields) as { title: string; body: BodyBlock[] };
      return { number: v.revision, title: fields.title, body: fields.body, reason: v.reason, savedBy: v.recordedByName, savedAt: v.recordedAt };
    }),
    timeline: timeline.map((e) => ({
      action: e.action,
      actionLabel: e.action === 'sign_off' && e.actingForName ? '代签' : ((outgoingDocumentCase.actions as Record<string, { label: string } | undefined>)[e.action]?.label ?? otherLabels[e.action] ?? e.action),
      actorName: e.actorName,
      actingForName: e.actingForName,
      opinion: e.opinion,
      article: e.article,
      occurredAt: e.occurredAt,
    })),
    receipts: receipts.map((r) => ({
      id: r.id,
      unit: { id: r.unitId, name: r.unitName ?? '' },
      role: r.role as 'main' | 'copy',
      status: r.status as 'pending' | 'acknowledged',
      acknowledgedBy: r.acknowledgedByName,
      acknowledgedAt: r.acknowledgedAt,
    })),
    disclosureDueOn: disclosure?.dueOn ?? null,
  };
}

/** What was issued to the user's unit, latest first, with what they may do (签收). */
export async function listReceived(handle: DatabaseHandle, clock: Clock, user: SignedInUser, query: { status?: 'pending' | 'acknowledged' | undefined; cursor?: string | undefined; pageSize: number }) {
  const unitId = user.unit?.id ?? null;
  if (!unitId) return { items: [], nextCursor: null };
  const viewer = await viewerOf(handle.db, actorOf(user), clock.now());
  const rows = await outgoingRepository.receivedBy(handle.db, unitId, { ...(query.status ? { status: query.status } : {}), after: decodeListCursor(query.cursor), limit: query.pageSize });
  const { rows: page, nextCursor } = pageOf(rows, query.pageSize, (r) => [r.createdAt, r.id]);
  return {
    items: page.map((r) => ({
      receiptId: r.id,
      documentId: r.documentId,
      documentNumber: r.documentNumber,
      title: r.title,
      docType: r.docType,
      issuerLabel: outgoingIssuerLabels[r.issuer as OutgoingIssuer],
      role: r.role as 'main' | 'copy',
      status: r.status as 'pending' | 'acknowledged',
      statusLabel: outgoingReceiptCase.states[r.status as 'pending' | 'acknowledged'],
      issuedAt: r.issuedAt,
      acknowledgedBy: r.acknowledgedByName,
      acknowledgedAt: r.acknowledgedAt,
      version: r.version,
      actions: actionsFor(outgoingReceiptCase, receiptCaseOf({ ...r, role: r.role }), viewer),
    })),
    nextCursor,
  };
}

/** The district's number sequences, each with how this year's next number would read. */
export async function sequenceList(handle: DatabaseHandle, clock: Clock) {
  const year = Number(localDateOf(clock.now()).slice(0, 4));
  const rows = await outgoingRepository.sequences(handle.db);
  return { items: rows.map((s) => ({ code: s.code, name: s.name, issuer: s.issuer as OutgoingIssuer, unitId: s.unitId, example: documentNumberOf(s.code, year, 1) })) };
}

/** Why a countersign is late, in Chinese, for the 催办 entry. */
export const lateCountersignMessage = (unitName: string, due: string, days: number) => `${unitName}会签意见应于${chineseDate(due)}前回复，已逾期${days}个工作日`;
