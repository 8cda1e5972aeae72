import { z } from 'zod';
import { channels, classifications, directFilingExceptions, disclosures, documentTypes, incomingStatuses, registeredSourceKinds, sourceKinds, urgencies } from '../../domain/documents/types.js';
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

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/**
 * The office registers a document it received from a body (条例 art. 24 签收 → 登记): a higher body, a peer, a
 * body not under the government, or a subordinate unit outside the platform; on paper (the scanned original
 * attached) or by 电子公文交换. It enters the register at 登记 and follows the same steps as a filed document.
 */
export const registerReceivedBody = z.object({
  sourceKind: z.enum(registeredSourceKinds, { error: '来文机关类别无效' }),
  senderName: text('来文单位', 100),
  channel: z.enum(['paper', 'exchange'], { error: '来文方式应为纸质或电子公文交换' }),
  docType: z.enum(documentTypes, { error: '文种无效' }),
  title: text('标题', 200),
  /** The text or its summary as the office records it; the scanned original is the document. */
  body: z.string().trim().max(100_000).default(''),
  senderDocNumber: z.string().trim().max(50).regex(/^$|〔\d{4}〕\d+号$/, '来文字号应形如 淄政发〔2026〕12号').nullable().optional(),
  writtenOn: localDate,
  /** The day the office received it (default: today). */
  receivedOn: localDate.optional(),
  urgency: z.enum(urgencies).default('normal'),
  classification: z.enum(classifications).default('none'),
  secrecyPeriod: optionalText(50),
  disclosure: z.enum(disclosures).default('not_public'),
  copies: z.number().int().min(1).max(999).default(1),
  pages: z.number().int().min(1).max(9999).nullable().optional(),
  /** The scanned original and other files, uploaded first (required for paper). */
  attachmentIds: z.array(id).max(20).default([]),
  /** The unit whose remit the matter concerns: routes it to the deputy in charge (art. 65); none → the 区长. */
  routingUnitId: id.nullable().optional(),
  isMajor: z.boolean().default(false),
  mainRecipients: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
  cc: optionalText(500),
  note: optionalText(500),
});

/** The filing unit revises a returned document and resubmits it; fields left out stay as they were. */
export const resubmitBody = versionBody.extend({
  changeNote: text('修改说明', 1000),
  title: text('标题', 200).optional(),
  body: text('正文', 100_000).optional(),
  senderDocNumber: z.string().trim().max(50).regex(/^$|〔\d{4}〕\d+号$/, '发文字号应形如 临发改〔2026〕12号').nullable().optional(),
  signerName: text('签发人', 50).optional(),
  declaredMatters: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
  relatedUnitIds: z.array(id).max(30).optional(),
  mainRecipients: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
  attachmentNote: optionalText(500),
  writtenOn: localDate.optional(),
  note: optionalText(500),
  cc: optionalText(500),
  urgency: z.enum(urgencies).optional(),
  isMajor: z.boolean().optional(),
  skipLevelApproval: optionalText(200),
  /** Files added with this revision (the earlier ones stay). */
  attachmentIds: z.array(id).max(20).default([]),
});
export const withdrawBody = versionBody.extend({ reason: z.string().trim().max(1000).optional() });
export const escalateBody = versionBody.extend({ opinion: z.string().trim().max(1000).optional() });
export const circulateBody = versionBody.extend({
  personIds: z.array(id).min(1, '请选择传阅的领导').max(20),
  /** Whether the 转办 waits until every one of them has read it (art. 65). */
  beforeTransfer: z.boolean().default(true),
  opinion: z.string().trim().max(1000).optional(),
});
/** 已阅, or an opinion. */
export const readBody = versionBody.extend({ opinion: z.string().trim().max(2000).default('') });

/** A page of the 已办 list: newest act first, by cursor. */
export const doneQuery = z.object({
  cursor: z.string().max(400).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

// ---- Responses: what every documents route answers on success (the OpenAPI document and the web client read them).

const incomingActions = Object.keys(incomingDocumentCase.actions) as [IncomingAction, ...IncomingAction[]];
const unitRef = z.object({ id: z.string(), name: z.string() });
const personRef = z.object({ personId: z.string(), name: z.string() });
const flag = z.object({ ruleId: z.string(), article: z.number(), message: z.string() });

const instructionView = z.object({ personId: z.string().nullable(), name: z.string(), opinion: z.string(), isCircled: z.boolean(), date: z.string(), actingFor: personRef.nullable() });
const circulationView = z.object({
  personId: z.string(),
  name: z.string(),
  sentAt: z.string(),
  beforeTransfer: z.boolean(),
  readAt: z.string().nullable(),
  readOn: z.string().nullable(),
  opinion: z.string().nullable(),
  readByName: z.string().nullable(),
  actingFor: personRef.nullable(),
});
const versionView = z.object({
  revision: z.number(),
  recordedByName: z.string(),
  recordedAt: z.string(),
  note: z.string().nullable(),
  fields: z.object({
    title: z.string(),
    body: z.string(),
    senderDocNumber: z.string().nullable(),
    signerName: z.string(),
    declaredMatters: z.array(z.string()),
    relatedUnitIds: z.array(z.string()),
    mainRecipients: z.array(z.string()),
    attachmentNote: z.string().nullable(),
    writtenOn: z.string(),
    note: z.string().nullable(),
    cc: z.string().nullable(),
    urgency: z.string(),
    isMajor: z.boolean(),
    skipLevelApproval: z.string().nullable(),
    attachmentIds: z.array(z.string()),
    countersignatures: z.array(z.object({ unitId: z.string(), signerName: z.string(), isAgreed: z.boolean(), opinion: z.string().nullable(), grounds: z.string().nullable(), signedAt: z.string() })),
  }),
});

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
  /** 来文单位: the filing unit, or the body whose document the office registered. */
  sender: z.string(),
  sourceKind: z.enum(sourceKinds),
  channel: z.enum(channels),
  revision: z.number(),
});

/** The register page; `actions` says what the caller may do with the register itself (报送, 催办). */
export const incomingPageView = z.object({
  items: z.array(incomingSummaryView),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  /** The cursor of the next page (pass it as `cursor`); null on the last page. */
  nextCursor: z.string().nullable(),
  actions: z.array(z.enum(['submit', 'chase', 'register'])),
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
  /** The latest 批示 (kept for older clients; `instructions` lists them all). */
  instruction: instructionView.nullable(),
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
  /** While the document is returned (else null): the office's reasons, each with its article, its opinion, who and when (art. 64). */
  returned: z
    .object({
      reasons: z.array(z.object({ ruleId: z.string().optional(), key: returnReasonKey.optional(), article: z.number(), message: z.string() })),
      opinion: z.string().nullable(),
      by: z.string(),
      at: z.string(),
    })
    .nullable(),
  sourceKindLabel: z.string(),
  channelLabel: z.string(),
  senderName: z.string().nullable(),
  copies: z.number().nullable(),
  pages: z.number().nullable(),
  disclosure: z.enum(disclosures).nullable(),
  disclosureLabel: z.string().nullable(),
  secrecyPeriod: z.string().nullable(),
  routingUnit: unitRef.nullable(),
  receivedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  /** Every 批示, oldest first (a deputy's, then the 区长's after 呈区长). */
  instructions: z.array(instructionView),
  /** The 传阅: each reader, whether the 转办 waits for them, their 已阅 or opinion with date. */
  circulation: z.array(circulationView),
  /** Every revision as filed (kept when a returned document is resubmitted), oldest first. */
  versions: z.array(versionView),
});

export const submitResultView = z.object({ id: z.string(), status: z.enum(incomingStatuses), flags: z.array(flag) });
export const okView = z.object({ ok: z.literal(true) });
export const statusView = z.object({ status: z.enum(incomingStatuses) });
export const registerResultView = z.object({ registerNumber: z.string() });
export const assignResultView = z.object({ leader: personRef, basis: z.enum(['major_to_head', 'portfolio', 'no_portfolio_to_head', 'cover']), actingFor: personRef.nullable() });

export const registerReceivedResultView = z.object({ id: z.string(), status: z.enum(incomingStatuses), registerNumber: z.string() });

/** A page of the 已办 list: documents the caller acted on, their latest act first. */
export const donePageView = z.object({
  items: z.array(incomingSummaryView.extend({ actedAt: z.string(), lastStep: z.string(), lastStepLabel: z.string() })),
  nextCursor: z.string().nullable(),
});

/** The 收文处理笺 (阅办单) as the printable page shows it (the same record the .docx and PDF are made from). */
export const processingSlipView = z.object({
  registerNumber: z.string().nullable(),
  receivedOn: z.string().nullable(),
  sender: z.string(),
  senderDocNumber: z.string().nullable(),
  title: z.string(),
  docType: z.string(),
  urgency: z.string(),
  classification: z.string(),
  channel: z.string(),
  copies: z.number().nullable(),
  pages: z.number().nullable(),
  proposal: z.object({ text: z.string(), name: z.string(), date: z.string() }).nullable(),
  instructions: z.array(z.object({ name: z.string(), opinion: z.string(), date: z.string(), actingFor: z.string().nullable().optional() })),
  transfer: z.object({ handlingUnit: z.string(), coUnits: z.array(z.string()), dueOn: z.string().nullable(), date: z.string() }).nullable(),
  completion: z.object({ result: z.string(), date: z.string() }).nullable(),
  office: z.string(),
});
export const resubmitResultView = z.object({ status: z.enum(incomingStatuses), revision: z.number(), flags: z.array(flag) });
export const escalateResultView = z.object({ leader: personRef });
export const circulateResultView = z.object({ pending: z.array(personRef) });
