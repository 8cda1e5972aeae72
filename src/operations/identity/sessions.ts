import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { DatabaseHandle } from '../../db/database.js';
import { identityRepository, type UserRecord } from '../../db/identity-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import type { Actor } from '../../domain/audit/audit-event.js';
import { DomainError, invalid } from '../../domain/errors.js';
import { passwordProblems } from '../../domain/identity/password-policy.js';

/** argon2id (the library's default algorithm) with OWASP's recommended memory and passes. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

export type SignedInUser = {
  id: string;
  loginName: string;
  displayName: string;
  roles: string[];
  unit: { id: string; name: string } | null;
  personId: string | null;
  mustChangePassword: boolean;
};

export type ResolvedSession = { sessionId: string; csrfToken: string; user: SignedInUser };

/** Accounts locked after this many consecutive failures, for this long. */
const LOCKOUT = { failures: 5, minutes: 15 };
const GENERIC_LOGIN_ERROR = '登录名或密码错误';

/**
 * Signs a user in: checks the password (argon2id), counts failures and locks the account after repeated
 * failures, and opens a new server-side session with a fresh id (no session fixation).
 */
export async function logIn(
  ctx: OperationContext & { session: Config['session'] },
  input: { loginName: string; password: string; userAgent: string | null },
): Promise<{ token: string; resolved: ResolvedSession }> {
  const now = ctx.clock.now();
  const user = await identityRepository.findUserByLogin(ctx.handle.db, input.loginName);
  const anonymous: Actor = { userId: null, name: input.loginName, roles: [], unitId: null, personId: null };
  if (!user || user.isDisabled) {
    await recordLoginFailure(ctx, anonymous, user?.id ?? null, user ? 'disabled' : 'unknown_user');
    throw new DomainError('unauthenticated', GENERIC_LOGIN_ERROR);
  }
  if (user.lockedUntil && user.lockedUntil > now.toISOString()) {
    await recordLoginFailure(ctx, anonymous, user.id, 'locked');
    throw new DomainError('unauthenticated', `账号已锁定，请于${LOCKOUT.minutes}分钟后重试或联系系统管理员`);
  }
  if (!(await verify(user.passwordHash, input.password))) {
    const failures = user.failedLogins + 1;
    const lock = failures >= LOCKOUT.failures;
    await commitChange({ ...ctx, actor: anonymous }, async (trx) => {
      await identityRepository.updateUser(trx, user.id, {
        failedLogins: lock ? 0 : failures,
        lockedUntil: lock ? new Date(now.getTime() + LOCKOUT.minutes * 60_000).toISOString() : user.lockedUntil,
      });
      return {
        result: undefined,
        audit: [
          { act: 'identity.login', objectType: 'user', objectId: user.id, result: 'refused', summary: { reason: 'bad_password', failures } },
          ...(lock ? [{ act: 'identity.lock', objectType: 'user', objectId: user.id, result: 'success' as const, summary: { minutes: LOCKOUT.minutes } }] : []),
        ],
      };
    });
    throw new DomainError('unauthenticated', lock ? `连续${LOCKOUT.failures}次密码错误，账号已锁定${LOCKOUT.minutes}分钟` : GENERIC_LOGIN_ERROR);
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const sessionId = sessionIdOf(token);
  const signedIn = await presentUser(ctx.handle, user);
  await commitChange({ ...ctx, actor: actorOf(signedIn) }, async (trx, at) => {
    await identityRepository.updateUser(trx, user.id, { failedLogins: 0, lockedUntil: null });
    await identityRepository.insertSession(trx, {
      id: sessionId,
      userId: user.id,
      csrfToken,
      createdAt: at.toISOString(),
      lastSeenAt: at.toISOString(),
      expiresAt: new Date(at.getTime() + ctx.session.absoluteHours * 3600_000).toISOString(),
      ip: ctx.request.ip,
      userAgent: input.userAgent,
      revokedAt: null,
    });
    return { result: undefined, audit: [{ act: 'identity.login', objectType: 'user', objectId: user.id, result: 'success', summary: {} }] };
  });
  return { token, resolved: { sessionId, csrfToken, user: signedIn } };
}

async function recordLoginFailure(ctx: OperationContext, actor: Actor, userId: string | null, reason: string): Promise<void> {
  await commitChange({ ...ctx, actor }, async () => ({
    result: undefined,
    audit: [{ act: 'identity.login', objectType: 'user', objectId: userId, result: 'refused', summary: { reason } }],
  }));
}

/**
 * Finds the session behind a cookie token, enforcing the idle timeout and the absolute lifetime; renews the
 * idle clock at most once a minute to spare writes.
 */
export async function resolveSession(
  handle: DatabaseHandle,
  clock: Clock,
  settings: Config['session'],
  token: string,
): Promise<ResolvedSession | undefined> {
  const id = sessionIdOf(token);
  const session = await identityRepository.findSession(handle.db, id);
  if (!session || session.revokedAt) return undefined;
  const now = clock.now();
  const idleLimit = new Date(session.lastSeenAt).getTime() + settings.idleMinutes * 60_000;
  if (now.toISOString() >= session.expiresAt || now.getTime() >= idleLimit) return undefined;
  const user = await identityRepository.findUser(handle.db, session.userId);
  if (!user || user.isDisabled) return undefined;
  if (now.getTime() - new Date(session.lastSeenAt).getTime() > 60_000) {
    await identityRepository.touchSession(handle.db, id, now.toISOString());
  }
  return { sessionId: id, csrfToken: session.csrfToken, user: await presentUser(handle, user) };
}

export async function logOut(ctx: OperationContext, sessionId: string): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    await identityRepository.revokeSession(trx, sessionId, at.toISOString());
    return { result: undefined, audit: [{ act: 'identity.logout', objectType: 'user', objectId: ctx.actor.userId, result: 'success', summary: {} }] };
  });
}

/** Changes one's own password; other sessions of the user end. */
export async function changePassword(
  ctx: OperationContext,
  input: { userId: string; sessionId: string; currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await identityRepository.findUser(ctx.handle.db, input.userId);
  if (!user) throw new DomainError('unauthenticated', '请重新登录');
  if (!(await verify(user.passwordHash, input.currentPassword))) invalid('当前密码不正确');
  if (input.currentPassword === input.newPassword) invalid('新密码不能与当前密码相同');
  const problems = passwordProblems(input.newPassword, user.loginName);
  if (problems.length > 0) invalid(`新密码不符合密码策略：${problems.join('；')}`, { problems });
  const passwordHash = await hashPassword(input.newPassword);
  await commitChange(ctx, async (trx, at) => {
    await identityRepository.updateUser(trx, user.id, { passwordHash, mustChangePassword: 0, passwordChangedAt: at.toISOString(), updatedAt: at.toISOString() });
    await identityRepository.revokeSessionsOf(trx, user.id, at.toISOString(), input.sessionId);
    return { result: undefined, audit: [{ act: 'identity.password.change', objectType: 'user', objectId: user.id, result: 'success', summary: {} }] };
  });
}

async function presentUser(handle: DatabaseHandle, user: UserRecord): Promise<SignedInUser> {
  const unit = user.unitId ? await orgRepository.findUnit(handle.db, user.unitId) : undefined;
  return {
    id: user.id,
    loginName: user.loginName,
    displayName: user.displayName,
    roles: user.roles,
    unit: unit ? { id: unit.id, name: unit.name } : null,
    personId: user.personId,
    mustChangePassword: user.mustChangePassword === 1,
  };
}

export function actorOf(user: SignedInUser): Actor {
  return { userId: user.id, name: user.displayName, roles: user.roles, unitId: user.unit?.id ?? null, personId: user.personId };
}

export const newUserId = () => randomUUID();
