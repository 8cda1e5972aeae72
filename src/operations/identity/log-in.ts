import { createHash, randomBytes } from 'node:crypto';
import { commitChange, type OperationContext } from '../../db/change.js';
import { identityRepository } from '../../db/identity-repository.js';
import type { Actor, AuditEntry } from '../../domain/audit/audit-event.js';
import { DomainError } from '../../domain/errors.js';
import type { IdentityDeps } from './identity-deps.js';
import { verifyPassword } from './passwords.js';
import { actorOf, presentUser, type SignedInUser } from './present-user.js';
import { loadSecuritySettings } from './security-settings.js';

export type ResolvedSession = { sessionId: string; csrfToken: string; isMfaPending: boolean; user: SignedInUser };

export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

const GENERIC_LOGIN_ERROR = '登录名或密码错误';

/**
 * Signs a user in with the password: counts consecutive failures and locks the account after the policy's
 * number of them (audited), and opens a new server-side session with a fresh id (no session fixation,
 * ASVS 7.2.4). A user with a second factor gets a session that waits for the TOTP code.
 */
export async function logIn(
  deps: IdentityDeps,
  request: OperationContext['request'],
  input: { loginName: string; password: string; userAgent: string | null },
): Promise<{ token: string; resolved: ResolvedSession }> {
  const { handle, clock } = deps;
  const now = clock.now();
  const { settings } = await loadSecuritySettings(handle, deps.defaults);
  const anonymous: Actor = { userId: null, name: input.loginName, roles: [], unitId: null, personId: null };
  const record = (actor: Actor, entries: AuditEntry[], change?: Parameters<typeof commitChange>[1]) =>
    commitChange({ handle, clock, actor, request }, change ?? (async () => ({ result: undefined, audit: entries })));

  const user = await identityRepository.findUserByLogin(handle.db, input.loginName);
  if (!user || user.isDisabled) {
    await record(anonymous, [{ act: 'identity.login', objectType: 'user', objectId: user?.id ?? null, result: 'refused', summary: { reason: user ? 'disabled' : 'unknown_user' } }]);
    throw new DomainError('unauthenticated', GENERIC_LOGIN_ERROR);
  }
  if (user.lockedUntil && user.lockedUntil > now.toISOString()) {
    await record(anonymous, [{ act: 'identity.login', objectType: 'user', objectId: user.id, result: 'refused', summary: { reason: 'locked', until: user.lockedUntil } }]);
    throw new DomainError('unauthenticated', `账号已锁定，请于 ${settings.lockoutMinutes} 分钟后重试或联系系统管理员`);
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failures = user.failedLogins + 1;
    const lock = failures >= settings.lockoutAttempts;
    const lockedUntil = lock ? new Date(now.getTime() + settings.lockoutMinutes * 60_000).toISOString() : user.lockedUntil;
    await record(anonymous, [], async (trx) => {
      await identityRepository.updateUser(trx, user.id, { failedLogins: lock ? 0 : failures, lockedUntil });
      return {
        result: undefined,
        audit: [
          { act: 'identity.login', objectType: 'user', objectId: user.id, result: 'refused', summary: { reason: 'bad_password', failures } },
          ...(lock ? [{ act: 'identity.lock', objectType: 'user', objectId: user.id, result: 'success' as const, summary: { until: lockedUntil, attempts: settings.lockoutAttempts } }] : []),
        ],
      };
    });
    throw new DomainError('unauthenticated', lock ? `连续 ${settings.lockoutAttempts} 次密码错误，账号已锁定 ${settings.lockoutMinutes} 分钟` : GENERIC_LOGIN_ERROR);
  }

  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const sessionId = sessionIdOf(token);
  const signedIn = await presentUser(handle, user, settings, now);
  const isMfaPending = signedIn.isTotpEnabled;
  await record(actorOf(signedIn), [], async (trx, at) => {
    await identityRepository.updateUser(trx, user.id, { failedLogins: 0, lockedUntil: null });
    await identityRepository.insertSession(trx, {
      id: sessionId,
      userId: user.id,
      csrfToken,
      createdAt: at.toISOString(),
      lastSeenAt: at.toISOString(),
      expiresAt: new Date(at.getTime() + settings.sessionAbsoluteHours * 3600_000).toISOString(),
      ip: request.ip,
      userAgent: input.userAgent,
      revokedAt: null,
      isMfaPending: isMfaPending ? 1 : 0,
    });
    return {
      result: undefined,
      audit: [{ act: 'identity.login', objectType: 'user', objectId: user.id, result: 'success', summary: { secondFactor: isMfaPending ? 'pending' : 'none' } }],
    };
  });
  return { token, resolved: { sessionId, csrfToken, isMfaPending, user: signedIn } };
}
