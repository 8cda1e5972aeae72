import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { localDateOf } from '../../clock.js';
import type { Db } from '../../db/database.js';
import { type PublicationRecord, publicationsRepository } from '../../db/publications-repository.js';
import { timelineRepository } from '../../db/timeline-repository.js';
import { actionsFor, type Viewer } from '../../domain/case.js';
import { publicationCase } from '../../domain/disclosure/case.js';
import { type PublicationCategory, publicationCategoryLabels, type PublicationStatus, publicationStatusLabels } from '../../domain/disclosure/types.js';
import { found } from '../../domain/errors.js';
import { viewerOf } from '../../operations/case/viewer.js';
import { personalDataIn } from '../../operations/disclosure/personal-data.js';
import { preparePublication, publicationCaseOf, publicationScopeOf, revisePublication, reviewPublication, withdrawPublication } from '../../operations/disclosure/publications.js';
import { actorOf, type SignedInUser } from '../../operations/identity/present-user.js';
import { clockView } from '../../operations/meetings/clock-view.js';
import { requireAuth } from '../auth.js';
import { operationContext } from '../context.js';
import { decodeListCursor, pageOf } from '../paging.js';
import { idParams } from '../schemas.js';
import {
  createdView,
  prepareBody,
  publicationDetailView,
  publicationListQuery,
  publicationListView,
  rejectBody,
  reviewBody,
  reviseBody,
  statusVersionView,
  withdrawBody,
} from './publication-schema.js';

const tags = ['disclosure'];

/** Where the staff app shows the source of an item (the document, the suggestion). */
const sourceHref: Record<string, (id: string) => string> = {
  outgoing_document: (id) => `/outgoing/${id}`,
  outgoing_interpretation: (id) => `/outgoing/${id}`,
  supervision_suggestion: (id) => `/supervision/suggestions/${id}`,
  meeting: (id) => `/meetings/${id}`,
};

/** Many items as the staff list shows them, with their clocks in one statement. */
async function presentPublications(db: Db, rows: readonly PublicationRecord[], viewer: Viewer, today: string) {
  const deadlineIds = rows.map((p) => p.deadlineId).filter((id): id is string => id !== null);
  const deadlines = deadlineIds.length ? await db.selectFrom('deadlines').select(['id', 'due', 'isProvisional', 'isOpen', 'detail']).where('id', 'in', deadlineIds).execute() : [];
  const clockOf = new Map(deadlines.map((d) => [d.id, d]));
  return rows.map((p) => ({
    id: p.id,
    category: p.category as PublicationCategory,
    categoryLabel: publicationCategoryLabels[p.category as PublicationCategory] ?? p.category,
    title: p.title,
    documentNumber: p.documentNumber,
    issuingBody: p.issuingBody,
    writtenOn: p.writtenOn,
    status: p.status as PublicationStatus,
    statusLabel: publicationStatusLabels[p.status as PublicationStatus] ?? p.status,
    source: p.sourceType && p.sourceId ? { type: p.sourceType, id: p.sourceId, href: sourceHref[p.sourceType]?.(p.sourceId) ?? null } : null,
    interpretsId: p.interpretsId,
    preparedByName: p.preparedByName,
    reviewedByName: p.reviewedByName,
    reviewOpinion: p.reviewOpinion,
    reviewedAt: p.reviewedAt,
    publishedAt: p.publishedAt,
    withdrawnAt: p.withdrawnAt,
    withdrawnReason: p.withdrawnReason,
    clock: clockView(p.deadlineId ? clockOf.get(p.deadlineId) : undefined, today),
    portalHref: p.status === 'published' || p.status === 'withdrawn' ? `/gk/items/${p.id}` : null,
    version: p.version,
    updatedAt: p.updatedAt,
    actions: actionsFor(publicationCase, publicationCaseOf(p), viewer),
  }));
}

/**
 * The office's side of the catalogue (art. 83): the publication queue with each item's 20-working-day clock,
 * the review (publish or refuse, never by the preparer), withdrawal, and items prepared by hand.
 */
export const publicationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle, clock } = app.deps;
  const db: Db = handle.db;

  const reading = async (user: SignedInUser) => {
    const now = clock.now();
    const viewer = await viewerOf(db, actorOf(user), now);
    return { viewer, scope: publicationScopeOf(viewer), today: localDateOf(now) };
  };

  app.get(
    '/api/disclosure/publications',
    { config: { policy: 'disclosure.read' }, schema: { summary: '公开信息（第八十三条发布审核）：待审核的按公开期限排序，附期限计算说明；可按状态、栏目、关键词筛选', tags, querystring: publicationListQuery, response: { 200: publicationListView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      const { pageSize, cursor, ...filter } = request.query;
      const rows = await publicationsRepository.page(db, handle.dialect, r.scope, filter, { after: decodeListCursor(cursor), limit: pageSize + 1 });
      const page = pageOf(rows, pageSize, (p) => (filter.status === 'pending' ? [p.dueOn ?? '', p.id] : [p.updatedAt, p.id]));
      const counts = await publicationsRepository.counts(db, r.scope, r.today);
      return {
        items: await presentPublications(db, page.rows, r.viewer, r.today),
        summary: { pending: counts.pending ?? 0, published: counts.published ?? 0, rejected: counts.rejected ?? 0, withdrawn: counts.withdrawn ?? 0, overdue: counts.overdue ?? 0 },
        nextCursor: page.nextCursor,
      };
    },
  );

  app.get(
    '/api/disclosure/publications/:id',
    { config: { policy: 'disclosure.read' }, schema: { summary: '公开信息详情：正文、附件、发布前的个人信息检查、审核经过', tags, params: idParams, response: { 200: publicationDetailView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      const p = found(await publicationsRepository.find(db, request.params.id, r.scope), '公开信息');
      const [view] = await presentPublications(db, [p], r.viewer, r.today);
      const ids = JSON.parse(p.attachmentIds) as string[];
      const attachments = ids.length ? await db.selectFrom('attachments').select(['id', 'fileName', 'size']).where('id', 'in', ids).execute() : [];
      const labels: Record<string, string> = Object.fromEntries(Object.entries(publicationCase.actions).map(([a, spec]) => [a, spec.label]));
      const entries = await timelineRepository.of(db, publicationCase.kind, p.id);
      return {
        ...(view as NonNullable<typeof view>),
        body: p.body,
        attachments: attachments.map((a) => ({ id: a.id, fileName: a.fileName, size: Number(a.size) })),
        personalData: personalDataIn(`${p.title}\n${p.body}`).map((f) => ({ label: f.label, masked: f.masked })),
        timeline: entries.map((e) => ({ action: e.action, actionLabel: labels[e.action] ?? e.action, actorName: e.actorName, actingForName: e.actingForName, opinion: e.opinion, article: e.article, occurredAt: e.occurredAt })),
      };
    },
  );

  app.post(
    '/api/disclosure/publications',
    { config: { policy: 'disclosure.prepare' }, schema: { summary: '拟稿公开信息（机构职能、规划计划、财政预决算、权责清单、执法公示、重大问题处理结果等），待办公室发布审核（第八十三条）', tags, body: prepareBody, response: { 201: createdView } } },
    async (request, reply) => {
      const result = await preparePublication(operationContext(request), request.body);
      return reply.code(201).send(result);
    },
  );

  app.put(
    '/api/disclosure/publications/:id',
    { config: { policy: 'disclosure.review' }, schema: { summary: '修改待审核的公开信息', tags, params: idParams, body: reviseBody, response: { 200: statusVersionView } } },
    async (request) => revisePublication(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/disclosure/publications/:id/publish',
    { config: { policy: 'disclosure.review' }, schema: { summary: '审核发布（第八十三条）：拟稿人以外的办公室工作人员本人审核；含个人信息的不能发布', tags, params: idParams, body: reviewBody, response: { 200: statusVersionView } } },
    async (request) => {
      const { status, version } = await reviewPublication(operationContext(request), { id: request.params.id, version: request.body.version, decision: 'publish', opinion: request.body.opinion ?? null });
      return { status, version };
    },
  );

  app.post(
    '/api/disclosure/publications/:id/reject',
    { config: { policy: 'disclosure.review' }, schema: { summary: '不予发布（第八十三条），写明理由', tags, params: idParams, body: rejectBody, response: { 200: statusVersionView } } },
    async (request) => {
      const { status, version } = await reviewPublication(operationContext(request), { id: request.params.id, version: request.body.version, decision: 'reject', opinion: request.body.opinion });
      return { status, version };
    },
  );

  app.post(
    '/api/disclosure/publications/:id/withdraw',
    { config: { policy: 'disclosure.review' }, schema: { summary: '撤回已发布的信息：门户网站上保留撤回说明', tags, params: idParams, body: withdrawBody, response: { 200: statusVersionView } } },
    async (request) => withdrawPublication(operationContext(request), { id: request.params.id, ...request.body }),
  );
};

