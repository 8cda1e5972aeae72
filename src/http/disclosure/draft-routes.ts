import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { localDateOf } from '../../clock.js';
import { type CommentDraftRecord, commentDraftsRepository } from '../../db/comment-drafts-repository.js';
import type { Db } from '../../db/database.js';
import { publicationsRepository } from '../../db/publications-repository.js';
import { timelineRepository } from '../../db/timeline-repository.js';
import { actionsFor, type Viewer } from '../../domain/case.js';
import { draftCase } from '../../domain/disclosure/case.js';
import { type DraftKind, draftKindLabels, type DraftStatus, draftStatusLabels } from '../../domain/disclosure/types.js';
import { found } from '../../domain/errors.js';
import { viewerOf } from '../../operations/case/viewer.js';
import {
  closeDraft,
  concludeDraft,
  createDraft,
  draftCaseOf,
  draftScopeOf,
  exportComments,
  hideComment,
  minimumPeriod,
  type PeriodBasis,
  periodText,
  publishDraft,
  reviseDraft,
  submitComment,
} from '../../operations/disclosure/drafts.js';
import { personalDataIn } from '../../operations/disclosure/personal-data.js';
import { issueChallenge } from '../../operations/disclosure/proof-of-work.js';
import { actorOf, type SignedInUser } from '../../operations/identity/present-user.js';
import { clockView } from '../../operations/meetings/clock-view.js';
import { requireAuth } from '../auth.js';
import { operationContext, publicContext } from '../context.js';
import { decodeListCursor, pageOf } from '../paging.js';
import { fileResponse, idParams, xlsxContentType } from '../schemas.js';
import { z } from 'zod';
import {
  challengeView,
  commentAcceptedView,
  commentBody,
  commentListView,
  concludeBody,
  createdDraftView,
  draftBody,
  draftDetailView,
  draftListQuery,
  draftListView,
  hiddenView,
  hideBody,
  pagedQuery,
  publicDraftDetailView,
  publicDraftListView,
  publishedDraftView,
  reviseDraftBody,
  statusVersionView,
  versionBody,
} from './draft-schema.js';

const tags = ['disclosure'];
const publicTags = ['public'];
const attachmentName = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;
const commentParams = z.object({ id: z.string().min(1).max(100), commentId: z.string().min(1).max(100) });

async function unitNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await db.selectFrom('units').select(['id', 'name']).where('id', 'in', unique).execute() : [];
  return new Map(rows.map((u) => [u.id, u.name]));
}

const kindOf = (d: CommentDraftRecord) => d.kind as DraftKind;
const minimumLabel = (d: CommentDraftRecord, day: string) => {
  const min = minimumPeriod({ kind: kindOf(d), bearsOnBusiness: d.bearsOnBusiness === 1 }, day);
  return `不少于${periodText(min.basis, min.amount)}${min.source ? `（${min.source}）` : ''}`;
};

/** Many drafts as the staff list shows them, the drafting units' names in one statement. */
async function presentDrafts(db: Db, rows: readonly CommentDraftRecord[], viewer: Viewer, today: string) {
  const names = await unitNames(db, rows.map((d) => d.draftingUnitId));
  return rows.map((d) => ({
    id: d.id,
    kind: kindOf(d),
    kindLabel: draftKindLabels[kindOf(d)] ?? d.kind,
    title: d.title,
    draftingUnitId: d.draftingUnitId,
    draftingUnitName: names.get(d.draftingUnitId) ?? d.draftingUnitId,
    bearsOnBusiness: d.bearsOnBusiness === 1,
    periodBasis: d.periodBasis as PeriodBasis,
    periodAmount: d.periodAmount,
    periodLabel: periodText(d.periodBasis, d.periodAmount),
    minimumLabel: minimumLabel(d, d.opensOn ?? today),
    opensOn: d.opensOn,
    closesOn: d.closesOn,
    status: d.status as DraftStatus,
    statusLabel: draftStatusLabels[d.status as DraftStatus] ?? d.status,
    preparedByName: d.preparedByName,
    reviewedByName: d.reviewedByName,
    publishedAt: d.publishedAt,
    commentCount: d.commentCount,
    portalHref: d.status === 'draft' ? null : `/gk/drafts/${d.id}`,
    version: d.version,
    updatedAt: d.updatedAt,
    actions: actionsFor(draftCase, draftCaseOf(d, today), viewer),
  }));
}

/** A published draft as the portal shows it (never its comments, only their number). */
async function presentPublicDrafts(db: Db, rows: readonly CommentDraftRecord[], today: string) {
  const names = await unitNames(db, rows.map((d) => d.draftingUnitId));
  return rows.map((d) => ({
    id: d.id,
    title: d.title,
    kind: kindOf(d),
    kindLabel: draftKindLabels[kindOf(d)] ?? d.kind,
    draftingUnitName: names.get(d.draftingUnitId) ?? '',
    opensOn: d.opensOn ?? '',
    closesOn: d.closesOn ?? '',
    periodLabel: periodText(d.periodBasis, d.periodAmount),
    isOpen: d.status === 'open' && d.closesOn !== null && today <= d.closesOn,
    commentCount: d.commentCount,
    status: d.status as DraftStatus,
    statusLabel: draftStatusLabels[d.status as DraftStatus] ?? d.status,
  }));
}

/**
 * Drafts for comment (征求意见稿, art. 36, 23): the drafting unit's draft, the office's publication of it for
 * its comment period, the public's comments (kept by the office, hidden when abusive, exported for the
 * summary), closing once the period is over and concluding with the summary and response; on the portal the
 * published drafts, the comment form and the conclusion.
 */
export const draftRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle, clock } = app.deps;
  const db: Db = handle.db;

  const reading = async (user: SignedInUser) => {
    const now = clock.now();
    const viewer = await viewerOf(db, actorOf(user), now);
    return { viewer, scope: draftScopeOf(viewer), today: localDateOf(now) };
  };

  app.get(
    '/api/disclosure/drafts',
    { config: { policy: 'disclosure.read' }, schema: { summary: '征求意见稿（第三十六条）：最近修改的在前，可按状态筛选；办公室和区政府领导看全部，各单位看本单位起草的', tags, querystring: draftListQuery, response: { 200: draftListView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      const { pageSize, cursor, ...filter } = request.query;
      const page = pageOf(await commentDraftsRepository.page(db, r.scope, filter, { after: decodeListCursor(cursor), limit: pageSize }), pageSize, (d) => [d.updatedAt, d.id]);
      return { items: await presentDrafts(db, page.rows, r.viewer, r.today), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/disclosure/drafts/:id',
    { config: { policy: 'disclosure.read' }, schema: { summary: '征求意见稿详情：起草说明、正文、征求意见期及其计算说明、收到意见数、发布前的个人信息检查、办理经过', tags, params: idParams, response: { 200: draftDetailView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      const d = found(await commentDraftsRepository.find(db, request.params.id, r.scope), '征求意见稿');
      const [view] = await presentDrafts(db, [d], r.viewer, r.today);
      const deadline = d.deadlineId ? await db.selectFrom('deadlines').select(['due', 'isProvisional', 'isOpen', 'detail']).where('id', '=', d.deadlineId).executeTakeFirst() : undefined;
      const final = d.finalPublicationId ? await publicationsRepository.find(db, d.finalPublicationId) : undefined;
      const labels: Record<string, string> = Object.fromEntries(Object.entries(draftCase.actions).map(([a, spec]) => [a, spec.label]));
      const entries = await timelineRepository.of(db, draftCase.kind, d.id);
      return {
        ...(view as NonNullable<typeof view>),
        explanation: d.explanation,
        body: d.body,
        hiddenCommentCount: await commentDraftsRepository.hiddenCount(db, d.id),
        clock: clockView(deadline, r.today),
        commentsSummary: d.commentsSummary,
        response: d.response,
        finalPublication: final ? { id: final.id, title: final.title, status: final.status } : null,
        concludedAt: d.concludedAt,
        personalData: personalDataIn(`${d.title}\n${d.explanation}\n${d.body}`).map((f) => ({ label: f.label, masked: f.masked })),
        timeline: entries.map((e) => ({ action: e.action, actionLabel: labels[e.action] ?? e.action, actorName: e.actorName, actingForName: e.actingForName, opinion: e.opinion, article: e.article, occurredAt: e.occurredAt })),
      };
    },
  );

  app.post(
    '/api/disclosure/drafts',
    {
      config: { policy: 'disclosure.prepare' },
      schema: { summary: '起草单位起草征求意见稿（第三十六条、第二十三条）：附起草说明（决策依据），征求意见期不少于规定期限（规范性文件、政策措施7个工作日；重大行政决策和涉及市场主体的30日）', tags, body: draftBody, response: { 201: createdDraftView } },
    },
    async (request, reply) => reply.code(201).send(await createDraft(operationContext(request), request.body)),
  );

  app.put(
    '/api/disclosure/drafts/:id',
    { config: { policy: 'disclosure.prepare' }, schema: { summary: '起草单位修改尚未发布的征求意见稿', tags, params: idParams, body: reviseDraftBody, response: { 200: statusVersionView } } },
    async (request) => reviseDraft(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/disclosure/drafts/:id/publish',
    { config: { policy: 'disclosure.review' }, schema: { summary: '办公室审核发布征求意见稿（第三十六条、第八十三条）：起草人以外的工作人员审核，含个人信息的不能发布；当日起计征求意见期', tags, params: idParams, body: versionBody, response: { 200: publishedDraftView } } },
    async (request) => publishDraft(operationContext(request), { id: request.params.id, version: request.body.version }),
  );

  app.post(
    '/api/disclosure/drafts/:id/close',
    { config: { policy: 'disclosure.review' }, schema: { summary: '征求意见期满后结束征求意见（第三十六条）；期满前不能结束', tags, params: idParams, body: versionBody, response: { 200: statusVersionView } } },
    async (request) => closeDraft(operationContext(request), { id: request.params.id, version: request.body.version }),
  );

  app.post(
    '/api/disclosure/drafts/:id/conclude',
    { config: { policy: 'disclosure.review' }, schema: { summary: '公布意见收集和采纳情况（第三十六条）：与正式文本一并在门户网站公布', tags, params: idParams, body: concludeBody, response: { 200: statusVersionView } } },
    async (request) => concludeDraft(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.get(
    '/api/disclosure/drafts/:id/comments',
    { config: { policy: 'disclosure.read' }, schema: { summary: '征求意见稿收到的公众意见（含已屏蔽的，标明）：按提交先后', tags, params: idParams, querystring: pagedQuery, response: { 200: commentListView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      const d = found(await commentDraftsRepository.find(db, request.params.id, r.scope), '征求意见稿');
      const { pageSize, cursor } = request.query;
      const page = pageOf(await commentDraftsRepository.comments(db, d.id, { after: decodeListCursor(cursor), limit: pageSize }), pageSize, (c) => [c.createdAt, c.id]);
      return {
        items: page.rows.map((c) => ({ id: c.id, body: c.body, displayName: c.displayName, isHidden: c.isHidden === 1, personalData: personalDataIn(c.body).map((f) => ({ label: f.label, masked: f.masked })), createdAt: c.createdAt })),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.get(
    '/api/disclosure/drafts/:id/comments.xlsx',
    { config: { policy: 'disclosure.review' }, schema: { summary: '导出公众意见（Excel），供汇总意见收集和采纳情况', tags, params: idParams, response: fileResponse(xlsxContentType, '公众意见（.xlsx）') } },
    async (request, reply) => {
      const r = await reading(requireAuth(request).user);
      const d = found(await commentDraftsRepository.find(db, request.params.id, r.scope), '征求意见稿');
      const { bytes, fileName } = await exportComments(operationContext(request), d);
      return reply.type(xlsxContentType).header('content-disposition', attachmentName(fileName)).send(bytes);
    },
  );

  app.post(
    '/api/disclosure/drafts/:id/comments/:commentId/hide',
    { config: { policy: 'disclosure.review' }, schema: { summary: '屏蔽公众意见（广告、辱骂等），写明理由；记入审计', tags, params: commentParams, body: hideBody, response: { 200: hiddenView } } },
    async (request) => hideComment(operationContext(request), { draftId: request.params.id, commentId: request.params.commentId, reason: request.body.reason }),
  );

  // ——— the portal ———

  app.get(
    '/api/public/challenge',
    { config: { policy: 'public' }, schema: { summary: '门户网站提交前的校验题（工作量证明）：提交意见、申请、留言时附上 challenge 与求得的 nonce，不记录访问者', tags: publicTags, response: { 200: challengeView } } },
    async (_request, reply) => reply.header('cache-control', 'no-store').send(issueChallenge(clock.now())),
  );

  app.get(
    '/api/public/drafts',
    { config: { policy: 'public' }, schema: { summary: '重大决策预公开：正在征求意见的草案（按截止日期先后）在前，其后为已结束征求意见的', tags: publicTags, querystring: pagedQuery, response: { 200: publicDraftListView } } },
    async (request) => {
      const { pageSize, cursor } = request.query;
      const rows = await commentDraftsRepository.publicPage(db, { after: decodeListCursor(cursor), limit: pageSize });
      const page = pageOf(rows, pageSize, (d) => [d.status === 'open' ? 'open' : 'past', d.closesOn ?? '', d.id]);
      return { items: await presentPublicDrafts(db, page.rows, localDateOf(clock.now())), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/public/drafts/:id',
    { config: { policy: 'public' }, schema: { summary: '征求意见草案：起草说明、正文、征求意见期及其计算说明、收到意见数；结束后公布意见收集和采纳情况', tags: publicTags, params: idParams, response: { 200: publicDraftDetailView } } },
    async (request) => {
      const d = found(await commentDraftsRepository.publicItem(db, request.params.id), '征求意见稿');
      const today = localDateOf(clock.now());
      const [view] = await presentPublicDrafts(db, [d], today);
      const deadline = d.deadlineId ? await db.selectFrom('deadlines').select(['detail']).where('id', '=', d.deadlineId).executeTakeFirst() : undefined;
      const final = d.finalPublicationId ? await publicationsRepository.portalItem(db, d.finalPublicationId) : undefined;
      return {
        ...(view as NonNullable<typeof view>),
        explanation: d.explanation,
        body: d.body,
        periodExplanation: deadline ? ((JSON.parse(deadline.detail) as { explanation?: string }).explanation ?? '') : '',
        conclusion:
          d.status === 'concluded' && d.commentsSummary !== null && d.response !== null
            ? { commentsSummary: d.commentsSummary, response: d.response, concludedAt: d.concludedAt, finalPublication: final?.status === 'published' ? { id: final.id, title: final.title } : null }
            : null,
      };
    },
  );

  app.post(
    '/api/public/drafts/:id/comments',
    { config: { policy: 'public' }, schema: { summary: '对征求意见草案提出意见（第三十六条）：征求意见期内、截止日当日止；不记录提交人，意见不在网站上公开', tags: publicTags, params: idParams, body: commentBody, response: { 201: commentAcceptedView } } },
    async (request, reply) => {
      const { commentCount } = await submitComment(publicContext(request, '公众'), { draftId: request.params.id, ...request.body });
      return reply.code(201).send({ isAccepted: true, commentCount });
    },
  );
};
