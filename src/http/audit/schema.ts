import { z } from 'zod';
import { localDate } from '../schemas.js';

/** Search forms send empty fields; they mean "any". */
const blank = (v: unknown) => (v === '' ? undefined : v);
const optionalText = (max: number) => z.preprocess(blank, z.string().trim().max(max, `不能超过${max}个字符`).optional());

export const auditFilterQuery = z.object({
  /** A user id, a login name, or part of the actor's name. */
  actor: optionalText(100),
  /** An act or an act family: `org` matches `org.unit.update`. */
  act: optionalText(100),
  objectType: optionalText(50),
  objectId: optionalText(100),
  article: z.preprocess(blank, z.coerce.number({ error: '条款应为数字' }).int('条款应为整数').min(1, '条款应为正整数').max(999, '条款应为正整数').optional()),
  /** First day, Beijing time, included. */
  from: z.preprocess(blank, localDate.optional()),
  /** Last day, Beijing time, included. */
  to: z.preprocess(blank, localDate.optional()),
  result: z.preprocess(blank, z.enum(['success', 'refused', 'failure'], { error: '结果应为 success、refused 或 failure' }).optional()),
});

export const auditSearchQuery = auditFilterQuery.extend({
  page: z.coerce.number().int().min(1, '页码应为正整数').max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1, '每页条数应为1–200').max(200, '每页条数应为1–200').default(50),
  /** Keyset paging: the page of events below this sequence number (the previous page's `nextBeforeSeq`). */
  beforeSeq: z.coerce.number().int().positive('序号应为正整数').optional(),
});

export const seqParams = z.object({ seq: z.coerce.number({ error: '序号应为正整数' }).int('序号应为正整数').positive('序号应为正整数') });

export const auditEventView = z.object({
  seq: z.number(),
  id: z.string(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorName: z.string(),
  actingForPersonId: z.string().nullable(),
  actingForName: z.string().nullable(),
  act: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  result: z.string(),
  summary: z.unknown(),
  article: z.number().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
  /** The act's Chinese name (登录, 签收（公文）); null for an act this version does not know. */
  actLabel: z.string().nullable(),
  objectTypeLabel: z.string().nullable(),
  /** The object as a person reads it (a name, a title, a register number), where it can be told. */
  objectName: z.string().nullable(),
});

/** The names the audit page offers in its search form. */
export const auditVocabularyView = z.object({
  acts: z.array(z.object({ act: z.string(), label: z.string() })),
  objectTypes: z.array(z.object({ objectType: z.string(), label: z.string() })),
});

export const auditEventPage = z.object({ items: z.array(auditEventView), total: z.number(), page: z.number(), pageSize: z.number(), nextBeforeSeq: z.number().nullable().describe('下一页：以此作 beforeSeq 继续；最后一页为 null') });

const link = z.object({ seq: z.number(), hash: z.string() });

export const auditChainReportView = z.object({
  ok: z.boolean(),
  count: z.number(),
  head: link,
  anchor: link.extend({ purgedAt: z.string() }).nullable(),
  problem: z.object({ seq: z.number(), reason: z.string() }).nullable(),
  exportedHead: z.object({ status: z.enum(['on_chain', 'purged', 'mismatch', 'missing']), message: z.string() }).nullable(),
});

export const auditHeadView = z.object({
  format: z.string(),
  seq: z.number(),
  hash: z.string(),
  occurredAt: z.string().nullable(),
  count: z.number(),
  anchorSeq: z.number().nullable(),
  exportedAt: z.string(),
});
