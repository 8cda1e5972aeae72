import { z } from 'zod';
import { messageCase } from '../../domain/disclosure/case.js';
import { messageStatuses } from '../../domain/disclosure/types.js';
import { nextCursorField, pageQuery } from '../paging.js';
import { proofFields } from './request-schema.js';

/** The bodies and views of messages from the public (政民互动, art. 39). */

const text = (what: string, max: number) => z.string().trim().min(1, `请填写${what}`).max(max, `${what}不超过${max}字`);
const version = z.number().int().positive();
const actions = z.array(z.enum(Object.keys(messageCase.actions) as [keyof typeof messageCase.actions, ...(keyof typeof messageCase.actions)[]]));

export const publicMessageBody = z.object({
  subject: text('留言标题', 200),
  body: text('留言内容', 5000),
  displayName: z.string().trim().max(50).nullable().optional().describe('公开时显示的署名（可选）'),
  contact: z.string().trim().max(100).nullable().optional().describe('联系方式（可选，不公开）'),
  wantsPublic: z.boolean().describe('是否同意公开留言及答复'),
  ...proofFields,
});
export const messageSubmittedView = z.object({ number: z.string(), accessCode: z.string().describe('查询码：仅此一次显示'), dueOn: z.string(), explanation: z.string() });
export const messageAccessBody = z.object({ number: text('留言编号', 40), accessCode: text('查询码', 40) });
export const messageTrackView = z.object({
  number: z.string(),
  subject: z.string(),
  status: z.enum(messageStatuses),
  statusLabel: z.string(),
  receivedOn: z.string(),
  dueOn: z.string(),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
  isPublished: z.boolean(),
});

export const messageListQuery = pageQuery.extend({ status: z.enum(messageStatuses).optional() });

export const messageView = z.object({
  id: z.string(),
  number: z.string(),
  subject: z.string(),
  body: z.string(),
  displayName: z.string().nullable(),
  contactMasked: z.string().nullable(),
  wantsPublic: z.boolean(),
  receivedOn: z.string(),
  status: z.enum(messageStatuses),
  statusLabel: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }).nullable(),
  dueOn: z.string(),
  isOverdue: z.boolean(),
  answer: z.string().nullable(),
  answeredByName: z.string().nullable(),
  answeredOn: z.string().nullable(),
  publishedAt: z.string().nullable(),
  version: z.number(),
  actions,
});
export const messageListView = z.object({ items: z.array(messageView), ...nextCursorField });

const timelineEntry = z.object({ action: z.string(), actionLabel: z.string(), actorName: z.string(), actingForName: z.string().nullable(), opinion: z.string().nullable(), article: z.number().nullable(), occurredAt: z.string() });
export const messageDetailView = messageView.extend({ clock: z.object({ due: z.string(), provisional: z.boolean(), explanation: z.string(), isOverdue: z.boolean() }).nullable(), timeline: z.array(timelineEntry) });

export const assignBody = z.object({ version, unitId: z.string().min(1).max(100).nullable() });
export const messageAnswerBody = z.object({ version, answer: text('答复内容', 10_000) });
export const versionBody = z.object({ version });
export const messageMovedView = z.object({ status: z.enum(messageStatuses), version: z.number(), isLate: z.boolean().optional(), publishedAt: z.string().optional() });

/** What the portal shows of a published message: never the writer's contact. */
export const publishedMessageView = z.object({ id: z.string(), number: z.string(), subject: z.string(), body: z.string(), displayName: z.string().nullable(), receivedOn: z.string(), answer: z.string().nullable(), answeredOn: z.string().nullable(), publishedAt: z.string() });
export const publishedMessageListView = z.object({ items: z.array(publishedMessageView), ...nextCursorField });
