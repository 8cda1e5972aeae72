import { z } from 'zod';
import { requestCase } from '../../domain/disclosure/case.js';
import { applicantKinds, challengeKinds, challengeOutcomes, deliveryForms, organizationKinds, requestChannels, requestOutcomeKeys, type RequestOutcome, requestStatuses } from '../../domain/disclosure/types.js';
import { nextCursorField, pageQuery } from '../paging.js';
import { localDate } from '../schemas.js';

/** The bodies and views of disclosure requests (依申请公开, art. 34) and of reconsideration and litigation records. */

const id = z.string().min(1).max(100);
const text = (what: string, max: number) => z.string().trim().min(1, `请填写${what}`).max(max, `${what}不超过${max}字`);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const version = z.number().int().positive();
const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
const actions = z.array(z.enum(Object.keys(requestCase.actions) as [keyof typeof requestCase.actions, ...(keyof typeof requestCase.actions)[]]));
const outcomeEnum = z.enum(requestOutcomeKeys as [RequestOutcome, ...RequestOutcome[]]);

const filing = {
  applicantKind: z.enum(applicantKinds),
  organizationKind: z.enum(organizationKinds).nullable().optional(),
  name: text('申请人名称', 100),
  idNumber: z.string().trim().max(18).nullable().optional().describe('居民身份证号码（自然人，可选）'),
  contact: text('联系电话', 30).describe('手机号码或固定电话'),
  address: optionalText(300),
  description: text('所需信息的名称、文号或便于查询的其他特征性描述', 5000),
  purpose: optionalText(2000),
  delivery: z.enum(deliveryForms),
};

/** The proof of work and the honeypot every anonymous submission carries. */
export const proofFields = {
  challenge: z.string().min(1).max(200),
  nonce: z.string().min(1).max(32),
  website: z.string().max(200).optional().describe('留空（防机器提交）'),
};

export const publicRequestBody = z.object({ ...filing, ...proofFields });
export const registerRequestBody = z.object({ ...filing, channel: z.enum(requestChannels).exclude(['online']), receivedOn: localDate.describe('收到申请之日（政府信息公开条例第三十一条）') });
export const filedView = z.object({
  id: z.string(),
  number: z.string(),
  accessCode: z.string().describe('查询码：仅此一次显示，请申请人妥善保存'),
  receivedOn: z.string(),
  dueOn: z.string(),
  explanation: z.string(),
});
export const publicFiledView = filedView.omit({ id: true });

export const accessBody = z.object({ number: text('申请编号', 40), accessCode: text('查询码', 40) });
export const publicCorrectBody = accessBody.extend({ description: text('补正后的所需信息描述', 5000) });

export const requestListQuery = pageQuery.extend({
  status: z.enum(requestStatuses).optional(),
  isOverdue: booleanQuery.optional(),
  receivedFrom: localDate.optional(),
  receivedTo: localDate.optional(),
  q: z.string().trim().max(100).optional(),
});

const clock = z.object({ due: z.string(), start: z.string(), amount: z.number(), provisional: z.boolean(), isOpen: z.boolean(), explanation: z.string() });
const correctionView = z.object({ items: z.string(), requestedOn: z.string(), periodWorkingDays: z.number(), byOn: z.string(), requestedByName: z.string(), originalDescription: z.string(), correctedOn: z.string().nullable() });
const extensionView = z.object({ days: z.number(), reason: z.string(), notice: z.string(), approvedByName: z.string(), approvedOn: z.string() });
const consultationView = z.object({ id: z.string(), party: z.string(), matter: z.string().nullable(), sentOn: z.string(), dueOn: z.string(), endedOn: z.string().nullable(), workingDays: z.number().nullable(), opinion: z.string().nullable() });
const answerView = z.object({
  outcome: outcomeEnum,
  outcomeGroup: z.string(),
  outcomeLabel: z.string(),
  reason: z.string().nullable(),
  text: z.string(),
  answeredOn: z.string(),
  answeredByName: z.string().nullable(),
  isLate: z.boolean(),
  attachment: z.object({ id: z.string(), fileName: z.string(), mediaType: z.string(), size: z.number() }).nullable(),
});

export const requestView = z.object({
  id: z.string(),
  number: z.string(),
  applicantKind: z.enum(applicantKinds),
  applicantKindLabel: z.string(),
  organizationKind: z.enum(organizationKinds).nullable(),
  applicantName: z.string(),
  description: z.string(),
  channel: z.enum(requestChannels),
  channelLabel: z.string(),
  delivery: z.enum(deliveryForms),
  deliveryLabel: z.string(),
  receivedOn: z.string(),
  clockStart: z.string(),
  status: z.enum(requestStatuses),
  statusLabel: z.string(),
  dueOn: z.string(),
  isOverdue: z.boolean(),
  daysLeft: z.number().nullable().describe('距答复期限的工作日数（已超期为负数；不在计时中为 null）'),
  isExtended: z.boolean(),
  outcome: outcomeEnum.nullable(),
  answeredOn: z.string().nullable(),
  version: z.number(),
  actions,
});

export const requestListView = z.object({
  items: z.array(requestView),
  summary: z.object({ total: z.number(), byStatus: z.record(z.string(), z.number()), overdue: z.number() }),
  ...nextCursorField,
});

const timelineEntry = z.object({ action: z.string(), actionLabel: z.string(), actorName: z.string(), actingForName: z.string().nullable(), opinion: z.string().nullable(), article: z.number().nullable(), occurredAt: z.string() });

export const requestDetailView = requestView.extend({
  purpose: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  contactMasked: z.string().nullable(),
  addressMasked: z.string().nullable(),
  clock: clock.nullable(),
  consultations: z.array(consultationView),
  extension: extensionView.nullable(),
  correction: correctionView.nullable(),
  answer: answerView.nullable(),
  head: z.object({ personId: z.string(), name: z.string() }).nullable().describe('政府信息公开工作机构负责人（批准延期者）'),
  timeline: z.array(timelineEntry),
});

export const requestContactView = z.object({ id: z.string(), number: z.string(), applicantName: z.string(), idNumber: z.string().nullable(), contact: z.string(), address: z.string().nullable() });

export const trackView = z.object({
  number: z.string(),
  status: z.enum(requestStatuses),
  statusLabel: z.string(),
  receivedOn: z.string(),
  dueOn: z.string(),
  explanation: z.string(),
  extensionNotice: z.object({ notice: z.string(), days: z.number(), approvedOn: z.string() }).nullable(),
  correction: z.object({ items: z.string(), byOn: z.string(), requestedOn: z.string(), correctedOn: z.string().nullable() }).nullable(),
  answer: z
    .object({ outcomeLabel: z.string(), outcomeGroup: z.string(), reason: z.string().nullable(), text: z.string(), answeredOn: z.string(), hasFile: z.boolean(), filePath: z.string().nullable().describe('下载答复书：以编号和查询码 POST 到该地址') })
    .nullable(),
});

export const correctionBody = z.object({ version, items: text('需要补正的事项', 2000), periodWorkingDays: z.number().int().min(1).max(60).optional().describe('补正期限（工作日，默认15）') });
export const correctBody = z.object({ version, description: text('补正后的所需信息描述', 5000), receivedOn: localDate.nullable().optional().describe('收到补正申请之日（默认今天）') });
export const versionBody = z.object({ version });
export const extendBody = z.object({ version, reason: text('延长理由', 2000), notice: text('告知申请人的延期内容', 2000) });
export const consultBody = z.object({ version, party: text('第三方或其他机关', 200), matter: optionalText(2000) });
export const endConsultationBody = z.object({ version, opinion: optionalText(5000), receivedOn: localDate.nullable().optional() });
export const answerBody = z.object({ version, outcome: outcomeEnum, reason: optionalText(5000), answer: text('答复内容', 20_000), attachmentId: id.nullable().optional() });
export const withdrawBody = z.object({ version, note: optionalText(1000) });
export const movedView = z.object({ status: z.enum(requestStatuses), version: z.number(), dueOn: z.string(), explanation: z.string().optional(), isLate: z.boolean().optional(), byOn: z.string().optional() });
export const publicMovedView = z.object({ status: z.enum(requestStatuses), dueOn: z.string(), explanation: z.string().optional() });

export const challengeBody = z.object({ requestId: id.nullable().optional(), kind: z.enum(challengeKinds), outcome: z.enum(challengeOutcomes), filedOn: localDate, note: optionalText(2000) });
export const challengeUpdateBody = z.object({ version, outcome: z.enum(challengeOutcomes) });
export const challengeSavedView = z.object({ id: z.string(), version: z.number() });
export const challengeView = z.object({
  id: z.string(),
  requestId: z.string().nullable(),
  requestNumber: z.string().nullable(),
  kind: z.enum(challengeKinds),
  kindLabel: z.string(),
  outcome: z.enum(challengeOutcomes),
  outcomeLabel: z.string(),
  filedOn: z.string(),
  note: z.string().nullable(),
  recordedByName: z.string(),
  version: z.number(),
});
export const challengeListView = z.object({ items: z.array(challengeView), ...nextCursorField });
