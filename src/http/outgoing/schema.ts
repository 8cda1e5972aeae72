import { z } from 'zod';
import { classifications, documentTypes, urgencies } from '../../domain/documents/types.js';
import { type OutgoingAction, outgoingDocumentCase } from '../../domain/outgoing/case.js';
import { contentKinds, disclosureKinds, headingExamples, isNumberedFor, matterBases, outgoingIssuers, outgoingStatuses } from '../../domain/outgoing/types.js';
import { nextCursorField, pageQuery } from '../paging.js';
import { localDate } from '../schemas.js';

const text = (what: string, max: number) => z.string().trim().min(1, `请填写${what}`).max(max, `${what}不超过${max}字`);
const id = z.string().min(1).max(100);
const names = z.array(z.string().trim().min(1).max(100)).max(100);

/** One block of the body: a paragraph, or a heading whose text starts with the numbering its level requires. */
export const bodyBlock = z.union([
  z.object({ kind: z.enum(['paragraph']), text: z.string().trim().min(1, '段落不能为空').max(20_000) }),
  z
    .object({ kind: z.enum(['heading']), level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]), text: z.string().trim().min(1, '标题不能为空').max(500) })
    .refine((b) => isNumberedFor(b.level, b.text), { message: '各级标题须以规定的序号开头：一级“一、”，二级“（一）”，三级“1.”，四级“（1）”', path: ['text'] }),
]);
const body = z.array(bodyBlock).min(1, '请填写正文').max(2000);

/** The office's review checklist (art. 67, 68, 71). */
export const checklist = z.object({
  contentKind: z.enum(contentKinds),
  isProvidedByLaw: z.boolean(),
  isCoveredByCurrentDocument: z.boolean(),
  hasNewContent: z.boolean(),
  isSeparateDivisionPlan: z.boolean(),
  isDepartmentRemit: z.boolean(),
});

/** A draft as the drafter writes it (create) or revises it (PUT, with its version). */
export const draftBody = z.object({
  issuer: z.enum(outgoingIssuers),
  /** The drafting unit: the competent department (代拟) or the office; the drafter's own unit when omitted. */
  draftingUnitId: id.optional(),
  docType: z.enum(documentTypes, { error: '文种无效' }),
  title: text('标题', 200),
  mainRecipientUnitIds: z.array(id).max(200).default([]),
  /** 主送 bodies outside the platform, by name. */
  mainRecipientNames: names.default([]),
  copyToUnitIds: z.array(id).max(200).default([]),
  copyToNames: names.default([]),
  disclosure: z.enum(disclosureKinds),
  disclosureReason: z.string().trim().max(500).nullable().optional(),
  classification: z.enum(classifications).default('none'),
  urgency: z.enum(urgencies).default('normal'),
  attachmentIds: z.array(id).max(20).default([]),
  body,
  note: z.string().trim().max(500).nullable().optional(),
  /** The number sequence the document takes at issue (GET /api/outgoing/sequences). */
  sequenceCode: z.string().trim().min(1, '请选择发文字号').max(20),
  isPolicy: z.boolean().default(false),
  interpretation: z.object({ title: text('解读标题', 200), body }).nullable().optional(),
  /** For a 批复: the 请示 in the incoming register it answers. */
  answersIncomingId: id.nullable().optional(),
  countersignUnitIds: z.array(id).max(30).default([]),
  /** A department's document that directs the towns or other governments (art. 70). */
  directsLowerGovernments: z.boolean().default(false),
  checklist,
  /** The basis of the matter (art. 69(一)): decided by the 区政府常务会议, or a routine approval; null for neither. */
  matterBasis: z.enum(matterBases, { error: '事项依据无效' }).nullable().optional(),
  /** The 区政府常务会议 (GET /api/meetings) that decided the matter, when the basis is executive_meeting. */
  decidedAtMeetingId: id.nullable().optional(),
});

export const versionBody = z.object({ version: z.number().int().positive() });
export const reviseBody = draftBody.extend({ version: z.number().int().positive() });
export const submitBody = versionBody.extend({ opinion: z.string().trim().max(1000).optional() });
export const countersignBody = versionBody.extend({ isAgreed: z.boolean(), opinion: text('会签意见', 1000), grounds: z.string().trim().max(2000).nullable().optional() });
export const coordinateBody = versionBody.extend({ note: text('协调意见', 2000) });
export const reviewBody = versionBody.extend({
  checklist,
  opinion: text('审核意见', 1000),
  /** The deputy in charge (or an office deputy director) who 审签 before sign-off (art. 69(一)); none to go straight to sign-off. */
  leaderReviewerPersonId: id.nullable().optional(),
  /** Who is to sign off; by default the one art. 69 names (区长 for the government's documents, 主任 for the office's). */
  signerPersonId: id.nullable().optional(),
  /** The policy document's 解读 reviewed with it (art. 36 “同步审签”). */
  isInterpretationReviewed: z.boolean().default(false),
});
export const returnBody = versionBody.extend({
  reasons: z.array(z.object({ article: z.number().int().min(1).max(200), message: text('退回理由', 500) })).min(1, '请写明退回理由').max(10),
});
export const leaderReviewBody = versionBody.extend({ opinion: text('审签意见', 1000) });
export const signOffBody = versionBody.extend({ opinion: z.string().trim().max(1000).default(''), isCircled: z.boolean().default(false) });
export const approveDirectiveBody = versionBody.extend({ opinion: text('审定意见', 1000) });
export const issueBody = versionBody.extend({ sealed: z.literal(true, { error: '印发前须用印' }), writtenOn: localDate.optional() });

export const listQuery = pageQuery.extend({
  status: z.enum(outgoingStatuses).optional(),
  issuer: z.enum(outgoingIssuers).optional(),
  q: z.string().trim().max(100).optional(),
});
export const receivedQuery = pageQuery.extend({ status: z.enum(['pending', 'acknowledged']).optional() });
export const receiptParams = z.object({ receiptId: id });

export const authorizationBody = z.object({
  personId: id,
  issuer: z.enum(['government', 'office']),
  /** For one kind of document (文种), or one document. */
  scope: z.enum(['doc_type', 'document']),
  /** What the 区长 authorises signing for (art. 69(一)); required for the government's documents. */
  basis: z.enum(matterBases, { error: '授权依据无效' }).nullable().optional(),
  docType: z.enum(documentTypes).nullable().optional(),
  documentId: id.nullable().optional(),
  validFrom: localDate,
  validTo: localDate.nullable().optional(),
  note: z.string().trim().max(500).nullable().optional(),
});

// ---- Responses

const outgoingActions = Object.keys(outgoingDocumentCase.actions) as [OutgoingAction, ...OutgoingAction[]];
const unitRef = z.object({ id: z.string(), name: z.string() });
const personRef = z.object({ personId: z.string(), name: z.string() });
const violation = z.object({ ruleId: z.string(), article: z.number(), message: z.string() });

export const outgoingSummaryView = z.object({
  id: z.string(),
  status: z.enum(outgoingStatuses),
  statusLabel: z.string(),
  issuer: z.enum(outgoingIssuers),
  issuerLabel: z.string(),
  docType: z.enum(documentTypes),
  title: z.string(),
  draftingUnit: unitRef,
  documentNumber: z.string().nullable(),
  urgency: z.enum(urgencies),
  isPolicy: z.boolean(),
  needsRecheck: z.boolean(),
  signer: personRef.nullable(),
  flags: z.array(violation),
  version: z.number(),
  updatedAt: z.string(),
  actions: z.array(z.enum(outgoingActions)),
});

export const outgoingPageView = z.object({ items: z.array(outgoingSummaryView), ...nextCursorField, actions: z.array(z.enum(['create'])) });

const countersignatureView = z.object({
  unitId: z.string(),
  unitName: z.string(),
  signerName: z.string().nullable(),
  isAgreed: z.boolean().nullable(),
  opinion: z.string().nullable(),
  grounds: z.string().nullable(),
  signedAt: z.string().nullable(),
  /** When the reply is due (art. 68: working days on the official calendar), and how late it is. */
  dueOn: z.string().nullable(),
  isOverdue: z.boolean(),
  overdueWorkingDays: z.number(),
});

export const outgoingDetailView = outgoingSummaryView.extend({
  mainRecipients: z.array(z.object({ unitId: z.string().nullable(), name: z.string() })),
  copyTo: z.array(z.object({ unitId: z.string().nullable(), name: z.string() })),
  disclosure: z.enum(disclosureKinds),
  disclosureReason: z.string().nullable(),
  classification: z.enum(classifications),
  body: z.array(bodyBlock),
  note: z.string().nullable(),
  sequenceCode: z.string(),
  interpretation: z.object({ title: z.string(), body: z.array(bodyBlock), reviewedAt: z.string().nullable() }).nullable(),
  answersIncomingId: z.string().nullable(),
  countersignUnitIds: z.array(z.string()),
  directsLowerGovernments: z.boolean(),
  directiveApproval: z.object({ name: z.string(), opinion: z.string(), at: z.string() }).nullable(),
  checklist,
  matterBasis: z.enum(matterBases).nullable(),
  matterBasisLabel: z.string().nullable(),
  decidedAtMeeting: z.object({ id: z.string(), title: z.string(), meetingDate: z.string() }).nullable(),
  leaderReviewer: personRef.nullable(),
  signOff: z.object({ name: z.string(), opinion: z.string(), isCircled: z.boolean(), date: z.string(), actingFor: personRef.nullable() }).nullable(),
  sealedBy: z.string().nullable(),
  issuedAt: z.string().nullable(),
  returnReasons: z.array(z.object({ article: z.number(), message: z.string() })),
  attachments: z.array(z.object({ id: z.string(), fileName: z.string(), size: z.number() })),
  countersignatures: z.array(countersignatureView),
  versions: z.array(z.object({ number: z.number(), title: z.string(), body: z.array(bodyBlock), reason: z.string(), savedBy: z.string(), savedAt: z.string() })),
  timeline: z.array(
    z.object({
      action: z.string(),
      actionLabel: z.string(),
      actorName: z.string(),
      actingForName: z.string().nullable(),
      opinion: z.string().nullable(),
      article: z.number().nullable(),
      occurredAt: z.string(),
    }),
  ),
  receipts: z.array(z.object({ id: z.string(), unit: unitRef, role: z.enum(['main', 'copy']), status: z.enum(['pending', 'acknowledged']), acknowledgedBy: z.string().nullable(), acknowledgedAt: z.string().nullable() })),
  disclosureDueOn: z.string().nullable(),
});

export const createdView = z.object({ id: z.string(), status: z.enum(outgoingStatuses), version: z.number(), flags: z.array(violation) });
export const movedView = z.object({ status: z.enum(outgoingStatuses), version: z.number() });
export const issuedView = movedView.extend({ documentNumber: z.string(), receipts: z.number() });

export const receivedItemView = z.object({
  receiptId: z.string(),
  documentId: z.string(),
  documentNumber: z.string().nullable(),
  title: z.string(),
  docType: z.string(),
  issuerLabel: z.string(),
  role: z.enum(['main', 'copy']),
  status: z.enum(['pending', 'acknowledged']),
  statusLabel: z.string(),
  issuedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  version: z.number(),
  actions: z.array(z.enum(['acknowledge'])),
});
export const receivedPageView = z.object({ items: z.array(receivedItemView), ...nextCursorField });
export const chasedView = z.object({ chased: z.number() });
export const acknowledgedView = z.object({ status: z.literal('acknowledged'), version: z.number() });

export const sequenceView = z.object({ code: z.string(), name: z.string(), issuer: z.enum(outgoingIssuers), unitId: z.string().nullable(), example: z.string() });
export const sequencesView = z.object({ items: z.array(sequenceView) });

export const authorizationView = z.object({
  id: z.string(),
  person: personRef,
  issuer: z.enum(['government', 'office']),
  scope: z.enum(['doc_type', 'document']),
  basis: z.enum(matterBases).nullable(),
  basisLabel: z.string().nullable(),
  docType: z.string().nullable(),
  documentId: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  note: z.string().nullable(),
  grantedBy: z.string(),
  grantedAt: z.string(),
  revokedAt: z.string().nullable(),
  /** `revoke` for the 区长 or the acting head (art. 7) while the authorisation stands. */
  actions: z.array(z.enum(['revoke'])),
});
/** `actions`: `grant` for the 区长 or the acting head (art. 7) only. */
export const authorizationsView = z.object({ items: z.array(authorizationView), actions: z.array(z.enum(['grant'])) });

/** Shown beside the heading rule in the web form. */
export const headingNumbering = headingExamples;
