// @ts-nocheck
import rateLimit from '@fastify/rate-limit';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
import { actionsOf, menuFor } from '../../domain/identity/policies.js';
import { isRole, roleLabels } from '../../domain/identity/roles.js';
import { changePassword } from '../../operations/identity/change-password.js';
import { logIn, type ResolvedSession } from '../../operations/identity/log-in.js';
import { listOwnSessions, logOut, revokeOwnSession } from '../../operations/identity/log-out.js';
import { loadSecuritySettings } from '../../operations/identity/security-settings.js';
import { confirmTotp, disableTotp, enrollTotp, verifySecondFactor } from '../../operations/identity/totp.js';
import { CSRF_COOKIE, requireAuth, SESSION_COOKIE } from '../auth.js';
import { identityDeps, operationContext } from '../context.js';
import { idParams, noContent } from '../schemas.js';
import { changePasswordBody, loginBody, sessionView, totpCodeBody } from './schema.js';

const tags = ['identity'];

function present(session: ResolvedSession) {
  const { user } = session;
  const isRestricted = session.isMfaPending || user.mustChangePassword || user.needsTotpEnrolment;
  return {
    user: {
      id: user.id,
      loginName: user.loginName,
      displayName: user.displayName,
      roles: user.roles,
      roleLabels: user.roles.map((r) => (isRole(r) ? roleLabels[r] : r)),
      unit: user.unit,
      mustChangePassword: user.mustChangePassword,
      isPasswordExpired: user.isPasswordExpired,
      passwordExpiresAt: user.passwordExpiresAt,
      isTotpEnabled: user.isTotpEnabled,
      needsTotpEnrolment: user.needsTotpEnrolment,
      canDisableTotp: user.isTotpEnabled && !user.isTotpRequired,
    },
    mfaPending: session.isMfaPending,
    menu: isRestricted ? ['account'] : menuFor(user.roles),
    actions: isRestricted ? ['session.self'] : actionsOf(user.roles),
  };
}

export const identityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config } = app.deps;
  const identity = identityDeps(app.deps);
  const cookieBase = { path: '/', sameSite: 'lax' as const, secure: config.session.cookieSecure };
  const setCookies = (reply: FastifyReply, token: string, csrf: string) => {
    void reply.setCookie(SESSION_COOKIE, token, { ...cookieBase, httpOnly: true });
    void reply.setCookie(CSRF_COOKIE, csrf, { ...cookieBase, httpOnly: false });
  };

  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => new DomainError('rate_limited', `登录尝试过于频繁，请 ${Math.ceil(context.ttl / 1000)} 秒后再试`),
  });

  app.post(
    '/api/session',
    {
      config: { policy: 'public', rateLimit: { max: config.security.loginRatePerMinute, timeWindow: 60_000 } },
      schema: { summary: '登录（口令）；启用动态口令的账号随后须提交动态口令', tags, body: loginBody, response: { 200: sessionView } },
    },
    async (request, reply) => {
      const { token, resolved } = await logIn(identity, { requestId: request.id, ip: request.ip }, { ...request.body, userAgent: request.headers['user-agent'] ?? null });
      setCookies(reply, token, resolved.csrfToken);
      return present(resolved);
    },
  );

  app.post(
    '/api/session/totp',
    {
      config: { policy: 'session.self', allowsPendingMfa: true, rateLimit: { max: config.security.loginRatePerMinute, timeWindow: 60_000 } },
      schema: { summary: '提交动态口令完成登录', tags, body: totpCodeBody, response: noContent },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      await verifySecondFactor(operationContext(request), identity, { userId: auth.user.id, sessionId: auth.sessionId, code: request.body.code });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/session',
    { config: { policy: 'session.self', allowsPendingMfa: true }, schema: { summary: '当前登录用户与菜单', tags, response: { 200: sessionView } } },
    async (request) => present(requireAuth(request)),
  );

  app.delete('/api/session', { config: { policy: 'session.self', allowsPendingMfa: true }, schema: { summary: '退出登录', tags, response: noContent } }, async (request, reply) => {
    await logOut(operationContext(request), requireAuth(request).sessionId);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.post(
    '/api/session/password',
    { config: { policy: 'session.self' }, schema: { summary: '修改本人密码', tags, body: changePasswordBody, response: noContent } },
    async (request, reply) => {
      const auth = requireAuth(request);
      await changePassword(operationContext(request), identity, { userId: auth.user.id, sessionId: auth.sessionId, ...request.body });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/session/password-policy',
    {
      config: { policy: 'session.self' },
      schema: {
        summary: '当前密码策略（修改密码前可查看）',
        tags,
        response: { 200: z.object({ minLength: z.number(), minClasses: z.number(), historySize: z.number(), expiryDays: z.number() }) },
      },
    },
    async () => {
      const { settings } = await loadSecuritySettings(app.deps.handle, identity.defaults);
      return { minLength: settings.passwordMinLength, minClasses: settings.passwordMinClasses, historySize: settings.passwordHistory, expiryDays: settings.passwordExpiryDays };
    },
  );

  app.get(
    '/api/session/sessions',
    {
      config: { policy: 'session.self' },
      schema: {
        summary: '本人在各处的登录会话',
        tags,
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.string(), createdAt: z.string(), lastSeenAt: z.string(), expiresAt: z.string(), ip: z.string().nullable(), userAgent: z.string().nullable(), isCurrent: z.boolean() })),
          }),
        },
      },
    },
    async (request) => ({ items: await listOwnSessions(operationContext(request), requireAuth(request).sessionId) }),
  );

  app.delete(
    '/api/session/sessions/:id',
    { config: { policy: 'session.self' }, schema: { summary: '注销本人在其他设备上的会话', tags, params: idParams, response: noContent } },
    async (request, reply) => {
      await revokeOwnSession(operationContext(request), request.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/session/totp/enrolment',
    { config: { policy: 'session.self' }, schema: { summary: '开始绑定动态口令（返回密钥与 otpauth 地址）', tags, response: { 200: z.object({ secret: z.string(), uri: z.string() }) } } },
    async (request) => enrollTotp(operationContext(request), identity, requireAuth(request).user.id),
  );

  app.post(
    '/api/session/totp/enrolment/confirm',
    { config: { policy: 'session.self' }, schema: { summary: '以当前动态口令确认绑定', tags, body: totpCodeBody, response: noContent } },
    async (request, reply) => {
      await confirmTotp(operationContext(request), identity, { userId: requireAuth(request).user.id, code: request.body.code });
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/session/totp/disable',
    { config: { policy: 'session.self' }, schema: { summary: '停用动态口令（三员不可停用）', tags, body: totpCodeBody, response: noContent } },
    async (request, reply) => {
      await disableTotp(operationContext(request), identity, { userId: requireAuth(request).user.id, code: request.body.code });
      return reply.status(204).send();
    },
  );
};
