import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { DatabaseHandle } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import { can, policies, type RoutePolicy } from '../domain/identity/policies.js';
import { type ResolvedSession, resolveSession } from '../operations/identity/sessions.js';

declare module 'fastify' {
  // Declaration merging with Fastify's own interfaces needs `interface`.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyContextConfig {
    /** The action this route performs; routes without one are refused (and fail the matrix test). */
    policy?: RoutePolicy;
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
 * Resolves the session from its cookie and enforces each route's policy: a session for every non-public
 * route, a forced password change before anything else, the role the action needs, and the CSRF token on
 * every state-changing request.
 */
export function registerAuth(app: FastifyInstance, deps: { handle: DatabaseHandle; clock: Clock; config: Config }): void {
  app.decorateRequest('auth', null);
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    // Unmatched URLs go to the not-found handler; there is nothing to authorize.
    if (!request.url.startsWith('/api/') || request.routeOptions.url === undefined) return;
    const policy = request.routeOptions.config.policy;
    if (policy === 'public') return;
    if (policy === undefined || !(policy in policies)) throw new DomainError('forbidden', '该接口未配置访问策略，已拒绝');
    const token = request.cookies[SESSION_COOKIE];
    const resolved = token ? await resolveSession(deps.handle, deps.clock, deps.config.session, token) : undefined;
    if (!resolved) {
      if (token) void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      throw new DomainError('unauthenticated', '未登录或登录已超时，请重新登录');
    }
    request.auth = resolved;
    if (!safeMethods.has(request.method) && request.headers[CSRF_HEADER] !== resolved.csrfToken) {
      throw new DomainError('forbidden', '请求缺少有效的防伪令牌（CSRF），请刷新页面后重试');
    }
    if (resolved.user.mustChangePassword && policy !== 'session.self') {
      throw new DomainError('forbidden', '首次登录或密码重置后须先修改密码');
    }
    if (!can(resolved.user.roles, policy)) throw new DomainError('forbidden', '您的角色无权进行此操作');
  });
}

/** The signed-in user of a route that is not public (the hook guarantees one). */
export function requireAuth(request: FastifyRequest): ResolvedSession {
  if (!request.auth) throw new DomainError('unauthenticated', '未登录或登录已超时，请重新登录');
  return request.auth;
}
