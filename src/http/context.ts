import type { FastifyRequest } from 'fastify';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { OperationContext } from '../db/change.js';
import type { DatabaseHandle } from '../db/database.js';
import type { FieldCipher } from '../crypto/field-cipher.js';
import { publicRole } from '../domain/identity/roles.js';
import { type IdentityDeps, securityDefaults } from '../operations/identity/identity-deps.js';
import { actorOf } from '../operations/identity/present-user.js';
import { requireAuth } from './auth.js';

/** What every area plugin is given. */
export type AppDeps = { config: Config; handle: DatabaseHandle; clock: Clock; fieldCipher: FieldCipher };

declare module 'fastify' {
  // Declaration merging with Fastify's own interface needs `interface`.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyInstance {
    deps: AppDeps;
  }
}

/** The operation context of a signed-in request: who acts, when, from where. */
export function operationContext(request: FastifyRequest): OperationContext {
  const { handle, clock } = request.server.deps;
  const auth = requireAuth(request);
  return { handle, clock, actor: actorOf(auth.user), request: { requestId: request.id, ip: request.ip } };
}

/**
 * The operation context of an anonymous visitor of the portal (a commenter, an applicant, a writer): the
 * `public` role, and no address kept — the public is served without being tracked.
 */
export function publicContext(request: FastifyRequest, name: string): OperationContext {
  const { handle, clock } = request.server.deps;
  return { handle, clock, actor: { userId: null, name, roles: [publicRole], unitId: null, personId: null }, request: { requestId: request.id, ip: null } };
}

/** What identity operations need, from the app's dependencies. */
export function identityDeps(deps: AppDeps): IdentityDeps {
  return { handle: deps.handle, clock: deps.clock, defaults: securityDefaults(deps.config), cipher: deps.fieldCipher };
}
