import { z } from 'zod';
import { draftCase } from '../../domain/disclosure/case.js';
import { draftKinds, draftStatuses } from '../../domain/disclosure/types.js';
import { nextCursorField, pageQuery } from '../paging.js';

/** The bodies and views of drafts for comment (征求意见稿, art. 36, 23), in the staff app and on the portal. */

const version = z.number().int().positive();
const text = (what: string, max: number) => z.string().trim().min(1, `请填写${what}`).max(max, `${what}不超过${max}字`);
const actions = z.array(z.enum(Object.keys(draftCase.actions) as [keyof typeof draftCase.actions, ...(keyof typeof draftCase.actions)[]]));
const periodBases = ['working_days', 'calendar_days'] as const;

export const draftBody = z.object({
  kind: z.enum(draftKinds).describe('normative 行政规范性文件；major_decision 重大行政决策；policy 政策措施'),
  title: text('草案标题', 300),
  explanation: text('起草说明（决策依据）', 20_000),
  body: text('草案正文', 200_000),
  bearsOnBusiness: z.boolean().describe('与市场主体生产经营活动密切相关（征求意见期不少于30日）'),
  periodBasis: z.enum(periodBases).describe('征求意见期按工作日（working_days）或自然日（calendar_days）计'),
  periodAmount: z.number().int().min(1, '征求意见期至少1日').max(365, '征求意见期不超过365日'),
});

export const reviseDraftBody = draftBody.extend({ version });
export const versionBody = z.object({ version });
export const concludeBody = z.object({
  version,
  commentsSummary: text('意见收集情况', 20_000),
  response: text('意见采纳情况及理由', 20_000),
  finalPublicationId: z.string().trim().max(100).nullable().optional().describe('正式文本在门户网站上的公开信息（须已发布）'),
});
export const hideBody = z.object({ reason: text('屏蔽理由', 500) });

export const draftListQuery = pageQuery.extend({ status: z.enum(draftStatuses).optional() });
export const pagedQuery = pageQuery;

export const createdDraftView = z.object({ id: z.string(), status: z.enum(draftStatuses), version: z.number() });
export const statusVersionView = z.object({ status: z.enum(draftStatuses), version: z.number() });
export const publishedDraftView = statusVersionView.extend({ opensOn: z.string(), closesOn: z.string(), explanation: z.string() });

const clock = z.object({ due: z.string(), explanation: z.string(), isOverdue: z.boolean(), provisional: z.boolean() }).nullable();

export const draftView = z.object({
  id: z.string(),
  kind: z.enum(draftKinds),
  kindLabel: z.string(),
  title: z.string(),
  draftingUnitId: z.string(),
  draftingUnitName: z.string(),
  bearsOnBusiness: z.boolean(),
  periodBasis: z.enum(periodBases),
  periodAmount: z.number(),
  periodLabel: z.string().describe('如“7个工作日”“30日”'),
  minimumLabel: z.string().describe('该类草案的最短征求意见期及其依据'),
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
  status: z.enum(draftStatuses),
  statusLabel: z.string(),
  preparedByName: z.string(),
  reviewedByName: z.string().nullable(),
  publishedAt: z.string().nullable(),
  commentCount: z.number(),
  portalHref: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
  actions,
});

export const draftListView = z.object({ items: z.array(draftView), ...nextCursorField });

const timelineEntry = z.object({ action: z.string(), actionLabel: z.string(), actorName: z.string(), actingForName: z.string().nullable(), opinion: z.string().nullable(), article: z.number().nullable(), occurredAt: z.string() });

export const draftDetailView = draftView.extend({
  explanation: z.string(),
  body: z.string(),
  hiddenCommentCount: z.number(),
  clock: clock.describe('征求意见期的期限及计算说明（发布后）'),
  commentsSummary: z.string().nullable(),
  response: z.string().nullable(),
  finalPublication: z.object({ id: z.string(), title: z.string(), status: z.string() }).nullable(),
  concludedAt: z.string().nullable(),
  personalData: z.array(z.object({ label: z.string(), masked: z.string() })).describe('发布前检查：标题、起草说明、正文中发现的个人信息（有则不能发布）'),
  timeline: z.array(timelineEntry),
});

export const commentView = z.object({
  id: z.string(),
  body: z.string(),
  displayName: z.string().nullable(),
  isHidden: z.boolean(),
  personalData: z.array(z.object({ label: z.string(), masked: z.string() })).describe('意见中含有的个人信息（只供办公室知悉，不公开）'),
  createdAt: z.string(),
});
export const commentListView = z.object({ items: z.array(commentView), ...nextCursorField });
export const hiddenView = z.object({ isHidden: z.boolean() });

// ——— the portal ———

export const challengeView = z.object({ challenge: z.string(), difficulty: z.number().describe('求 nonce，使 challenge、英文冒号、nonce 依次连接后的 SHA-256 摘要以该数目的0比特开头') });

export const publicDraftView = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(draftKinds),
  kindLabel: z.string(),
  draftingUnitName: z.string(),
  opensOn: z.string(),
  closesOn: z.string(),
  periodLabel: z.string(),
  isOpen: z.boolean(),
  commentCount: z.number(),
  status: z.enum(draftStatuses),
  statusLabel: z.string(),
});
export const publicDraftListView = z.object({ items: z.array(publicDraftView), ...nextCursorField });

export const publicDraftDetailView = publicDraftView.extend({
  explanation: z.string(),
  body: z.string(),
  periodExplanation: z.string().describe('征求意见期的计算说明'),
  conclusion: z
    .object({ commentsSummary: z.string(), response: z.string(), concludedAt: z.string().nullable(), finalPublication: z.object({ id: z.string(), title: z.string() }).nullable() })
    .nullable()
    .describe('意见收集和采纳情况（公布后）'),
});

export const commentBody = z.object({
  body: text('意见', 2000),
  displayName: z.string().trim().max(50, '署名不超过50字').nullable().optional(),
  challenge: z.string().max(200),
  nonce: z.string().max(32),
  website: z.string().max(200).optional().describe('留空（防机器提交）'),
});
export const commentAcceptedView = z.object({ isAccepted: z.boolean(), commentCount: z.number() });
