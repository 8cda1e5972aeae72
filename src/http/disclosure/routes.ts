import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import '../../operations/disclosure/workbench.js';
import { draftRoutes } from './draft-routes.js';
import { messageRoutes } from './message-routes.js';
import { portalRoutes } from './portal-routes.js';
import { publicationRoutes } from './publication-routes.js';
import { reportRoutes } from './report-routes.js';
import { requestRoutes } from './request-routes.js';

/**
 * Government information disclosure (政务公开): the office's side under /api/disclosure (publication review,
 * drafts for comment, disclosure requests, messages, the annual report), and the public's under /api/public
 * (the portal, no sign-in) and /api/open (the read-only open-data API).
 */
export const disclosureRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(publicationRoutes);
  await app.register(portalRoutes);
  await app.register(draftRoutes);
  await app.register(requestRoutes);
  await app.register(messageRoutes);
  await app.register(reportRoutes);
};
