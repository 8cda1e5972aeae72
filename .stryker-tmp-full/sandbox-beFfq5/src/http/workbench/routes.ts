// @ts-nocheck
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { collectWorkItems } from '../../operations/workbench/providers.js';
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

export const workbenchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/workbench',
    {
      config: { policy: 'workbench.read' },
      schema: {
        summary: '工作台：等待本人办理的事项（含补位代办）',
        tags: ['workbench'],
        response: { 200: z.object({ items: z.array(workItem), sources: z.array(z.object({ area: z.string(), label: z.string(), count: z.number() })) }) },
      },
    },
    async (request) => collectWorkItems({ handle: app.deps.handle, clock: app.deps.clock, user: requireAuth(request).user }),
  );
};
