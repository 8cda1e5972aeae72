import { z } from 'zod';
import { publicationCase } from '../../domain/disclosure/case.js';
import { publicationCategories, publicationStatuses } from '../../domain/disclosure/types.js';
import { nextCursorField, pageQuery } from '../paging.js';
import { localDate } from '../schemas.js';

/** The bodies and views of the disclosure catalogue: the office's publication review (art. 83) and the portal's items. */

const version = z.number().int().positive();
const text = (what: string, max: number) => z.string().trim().min(1, `请填写${what}`).max(max, `${what}不超过${max}字`);
const actions = z.array(z.enum(Object.keys(publicationCase.actions) as [keyof typeof publicationCase.actions, ...(keyof typeof publicationCase.actions)[]]));

export const publicationListQuery = pageQuery.extend({
  status: z.enum(publicationStatuses).optional(),
  category: z.enum(publicationCategories).optional(),
  q: z.string().trim().max(100).optional(),
});

const clock = z.object({ due: z.string(), explanation: z.string(), isOverdue: z.boolean(), provisional: z.boolean() }).nullable();

export const publicationView = z.object({
  id: z.string(),
  category: z.enum(publicationCategories),
  categoryLabel: z.string(),
  title: z.string(),
  documentNumber: z.string().nullable(),
  issuingBody: z.string(),
  writtenOn: z.string().nullable(),
  status: z.enum(publicationStatuses),
  statusLabel: z.string(),
  source: z.object({ type: z.string(), id: z.string(), href: z.string().nullable() }).nullable(),
  interpretsId: z.string().nullable(),
  preparedByName: z.string(),
  reviewedByName: z.string().nullable(),
  reviewOpinion: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  clock,
  portalHref: z.string().nullable().describe('门户网站上的地址（已发布或已撤回的）'),
  version: z.number(),
  updatedAt: z.string(),
  actions,
});

export const publicationListView = z.object({
  items: z.array(publicationView),
  summary: z.object({ pending: z.number(), published: z.number(), rejected: z.number(), withdrawn: z.number(), overdue: z.number() }),
  ...nextCursorField,
});

const timelineEntry = z.object({ action: z.string(), actionLabel: z.string(), actorName: z.string(), actingForName: z.string().nullable(), opinion: z.string().nullable(), article: z.number().nullable(), occurredAt: z.string() });

export const publicationDetailView = publicationView.extend({
  body: z.string(),
  attachments: z.array(z.object({ id: z.string(), fileName: z.string(), size: z.number() })),
  personalData: z.array(z.object({ label: z.string(), masked: z.string() })).describe('发布前检查：正文中发现的个人信息（有则不能发布）'),
  timeline: z.array(timelineEntry),
});

export const prepareBody = z.object({
  category: z.enum(publicationCategories),
  title: text('标题', 300),
  documentNumber: z.string().trim().max(100).nullable().optional(),
  issuingBody: text('发布机构', 100),
  writtenOn: localDate.nullable().optional(),
  body: text('正文', 200_000),
  interpretsId: z.string().min(1).max(100).nullable().optional(),
  attachmentIds: z.array(z.string().min(1).max(100)).max(20).optional(),
});

export const reviseBody = prepareBody.omit({ interpretsId: true, attachmentIds: true }).extend({ version });
export const reviewBody = z.object({ version, opinion: z.string().trim().max(2000).nullable().optional() });
export const rejectBody = z.object({ version, opinion: text('不予发布的理由', 2000) });
export const withdrawBody = z.object({ version, reason: text('撤回理由', 500) });
export const statusVersionView = z.object({ status: z.enum(publicationStatuses), version: z.number() });
export const createdView = z.object({ id: z.string(), status: z.enum(publicationStatuses), version: z.number() });

/** An item as the portal and the open-data API show it: never its reviewers, its queue or its clock. */
export const portalItem = z.object({
  id: z.string(),
  category: z.enum(publicationCategories),
  categoryLabel: z.string(),
  title: z.string(),
  documentNumber: z.string().nullable(),
  issuingBody: z.string(),
  writtenOn: z.string().nullable(),
  publishedAt: z.string(),
  disclosureLabel: z.literal('主动公开'),
  href: z.string(),
});

export const portalListQuery = pageQuery.extend({
  category: z.enum(publicationCategories).optional(),
  q: z.string().trim().max(100).optional().describe('全文检索：标题、正文、文号中包含的文字'),
  from: localDate.optional().describe('发布日期不早于'),
  to: localDate.optional().describe('发布日期不晚于'),
});

export const portalListView = z.object({ items: z.array(portalItem), ...nextCursorField });

export const portalDetailView = portalItem.extend({
  paragraphs: z.array(z.string()).describe('正文，每段一项；已撤回的为空'),
  attachments: z.array(z.object({ id: z.string(), fileName: z.string(), size: z.number(), href: z.string() })),
  interpretations: z.array(portalItem).describe('解读本文件的政策解读'),
  interprets: portalItem.nullable().describe('本解读所解读的文件'),
  withdrawn: z.object({ at: z.string(), reason: z.string() }).nullable().describe('已撤回的，只显示撤回说明'),
});

export const siteView = z.object({
  name: z.string(),
  categories: z.array(z.object({ key: z.enum(publicationCategories), label: z.string(), article: z.number(), count: z.number() })),
  latest: z.array(portalItem),
});

export const feedQuery = z.object({ category: z.enum(publicationCategories).optional() });
