import { createHash, randomBytes } from 'node:crypto';
import { commitChange, type OperationContext } from '../../db/change.js';
import { identityRepository } from '../../db/identity-repository.js';
import type { Actor, AuditEntry } from '../../domain/audit/audit-event.js';
import { DomainError } from '../../domain/errors.js';
import type { IdentityDeps } from './identity-deps.js';
import type { SecuritySettings } from '../../domain/identity/security-settings.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { actorOf, presentUser, type SignedInUser } from './present-user.js';
import { loadSecuritySettings } from './security-settings.js';

export type ResolvedSession = { sessionId: string; csrfToken: string; isMfaPending: boolean; user: SignedInUser };

export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

const GENERIC_LOGIN_ERROR = '登录名或密码错误';

const lockedError = (minutes: number) => new DomainError('unauthenticated', `账号已锁定，请于 ${minutes} 分钟后重试或联系系统管理员`);

let dummy: Promise<string> | undefined;
/** A hash of a password nobody has, made once, to verify against when the login name is unknown. */
const dummyHash = () => (dummy ??= hashPassword(randomBytes(16).toString('hex')));

/**
 * Counts a failed first or second factor in the account's row within one transaction, and locks the account
 * when the count reaches the policy's limit (audited). The count is the row's, not one read before, so
 * parallel failures each count (15 at once lock the account, as 15 in a row would). Returns the lock's end
 * when this failure locked it.
 */
export async function countFailure(
  deps: Pick<IdentityDeps, 'handle' | 'clock'>,
  actor: Actor,
  request: OperationContext['request'],
  userId: string,
  settings: Pick<SecuritySettings, 'lockoutAttempts' | 'lockoutMinutes'>,
  reason: string,
  act = 'identity.login',
): Promise<string | undefined> {
  return commitChange({ handle: deps.handle, clock: deps.clock, actor, request }, async (trx, at) => {
    const failures = await identityRepository.countFailedLogin(trx, userId);
    const lockedUntil = failures >= settings.lockoutAttempts ? new Date(at.getTime() + settings.lockoutMinutes * 60_000).toISOString() : undefined;
    if (lockedUntil) {
      await identityRepository.updateUser(trx, userId, { failedLogins: 0, lockedUntil });
      await identityRepository.revokeSessionsOf(trx, userId, at.toISOString());
    }
    return {
      result: lockedUntil,
      audit: [
        { act, objectType: 'user', objectId: userId, result: 'refused', summary: { reason, failures } },
        ...(lockedUntil ? [{ act: 'identity.lock', objectType: 'user', objectId: userId, result: 'success' as const, summary: { until: lockedUntil, attempts: settings.lockoutAttempts } }] : []),
      ],
    };
  });
}

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
  const record = (actor: Actor, entries: AuditEntry[]) => commitChange({ handle, clock, actor, request }, async () => ({ result: undefined, audit: entries }));

  const user = await identityRepository.findUserByLogin(handle.db, input.loginName);
  if (!user || user.isDisabled) {
    // The same work as for a real account, so the answer time does not tell which login names exist.
    await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
    await record(anonymous, [{ act: 'identity.login', objectType: 'user', objectId: user?.id ?? null, result: 'refused', summary: { reason: user ? 'disabled' : 'unknown_user' } }]);
    throw new DomainError('unauthenticated', GENERIC_LOGIN_ERROR);
  }
  if (user.lockedUntil && user.lockedUntil > now.toISOString()) {
    await record(anonymous, [{ act: 'identity.login', objectType: 'user', objectId: user.id, result: 'refused', summary: { reason: 'locked', until: user.lockedUntil } }]);
    throw lockedError(settings.lockoutMinutes);
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const lockedUntil = await countFailure(deps, anonymous, request, user.id, settings, 'bad_password');
    throw new DomainError('unauthenticated', lockedUntil ? `连续 ${settings.lockoutAttempts} 次密码错误，账号已锁定 ${settings.lockoutMinutes} 分钟` : GENERIC_LOGIN_ERROR);
  }

  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const sessionId = sessionIdOf(token);
  const signedIn = await presentUser(handle, user, settings, now);
  const isMfaPending = signedIn.isTotpEnabled;
  const isOpened = await commitChange<boolean>({ handle, clock, actor: actorOf(signedIn), request }, async (trx, at) => {
    // A parallel wrong password may have locked the account since it was read: the lock wins. With a second
    // factor still to come the count stands until the code is right, or a known password would buy endless
    // guesses at the six digits (four wrong codes, sign in again, four more …).
    if (!(await identityRepository.clearFailuresIfUnlocked(trx, user.id, at.toISOString(), { keepCount: isMfaPending }))) {
      return { result: false, audit: [{ act: 'identity.login', objectType: 'user', objectId: user.id, result: 'refused', summary: { reason: 'locked' } }] };
    }
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
      result: true,
      audit: [{ act: 'identity.login', objectType: 'user', objectId: user.id, result: 'success', summary: { secondFactor: isMfaPending ? 'pending' : 'none' } }],
    };
  });
  if (!isOpened) throw lockedError(settings.lockoutMinutes);
  return { token, resolved: { sessionId, csrfToken, isMfaPending, user: signedIn } };
}
