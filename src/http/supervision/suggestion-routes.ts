import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { localDateOf } from '../../clock.js';
import { attachmentRepository } from '../../db/attachment-repository.js';
import type { Db } from '../../db/database.js';
import { publicationsRepository } from '../../db/publications-repository.js';
import { suggestionsRepository, type SuggestionWithTask } from '../../db/suggestions-repository.js';
import { type SupervisionScope, supervisionRepository } from '../../db/supervision-repository.js';
import { timelineRepository } from '../../db/timeline-repository.js';
import { actionsFor, type Viewer } from '../../domain/case.js';
import { found, invalid } from '../../domain/errors.js';
import { suggestionCase } from '../../domain/supervision/case.js';
import { type Satisfaction, satisfactionLabels, type SuggestionKind, suggestionKindLabels, suggestionKinds, type SuggestionStatus, suggestionStatusLabels } from '../../domain/supervision/types.js';
import { viewerOf } from '../../operations/case/viewer.js';
import type { SignedInUser } from '../../operations/identity/present-user.js';
import { supervisionScopeOf } from '../../operations/supervision/cases.js';
import { presentTasks } from '../../operations/supervision/present-task.js';
import {
  answerSuggestion,
  assignSuggestion,
  openRectificationList,
  parseSuggestionWorkbook,
  rectificationOf,
  recordSatisfaction,
  registerSuggestions,
  sendBackSuggestion,
  suggestionOwnerType,
} from '../../operations/supervision/suggestions.js';
import { suggestionCaseOf } from '../../operations/supervision/cases.js';
import { requireAuth } from '../auth.js';
import { operationContext } from '../context.js';
import { decodeListCursor, pageOf } from '../paging.js';
import { idParams } from '../schemas.js';
import {
  answerBody,
  answeredView,
  assignBody,
  assignedView,
  batchBody,
  batchView,
  rectificationBody,
  rectificationOpenedView,
  rectificationView,
  satisfactionBody,
  satisfactionView,
  sendBackBody,
  statusVersionView,
  suggestionDetailView,
  suggestionListQuery,
  suggestionListView,
} from './suggestion-schema.js';

const tags = ['supervision'];
/** An .xlsx list of a few thousand rows is well under this. */
const MAX_LIST_BYTES = 10 * 1024 * 1024;

type Reading = { viewer: Viewer; scope: SupervisionScope; today: string };

/** Many suggestions as the list shows them, in a fixed number of statements: unit names, the task's number, due day and whether it is late. */
async function presentSuggestions(db: Db, rows: readonly SuggestionWithTask[], viewer: Viewer, today: string) {
  const coOf = new Map(rows.map((s) => [s.id, JSON.parse(s.coUnitIds) as string[]]));
  const unitIds = [...new Set(rows.flatMap((s) => [...(s.leadUnitId ? [s.leadUnitId] : []), ...(coOf.get(s.id) ?? [])]))];
  const units = unitIds.length ? await db.selectFrom('units').select(['id', 'name']).where('id', 'in', unitIds).execute() : [];
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  return rows.map((s) => {
    const due = s.clockDue ?? s.taskDueOn;
    const isOverdue = (s.taskStatus === 'open' || s.taskStatus === 'reviewing') && s.clockOpen !== 0 && due !== null && due < today;
    return {
      id: s.id,
      kind: s.kind as SuggestionKind,
      kindLabel: suggestionKindLabels[s.kind as SuggestionKind] ?? s.kind,
      code: s.code,
      session: s.session,
      title: s.title,
      proposers: JSON.parse(s.proposers) as string[],
      summary: s.summary,
      leadUnitId: s.leadUnitId,
      leadUnitName: s.leadUnitId ? (nameOf.get(s.leadUnitId) ?? null) : null,
      coUnits: (coOf.get(s.id) ?? []).map((u) => ({ id: u, name: nameOf.get(u) ?? u })),
      assignedOn: s.assignedOn,
      status: s.status as SuggestionStatus,
      statusLabel: suggestionStatusLabels[s.status as SuggestionStatus] ?? s.status,
      round: s.round,
      answer: s.answer,
      answeredOn: s.answeredOn,
      satisfaction: (s.satisfaction as Satisfaction | null) ?? null,
      satisfactionLabel: s.satisfaction ? (satisfactionLabels[s.satisfaction as Satisfaction] ?? s.satisfaction) : null,
      sendBackReason: s.sendBackReason,
      isForPublication: s.isForPublication === 1,
      batchId: s.batchId,
      version: s.version,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
      task: s.taskId ? { id: s.taskId, number: s.taskNumber, dueOn: due, status: s.taskStatus, isOverdue } : null,
      actions: actionsFor(suggestionCase, suggestionCaseOf(s), viewer),
    };
  });
}

/** Deputies' suggestions and CPPCC proposals (建议提案, art. 40) and rectification lists (整改清单, art. 77). */
export const suggestionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle, clock } = app.deps;
  const db: Db = handle.db;
  await app.register(multipart, { limits: { fileSize: MAX_LIST_BYTES, files: 1, fields: 5 } });

  const reading = async (user: SignedInUser): Promise<Reading> => {
    const now = clock.now();
    const viewer = await viewerOf(db, { userId: user.id, personId: user.personId, unitId: user.unit?.id ?? null, roles: user.roles }, now);
    return { viewer, scope: supervisionScopeOf(viewer), today: localDateOf(now) };
  };

  app.get(
    '/api/supervision/suggestions',
    { config: { policy: 'supervision.read' }, schema: { summary: '人大代表建议和政协提案（第四十条）：按类别、届次、状态、承办单位、是否逾期筛选，附任务编号、办理时限和逾期情况', tags, querystring: suggestionListQuery, response: { 200: suggestionListView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      const { pageSize, cursor, ...filter } = request.query;
      const page = pageOf(await suggestionsRepository.page(db, filter, r.scope, r.today, { after: decodeListCursor(cursor), limit: pageSize + 1 }), pageSize, (s) => [s.session, s.code, s.id]);
      return { items: await presentSuggestions(db, page.rows, r.viewer, r.today), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/supervision/suggestions/:id',
    { config: { policy: 'supervision.read' }, schema: { summary: '建议提案详情（第四十条）：交办、退回、答复、满意度测评的经过，所成任务及其期限计算说明，公开情况', tags, params: idParams, response: { 200: suggestionDetailView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      const s = found(await suggestionsRepository.findWithTask(db, request.params.id, r.scope, r.today), '建议提案');
      const [view] = await presentSuggestions(db, [s], r.viewer, r.today);
      const task = s.taskId ? await supervisionRepository.findTask(db, s.taskId, { kind: 'all' }) : undefined;
      const [taskDetail] = task ? await presentTasks(db, [task], r.viewer, r.today) : [];
      const entries = await timelineRepository.of(db, suggestionCase.kind, s.id);
      const attachments = await attachmentRepository.ofOwners(db, suggestionOwnerType, [s.id]);
      const publication = await publicationsRepository.bySource(db, suggestionCase.kind, s.id);
      const labels: Record<string, string> = Object.fromEntries(Object.entries(suggestionCase.actions).map(([a, spec]) => [a, spec.label]));
      return {
        ...(view as NonNullable<typeof view>),
        taskDetail: taskDetail ?? null,
        taskHref: s.taskId ? `/supervision/tasks/${s.taskId}` : null,
        timeline: entries.map((e) => ({ action: e.action, actionLabel: labels[e.action] ?? e.action, actorName: e.actorName, actingForName: e.actingForName, opinion: e.opinion, article: e.article, occurredAt: e.occurredAt })),
        attachments: attachments.map((a) => ({ id: a.id, fileName: a.fileName, mediaType: a.mediaType, size: a.size, sm3: a.sm3, createdAt: a.createdAt })),
        publication: publication ? { id: publication.id, status: publication.status, dueOn: publication.dueOn, queuedAt: publication.queuedAt, publishedAt: publication.publishedAt } : null,
      };
    },
  );

  app.post(
    '/api/supervision/suggestions/batch',
    { config: { policy: 'supervision.office' }, schema: { summary: '办公室按人大、政协交办名单批量登记建议提案（第四十条）：全部通过才登记，错误逐行指明；同届次同类别编号不得重复', tags, body: batchBody, response: { 201: batchView } } },
    async (request, reply) => reply.status(201).send(await registerSuggestions(operationContext(request), request.body)),
  );

  app.post(
    '/api/supervision/suggestions/import',
    {
      config: { policy: 'supervision.office' },
      schema: { summary: '从 Excel（.xlsx）导入建议提案名单（第四十条）：multipart，先传 kind（deputy|cppcc）、session 字段，再传 file；列为编号、标题、领衔人/提案人（以“、”分隔）、内容摘要', tags, response: { 201: batchView } },
    },
    async (request, reply) => {
      if (!request.isMultipart()) invalid('请以 multipart/form-data 上传 .xlsx 文件');
      const file = await request.file();
      if (!file) invalid('没有收到文件');
      const bytes = await file.toBuffer();
      if (file.file.truncated) invalid(`文件超过${MAX_LIST_BYTES / 1024 / 1024}MB`);
      const field = (name: string): string => {
        const f = file.fields[name];
        return f && !Array.isArray(f) && f.type === 'field' ? String(f.value).trim() : '';
      };
      const kind = field('kind');
      if (!(suggestionKinds as readonly string[]).includes(kind)) invalid('请选择类别：人大代表建议（deputy）或政协提案（cppcc）');
      const items = await parseSuggestionWorkbook(bytes);
      return reply.status(201).send(await registerSuggestions(operationContext(request), { kind: kind as SuggestionKind, session: field('session'), items }));
    },
  );

  app.post(
    '/api/supervision/suggestions/:id/assign',
    { config: { policy: 'supervision.office' }, schema: { summary: '办公室交办建议提案（第四十条）：确定主办、协办单位，自交办之日起限时办结；退回后改派的，任务随之改派并重新计时', tags, params: idParams, body: assignBody, response: { 200: assignedView } } },
    async (request) => assignSuggestion(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/supervision/suggestions/:id/send-back',
    { config: { policy: 'supervision.report' }, schema: { summary: '承办单位申请退回不属于本单位职责的建议提案（第四十条），须在交办后规定天数内提出并说明理由', tags, params: idParams, body: sendBackBody, response: { 200: statusVersionView } } },
    async (request) => sendBackSuggestion(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/supervision/suggestions/:id/answer',
    { config: { policy: 'supervision.report' }, schema: { summary: '承办单位答复代表委员（第四十条）：任务报办公室验收；标明公开的，办理结果列入主动公开队列', tags, params: idParams, body: answerBody, response: { 200: answeredView } } },
    async (request) => answerSuggestion(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/supervision/suggestions/:id/satisfaction',
    { config: { policy: 'supervision.office' }, schema: { summary: '办公室登记代表委员满意度（第四十条）：满意、基本满意的办结；首次不满意的重新办理答复一次，期限重新计算', tags, params: idParams, body: satisfactionBody, response: { 200: satisfactionView } } },
    async (request) => recordSatisfaction(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/supervision/rectifications',
    { config: { policy: 'supervision.office' }, schema: { summary: '办公室建立整改清单（第七十七条）：逐项列出问题，每个问题作为子任务挂账整改，销号后按期回头看', tags, body: rectificationBody, response: { 201: rectificationOpenedView } } },
    async (request, reply) => reply.status(201).send(await openRectificationList(operationContext(request), request.body)),
  );

  app.get(
    '/api/supervision/rectifications/:id',
    { config: { policy: 'supervision.read' }, schema: { summary: '整改清单（第七十七条）：各问题的整改情况，挂账与销号数', tags, params: idParams, response: { 200: rectificationView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      const { list, problems, tally } = await rectificationOf(db, request.params.id, r.scope);
      const [listView, ...problemViews] = await presentTasks(db, [list, ...problems], r.viewer, r.today);
      return { list: listView as NonNullable<typeof listView>, problems: problemViews, tally, tallyLabel: `挂账${tally.pending}个／销号${tally.closed}个` };
    },
  );
};
