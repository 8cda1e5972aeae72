import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { identityRepository, type UserRecord } from '../../db/identity-repository.js';
import { can } from '../../domain/identity/policies.js';
import { isRole, roleLabels, roles } from '../../domain/identity/roles.js';
import { createUser } from '../../operations/identity/create-user.js';
import { grantRoles } from '../../operations/identity/grant-roles.js';
import { resetPassword } from '../../operations/identity/reset-password.js';
import { resetTotp } from '../../operations/identity/reset-totp.js';
import { setUserDisabled } from '../../operations/identity/set-user-disabled.js';
import { decodeListCursor, nextCursorField, pageOf, pageQuery } from '../paging.js';
import { requireAuth } from '../auth.js';
import { operationContext } from '../context.js';
import { actions, idParams, noContent } from '../schemas.js';

const tags = ['users'];

const userView = z.object({
  id: z.string(),
  loginName: z.string(),
  displayName: z.string(),
  unitId: z.string().nullable(),
  personId: z.string().nullable(),
  roles: z.array(z.string()),
  roleLabels: z.array(z.string()),
  isDisabled: z.boolean(),
  isLocked: z.boolean(),
  isTotpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  passwordChangedAt: z.string(),
  actions,
});

/**
 * Accounts, seen by the two administrators who act on them: the system administrator opens, disables and
 * resets; the security administrator grants roles. Neither sees the other's buttons.
 */
export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle, clock } = app.deps;
  const present = (u: UserRecord, callerRoles: readonly string[], callerId: string) => ({
    id: u.id,
    loginName: u.loginName,
    displayName: u.displayName,
    unitId: u.unitId,
    personId: u.personId,
    roles: u.roles,
    roleLabels: u.roles.map((r) => (isRole(r) ? roleLabels[r] : r)),
    isDisabled: u.isDisabled === 1,
    isLocked: u.lockedUntil !== null && u.lockedUntil > clock.now().toISOString(),
    isTotpEnabled: u.isTotpEnabled === 1,
    mustChangePassword: u.mustChangePassword === 1,
    passwordChangedAt: u.passwordChangedAt,
    actions:
      u.id === callerId
        ? []
        : [
            ...(can(callerRoles, 'users.manage') ? [u.isDisabled ? 'enable' : 'disable', 'reset_password'] : []),
            ...(can(callerRoles, 'security.manage') ? ['grant_roles', ...(u.isTotpEnabled === 1 ? ['reset_totp'] : [])] : []),
          ],
  });

  const listSchema = { querystring: pageQuery, response: { 200: z.object({ items: z.array(userView), ...nextCursorField, roles: z.array(z.object({ role: z.enum(roles), label: z.string() })), actions }) } };
  const list = async (request: import('fastify').FastifyRequest<{ Querystring: z.infer<typeof pageQuery> }>) => {
    const { user } = requireAuth(request);
    const { pageSize, cursor } = request.query;
    const page = pageOf(await identityRepository.pageUsers(handle.db, { after: decodeListCursor(cursor), limit: pageSize + 1 }), pageSize, (u) => [u.loginName, u.id]);
    return {
      items: page.rows.map((u) => present(u, user.roles, user.id)),
      nextCursor: page.nextCursor,
      roles: roles.map((role) => ({ role, label: roleLabels[role] })),
      actions: can(user.roles, 'users.manage') ? ['create'] : [],
    };
  };
  app.get('/api/admin/users', { config: { policy: 'users.manage' }, schema: { summary: '账号列表（系统管理员）', tags, ...listSchema } }, list);
  app.get('/api/security/users', { config: { policy: 'security.manage' }, schema: { summary: '账号与角色（安全管理员）', tags, ...listSchema } }, list);

  app.post(
    '/api/admin/users',
    {
      config: { policy: 'users.manage' },
      schema: {
        summary: '开设账号（一次性初始密码，首次登录须修改；角色由安全管理员授予）',
        tags,
        body: z.object({
          loginName: z.string().trim().regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, '登录名为2–32位小写字母、数字、点、下划线或连字符'),
          displayName: z.string().trim().min(1).max(50),
          unitId: z.string().min(1).max(100).nullable().optional(),
          personId: z.string().min(1).max(100).nullable().optional(),
        }),
        response: { 201: z.object({ id: z.string(), temporaryPassword: z.string() }) },
      },
    },
    async (request, reply) => reply.status(201).send(await createUser(operationContext(request), request.body)),
  );

  app.post(
    '/api/admin/users/:id/disable',
    { config: { policy: 'users.manage' }, schema: { summary: '停用账号（立即结束其全部会话）', tags, params: idParams, response: noContent } },
    async (request, reply) => {
      await setUserDisabled(operationContext(request), { userId: request.params.id, isDisabled: true });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/admin/users/:id/enable',
    { config: { policy: 'users.manage' }, schema: { summary: '启用账号', tags, params: idParams, response: noContent } },
    async (request, reply) => {
      await setUserDisabled(operationContext(request), { userId: request.params.id, isDisabled: false });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/admin/users/:id/reset-password',
    { config: { policy: 'users.manage' }, schema: { summary: '重置密码（一次性密码，下次登录须修改，结束其全部会话）', tags, params: idParams, response: { 200: z.object({ temporaryPassword: z.string() }) } } },
    async (request) => resetPassword(operationContext(request), request.params.id),
  );

  app.post(
    '/api/security/users/:id/reset-totp',
    { config: { policy: 'security.manage' }, schema: { summary: '重置动态口令（手机丢失；下次登录重新绑定，结束其全部会话）', tags, params: idParams, response: noContent } },
    async (request, reply) => {
      await resetTotp(operationContext(request), request.params.id);
      return reply.status(204).send();
    },
  );

  app.put(
    '/api/security/users/:id/roles',
    {
      config: { policy: 'security.manage' },
      schema: { summary: '授予角色（三员互斥）', tags, params: idParams, body: z.object({ roles: z.array(z.enum(roles, { error: '角色无效' })).max(roles.length) }), response: noContent },
    },
    async (request, reply) => {
      await grantRoles(operationContext(request), { userId: request.params.id, roles: request.body.roles });
      return reply.status(204).send();
    },
  );
};
