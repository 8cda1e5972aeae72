import { z } from 'zod';
import type { CaseDefinition } from '../../domain/case.js';
import { extensionCase, reportCase, taskCase } from '../../domain/supervision/case.js';
import { extensionStatuses, reportKinds, reportStatuses, taskCategories, taskSources, taskStatuses } from '../../domain/supervision/types.js';
import { manualTaskCategories } from '../../operations/supervision/tasks.js';
import { nextCursorField, pageQuery } from '../paging.js';
import { localDate } from '../schemas.js';

/** The bodies of the supervision ledger's task routes (督查督办 art. 32, 57, 75–77). Actions come from the declarations. */

function actionsOf<A extends string>(def: CaseDefinition<string, never, A>) {
  return z.array(z.enum(Object.keys(def.actions) as [A, ...A[]]));
}

const id = z.string().min(1).max(100);
const text = (what: string, max: number) => z.string().trim().min(1, `请填写${what}`).max(max, `${what}不超过${max}字`);
const named = z.object({ id: z.string(), name: z.string() });
const version = z.number().int().positive();

/** One task of the ledger, as `presentTasks` shows it. Other areas (工作台, exports) reuse it. */
export const taskView = z.object({
  id: z.string(),
  number: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  category: z.enum(taskCategories),
  categoryLabel: z.string(),
  source: z.object({ type: z.string(), label: z.string(), id: z.string().nullable(), ref: z.string().nullable(), href: z.string().nullable() }),
  parentId: z.string().nullable(),
  weight: z.number(),
  progress: z.number(),
  leadUnitId: z.string(),
  leadUnitName: z.string(),
  coUnits: z.array(named),
  leaderPersonId: z.string().nullable(),
  leaderName: z.string().nullable(),
  owner: z.object({ personId: z.string(), name: z.string() }).nullable(),
  focusArea: z.string().nullable(),
  status: z.enum(taskStatuses),
  statusLabel: z.string(),
  closedAs: z.string().nullable(),
  closedReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  lookBackOn: z.string().nullable(),
  lookBackOfId: z.string().nullable(),
  dueOn: z.string(),
  clock: z.object({ due: z.string(), provisional: z.boolean(), isOpen: z.boolean(), explanation: z.string() }).nullable(),
  overdue: z.object({ isOverdue: z.boolean(), days: z.number(), workingDays: z.number(), explanation: z.string().nullable() }),
  reportEveryWorkingDays: z.number().nullable(),
  lastReportOn: z.string().nullable(),
  nextReport: z.object({ due: z.string(), isOverdue: z.boolean(), explanation: z.string() }).nullable(),
  article: z.number().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: actionsOf(taskCase),
});

export const ledgerCountsView = z.object({ total: z.number(), open: z.number(), reviewing: z.number(), done: z.number(), closedIncomplete: z.number(), overdue: z.number() });

export const ledgerView = z.object({ items: z.array(taskView), ...nextCursorField, summary: ledgerCountsView });

const attachmentView = z.object({ id: z.string(), fileName: z.string(), mediaType: z.string(), size: z.number(), sm3: z.string(), createdAt: z.string() });

export const reportView = z.object({
  id: z.string(),
  taskId: z.string(),
  kind: z.enum(reportKinds),
  kindLabel: z.string(),
  text: z.string(),
  progress: z.number(),
  status: z.enum(reportStatuses),
  statusLabel: z.string(),
  unitId: z.string(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewOpinion: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  attachments: z.array(attachmentView),
  actions: actionsOf(reportCase),
});

export const extensionView = z.object({
  id: z.string(),
  taskId: z.string(),
  reason: z.string(),
  previousDueOn: z.string(),
  requestedDueOn: z.string(),
  status: z.enum(extensionStatuses),
  statusLabel: z.string(),
  approverPersonId: z.string().nullable(),
  approverName: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  opinion: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  actions: actionsOf(extensionCase),
});

export const taskDetailView = taskView.extend({
  parent: taskView.nullable(),
  children: z.array(taskView),
  reports: z.array(reportView),
  extensions: z.array(extensionView),
});

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

/** The ledger's filter (`LedgerFilter`) as query parameters, with the paging every list shares. */
export const ledgerQuery = pageQuery.extend({
  sourceType: z.enum(taskSources).optional(),
  category: z.enum(taskCategories).optional(),
  leadUnitId: id.optional(),
  leaderPersonId: id.optional(),
  status: z.enum(taskStatuses).optional(),
  isOverdue: booleanQuery.optional(),
  focusArea: z.string().max(200).optional(),
  dueFrom: localDate.optional(),
  dueTo: localDate.optional(),
  createdFrom: localDate.optional(),
  createdTo: localDate.optional(),
  q: z.string().trim().max(100).optional(),
  isTopLevel: booleanQuery.optional(),
});

export const openTaskBody = z.object({
  sourceType: z.enum(taskSources),
  sourceId: id.nullable().optional(),
  sourceRef: z.string().trim().max(300).nullable().optional(),
  title: text('任务名称', 300),
  description: z.string().trim().max(5000).nullable().optional(),
  category: z.enum(manualTaskCategories).default('task'),
  leadUnitId: id,
  coUnitIds: z.array(id).max(30).default([]),
  leaderPersonId: id.nullable().optional(),
  focusArea: z.string().trim().max(200).nullable().optional(),
  dueOn: localDate,
  reportEveryWorkingDays: z.number().int().min(1, '定期报送间隔应为1至60个工作日').max(60, '定期报送间隔应为1至60个工作日').nullable().optional(),
});

export const subtasksBody = z.object({
  version,
  items: z
    .array(z.object({ title: text('子任务名称', 300), description: z.string().trim().max(5000).nullable().optional(), leadUnitId: id, coUnitIds: z.array(id).max(30).default([]), weight: z.number().int().min(1, '权重应为1至100的整数').max(100, '权重应为1至100的整数').default(1), dueOn: localDate }))
    .min(1, '请至少分解出一项子任务')
    .max(50, '一次最多分解50项子任务'),
});

export const reportBody = z.object({
  version,
  kind: z.enum(reportKinds),
  text: text('报告内容', 10_000),
  progress: z.number().int().min(0, '进展应为0至100').max(100, '进展应为0至100').nullable().optional(),
  attachmentIds: z.array(id).max(20).default([]),
});

export const opinionBody = z.object({ version, opinion: z.string().trim().max(2000).nullable().optional() });
export const requiredOpinionBody = z.object({ version, opinion: text('意见', 2000) });
export const closeIncompleteBody = z.object({ version, reason: text('未完成销号理由', 2000) });
export const extensionBody = z.object({ version, dueOn: localDate, reason: text('延期理由', 2000) });

export const openedView = z.object({ id: z.string(), number: z.string(), dueOn: z.string() });
export const splitView = z.object({ ids: z.array(z.string()), numbers: z.array(z.string()), version: z.number() });
export const submittedReportView = z.object({ id: z.string(), status: z.string(), version: z.number() });
export const reportMovedView = z.object({ status: z.string(), version: z.number(), taskStatus: z.string() });
export const statusVersionView = z.object({ status: z.string(), version: z.number() });
export const requestedExtensionView = z.object({ id: z.string(), approverPersonId: z.string(), version: z.number() });
export const approvedExtensionView = z.object({ status: z.string(), version: z.number(), dueOn: z.string() });

/** The annual supervision plan (art. 76). */
export const planView = z.object({ id: z.string(), year: z.number(), title: z.string(), text: z.string(), version: z.number(), createdAt: z.string(), updatedAt: z.string() });
export const planBody = z.object({
  year: z.number().int().min(2000, '年度无效').max(2100, '年度无效'),
  title: z.string().trim().min(1, '请填写计划名称').max(200, '计划名称不超过200字'),
  text: z.string().trim().min(1, '请填写计划内容').max(20_000, '计划内容不超过20000字'),
  version: z.number().int().positive().nullable().optional(),
});
export const planListView = z.object({ items: z.array(planView) });
