import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { localDateOf } from '../../clock.js';
import { personIdNumberContext, personMobileContext } from '../../crypto/encrypted-columns.js';
import { maskStored } from '../../crypto/mask.js';
import { orgRepository } from '../../db/org-repository.js';
import { found } from '../../domain/errors.js';
import { can } from '../../domain/identity/policies.js';
import { structureSchema } from '../../domain/org/structure.js';
import { dualDutyOf } from '../../domain/org/dual-duty.js';
import { leaderPostKinds, postKindLabels, type Unit, unitFunctionLabels, unitKindLabels } from '../../domain/org/types.js';
import { appointPerson } from '../../operations/org/appoint-person.js';
import { createUnit } from '../../operations/org/create-unit.js';
import { endAppointment } from '../../operations/org/end-appointment.js';
import { exportStructure, importStructure } from '../../operations/org/import-structure.js';
import { readPersonContact } from '../../operations/org/read-person-contact.js';
import { endCoverPair, setCoverPair } from '../../operations/org/set-cover-pair.js';
import { setPersonContact } from '../../operations/org/set-person-contact.js';
import { setPortfolio } from '../../operations/org/set-portfolio.js';
import { updateUnit } from '../../operations/org/update-unit.js';
import { decodeListCursor, pageOf, pageQuery } from '../paging.js';
import { requireAuth } from '../auth.js';
import { operationContext } from '../context.js';
import { idParams, noContent } from '../schemas.js';
import {
  appointBody,
  appointmentView,
  asOfQuery,
  coverPairBody,
  coverPairView,
  createUnitBody,
  endBody,
  importCountsView,
  leaderView,
  maskedContactView,
  personContactBody,
  personContactView,
  personIdParams,
  personListView,
  portfolioBody,
  unitDetailQuery,
  unitDetailView,
  unitListView,
  unitView,
  updateUnitBody,
} from './schema.js';

const tags = ['org'];

export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle, clock, fieldCipher } = app.deps;
  const today = () => localDateOf(clock.now());
  // Lists and detail views show personal data masked only (等保 8.1.4.11); a value that fails its integrity
  // check shows as unreadable and is logged (without the value), rather than taking the whole list down.
  const masked = (request: FastifyRequest, kind: 'mobile' | 'idNumber', personId: string, stored: string | null | undefined) =>
    maskStored(fieldCipher, kind, stored ?? null, kind === 'mobile' ? personMobileContext(personId) : personIdNumberContext(personId), (error) =>
      request.log.warn({ personId, field: kind, reason: error.code }, '个人信息密文校验失败'),
    );
  const personalDataContext = (request: FastifyRequest) => ({ ...operationContext(request), fieldCipher });
  const presentUnit = (unit: Unit, roles: readonly string[]) => ({
    ...unit,
    kindLabel: unitKindLabels[unit.kind],
    functionLabel: unit.function ? unitFunctionLabels[unit.function] : null,
    actions: can(roles, 'org.write') ? ['update', 'create_child'] : [],
  });

  app.get(
    '/api/org/units',
    { config: { policy: 'org.read' }, schema: { summary: '单位列表（组织机构树）', tags, querystring: asOfQuery, response: { 200: unitListView } } },
    async (request) => {
      const { roles } = requireAuth(request).user;
      const units = await orgRepository.listUnits(handle.db);
      const listActions = [
        ...(can(roles, 'org.write') ? ['create'] : []),
        ...(can(roles, 'org.export') ? ['export'] : []),
        ...(can(roles, 'org.import') ? ['import'] : []),
      ];
      return { items: units.map((u) => presentUnit(u, roles)), actions: listActions };
    },
  );

  app.get(
    '/api/org/units/:id',
    { config: { policy: 'org.read' }, schema: { summary: '单位详情：职务与任职人员', tags, params: idParams, querystring: unitDetailQuery, response: { 200: unitDetailView } } },
    async (request) => {
      const { roles } = requireAuth(request).user;
      const unit = found(await orgRepository.findUnit(handle.db, request.params.id), '单位');
      const posts = await orgRepository.postsOfUnit(handle.db, unit.id, request.query.asOf ?? today(), request.query.history === '1');
      const mobiles = await orgRepository.mobilesOf(handle.db, posts.flatMap((p) => p.holders.map((h) => h.personId)));
      return {
        ...presentUnit(unit, roles),
        posts: posts.map((p) => ({
          ...p,
          kindLabel: postKindLabels[p.kind],
          holders: p.holders.map((h) => ({ ...h, mobileMasked: masked(request, 'mobile', h.personId, mobiles.get(h.personId)) })),
        })),
      };
    },
  );

  app.post(
    '/api/org/units',
    { config: { policy: 'org.write' }, schema: { summary: '新增单位', tags, body: createUnitBody, response: { 201: unitView } } },
    async (request, reply) => {
      const unit = await createUnit(operationContext(request), request.body);
      return reply.status(201).send(presentUnit(unit, requireAuth(request).user.roles));
    },
  );

  app.patch(
    '/api/org/units/:id',
    { config: { policy: 'org.write' }, schema: { summary: '修改单位（须带读取时的版本号）', tags, params: idParams, body: updateUnitBody, response: { 200: unitView } } },
    async (request) => presentUnit(await updateUnit(operationContext(request), { id: request.params.id, ...request.body }), requireAuth(request).user.roles),
  );

  app.get(
    '/api/org/leaders',
    { config: { policy: 'org.read' }, schema: { summary: '区政府领导：职务、分管与补位（第七、九、六十二条）', tags, querystring: asOfQuery, response: { 200: z.object({ items: z.array(leaderView) }) } } },
    async (request) => {
      const { roles } = requireAuth(request).user;
      const leaders = await orgRepository.leaders(handle.db, request.query.asOf ?? today(), leaderPostKinds);
      const mobiles = await orgRepository.mobilesOf(handle.db, leaders.map((l) => l.personId));
      return {
        items: leaders.map((l) => ({
          ...l,
          mobileMasked: masked(request, 'mobile', l.personId, mobiles.get(l.personId)),
          portfolio: { ...l.portfolio, dualDuty: dualDutyOf(l.post.kind, l.portfolio) },
          actions: can(roles, 'org.write') ? ['set_portfolio', 'set_cover'] : [],
        })),
      };
    },
  );

  app.get(
    '/api/org/people',
    { config: { policy: 'org.read' }, schema: { summary: '人员名录（联系方式脱敏显示），按姓名分页', tags, querystring: pageQuery, response: { 200: personListView } } },
    async (request) => {
      const mayWrite = can(requireAuth(request).user.roles, 'org.write');
      const { pageSize, cursor } = request.query;
      const { rows: people, nextCursor } = pageOf(await orgRepository.pagePeople(handle.db, { after: decodeListCursor(cursor), limit: pageSize + 1 }), pageSize, (p) => [p.name, p.id]);
      return {
        nextCursor,
        items: people.map((p) => ({
          id: p.id,
          name: p.name,
          mobileMasked: masked(request, 'mobile', p.id, p.mobileEncrypted),
          ...(mayWrite ? { idNumberMasked: masked(request, 'idNumber', p.id, p.idNumberEncrypted) } : {}),
          actions: mayWrite ? ['set_contact', 'read_contact'] : [],
        })),
      };
    },
  );

  app.get(
    '/api/org/people/:id/contact',
    {
      config: { policy: 'org.write' },
      schema: { summary: '查看人员完整联系方式（仅系统管理员，每次查看均记入审计）', tags, params: idParams, response: { 200: personContactView } },
    },
    async (request, reply) => {
      const contact = await readPersonContact(personalDataContext(request), request.params.id);
      // Full personal data must not linger in browser or proxy caches.
      return reply.header('cache-control', 'no-store').send(contact);
    },
  );

  app.put(
    '/api/org/people/:id/contact',
    {
      config: { policy: 'org.write' },
      schema: { summary: '设置人员手机号码、居民身份证号码（加密存储；null 为清除）', tags, params: idParams, body: personContactBody, response: { 200: maskedContactView } },
    },
    async (request) => setPersonContact(personalDataContext(request), { personId: request.params.id, ...request.body }),
  );

  app.post(
    '/api/org/appointments',
    { config: { policy: 'org.write' }, schema: { summary: '任职', tags, body: appointBody, response: { 201: appointmentView } } },
    async (request, reply) => reply.status(201).send(await appointPerson(operationContext(request), request.body)),
  );

  app.post(
    '/api/org/appointments/:id/end',
    { config: { policy: 'org.write' }, schema: { summary: '免职（结束任职，保留历史）', tags, params: idParams, body: endBody, response: noContent } },
    async (request, reply) => {
      await endAppointment(operationContext(request), { id: request.params.id, ...request.body });
      return reply.status(204).send();
    },
  );

  app.put(
    '/api/org/portfolios/:personId',
    { config: { policy: 'org.write' }, schema: { summary: '调整领导分工（第九条）', tags, params: personIdParams, body: portfolioBody, response: noContent } },
    async (request, reply) => {
      await setPortfolio(operationContext(request), { personId: request.params.personId, ...request.body });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/org/cover-pairs',
    {
      config: { policy: 'org.read' },
      schema: {
        summary: '补位安排（第九、六十二条）',
        tags,
        response: { 200: z.object({ items: z.array(coverPairView) }) },
      },
    },
    async () => ({ items: await orgRepository.coverPairs(handle.db) }),
  );

  app.post(
    '/api/org/cover-pairs',
    { config: { policy: 'org.write' }, schema: { summary: '设定互相补位的领导（第六十二条）', tags, body: coverPairBody, response: { 201: coverPairView } } },
    async (request, reply) => reply.status(201).send(await setCoverPair(operationContext(request), request.body)),
  );

  app.post(
    '/api/org/cover-pairs/:id/end',
    { config: { policy: 'org.write' }, schema: { summary: '结束补位安排', tags, params: idParams, body: endBody, response: noContent } },
    async (request, reply) => {
      await endCoverPair(operationContext(request), { id: request.params.id, ...request.body });
      return reply.status(204).send();
    },
  );

  app.get('/api/org/export', { config: { policy: 'org.export' }, schema: { summary: '导出组织机构（JSON）', tags, response: { 200: { description: '整套组织机构（zhengwu.org/1），作为附件下载', content: { 'application/json': { schema: structureSchema } } } } } }, async (_request, reply) => {
    const structure = await exportStructure({ handle });
    return reply
      .header('content-disposition', `attachment; filename="organisation-${today()}.json"`)
      .type('application/json; charset=utf-8')
      .send(structure);
  });

  app.post(
    '/api/org/import',
    { config: { policy: 'org.import' }, schema: { summary: '导入组织机构（JSON，按编号合并）', tags, body: structureSchema, response: { 200: importCountsView } } },
    async (request) => importStructure(operationContext(request), request.body),
  );
};
