import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { localDateOf } from '../../clock.js';
import { attachmentRepository } from '../../db/attachment-repository.js';
import type { Db } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import type { LedgerFilter, SupervisionScope } from '../../db/supervision-repository.js';
import { supervisionRepository } from '../../db/supervision-repository.js';
import { actionsFor, type Viewer } from '../../domain/case.js';
import { found } from '../../domain/errors.js';
import { extensionCase, reportCase } from '../../domain/supervision/case.js';
import { type ExtensionStatus, extensionStatusLabels, type ReportKind, reportKindLabels, type ReportStatus, reportStatusLabels } from '../../domain/supervision/types.js';
import { viewerOf } from '../../operations/case/viewer.js';
import type { SignedInUser } from '../../operations/identity/present-user.js';
import { extensionCaseOf, reportCaseOf, supervisionScopeOf } from '../../operations/supervision/cases.js';
import { approveExtension, refuseExtension, requestExtension } from '../../operations/supervision/extensions.js';
import { presentTasks } from '../../operations/supervision/present-task.js';
import { acceptReport, approveReport, declineReport, reportOwnerType, returnReport, submitReport } from '../../operations/supervision/reports.js';
import { acceptParentTask, closeIncomplete, openManualTask, splitTask } from '../../operations/supervision/tasks.js';
import { requireAuth } from '../auth.js';
import { operationContext } from '../context.js';
import { decodeListCursor, pageOf } from '../paging.js';
import { idParams } from '../schemas.js';
import { listPlans, savePlan } from '../../operations/supervision/plans.js';
import {
  planBody,
  planListView,
  planView,
  approvedExtensionView,
  closeIncompleteBody,
  extensionBody,
  ledgerQuery,
  ledgerView,
  openedView,
  openTaskBody,
  opinionBody,
  reportBody,
  reportMovedView,
  requestedExtensionView,
  requiredOpinionBody,
  splitView,
  statusVersionView,
  subtasksBody,
  submittedReportView,
  taskDetailView,
} from './task-schema.js';

const tags = ['supervision'];

/** N of 督〔2026〕N号. */
const serialOf = (number: string | null) => Number(/〕(\d+)号$/.exec(number ?? '')?.[1] ?? 0);

type Reading = { viewer: Viewer; scope: SupervisionScope; today: string };

/** The ledger's tasks, their reports and extensions (督查督办, work rules art. 32, 40, 57, 75–77). */
export const taskRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/supervision/plans',
    { config: { policy: 'supervision.read' }, schema: { summary: '督查工作年度计划（第七十六条），按年度倒序', tags, response: { 200: planListView } } },
    async () => ({ items: await listPlans(app.deps.handle.db) }),
  );

  app.post(
    '/api/supervision/plans',
    { config: { policy: 'supervision.office' }, schema: { summary: '办公室制定或修改督查工作年度计划（第七十六条）；修改须带版本号', tags, body: planBody, response: { 200: planView } } },
    async (request) => savePlan(operationContext(request), request.body),
  );

  const { handle, clock } = app.deps;
  const db: Db = handle.db;

  const reading = async (user: SignedInUser): Promise<Reading> => {
    const now = clock.now();
    const viewer = await viewerOf(db, { userId: user.id, personId: user.personId, unitId: user.unit?.id ?? null, roles: user.roles }, now);
    return { viewer, scope: supervisionScopeOf(viewer), today: localDateOf(now) };
  };

  app.get(
    '/api/supervision/tasks',
    { config: { policy: 'supervision.read' }, schema: { summary: '督查督办台账（第七十六、三十二、五十七条）：按来源、单位、领导、状态、逾期、日期筛选，按完成时限分页，附同一筛选下的统计（未完成销号与已办结分列）', tags, querystring: ledgerQuery, response: { 200: ledgerView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      const { pageSize, cursor, ...filter } = request.query;
      const ledgerFilter: LedgerFilter = filter;
      const page = pageOf(await supervisionRepository.ledger(db, ledgerFilter, r.scope, r.today, { after: decodeListCursor(cursor), limit: pageSize + 1 }), pageSize, (t) => [t.dueOn, t.createdAt, t.id]);
      return { items: await presentTasks(db, page.rows, r.viewer, r.today), nextCursor: page.nextCursor, summary: await supervisionRepository.ledgerCounts(db, ledgerFilter, r.scope, r.today) };
    },
  );

  app.get(
    '/api/supervision/tasks/:id',
    { config: { policy: 'supervision.read' }, schema: { summary: '督办任务详情（第三十二、五十七、七十五条）：来源、上级任务与子任务、进展和办结报告、延期记录、逾期计算说明', tags, params: idParams, response: { 200: taskDetailView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      const task = found(await supervisionRepository.findTask(db, request.params.id, r.scope), '督办任务');
      const parent = task.parentId ? await supervisionRepository.findTask(db, task.parentId, r.scope) : undefined;
      // Sub-tasks made together share their creation instant: they are shown in the order they were numbered.
      const children = (await supervisionRepository.childrenOf(db, task.id, r.scope)).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || serialOf(a.number) - serialOf(b.number));
      const [view, ...rest] = await presentTasks(db, [task, ...(parent ? [parent] : []), ...children], r.viewer, r.today);
      const parentView = parent ? (rest.shift() ?? null) : null;
      const reports = await supervisionRepository.reportsOf(db, task.id);
      const extensions = await supervisionRepository.extensionsOf(db, task.id);
      const principals = await orgRepository.principalsOf(db, [...new Set(reports.map((x) => x.unitId))], r.today);
      const attachments = await attachmentRepository.ofOwners(db, reportOwnerType, reports.map((x) => x.id));
      const personIds = [...new Set([...reports.flatMap((x) => [x.approvedByPersonId, x.reviewedByPersonId]), ...extensions.flatMap((e) => [e.approverPersonId, e.decidedByPersonId])].filter((p): p is string => p !== null))];
      const people = personIds.length ? new Map((await db.selectFrom('people').select(['id', 'name']).where('id', 'in', personIds).execute()).map((p) => [p.id, p.name])) : new Map<string, string>();
      const nameOf = (p: string | null) => (p ? (people.get(p) ?? null) : null);
      return {
        ...(view as NonNullable<typeof view>),
        parent: parentView,
        children: rest,
        reports: reports.map((x) => ({
          id: x.id,
          taskId: x.taskId,
          kind: x.kind as ReportKind,
          kindLabel: reportKindLabels[x.kind as ReportKind] ?? x.kind,
          text: x.text,
          progress: x.progress,
          status: x.status as ReportStatus,
          statusLabel: reportStatusLabels[x.status as ReportStatus] ?? x.status,
          unitId: x.unitId,
          approvedBy: nameOf(x.approvedByPersonId),
          approvedAt: x.approvedAt,
          reviewedBy: nameOf(x.reviewedByPersonId),
          reviewedAt: x.reviewedAt,
          reviewOpinion: x.reviewOpinion,
          version: x.version,
          createdAt: x.createdAt,
          attachments: attachments.filter((a) => a.ownerId === x.id).map((a) => ({ id: a.id, fileName: a.fileName, mediaType: a.mediaType, size: a.size, sm3: a.sm3, createdAt: a.createdAt })),
          actions: actionsFor(reportCase, reportCaseOf(x, principals.get(x.unitId)?.personId ?? null), r.viewer),
        })),
        extensions: extensions.map((e) => ({
          id: e.id,
          taskId: e.taskId,
          reason: e.reason,
          previousDueOn: e.previousDueOn,
          requestedDueOn: e.requestedDueOn,
          status: e.status as ExtensionStatus,
          statusLabel: extensionStatusLabels[e.status as ExtensionStatus] ?? e.status,
          approverPersonId: e.approverPersonId,
          approverName: nameOf(e.approverPersonId),
          decidedBy: nameOf(e.decidedByPersonId),
          decidedAt: e.decidedAt,
          opinion: e.opinion,
          version: e.version,
          createdAt: e.createdAt,
          actions: actionsFor(extensionCase, extensionCaseOf(e), r.viewer),
        })),
      };
    },
  );

  app.post(
    '/api/supervision/tasks',
    { config: { policy: 'supervision.office' }, schema: { summary: '办公室登记督办任务（第七十五、七十六、四十一、七十八条：领导批示件、年度督查计划、审计等外部来源），编号督〔年份〕N号', tags, body: openTaskBody, response: { 201: openedView } } },
    async (request, reply) => reply.status(201).send(await openManualTask(operationContext(request), request.body)),
  );

  app.post(
    '/api/supervision/tasks/:id/subtasks',
    { config: { policy: 'supervision.office' }, schema: { summary: '分解子任务（第七十六条）：各子任务明确牵头单位、权重和不晚于上级任务的完成时限，上级任务进度按权重汇总', tags, params: idParams, body: subtasksBody, response: { 201: splitView } } },
    async (request, reply) => reply.status(201).send(await splitTask(operationContext(request), { id: request.params.id, ...request.body })),
  );

  app.post(
    '/api/supervision/tasks/:id/reports',
    { config: { policy: 'supervision.report' }, schema: { summary: '牵头单位报送进展或办结报告（第三十二、五十七条），经本单位主要负责人审核后报办公室（第七十五条）', tags, params: idParams, body: reportBody, response: { 201: submittedReportView } } },
    async (request, reply) => reply.status(201).send(await submitReport(operationContext(request), { id: request.params.id, ...request.body })),
  );

  app.post(
    '/api/supervision/reports/:id/approve',
    { config: { policy: 'supervision.approve' }, schema: { summary: '牵头单位主要负责人本人审核同意报告（第七十五条）；办结报告经审核即报请验收', tags, params: idParams, body: opinionBody, response: { 200: reportMovedView } } },
    async (request) => approveReport(operationContext(request), { id: request.params.id, ...request.body }),
  );
  app.post(
    '/api/supervision/reports/:id/decline',
    { config: { policy: 'supervision.approve' }, schema: { summary: '牵头单位主要负责人退回报告（第七十五条）', tags, params: idParams, body: requiredOpinionBody, response: { 200: statusVersionView } } },
    async (request) => declineReport(operationContext(request), { id: request.params.id, ...request.body }),
  );
  app.post(
    '/api/supervision/reports/:id/accept',
    { config: { policy: 'supervision.office' }, schema: { summary: '办公室审核通过报告（第五十七条）：进展报告更新进度，办结报告验收办结（整改问题按第七十七条安排回头看）', tags, params: idParams, body: opinionBody, response: { 200: reportMovedView } } },
    async (request) => acceptReport(operationContext(request), { id: request.params.id, ...request.body }),
  );
  app.post(
    '/api/supervision/reports/:id/return',
    { config: { policy: 'supervision.office' }, schema: { summary: '办公室退回报告补报（第五十七、七十七条）：办结报告退回的，任务退回重办', tags, params: idParams, body: requiredOpinionBody, response: { 200: reportMovedView } } },
    async (request) => returnReport(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/supervision/tasks/:id/accept',
    { config: { policy: 'supervision.office' }, schema: { summary: '办公室验收已分解的督办任务：子任务均已销号后整体办结（第五十七、七十六条）', tags, params: idParams, body: opinionBody, response: { 200: statusVersionView } } },
    async (request) => acceptParentTask(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/supervision/tasks/:id/close-incomplete',
    { config: { policy: 'supervision.office' }, schema: { summary: '办公室对督办任务未完成销号（第七十九条），须说明理由，与已办结分列统计', tags, params: idParams, body: closeIncompleteBody, response: { 200: statusVersionView } } },
    async (request) => closeIncomplete(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/supervision/tasks/:id/extensions',
    { config: { policy: 'supervision.report' }, schema: { summary: '牵头单位申请延期（第三十二条；建议提案按第四十条不超过最长期限），报分管区政府领导批准', tags, params: idParams, body: extensionBody, response: { 201: requestedExtensionView } } },
    async (request, reply) => reply.status(201).send(await requestExtension(operationContext(request), { id: request.params.id, ...request.body })),
  );
  app.post(
    '/api/supervision/extensions/:id/approve',
    { config: { policy: 'supervision.lead' }, schema: { summary: '分管区政府领导本人批准延期（第三十二、四十条），完成时限与计时随之调整并留痕', tags, params: idParams, body: opinionBody, response: { 200: approvedExtensionView } } },
    async (request) => approveExtension(operationContext(request), { id: request.params.id, ...request.body }),
  );
  app.post(
    '/api/supervision/extensions/:id/refuse',
    { config: { policy: 'supervision.lead' }, schema: { summary: '分管区政府领导不予延期（第三十二条）', tags, params: idParams, body: opinionBody, response: { 200: statusVersionView } } },
    async (request) => refuseExtension(operationContext(request), { id: request.params.id, ...request.body }),
  );
};
