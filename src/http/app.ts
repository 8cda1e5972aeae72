import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { localDateOf } from '../clock.js';
import { ConfigError } from '../config.js';
import type { RoutePolicy } from '../domain/identity/policies.js';
import { defaultRulebookSet, loadAllCarriers, registryProblems, rulebookInForce, setJurisdiction } from '../rules/index.js';
import { auditRoutes } from './audit/routes.js';
import { registerAuth } from './auth.js';
import type { AppDeps } from './context.js';
import { healthRoutes } from './health/routes.js';
import { identityRoutes } from './identity/routes.js';
import { orgRoutes } from './org/routes.js';
import { calendarRoutes } from './calendar/routes.js';
import { rulesRoutes } from './rules/routes.js';
import { attachmentRoutes } from './attachments/routes.js';
import { documentRoutes } from './documents/routes.js';
import { outgoingRoutes } from './outgoing/routes.js';
import { leaveRoutes } from './leave/routes.js';
import { meetingRoutes } from './meetings/routes.js';
import { supervisionRoutes } from './supervision/routes.js';
import { disclosureRoutes } from './disclosure/routes.js';
import { eventsRoutes } from './events/routes.js';
import { securityRoutes } from './security/routes.js';
import { userRoutes } from './users/routes.js';
import { handleError, sendProblem } from './problem.js';
import { rejectUnsafeInput } from './input-guard.js';
import { workbenchRoutes } from './workbench/routes.js';

z.config(z.locales.zhCN());

export type BuildAppOptions = AppDeps & { logger?: boolean };

/** One registered route and the policy it names; the authorization matrix test walks these. */
export type RouteEntry = { method: string; url: string; policy: RoutePolicy | undefined };

declare module 'fastify' {
  // Declaration merging with Fastify's own interface needs `interface`.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyInstance {
    routeCatalogue: readonly RouteEntry[];
  }
}

/**
 * What never reaches the log in clear: session and CSRF tokens, and personal data (等保 8.1.4.11). Fastify
 * logs neither request nor response bodies by default, so the body and `*.mobile`/`*.idNumber` paths are a
 * second line of defence for any handler or plugin that logs a body or an object carrying these fields.
 */
export const logRedactPaths = [
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'req.body.mobile',
  'req.body.idNumber',
  'body.mobile',
  'body.idNumber',
  '*.mobile',
  '*.idNumber',
  'mobile',
  'idNumber',
] as const;

/** The whole HTTP server: API under /api, the web app everywhere else. */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, handle, clock, fieldCipher } = options;
  // The rulebook the platform runs by, and every carrier registered (and so validated) before any request.
  if (!rulebookInForce(defaultRulebookSet, config.jurisdiction, localDateOf(clock.now()))) throw new ConfigError([`ZHENGWU_JURISDICTION：规则库中没有辖区“${config.jurisdiction}”施行中的工作规则`]);
  setJurisdiction(config.jurisdiction);
  loadAllCarriers();
  const registry = registryProblems(localDateOf(clock.now()));
  if (registry.length > 0) throw new ConfigError(registry);
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel, redact: { paths: [...logRedactPaths], censor: '[已隐去]' } },
    // Fastify's own request logging writes two lines per request through the full req/res serializers (a third
    // of a light request's CPU at info, measured); one line at the end, with what an operator reads, is enough.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimit,
    // The server's own id, never the client's X-Request-Id: audit rows name the request, and a caller must not
    // be able to choose (or collide with) that name.
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', { config, handle, clock, fieldCipher });
  app.setErrorHandler((error, request, reply) => handleError(error, request, reply));
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) return sendProblem(reply, request, 404, `接口 ${request.method} ${request.url.split('?')[0]} 不存在`, { code: 'not_found' });
    const page = isPortalPath(request.url) ? servePortal(reply, webDirOf(config.webDir)) : serveIndex(reply, webDirOf(config.webDir));
    return page ?? sendProblem(reply, request, 404, '页面不存在', { code: 'not_found' });
  });
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  if (options.logger !== false) {
    app.addHook('onResponse', async (request, reply) => {
      request.log.info({ method: request.method, url: request.url, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request completed');
    });
  }

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: config.session.cookieSecure,
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'zhengwu 政务 API', description: '区政府工作规则平台接口。错误以 RFC 9457 problem+json 返回，违反工作规则时列出所违反的条款。', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'zw_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  const catalogue: RouteEntry[] = [];
  app.decorate('routeCatalogue', catalogue);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs') && route.config?.policy === undefined) {
      route.config = { ...route.config, policy: 'public' };
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') catalogue.push({ method, url: route.url, policy: route.config?.policy });
    }
  });
  // After the hook above, so that the documentation's own routes are marked public as they are added.
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  app.get('/api/openapi.json', { config: { policy: 'public' }, schema: { hide: true } }, async () => app.swagger());

  registerAuth(app, app.deps);
  app.addHook('preHandler', rejectUnsafeInput);
  await app.register(healthRoutes);
  await app.register(identityRoutes);
  await app.register(orgRoutes);
  await app.register(workbenchRoutes);
  await app.register(rulesRoutes);
  await app.register(calendarRoutes);
  await app.register(auditRoutes);
  await app.register(userRoutes);
  await app.register(securityRoutes);
  await app.register(attachmentRoutes);
  await app.register(leaveRoutes);
  await app.register(eventsRoutes);
  await app.register(documentRoutes);
  await app.register(outgoingRoutes);
  await app.register(meetingRoutes);
  await app.register(supervisionRoutes);
  await app.register(disclosureRoutes);

  const webDir = webDirOf(config.webDir);
  if (webDir) await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: false, index: false });
  app.get('/', { config: { policy: 'public' }, schema: { hide: true } }, (_request, reply) => serveIndex(reply, webDir) ?? reply.type('text/plain; charset=utf-8').send('zhengwu 服务已启动，但网页尚未构建（npm run build）。接口文档：/api/docs'));
  return app;
}

/** The built web app: configured, or `web/dist` beside the package. */
function webDirOf(configured: string): string | undefined {
  const candidate = configured || path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../web/dist');
  return fs.existsSync(path.join(candidate, 'index.html')) ? candidate : undefined;
}

function serveIndex(reply: import('fastify').FastifyReply, webDir: string | undefined) {
  if (!webDir) return undefined;
  return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(fs.readFileSync(path.join(webDir, 'index.html')));
}

/** The public portal (政府信息公开门户) lives under /gk, apart from the staff app: no session, its own page. */
function isPortalPath(url: string): boolean {
  const pathname = url.split('?')[0] ?? '';
  return pathname === '/gk' || pathname.startsWith('/gk/');
}

/**
 * The portal's page, the same for every path under /gk and for every visitor (what it shows comes from the
 * public API), so shared caches may keep it for a minute; its scripts and styles carry their hash in their names.
 */
function servePortal(reply: import('fastify').FastifyReply, webDir: string | undefined) {
  const file = webDir && path.join(webDir, 'portal.html');
  if (!file || !fs.existsSync(file)) return undefined;
  const page = fs.readFileSync(file);
  const etag = `"${createHash('sha256').update(page).digest('base64url').slice(0, 27)}"`;
  void reply.header('cache-control', 'public, max-age=60').header('etag', etag);
  if (reply.request.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.type('text/html; charset=utf-8').send(page);
}
