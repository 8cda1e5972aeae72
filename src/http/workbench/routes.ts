import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../domain/errors.js';
import { collectWorkItems, decodeCursor, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../operations/workbench/providers.js';
import { requireAuth } from '../auth.js';

const workItem = z.object({
  id: z.string(),
  area: z.string(),
  kind: z.string(),
  title: z.string(),
  unitName: z.string().optional(),
  due: z.object({ due: z.string(), provisional: z.boolean(), explanation: z.string() }).optional(),
  actingFor: z.object({ personId: z.string(), name: z.string() }).optional(),
  href: z.string(),
  createdAt: z.string(),
});

const workbenchQuery = z.object({
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE).describe(`每页条数（默认${DEFAULT_PAGE_SIZE}，最多${MAX_PAGE_SIZE}）`),
  cursor: z.string().max(2000).optional().describe('上一页返回的 nextCursor：从该处之后继续'),
});

export const workbenchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/workbench',
    {
      config: { policy: 'workbench.read' },
      schema: {
        summary: '工作台：等待本人办理的事项（含补位代办），按期限由近及远分页',
        tags: ['workbench'],
        querystring: workbenchQuery,
        response: {
          200: z.object({
            items: z.array(workItem),
            /** The cursor of the next page; null on the last page. */
            nextCursor: z.string().nullable(),
            /** How many items each area has for the user in all (counted in SQL, not only this page's). */
            sources: z.array(z.object({ area: z.string(), label: z.string(), count: z.number() })),
          }),
        },
      },
    },
    async (request) => {
      const after = request.query.cursor === undefined ? null : decodeCursor(request.query.cursor);
      if (request.query.cursor !== undefined && after === null) throw new DomainError('invalid_input', '翻页标记无效，请从第一页重新加载工作台');
      return collectWorkItems({ handle: app.deps.handle, clock: app.deps.clock, user: requireAuth(request).user }, { pageSize: request.query.pageSize, after });
    },
  );
};
