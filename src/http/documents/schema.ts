import { z } from 'zod';
import { classifications, directFilingExceptions, documentTypes, incomingStatuses, urgencies } from '../../domain/documents/types.js';
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
});

export const versionBody = z.object({ version: z.number().int().positive() });

export const countersignBody = versionBody.extend({ isAgreed: z.boolean(), opinion: text('会签意见', 1000), grounds: z.string().trim().max(2000).nullable().optional() });
export const reviewBody = versionBody.extend({
  outcome: z.enum(['pass', 'return']),
  reasons: z.array(z.enum(Object.keys(returnReasons) as [keyof typeof returnReasons, ...(keyof typeof returnReasons)[]])).max(8).optional(),
  opinion: z.string().trim().max(1000).optional(),
});
export const proposeBody = versionBody.extend({ proposal: text('拟办意见', 1000), isMajor: z.boolean().optional() });
export const instructBody = versionBody.extend({ opinion: z.string().trim().max(2000).default(''), isCircled: z.boolean().default(false) });
export const transferBody = versionBody.extend({ handlingUnitId: id, coUnitIds: z.array(id).max(20).default([]), workingDays: z.number().int().min(1).max(250).optional(), opinion: z.string().trim().max(1000).optional() });
export const completeBody = versionBody.extend({ result: text('办理结果', 5000) });
export const extendBody = versionBody.extend({ workingDays: z.number().int().min(1).max(250), approver: text('批准人', 50), reason: text('延期理由', 500) });

export const listQuery = z.object({
  q: z.string().max(100).optional(),
  docType: z.enum(documentTypes).optional(),
  status: z.enum(incomingStatuses).optional(),
  unitId: id.optional(),
  from: localDate.optional(),
  to: localDate.optional(),
  overdue: z.enum(['1']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
