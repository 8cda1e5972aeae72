import { z } from 'zod';
import { suggestionCase } from '../../domain/supervision/case.js';
import { satisfactions, suggestionKinds, suggestionStatuses, type TaskSource } from '../../domain/supervision/types.js';
import { rectificationSources } from '../../operations/supervision/suggestions.js';
import { nextCursorField, pageQuery } from '../paging.js';
import { localDate } from '../schemas.js';
import { taskView } from './task-schema.js';

/** The bodies and views of deputies' suggestions and CPPCC proposals (art. 40) and rectification lists (art. 77). */

const id = z.string().min(1).max(100);
const text = (what: string, max: number) => z.string().trim().min(1, `请填写${what}`).max(max, `${what}不超过${max}字`);
const named = z.object({ id: z.string(), name: z.string() });
const version = z.number().int().positive();
const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
const actions = z.array(z.enum(Object.keys(suggestionCase.actions) as [keyof typeof suggestionCase.actions, ...(keyof typeof suggestionCase.actions)[]]));

export const suggestionListQuery = pageQuery.extend({
  kind: z.enum(suggestionKinds).optional(),
  session: z.string().trim().max(100).optional(),
  status: z.enum(suggestionStatuses).optional(),
  leadUnitId: id.optional(),
  isOverdue: booleanQuery.optional(),
});

const suggestionTask = z.object({ id: z.string(), number: z.string().nullable(), dueOn: z.string().nullable(), status: z.string().nullable(), isOverdue: z.boolean() }).nullable();

export const suggestionView = z.object({
  id: z.string(),
  kind: z.enum(suggestionKinds),
  kindLabel: z.string(),
  code: z.string(),
  session: z.string(),
  title: z.string(),
  proposers: z.array(z.string()),
  summary: z.string().nullable(),
  leadUnitId: z.string().nullable(),
  leadUnitName: z.string().nullable(),
  coUnits: z.array(named),
  assignedOn: z.string().nullable(),
  status: z.enum(suggestionStatuses),
  statusLabel: z.string(),
  round: z.number(),
  answer: z.string().nullable(),
  answeredOn: z.string().nullable(),
  satisfaction: z.enum(satisfactions).nullable(),
  satisfactionLabel: z.string().nullable(),
  sendBackReason: z.string().nullable(),
  isForPublication: z.boolean(),
  batchId: z.string(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  task: suggestionTask,
  actions,
});

export const suggestionListView = z.object({ items: z.array(suggestionView), ...nextCursorField });

const timelineEntry = z.object({ action: z.string(), actionLabel: z.string(), actorName: z.string(), actingForName: z.string().nullable(), opinion: z.string().nullable(), article: z.number().nullable(), occurredAt: z.string() });
const attachmentView = z.object({ id: z.string(), fileName: z.string(), mediaType: z.string(), size: z.number(), sm3: z.string(), createdAt: z.string() });

export const suggestionDetailView = suggestionView.extend({
  /** The task the suggestion became, as the ledger shows it (its clock and the explanation of its deadline). */
  taskDetail: taskView.nullable(),
  /** Where the task's page (with its own timeline) is. */
  taskHref: z.string().nullable(),
  timeline: z.array(timelineEntry),
  attachments: z.array(attachmentView),
  publication: z.object({ id: z.string(), status: z.string(), dueOn: z.string().nullable(), queuedAt: z.string(), publishedAt: z.string().nullable() }).nullable(),
});

const row = z.object({
  code: z.string().max(50, '编号不超过50字'),
  title: z.string().max(300, '标题不超过300字'),
  proposers: z.array(z.string().max(50, '每位代表（委员）姓名不超过50字')).max(100),
  summary: z.string().max(5000, '内容摘要不超过5000字').nullable().optional(),
});

export const batchBody = z.object({
  kind: z.enum(suggestionKinds),
  session: text('届次', 100),
  items: z.array(row).min(1, '名单中没有建议提案').max(1000, '一次最多登记1000件'),
});

export const batchView = z.object({ batchId: z.string(), ids: z.array(z.string()), count: z.number() });

export const assignBody = z.object({ version, leadUnitId: id, coUnitIds: z.array(id).max(30).default([]) });
export const assignedView = z.object({ status: z.string(), version: z.number(), taskId: z.string(), taskNumber: z.string(), dueOn: z.string() });
export const sendBackBody = z.object({ version, reason: text('退回理由', 2000) });
export const answerBody = z.object({ version, answer: text('答复内容', 20_000), attachmentIds: z.array(id).max(20).default([]), isForPublication: z.boolean().default(true) });
export const answeredView = z.object({ status: z.string(), version: z.number(), taskStatus: z.string(), isQueuedForPublication: z.boolean() });
export const satisfactionBody = z.object({ version, satisfaction: z.enum(satisfactions), opinion: z.string().trim().max(2000).nullable().optional() });
export const satisfactionView = z.object({ status: z.string(), version: z.number(), round: z.number(), taskStatus: z.string(), dueOn: z.string() });
export const statusVersionView = z.object({ status: z.string(), version: z.number() });

export const rectificationBody = z.object({
  sourceType: z.enum(rectificationSources as [TaskSource, ...TaskSource[]]),
  sourceId: id.nullable().optional(),
  sourceRef: z.string().trim().max(300).nullable().optional(),
  title: text('整改清单名称', 300),
  description: z.string().trim().max(5000).nullable().optional(),
  leadUnitId: id,
  coUnitIds: z.array(id).max(30).default([]),
  dueOn: localDate,
  problems: z
    .array(z.object({ title: text('问题名称', 300), description: z.string().trim().max(5000).nullable().optional(), leadUnitId: id, coUnitIds: z.array(id).max(30).default([]), weight: z.number().int().min(1, '权重应为1至100的整数').max(100, '权重应为1至100的整数').default(1), dueOn: localDate }))
    .min(1, '整改清单须至少列出一个问题')
    .max(200, '一份清单最多200个问题'),
});

export const rectificationOpenedView = z.object({ id: z.string(), number: z.string(), dueOn: z.string(), problems: z.array(z.object({ id: z.string(), number: z.string(), dueOn: z.string() })) });

export const rectificationView = z.object({
  list: taskView,
  problems: z.array(taskView),
  /** 挂账 n / 销号 m. */
  tally: z.object({ total: z.number(), pending: z.number(), closed: z.number(), done: z.number(), closedIncomplete: z.number() }),
  tallyLabel: z.string(),
});
