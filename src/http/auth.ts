import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { commitChange } from '../db/change.js';
import { DomainError } from '../domain/errors.js';
import { can, policies, type RoutePolicy } from '../domain/identity/policies.js';
import type { ResolvedSession } from '../operations/identity/log-in.js';
import { actorOf } from '../operations/identity/present-user.js';
import { resolveSession } from '../operations/identity/resolve-session.js';
import { type AppDeps, identityDeps } from './context.js';
import { auditedRefusals } from './problem.js';

declare module 'fastify' {
  // Declaration merging with Fastify's own interfaces needs `interface`.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyContextConfig {
    /** The action this route performs; routes without one are refused (and fail the matrix test). */
    policy?: RoutePolicy;
    /** Reachable with a session that still waits for the second factor (only the TOTP step and logout). */
    allowsPendingMfa?: boolean;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyRequest {
    auth: ResolvedSession | null;
  }
}

export const SESSION_COOKIE = 'zw_session';
export const CSRF_COOKIE = 'zw_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the session from its cookie and enforces each route's policy, in order: a session for every
 * non-public route; the second factor when the account has one; a password change when one is due; TOTP
 * enrolment where the security policy requires it for the account's roles (by default the three administrators
 * and leaders); the role the action needs; the CSRF token on every write.
 */
export function registerAuth(app: FastifyInstance, deps: AppDeps): void {
  const identity = identityDeps(deps);
  app.decorateRequest('auth', null);
  // onRequest, before the body is parsed and validated: a caller without the right gets 403, not a schema error.
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    // Unmatched URLs go to the not-found handler; there is nothing to authorize.
    if (!request.url.startsWith('/api/') || request.routeOptions.url === undefined) return;
    const { policy, allowsPendingMfa } = request.routeOptions.config;
    if (policy === 'public') return;
    if (policy === undefined || !(policy in policies)) throw new DomainError('forbidden', '该接口未配置访问策略，已拒绝');
    const token = request.cookies[SESSION_COOKIE];
    const resolved = token ? await resolveSession(identity, token) : undefined;
    if (!resolved) {
      if (token) void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      throw new DomainError('unauthenticated', '未登录或登录已超时，请重新登录');
    }
    request.auth = resolved;
    if (!safeMethods.has(request.method) && request.headers[CSRF_HEADER] !== resolved.csrfToken) {
      throw new DomainError('forbidden', '请求缺少有效的防伪令牌（CSRF），请刷新页面后重试');
    }
    if (resolved.isMfaPending && !allowsPendingMfa) throw new DomainError('unauthenticated', '请输入动态口令完成登录');
    if (policy !== 'session.self') {
      if (resolved.user.mustChangePassword) {
        throw new DomainError('forbidden', resolved.user.isPasswordExpired ? '密码已过有效期，须先修改密码' : '首次登录或密码重置后须先修改密码');
      }
      if (resolved.user.needsTotpEnrolment) throw new DomainError('forbidden', '按安全策略，您的角色须使用动态口令：请先在“账号安全”中绑定');
    }
    if (!can(resolved.user.roles, policy)) {
      // A refused attempt is itself a record (等保 8.1.4.3, ASVS 16.3.2).
      await commitChange({ handle: deps.handle, clock: deps.clock, actor: actorOf(resolved.user), request: { requestId: request.id, ip: request.ip } }, async () => ({
        result: undefined,
        audit: [{ act: 'access.denied', objectType: 'route', objectId: `${request.method} ${request.routeOptions.url}`, result: 'refused', summary: { policy } }],
      }));
      const refusal = new DomainError('forbidden', '您的角色无权进行此操作');
      auditedRefusals.add(refusal);
      throw refusal;
    }
  });
}

/** The signed-in user of a route that is not public (the hook guarantees one). */
export function requireAuth(request: FastifyRequest): ResolvedSession {
  if (!request.auth) throw new DomainError('unauthenticated', '未登录或登录已超时，请重新登录');
  return request.auth;
}
