import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { localDateOf } from '../../clock.js';
import { leaveContactContext } from '../../crypto/encrypted-columns.js';
import { attachmentRepository } from '../../db/attachment-repository.js';
import { leaveRepository, type LeaveReportRecord } from '../../db/leave-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { found, notFound } from '../../domain/errors.js';
import { can, scopeOf } from '../../domain/identity/policies.js';
import { absenceDays, leaveKindLabels } from '../../domain/leave/types.js';
import { assignCover } from '../../operations/leave/assign-cover.js';
import { availabilityOn } from '../../operations/leave/availability.js';
import { createLeaderItem, handleLeaderItem, leaderItemKindLabels, type LeaderItemKind } from '../../operations/leave/leader-items.js';
import { reportLeave } from '../../operations/leave/report-leave.js';
import { cancelLeave, returnFromLeave } from '../../operations/leave/return-from-leave.js';
import '../../operations/leave/workbench.js';
import type { SignedInUser } from '../../operations/identity/present-user.js';
import { requireAuth } from '../auth.js';
import { operationContext } from '../context.js';
import { idParams, localDate } from '../schemas.js';
import { assignCoverBody, handleItemBody, leaderItemBody, leaveReportView, listQuery, reportLeaveBody, returnBody, versionBody } from './schema.js';

const tags = ['leave'];

/** Office staff and leaders see every report; a unit head only their own (others answer 404). */
/** Whether the caller's data scope covers every record of the area (the policy table says who). */
const seesAll = (user: SignedInUser) => scopeOf(user.roles, 'leave.read') === 'all';

export const leaveRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle, clock, fieldCipher } = app.deps;
  const today = () => localDateOf(clock.now());

  const present = async (r: LeaveReportRecord, user: SignedInUser) => {
    const person = await orgRepository.findPerson(handle.db, r.personId);
    const unit = r.unitId ? await orgRepository.findUnit(handle.db, r.unitId) : undefined;
    const isOwn = r.personId === user.personId;
    const mayAct = (isOwn || user.roles.includes('office_staff')) && r.status === 'reported';
    // Only what the page shows: never the ciphertext or the reporting user's id.
    const { contactEncrypted, reportedByUserId: _reportedBy, createdAt: _createdAt, ...shown } = r;
    return {
      ...shown,
      personName: person?.name ?? '',
      unitName: unit?.name ?? null,
      kindLabel: leaveKindLabels[r.kind],
      days: absenceDays(r.startDate, r.endDate),
      // Visible reports are the caller's own or seen by the office and leaders, who need the 24-hour contact.
      contact: fieldCipher.decrypt(contactEncrypted, leaveContactContext(r.id)),
      attachments: (await attachmentRepository.ofOwner(handle.db, 'leave_report', r.id)).map(({ id, kind, fileName, size, sm3 }) => ({ id, kind, fileName, size, sm3 })),
      actions: mayAct ? ['return', ...(r.startDate > today() ? ['cancel'] : [])] : [],
    };
  };
  const visible = async (id: string, user: SignedInUser) => {
    const report = await leaveRepository.findReport(handle.db, id);
    if (!report || !(seesAll(user) || report.personId === user.personId)) notFound('请假报告');
    return report;
  };

  app.get(
    '/api/leave/whereabouts',
    {
      config: { policy: 'leave.read' },
      schema: { summary: '领导去向：某日外出的领导、去向、补位与主持工作的领导（第七、六十二、八十二条）', tags, querystring: z.object({ date: localDate.optional() }) },
    },
    async (request) => {
      const { user } = requireAuth(request);
      const day = request.query.date ?? today();
      const availability = await availabilityOn(handle.db, day);
      const reports = await leaveRepository.reportsBetween(handle.db, day, day);
      const away = await Promise.all(
        reports
          .filter((r) => availability.isAway(r.personId))
          .filter((r) => seesAll(user) || r.personId === user.personId)
          .map(async (r) => ({ ...(await present(r, user)), cover: availability.coverOf(r.personId) ?? null })),
      );
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
    { config: { policy: 'leave.read' }, schema: { summary: '补位日历：一段时间内每天外出的区政府领导及其补位', tags, querystring: z.object({ from: localDate, to: localDate }) } },
    async (request) => {
      const { user } = requireAuth(request);
      const { from, to } = request.query;
      // Unit heads see their own absences only, as in the whereabouts view.
      const shows = (personId: string) => seesAll(user) || personId === user.personId;
      const days: { date: string; away: { personId: string; name: string; cover: { personId: string; name: string; basis: string } | null }[]; presiding: unknown }[] = [];
      for (let d = from, n = 0; d <= to && n < 62; n++) {
        const availability = await availabilityOn(handle.db, d);
        days.push({
          date: d,
          away: availability.leaders.filter((l) => availability.isAway(l.personId) && shows(l.personId)).map((l) => ({ personId: l.personId, name: l.name, cover: availability.coverOf(l.personId) ?? null })),
          presiding: seesAll(user) ? (availability.presiding ?? null) : null,
        });
        const next = new Date(`${d}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        d = next.toISOString().slice(0, 10);
      }
      return { from, to, days };
    },
  );

  app.get(
    '/api/leave/reports',
    { config: { policy: 'leave.read' }, schema: { summary: '请销假报告列表', tags, querystring: listQuery } },
    async (request) => {
      const { user } = requireAuth(request);
      const personId = seesAll(user) ? request.query.personId : (user.personId ?? 'none');
      const reports = await leaveRepository.listReports(handle.db, { ...request.query, ...(personId ? { personId } : {}) });
      return { items: await Promise.all(reports.map((r) => present(r, user))), actions: can(user.roles, 'leave.report') ? ['create'] : [] };
    },
  );

  app.get(
    '/api/leave/reports/:id',
    { config: { policy: 'leave.read' }, schema: { summary: '请假报告详情', tags, params: idParams, response: { 200: leaveReportView } } },
    async (request) => {
      const { user } = requireAuth(request);
      return present(await visible(request.params.id, user), user);
    },
  );

  app.post(
    '/api/leave/reports',
    { config: { policy: 'leave.report' }, schema: { summary: '报告外出（第八十二条：提前3天；超过3天附通知、方案、日程；24小时联系方式）', tags, body: reportLeaveBody } },
    async (request, reply) => reply.status(201).send(await reportLeave({ ...operationContext(request), cipher: fieldCipher }, request.body)),
  );

  app.post(
    '/api/leave/reports/:id/return',
    { config: { policy: 'leave.report' }, schema: { summary: '销假', tags, params: idParams, body: returnBody } },
    async (request, reply) => {
      await visible(request.params.id, requireAuth(request).user);
      await returnFromLeave(operationContext(request), { id: request.params.id, ...request.body });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/leave/reports/:id/cancel',
    { config: { policy: 'leave.report' }, schema: { summary: '撤销尚未开始的外出报告', tags, params: idParams, body: versionBody } },
    async (request, reply) => {
      await visible(request.params.id, requireAuth(request).user);
      await cancelLeave(operationContext(request), { id: request.params.id, ...request.body });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/leave/cover-assignments',
    { config: { policy: 'cover.assign' }, schema: { summary: '区长另行安排补位（第六十三条）', tags, body: assignCoverBody } },
    async (request, reply) => reply.status(201).send(await assignCover(operationContext(request), request.body)),
  );

  app.get(
    '/api/leader-items',
    { config: { policy: 'leader_items.read' }, schema: { summary: '领导事项（会议、接待、突发事件、紧急公文、邀请）', tags, querystring: z.object({ status: z.enum(['open', 'handled']).optional() }) } },
    async (request) => {
      const { user } = requireAuth(request);
      const items = await leaveRepository.listItems(handle.db, { ...(request.query.status ? { status: request.query.status } : {}), ...(user.roles.includes('office_staff') ? {} : { addresseePersonId: user.personId ?? 'none' }) });
      const names = new Map((await orgRepository.listPeople(handle.db)).map((p) => [p.id, p.name]));
      return {
        items: items.map((i) => ({ ...i, isUrgent: i.isUrgent === 1, kindLabel: leaderItemKindLabels[i.kind as LeaderItemKind] ?? i.kind, addresseeName: names.get(i.addresseePersonId) ?? '', handledActingForName: i.handledActingForPersonId ? (names.get(i.handledActingForPersonId) ?? '') : null })),
        actions: can(user.roles, 'leader_items.create') ? ['create'] : [],
      };
    },
  );

  app.get(
    '/api/leader-items/:id',
    { config: { policy: 'leader_items.read' }, schema: { summary: '领导事项详情', tags, params: idParams } },
    async (request) => {
      const { user } = requireAuth(request);
      const item = found(await leaveRepository.findItem(handle.db, request.params.id), '事项');
      const availability = await availabilityOn(handle.db, today());
      const cover = availability.coverOf(item.addresseePersonId);
      const isMine = item.addresseePersonId === user.personId;
      const isCovering = cover?.personId === user.personId && item.isUrgent === 1;
      const handledIt = item.handledByUserId !== null && item.handledByUserId === user.id;
      if (!isMine && !isCovering && !handledIt && !user.roles.includes('office_staff')) notFound('事项');
      const names = new Map((await orgRepository.listPeople(handle.db)).map((p) => [p.id, p.name]));
      const handler = item.handledByUserId ? await handle.db.selectFrom('users').select('displayName').where('id', '=', item.handledByUserId).executeTakeFirst() : undefined;
      return {
        ...item,
        addresseeName: names.get(item.addresseePersonId) ?? '',
        handledByName: handler?.displayName ?? null,
        handledActingForName: item.handledActingForPersonId ? (names.get(item.handledActingForPersonId) ?? '') : null,
        isUrgent: item.isUrgent === 1,
        kindLabel: leaderItemKindLabels[item.kind as LeaderItemKind] ?? item.kind,
        cover: cover ?? null,
        actions: item.status === 'open' && (isMine || isCovering) ? ['handle'] : [],
      };
    },
  );

  app.post(
    '/api/leader-items',
    { config: { policy: 'leader_items.create' }, schema: { summary: '为领导登记事项（外出时紧急事项转补位领导）', tags, body: leaderItemBody } },
    async (request, reply) => reply.status(201).send(await createLeaderItem(operationContext(request), request.body)),
  );

  app.post(
    '/api/leader-items/:id/handle',
    { config: { policy: 'leader_items.handle' }, schema: { summary: '办理事项（补位代办时记为代某某处理）', tags, params: idParams, body: handleItemBody } },
    async (request, reply) => {
      await handleLeaderItem(operationContext(request), { id: request.params.id, ...request.body });
      return reply.status(204).send();
    },
  );
};
