import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { taskRoutes } from './task-routes.js';
import { suggestionRoutes } from './suggestion-routes.js';
import { outputRoutes } from './output-routes.js';

/** The supervision area's routes (督查督办): the ledger and its tasks, suggestions and proposals, and what the ledger yields. */
export const supervisionRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(taskRoutes);
  await app.register(suggestionRoutes);
  await app.register(outputRoutes);
};
