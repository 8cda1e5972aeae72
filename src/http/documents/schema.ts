import { z } from 'zod';
import { classifications, directFilingExceptions, documentTypes, incomingStatuses, urgencies } from '../../domain/documents/types.js';
import { type IncomingAction, incomingDocumentCase } from '../../domain/documents/case.js';
import { returnReasons } from '../../operations/documents/review-incoming.js';
import { localDate } from '../schemas.js';

const text = (what: string, max: number) => z.string().trim().min(1, `请填写${what}`).max(max, `${what}不超过${max}字`);
const id = z.string().min(1).max(100);

export const submitBody = z.object({
  docType: z.enum(documentTypes, { error: '文种无效' }),
  title: text('标题', 200),
  body: text('正文', 100_000),
  senderDocNumber: z.string().trim().max(50).regex(/^$|〔\d{4}〕\d+号$/, '发文字号应形如 临发改〔2026〕12号').nullable().optional(),
  signerPersonId: id.nullable().optional(),
  signerName: text('签发人', 50),
  addressedTo: z.enum(['government', 'leader']).default('government'),
  addresseePersonId: id.nullable().optional(),
  exception: z.enum(directFilingExceptions).nullable().optional(),
  classification: z.enum(classifications).default('none'),
  urgency: z.enum(urgencies).default('normal'),
  copyNumber: z.string().regex(/^\d{6}$/, '份号为6位数字').nullable().optional(),
  declaredMatters: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  relatedUnitIds: z.array(id).max(30).default([]),
  isJoint: z.boolean().default(false),
  attachmentNote: z.string().trim().max(500).nullable().optional(),
  writtenOn: localDate,
  note: z.string().trim().max(500).nullable().optional(),
  cc: z.string().trim().max(500).nullable().optional(),
  isMajor: z.boolean().default(false),
  attachmentIds: z.array(id).max(20).default([]),
  /** 主送机关 as the document states them (art. 64 "不得多头报文": a 请示 has one). */
  mainRecipients: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
  /** For a unit under another body: the approval it has to file past that body (art. 64). */
  skipLevelApproval: z.string().trim().max(200).nullable().optional(),
});

export const versionBody = z.object({ version: z.number().int().positive() });

/** Why the office returns a document at 初审, each citing its article (art. 64). */
const returnReasonKey = z.enum(Object.keys(returnReasons) as [keyof typeof returnReasons, ...(keyof typeof returnReasons)[]]);

export const countersignBody = versionBody.extend({ isAgreed: z.boolean(), opinion: text('会签意见', 1000), grounds: z.string().trim().max(2000).nullable().optional() });
export const reviewBody = versionBody.extend({
  outcome: z.enum(['pass', 'return']),
  reasons: z.array(returnReasonKey).max(8).optional(),
  opinion: z.string().trim().max(1000).optional(),
});
export const proposeBody = versionBody.extend({ proposal: text('拟办意见', 1000), isMajor: z.boolean().optional() });
export const instructBody = versionBody.extend({ opinion: z.string().trim().max(2000).default(''), isCircled: z.boolean().default(false) });
export const transferBody = versionBody.extend({ handlingUnitId: id, coUnitIds: z.array(id).max(20).default([]), workingDays: z.number().int().min(1).max(250).optional(), opinion: z.string().trim().max(1000).optional() });
export const completeBody = versionBody.extend({ result: text('办理结果', 5000) });
export const extendBody = versionBody.extend({ workingDays: z.number().int().min(1).max(250), approver: text('批准人', 50), reason: text('延期理由', 500) });

/** The deepest page a page number may ask for; deeper pages go by cursor. */
export const maxNumberedPage = 50;

export const listQuery = z.object({
  q: z.string().max(100).optional(),
  docType: z.enum(documentTypes).optional(),
  status: z.enum(incomingStatuses).optional(),
  unitId: id.optional(),
  from: localDate.optional(),
  to: localDate.optional(),
  overdue: z.enum(['1']).optional(),
  /** The `nextCursor` of the previous page: how to page deep (the order's own index, never an offset). */
  cursor: z.string().max(400).optional(),
  /** Page numbers reach only the first pages (an offset of at most a few thousand rows); beyond, `cursor`. */
  page: z.coerce.number().int().min(1).max(maxNumberedPage, `按页码最多翻到第${maxNumberedPage}页，更后面的页请用“下一页”逐页查看`).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** A page of the chase list: soonest due (most overdue) first, paged by cursor. */
export const chaseListQuery = z.object({
  cursor: z.string().max(400).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const signOffBody = versionBody.extend({ opinion: z.string().trim().max(1000).optional() });

// ---- Responses: what every documents route answers on success (the OpenAPI document and the web client read them).

const incomingActions = Object.keys(incomingDocumentCase.actions) as [IncomingAction, ...IncomingAction[]];
const unitRef = z.object({ id: z.string(), name: z.string() });
const personRef = z.object({ personId: z.string(), name: z.string() });
const flag = z.object({ ruleId: z.string(), article: z.number(), message: z.string() });

/** Where the current step stands against its clock (art. 66): a date in working days, or an instant in hours. */
export const stepClockView = z.object({
  step: z.string(),
  due: z.string(),
  basis: z.enum(['working_days', 'hours']),
  isOverdue: z.boolean(),
  overdueBy: z.number(),
  provisional: z.boolean(),
  explanation: z.string(),
});

/** One row of the 收文登记簿, with what the caller may do with it now (`actions`, from the declaration). */
export const incomingSummaryView = z.object({
  id: z.string(),
  status: z.enum(incomingStatuses),
  statusLabel: z.string(),
  docType: z.enum(documentTypes),
  title: z.string(),
  senderDocNumber: z.string().nullable(),
  registerNumber: z.string().nullable(),
  issuingUnit: unitRef,
  urgency: z.enum(urgencies),
  urgencyLabel: z.string(),
  writtenOn: z.string(),
  isMajor: z.boolean(),
  flags: z.array(flag),
  assignedLeader: personRef.nullable(),
  handlingUnit: unitRef.nullable(),
  clock: stepClockView.nullable(),
  version: z.number(),
  updatedAt: z.string(),
  actions: z.array(z.enum(incomingActions)),
});

/** The register page; `actions` says what the caller may do with the register itself (报送, 催办). */
export const incomingPageView = z.object({
  items: z.array(incomingSummaryView),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  /** The cursor of the next page (pass it as `cursor`); null on the last page. */
  nextCursor: z.string().nullable(),
  actions: z.array(z.enum(['submit', 'chase'])),
});

/** A page of the chase list, with how many documents are overdue in all (counted in SQL) and the next page's cursor. */
export const chaseListView = z.object({ items: z.array(incomingSummaryView), total: z.number(), nextCursor: z.string().nullable() });
export const chaseResultView = z.object({ chased: z.number() });

export const incomingDetailView = incomingSummaryView.extend({
  body: z.string(),
  signerName: z.string(),
  addressedTo: z.enum(['government', 'leader']),
  exceptionKind: z.string().nullable(),
  classification: z.enum(classifications),
  classificationLabel: z.string(),
  copyNumber: z.string().nullable(),
  declaredMatters: z.array(z.string()),
  relatedUnitIds: z.array(z.string()),
  isJoint: z.boolean(),
  attachmentNote: z.string().nullable(),
  note: z.string().nullable(),
  cc: z.string().nullable(),
  mainRecipients: z.array(z.string()),
  skipLevelApproval: z.string().nullable(),
  proposal: z.string().nullable(),
  assignmentBasis: z.string().nullable(),
  assignedActingFor: personRef.nullable(),
  instruction: z
    .object({ personId: z.string().nullable(), name: z.string(), opinion: z.string(), isCircled: z.boolean(), date: z.string(), actingFor: personRef.nullable() })
    .nullable(),
  result: z.string().nullable(),
  coUnitIds: z.array(z.string()),
  countersignatures: z.array(
    z.object({ id: z.string(), unitId: z.string(), signerPersonId: z.string().nullable(), signerName: z.string(), isAgreed: z.boolean(), opinion: z.string().nullable(), grounds: z.string().nullable(), signedAt: z.string() }),
  ),
  attachments: z.array(z.object({ id: z.string(), kind: z.string(), fileName: z.string(), size: z.number(), sm3: z.string() })),
  timeline: z.array(
    z.object({
      id: z.string(),
      step: z.string(),
      stepLabel: z.string(),
      actorUserId: z.string().nullable(),
      actorName: z.string(),
      actingForPersonId: z.string().nullable(),
      actingForName: z.string().nullable(),
      opinion: z.string().nullable(),
      article: z.number().nullable(),
      occurredAt: z.string(),
    }),
  ),
  returnReasons: z.array(z.object({ key: returnReasonKey, article: z.number(), label: z.string() })),
});

export const submitResultView = z.object({ id: z.string(), status: z.enum(incomingStatuses), flags: z.array(flag) });
export const okView = z.object({ ok: z.literal(true) });
export const statusView = z.object({ status: z.enum(incomingStatuses) });
export const registerResultView = z.object({ registerNumber: z.string() });
export const assignResultView = z.object({ leader: personRef, basis: z.enum(['major_to_head', 'portfolio', 'no_portfolio_to_head', 'cover']), actingFor: personRef.nullable() });
