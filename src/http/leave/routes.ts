import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { localDateOf } from '../../clock.js';
import { leaveContactContext } from '../../crypto/encrypted-columns.js';
import { maskStored } from '../../crypto/mask.js';
import { attachmentRepository, type AttachmentMeta } from '../../db/attachment-repository.js';
import type { Db } from '../../db/database.js';
import { leaveRepository, type LeaveReportRecord } from '../../db/leave-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { actionsFor, standingFor, type Viewer } from '../../domain/case.js';
import { found } from '../../domain/errors.js';
import { can } from '../../domain/identity/policies.js';
import { leaderItemCase, leaveReportCase } from '../../domain/leave/case.js';
import { absenceDays, type LeaderItem, leaderItemKindLabels, leaveKindLabels } from '../../domain/leave/types.js';
import { viewerOf } from '../../operations/case/viewer.js';
import { assignCover } from '../../operations/leave/assign-cover.js';
import { type Availability, availabilityOn } from '../../operations/leave/availability.js';
import { createLeaderItem, handleLeaderItem } from '../../operations/leave/leader-items.js';
import { readLeaveContact } from '../../operations/leave/read-leave-contact.js';
import { reportLeave } from '../../operations/leave/report-leave.js';
import { cancelLeave, returnFromLeave } from '../../operations/leave/return-from-leave.js';
import { leaderItemScopeOf, leaveScopeOf } from '../../operations/leave/scope.js';
import '../../operations/leave/workbench.js';
import { actorOf, type SignedInUser } from '../../operations/identity/present-user.js';
import { decodeListCursor, pageOf } from '../paging.js';
import { requireAuth } from '../auth.js';
import { operationContext } from '../context.js';
import { idParams, localDate, noContent } from '../schemas.js';
import {
  assignCoverBody,
  coverCalendarView,
  createdView,
  handleItemBody,
  leaderItemBody,
  leaderItemListQuery,
  leaderItemListView,
  leaderItemView,
  leaveContactView,
  leaveReportView,
  listQuery,
  reportCreatedView,
  reportLeaveBody,
  reportListView,
  returnBody,
  versionBody,
  whereaboutsView,
} from './schema.js';

const tags = ['leave'];

/** Names of people and units, loaded once per request for presenting lists. */
async function namesOf(db: Db) {
  const [people, units] = await Promise.all([orgRepository.listPeople(db), orgRepository.listUnits(db)]);
  const personNames = new Map(people.map((p) => [p.id, p.name]));
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  return { person: (id: string) => personNames.get(id) ?? '', unit: (id: string | null) => (id ? (unitNames.get(id) ?? null) : null) };
}
type Names = Awaited<ReturnType<typeof namesOf>>;

export const leaveRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle, clock, fieldCipher } = app.deps;
  const today = () => localDateOf(clock.now());
  const viewerFor = (user: SignedInUser, known?: Availability) => viewerOf(handle.db, actorOf(user), clock.now(), known);

  const present = async (request: FastifyRequest, r: LeaveReportRecord, viewer: Viewer, names: Names, preloaded?: readonly AttachmentMeta[]) => {
    // Only what the page shows: never the ciphertext or the reporting user's id.
    const { contactEncrypted, reportedByUserId: _reportedBy, createdAt: _createdAt, ...shown } = r;
    return {
      ...shown,
      personName: names.person(r.personId),
      unitName: names.unit(r.unitId),
      kindLabel: leaveKindLabels[r.kind],
      days: absenceDays(r.startDate, r.endDate),
      // Masked in every list and detail (等保 8.1.4.11); the whole number only through the audited read
      // (`read_contact`). A value that fails its integrity check shows as unreadable rather than failing the list.
      contactMasked:
        maskStored(fieldCipher, 'mobile', contactEncrypted, leaveContactContext(r.id), (error) =>
          request.log.warn({ reportId: r.id, field: 'contact', reason: error.code }, '个人信息密文校验失败'),
        ) ?? '',
      attachments: (preloaded ? preloaded.filter((a) => a.ownerId === r.id) : await attachmentRepository.ofOwner(handle.db, 'leave_report', r.id)).map(({ id, kind, fileName, size, sm3 }) => ({ id, kind, fileName, size, sm3 })),
      // Whoever may see the report may ask for the whole 24-hour contact (each reading is audited).
      actions: [...actionsFor(leaveReportCase, r, viewer), 'read_contact'],
    };
  };

  app.get(
    '/api/leave/whereabouts',
    {
      config: { policy: 'leave.read' },
      schema: { summary: '领导去向：某日外出的领导、去向、补位与主持工作的领导（第七、六十二、八十二条）', tags, querystring: z.object({ date: localDate.optional() }), response: { 200: whereaboutsView } },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const day = request.query.date ?? today();
      const availability = await availabilityOn(handle.db, day);
      const viewer = await viewerFor(user);
      const [reports, names] = await Promise.all([leaveRepository.listReports(handle.db, leaveScopeOf(viewer), { from: day, to: day }), namesOf(handle.db)]);
      const awayReports = reports.filter((r) => r.status !== 'cancelled' && availability.isAway(r.personId));
      // One statement for every away report's attachments, however many leaders are away that day.
      const attachments = await attachmentRepository.ofOwners(handle.db, 'leave_report', awayReports.map((r) => r.id));
      const away = await Promise.all(awayReports.map(async (r) => ({ ...(await present(request, r, viewer, names, attachments)), cover: availability.coverOf(r.personId) ?? null })));
      return {
        date: day,
        presiding: availability.presiding ?? null,
        leaders: availability.leaders.map((l) => ({ personId: l.personId, name: l.name, post: l.post.title, isAway: availability.isAway(l.personId), cover: availability.coverOf(l.personId) ?? null })),
        away,
      };
    },
  );

  app.get(
    '/api/leave/cover-calendar',
    { config: { policy: 'leave.read' }, schema: { summary: '补位日历：一段时间内每天外出的区政府领导及其补位', tags, querystring: z.object({ from: localDate, to: localDate }), response: { 200: coverCalendarView } } },
    async (request) => {
      const { user } = requireAuth(request);
      const { from, to } = request.query;
      const viewer = await viewerFor(user);
      const scope = leaveScopeOf(viewer);
      const head = (await orgRepository.leaders(handle.db, today(), ['head']))[0];
      // Unit heads see their own absences only, as in the whereabouts view.
      const shows = (personId: string) => scope.all || personId === scope.personId;
      const days: z.infer<typeof coverCalendarView>['days'] = [];
      for (let d = from, n = 0; d <= to && n < 62; n++) {
        const availability = await availabilityOn(handle.db, d);
        days.push({
          date: d,
          away: availability.leaders.filter((l) => availability.isAway(l.personId) && shows(l.personId)).map((l) => ({ personId: l.personId, name: l.name, cover: availability.coverOf(l.personId) ?? null })),
          presiding: scope.all ? (availability.presiding ?? null) : null,
        });
        const next = new Date(`${d}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        d = next.toISOString().slice(0, 10);
      }
      // Art. 63 "由区长安排": the 区长 in person (the operation checks it again).
      return { from, to, days, actions: can(user.roles, 'cover.assign') && head !== undefined && head.personId === viewer.personId ? ['assign_cover'] : [] };
    },
  );

  app.get(
    '/api/leave/reports',
    { config: { policy: 'leave.read' }, schema: { summary: '请销假报告列表', tags, querystring: listQuery, response: { 200: reportListView } } },
    async (request) => {
      const { user } = requireAuth(request);
      const viewer = await viewerFor(user);
      const { pageSize, cursor, ...filter } = request.query;
      const [listed, names] = await Promise.all([leaveRepository.listReports(handle.db, leaveScopeOf(viewer), filter, { after: decodeListCursor(cursor), limit: pageSize + 1 }), namesOf(handle.db)]);
      const { rows: reports, nextCursor } = pageOf(listed, pageSize, (r) => [r.startDate, r.id]);
      // The page's attachments in one statement, not one per report.
      const attachments = await attachmentRepository.ofOwners(handle.db, 'leave_report', reports.map((r) => r.id));
      return { items: await Promise.all(reports.map((r) => present(request, r, viewer, names, attachments))), nextCursor, actions: can(user.roles, 'leave.report') ? ['create'] : [] };
    },
  );

  app.get(
    '/api/leave/reports/:id',
    { config: { policy: 'leave.read' }, schema: { summary: '请假报告详情', tags, params: idParams, response: { 200: leaveReportView } } },
    async (request) => {
      const viewer = await viewerFor(requireAuth(request).user);
      const report = found(await leaveRepository.findReportIn(handle.db, request.params.id, leaveScopeOf(viewer)), '请假报告');
      return present(request, report, viewer, await namesOf(handle.db));
    },
  );

  app.get(
    '/api/leave/reports/:id/contact',
    {
      config: { policy: 'leave.read' },
      schema: { summary: '查看请假报告的完整24小时联系电话（可看该报告者均可查看，每次查看均记入审计）', tags, params: idParams, response: { 200: leaveContactView } },
    },
    async (request, reply) => {
      const viewer = await viewerFor(requireAuth(request).user);
      const contact = await readLeaveContact({ ...operationContext(request), cipher: fieldCipher }, { reportId: request.params.id, scope: leaveScopeOf(viewer) });
      // The whole number must not linger in browser or proxy caches.
      return reply.header('cache-control', 'no-store').send(contact);
    },
  );

  app.post(
    '/api/leave/reports',
    { config: { policy: 'leave.report' }, schema: { summary: '报告外出（第八十二条：按规定天数提前报告；超过规定天数附通知、方案、日程；24小时联系方式）', tags, body: reportLeaveBody, response: { 201: reportCreatedView } } },
    async (request, reply) => reply.status(201).send(await reportLeave({ ...operationContext(request), cipher: fieldCipher }, request.body)),
  );

  app.post(
    '/api/leave/reports/:id/return',
    { config: { policy: 'leave.report' }, schema: { summary: '销假', tags, params: idParams, body: returnBody, response: noContent } },
    async (request, reply) => {
      await returnFromLeave(operationContext(request), { id: request.params.id, ...request.body });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/leave/reports/:id/cancel',
    { config: { policy: 'leave.report' }, schema: { summary: '撤销尚未开始的外出报告', tags, params: idParams, body: versionBody, response: noContent } },
    async (request, reply) => {
      await cancelLeave(operationContext(request), { id: request.params.id, ...request.body });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/leave/cover-assignments',
    { config: { policy: 'cover.assign' }, schema: { summary: '区长另行安排补位（第六十三条）', tags, body: assignCoverBody, response: { 201: createdView } } },
    async (request, reply) => reply.status(201).send(await assignCover(operationContext(request), request.body)),
  );

  const presentItems = async (items: LeaderItem[], viewer: Viewer, availability: Availability) => {
    const names = await namesOf(handle.db);
    const handlerIds = [...new Set(items.map((i) => i.handledByUserId).filter((id): id is string => id !== null))];
    const handlers = handlerIds.length > 0 ? await handle.db.selectFrom('users').select(['id', 'displayName']).where('id', 'in', handlerIds).execute() : [];
    const handlerName = new Map(handlers.map((h) => [h.id, h.displayName]));
    return items.map((i) => {
      const standing = standingFor(leaderItemCase.actions.handle, i, viewer);
      return {
        ...i,
        kindLabel: leaderItemKindLabels[i.kind] ?? i.kind,
        statusLabel: leaderItemCase.states[i.status],
        addresseeName: names.person(i.addresseePersonId),
        handledByName: i.handledByUserId ? (handlerName.get(i.handledByUserId) ?? null) : null,
        handledActingForName: i.handledActingForPersonId ? names.person(i.handledActingForPersonId) : null,
        cover: availability.coverOf(i.addresseePersonId) ?? null,
        actingFor: standing === false ? null : standing.actingFor,
        actions: actionsFor(leaderItemCase, i, viewer),
      };
    });
  };

  app.get(
    '/api/leader-items',
    { config: { policy: 'leader_items.read' }, schema: { summary: '领导事项（会议、接待、突发事件、紧急公文、邀请）', tags, querystring: leaderItemListQuery, response: { 200: leaderItemListView } } },
    async (request) => {
      const { user } = requireAuth(request);
      const availability = await availabilityOn(handle.db, today());
      const viewer = await viewerFor(user, availability);
      const { pageSize, cursor, ...filter } = request.query;
      const { rows: items, nextCursor } = pageOf(await leaveRepository.listItems(handle.db, leaderItemScopeOf(viewer), filter, { after: decodeListCursor(cursor), limit: pageSize + 1 }), pageSize, (i) => [i.createdAt, i.id]);
      return { items: await presentItems(items, viewer, availability), nextCursor, actions: can(user.roles, 'leader_items.create') ? ['create'] : [] };
    },
  );

  app.get(
    '/api/leader-items/:id',
    { config: { policy: 'leader_items.read' }, schema: { summary: '领导事项详情', tags, params: idParams, response: { 200: leaderItemView } } },
    async (request) => {
      const availability = await availabilityOn(handle.db, today());
      const viewer = await viewerFor(requireAuth(request).user, availability);
      const item = found(await leaveRepository.findItemIn(handle.db, request.params.id, leaderItemScopeOf(viewer)), '事项');
      const [shown] = await presentItems([item], viewer, availability);
      return found(shown, '事项');
    },
  );

  app.post(
    '/api/leader-items',
    { config: { policy: 'leader_items.create' }, schema: { summary: '为领导登记事项（外出时紧急事项转补位领导）', tags, body: leaderItemBody, response: { 201: createdView } } },
    async (request, reply) => reply.status(201).send(await createLeaderItem(operationContext(request), request.body)),
  );

  app.post(
    '/api/leader-items/:id/handle',
    { config: { policy: 'leader_items.handle' }, schema: { summary: '办理事项（补位代办时记为代某某处理）', tags, params: idParams, body: handleItemBody, response: noContent } },
    async (request, reply) => {
      await handleLeaderItem(operationContext(request), { id: request.params.id, ...request.body });
      return reply.status(204).send();
    },
  );
};
