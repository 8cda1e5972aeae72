// @ts-nocheck
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pingDatabase } from '../../db/database.js';
import { RETRY_AFTER_SECONDS } from '../problem.js';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ dialect: z.enum(['sqlite', 'postgres']), ok: z.boolean() }),
  time: z.string(),
});

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    { config: { policy: 'public' }, schema: { summary: '健康检查：服务与数据库状态', tags: ['system'], response: { 200: healthSchema, 503: healthSchema } } },
    async (_request, reply) => {
      const { handle, clock } = app.deps;
      const ok = await pingDatabase(handle);
      // A load balancer or monitor should try again shortly; the app reconnects by itself.
      if (!ok) void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', database: { dialect: handle.dialect, ok }, time: clock.now().toISOString() });
    },
  );
};
