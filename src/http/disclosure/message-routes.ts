import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { localDateOf } from '../../clock.js';
import { messageContactContext } from '../../crypto/encrypted-columns.js';
import { maskStored } from '../../crypto/mask.js';
import { calendarRepository } from '../../db/calendar-repository.js';
import type { Db } from '../../db/database.js';
import { publicMessagesRepository, type PublicMessageRecord } from '../../db/public-messages-repository.js';
import { timelineRepository } from '../../db/timeline-repository.js';
import { actionsFor, type Viewer } from '../../domain/case.js';
import { messageCase } from '../../domain/disclosure/case.js';
import { type MessageStatus, messageStatusLabels } from '../../domain/disclosure/types.js';
import { found } from '../../domain/errors.js';
import { viewerOf } from '../../operations/case/viewer.js';
import { answerMessage, assignMessage, messageAnswerDays, messageCaseOf, messageScopeOf, publishMessage, submitMessage, trackMessage } from '../../operations/disclosure/messages.js';
import type { SignedInUser } from '../../operations/identity/present-user.js';
import { clockView } from '../../operations/meetings/clock-view.js';
import { requireAuth } from '../auth.js';
import { operationContext, publicContext } from '../context.js';
import { decodeListCursor, pageOf, pageQuery } from '../paging.js';
import { idParams } from '../schemas.js';
import {
  assignBody,
  messageAccessBody,
  messageAnswerBody,
  messageDetailView,
  messageListQuery,
  messageListView,
  messageMovedView,
  messageSubmittedView,
  messageTrackView,
  publicMessageBody,
  publishedMessageListView,
  publishedMessageView,
  versionBody,
} from './message-schema.js';

const tags = ['disclosure'];

const published = (m: PublicMessageRecord) => ({
  id: m.id,
  number: m.number,
  subject: m.subject,
  body: m.body,
  displayName: m.displayName,
  receivedOn: m.receivedOn,
  answer: m.answer,
  answeredOn: m.answeredOn,
  publishedAt: m.publishedAt ?? '',
});

/** Messages from the public (政民互动, art. 39, 44): the portal's side and the office's. */
export const messageRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle, clock, fieldCipher } = app.deps;
  const db: Db = handle.db;

  const reading = async (user: SignedInUser): Promise<{ viewer: Viewer; today: string }> => {
    const now = clock.now();
    return { viewer: await viewerOf(db, { userId: user.id, personId: user.personId, unitId: user.unit?.id ?? null, roles: user.roles }, now), today: localDateOf(now) };
  };

  /** Many messages as the staff list shows them, in a fixed number of statements (one for the unit names). */
  const present = async (rows: readonly PublicMessageRecord[], viewer: Viewer, today: string, log: { warn: (o: object, m: string) => void }) => {
    const unitIds = [...new Set(rows.flatMap((m) => (m.unitId ? [m.unitId] : [])))];
    const units = unitIds.length ? await db.selectFrom('units').select(['id', 'name']).where('id', 'in', unitIds).execute() : [];
    const nameOf = new Map(units.map((u) => [u.id, u.name]));
    return rows.map((m) => ({
      id: m.id,
      number: m.number,
      subject: m.subject,
      body: m.body,
      displayName: m.displayName,
      contactMasked: maskStored(fieldCipher, 'mobile', m.contactEncrypted, messageContactContext(m.id), (error) => log.warn({ messageId: m.id, field: 'contact', reason: error.code }, '个人信息密文校验失败')),
      wantsPublic: m.wantsPublic === 1,
      receivedOn: m.receivedOn,
      status: m.status as MessageStatus,
      statusLabel: messageStatusLabels[m.status as MessageStatus] ?? m.status,
      unit: m.unitId ? { id: m.unitId, name: nameOf.get(m.unitId) ?? m.unitId } : null,
      dueOn: m.dueOn,
      isOverdue: m.status === 'received' && m.dueOn < today,
      answer: m.answer,
      answeredByName: m.answeredByName,
      answeredOn: m.answeredOn,
      publishedAt: m.publishedAt,
      version: m.version,
      actions: actionsFor(messageCase, messageCaseOf(m), viewer),
    }));
  };

  // ——— the portal ———

  app.post(
    '/api/public/messages',
    { config: { policy: 'public' }, schema: { summary: '公众留言（政民互动，第三十九条）：返回留言编号、仅显示一次的查询码和答复期限', tags, body: publicMessageBody, response: { 201: messageSubmittedView } } },
    async (request, reply) => {
      const { id: _id, ...submitted } = await submitMessage({ ...publicContext(request, request.body.displayName?.trim() || '公众'), cipher: fieldCipher }, request.body);
      return reply.status(201).header('cache-control', 'no-store').send(submitted);
    },
  );

  app.post(
    '/api/public/messages/track',
    { config: { policy: 'public' }, schema: { summary: '留言人以编号和查询码查询留言的办理情况和答复', tags, body: messageAccessBody, response: { 200: messageTrackView } } },
    async (request, reply) => {
      const m = await trackMessage(db, request.body.number, request.body.accessCode);
      return reply.header('cache-control', 'no-store').send({
        number: m.number,
        subject: m.subject,
        status: m.status as MessageStatus,
        statusLabel: messageStatusLabels[m.status as MessageStatus] ?? m.status,
        receivedOn: m.receivedOn,
        dueOn: m.dueOn,
        answer: m.answer,
        answeredOn: m.answeredOn,
        isPublished: m.status === 'published',
      });
    },
  );

  app.get(
    '/api/public/messages',
    { config: { policy: 'public' }, schema: { summary: '已公开的公众留言及答复（由近及远）', tags, querystring: pageQuery, response: { 200: publishedMessageListView } } },
    async (request) => {
      const { pageSize, cursor } = request.query;
      const page = pageOf(await publicMessagesRepository.published(db, { after: decodeListCursor(cursor), limit: pageSize + 1 }), pageSize, (m) => [m.publishedAt ?? '', m.id]);
      return { items: page.rows.map(published), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/public/messages/:id',
    { config: { policy: 'public' }, schema: { summary: '一条已公开的公众留言及答复（不含留言人联系方式）', tags, params: idParams, response: { 200: publishedMessageView } } },
    async (request) => published(found(await publicMessagesRepository.findPublished(db, request.params.id), '留言')),
  );

  // ——— the office and the units ———

  app.get(
    '/api/disclosure/messages',
    { config: { policy: 'disclosure.read' }, schema: { summary: '公众留言办理（第三十九条）：按答复期限排列；办公室看全部，单位看转交本单位的', tags, querystring: messageListQuery, response: { 200: messageListView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      const { pageSize, cursor, ...filter } = request.query;
      const page = pageOf(await publicMessagesRepository.page(db, messageScopeOf(r.viewer), filter, { after: decodeListCursor(cursor), limit: pageSize + 1 }), pageSize, (m) => [m.dueOn, m.id]);
      return { items: await present(page.rows, r.viewer, r.today, request.log), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/disclosure/messages/:id',
    { config: { policy: 'disclosure.read' }, schema: { summary: '公众留言详情：答复期限及其计算（期限依据尚待核实）、办理经过', tags, params: idParams, response: { 200: messageDetailView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      const m = found(await publicMessagesRepository.find(db, request.params.id, messageScopeOf(r.viewer)), '公众留言');
      const [view] = await present([m], r.viewer, r.today, request.log);
      const deadline = await calendarRepository.findDeadline(db, m.deadlineId);
      const shown = clockView(deadline, r.today);
      const entries = await timelineRepository.of(db, messageCase.kind, m.id);
      const labels: Record<string, string> = Object.fromEntries(Object.entries(messageCase.actions).map(([a, spec]) => [a, spec.label]));
      return {
        ...(view as NonNullable<typeof view>),
        clock: shown ? { ...shown, explanation: `${shown.explanation}${messageAnswerDays(m.receivedOn).unconfirmed}` } : null,
        timeline: entries.map((e) => ({ action: e.action, actionLabel: labels[e.action] ?? e.action, actorName: e.actorName, actingForName: e.actingForName, opinion: e.opinion, article: e.article, occurredAt: e.occurredAt })),
      };
    },
  );

  app.post(
    '/api/disclosure/messages/:id/assign',
    { config: { policy: 'disclosure.review' }, schema: { summary: '办公室将留言转交有关单位办理（第三十九条）', tags, params: idParams, body: assignBody, response: { 200: messageMovedView } } },
    async (request) => assignMessage(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/disclosure/messages/:id/answer',
    { config: { policy: 'disclosure.messages' }, schema: { summary: '答复留言（第三十九条）：转交的单位或（未转交的）办公室答复；超过期限的记为逾期', tags, params: idParams, body: messageAnswerBody, response: { 200: messageMovedView } } },
    async (request) => answerMessage(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/disclosure/messages/:id/publish',
    { config: { policy: 'disclosure.review' }, schema: { summary: '审核公开留言及答复（第三十九条、第八十三条）：留言人同意公开、审核人不是答复人、不含个人信息', tags, params: idParams, body: versionBody, response: { 200: messageMovedView } } },
    async (request) => publishMessage(operationContext(request), { id: request.params.id, ...request.body }),
  );
};
