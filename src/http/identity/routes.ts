import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { menuFor } from '../../domain/identity/policies.js';
import { isRole, roleLabels } from '../../domain/identity/roles.js';
import { changePassword, logIn, logOut, type ResolvedSession } from '../../operations/identity/sessions.js';
import { CSRF_COOKIE, requireAuth, SESSION_COOKIE } from '../auth.js';
import { operationContext } from '../context.js';
import { changePasswordBody, loginBody, sessionView } from './schema.js';

function present(session: ResolvedSession) {
  const { user } = session;
  return {
    user: {
      id: user.id,
      loginName: user.loginName,
      displayName: user.displayName,
      roles: user.roles,
      roleLabels: user.roles.map((r) => (isRole(r) ? roleLabels[r] : r)),
      unit: user.unit,
      mustChangePassword: user.mustChangePassword,
    },
    menu: user.mustChangePassword ? [] : menuFor(user.roles),
  };
}

export const identityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config, handle, clock } = app.deps;
  const cookieBase = { path: '/', sameSite: 'lax' as const, secure: config.session.cookieSecure };
  const setCookies = (reply: FastifyReply, token: string, csrf: string) => {
    void reply.setCookie(SESSION_COOKIE, token, { ...cookieBase, httpOnly: true });
    void reply.setCookie(CSRF_COOKIE, csrf, { ...cookieBase, httpOnly: false });
  };

  app.post(
    '/api/session',
    { config: { policy: 'public' }, schema: { summary: '登录', tags: ['identity'], body: loginBody, response: { 200: sessionView } } },
    async (request, reply) => {
      const actor = { userId: null, name: request.body.loginName, roles: [], unitId: null, personId: null };
      const { token, resolved } = await logIn(
        { handle, clock, actor, request: { requestId: request.id, ip: request.ip }, session: config.session },
        { ...request.body, userAgent: request.headers['user-agent'] ?? null },
      );
      setCookies(reply, token, resolved.csrfToken);
      return present(resolved);
    },
  );

  app.get(
    '/api/session',
    { config: { policy: 'session.self' }, schema: { summary: '当前登录用户与菜单', tags: ['identity'], response: { 200: sessionView } } },
    async (request: FastifyRequest) => present(requireAuth(request)),
  );

  app.delete('/api/session', { config: { policy: 'session.self' }, schema: { summary: '退出登录', tags: ['identity'] } }, async (request, reply) => {
    await logOut(operationContext(request), requireAuth(request).sessionId);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.post(
    '/api/session/password',
    { config: { policy: 'session.self' }, schema: { summary: '修改本人密码', tags: ['identity'], body: changePasswordBody } },
    async (request, reply) => {
      const auth = requireAuth(request);
      await changePassword(operationContext(request), { userId: auth.user.id, sessionId: auth.sessionId, ...request.body });
      return reply.status(204).send();
    },
  );
};
