import { identityRepository } from '../../db/identity-repository.js';
import type { IdentityDeps } from './identity-deps.js';
import { type ResolvedSession, sessionIdOf } from './log-in.js';
import { presentUserWith } from './present-user.js';
import { loadSecuritySettings } from './security-settings.js';

/**
 * Finds the session behind a cookie token, enforcing the idle timeout and the absolute lifetime of the
 * security policy (ASVS 7.3.1–7.3.2); renews the idle clock at most once a minute to spare writes.
 * One statement brings the session, user, roles, unit and the policy's stamp; the policy itself comes from the
 * process's memory when the stamp is the one it holds (see `loadSecuritySettings`).
 */
export async function resolveSession(deps: IdentityDeps, token: string): Promise<ResolvedSession | undefined> {
  const { handle, clock } = deps;
  const id = sessionIdOf(token);
  const found = await identityRepository.findSessionWithUser(handle.db, handle.dialect, id);
  if (!found || found.session.revokedAt) return undefined;
  const { session, user } = found;
  const now = clock.now();
  const { settings } = await loadSecuritySettings(handle, deps.defaults, found.settingsStamp);
  const lastSeen = new Date(session.lastSeenAt).getTime();
  if (now.toISOString() >= session.expiresAt || now.getTime() >= lastSeen + settings.sessionIdleMinutes * 60_000) return undefined;
  if (user.isDisabled) return undefined;
  if (now.getTime() - lastSeen > 60_000) await identityRepository.touchSession(handle.db, id, now.toISOString());
  return { sessionId: id, csrfToken: session.csrfToken, isMfaPending: session.isMfaPending === 1, user: presentUserWith(user, found.unit, settings, now) };
}
