// @ts-nocheck
import { identityRepository } from '../../db/identity-repository.js';
import type { IdentityDeps } from './identity-deps.js';
import { type ResolvedSession, sessionIdOf } from './log-in.js';
import { presentUser } from './present-user.js';
import { loadSecuritySettings } from './security-settings.js';

/**
 * Finds the session behind a cookie token, enforcing the idle timeout and the absolute lifetime of the
 * security policy (ASVS 7.3.1–7.3.2); renews the idle clock at most once a minute to spare writes.
 */
export async function resolveSession(deps: IdentityDeps, token: string): Promise<ResolvedSession | undefined> {
  const { handle, clock } = deps;
  const id = sessionIdOf(token);
  const session = await identityRepository.findSession(handle.db, id);
  if (!session || session.revokedAt) return undefined;
  const now = clock.now();
  const { settings } = await loadSecuritySettings(handle, deps.defaults);
  const lastSeen = new Date(session.lastSeenAt).getTime();
  if (now.toISOString() >= session.expiresAt || now.getTime() >= lastSeen + settings.sessionIdleMinutes * 60_000) return undefined;
  const user = await identityRepository.findUser(handle.db, session.userId);
  if (!user || user.isDisabled) return undefined;
  if (now.getTime() - lastSeen > 60_000) await identityRepository.touchSession(handle.db, id, now.toISOString());
  return { sessionId: id, csrfToken: session.csrfToken, isMfaPending: session.isMfaPending === 1, user: await presentUser(handle, user, settings, now) };
}
