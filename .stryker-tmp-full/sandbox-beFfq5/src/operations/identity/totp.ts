// @ts-nocheck
import * as OTPAuth from 'otpauth';
import { commitChange, type OperationContext } from '../../db/change.js';
import { identityRepository, type UserRecord } from '../../db/identity-repository.js';
import { DomainError, invalid } from '../../domain/errors.js';
import { isTotpRequired } from '../../domain/identity/security-settings.js';
import type { IdentityDeps } from './identity-deps.js';
import { countFailure } from './log-in.js';
import { loadSecuritySettings } from './security-settings.js';

const ISSUER = 'zhengwu 政务';
const PERIOD = 30;

function totpFor(user: UserRecord, secretBase32: string) {
  return new OTPAuth.TOTP({ issuer: ISSUER, label: user.loginName, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: OTPAuth.Secret.fromBase32(secretBase32) });
}

/** The time step a code matches (within one step of clock drift), or undefined. */
function matchingStep(user: UserRecord, secretBase32: string, code: string, now: Date): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const delta = totpFor(user, secretBase32).validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? undefined : Math.floor(now.getTime() / 1000 / PERIOD) + delta;
}

async function userOf(ctx: OperationContext, userId: string): Promise<UserRecord> {
  const user = await identityRepository.findUser(ctx.handle.db, userId);
  if (!user) throw new DomainError('unauthenticated', '请重新登录');
  return user;
}

/**
 * Starts enrolment of a TOTP second factor: a new secret, stored SM4-encrypted, not in force until a code
 * from the authenticator app confirms it.
 */
export async function enrollTotp(ctx: OperationContext, deps: Pick<IdentityDeps, 'cipher'>, userId: string): Promise<{ secret: string; uri: string }> {
  const user = await userOf(ctx, userId);
  if (user.isTotpEnabled) invalid('已启用动态口令；如需更换，请先停用');
  const secret = new OTPAuth.Secret({ size: 20 }).base32;
  await commitChange(ctx, async (trx, at) => {
    await identityRepository.updateUser(trx, user.id, { totpSecretEncrypted: deps.cipher.encrypt(secret, `users.totp:${user.id}`), updatedAt: at.toISOString() });
    return { result: undefined, audit: [{ act: 'identity.totp.enroll', objectType: 'user', objectId: user.id, result: 'success', summary: {} }] };
  });
  return { secret, uri: totpFor(user, secret).toString() };
}

/** Confirms enrolment with a current code; from now on every login asks for one. */
export async function confirmTotp(ctx: OperationContext, deps: Pick<IdentityDeps, 'cipher'>, input: { userId: string; code: string }): Promise<void> {
  const user = await userOf(ctx, input.userId);
  if (user.isTotpEnabled) invalid('动态口令已启用');
  if (!user.totpSecretEncrypted) invalid('请先开始绑定动态口令');
  const step = matchingStep(user, deps.cipher.decrypt(user.totpSecretEncrypted, `users.totp:${user.id}`), input.code, ctx.clock.now());
  if (step === undefined) invalid('动态口令不正确，请核对手机时间后重试');
  await commitChange(ctx, async (trx, at) => {
    await identityRepository.updateUser(trx, user.id, { isTotpEnabled: 1, totpLastStep: step, updatedAt: at.toISOString() });
    return { result: undefined, audit: [{ act: 'identity.totp.confirm', objectType: 'user', objectId: user.id, result: 'success', summary: {} }] };
  });
}

/**
 * Completes a password login with the second factor. A code is accepted once (ASVS 6.5.1); wrong codes
 * count towards the lockout like wrong passwords.
 */
export async function verifySecondFactor(
  ctx: OperationContext,
  deps: Pick<IdentityDeps, 'cipher' | 'defaults'>,
  input: { userId: string; sessionId: string; code: string },
): Promise<void> {
  const user = await userOf(ctx, input.userId);
  if (!user.isTotpEnabled || !user.totpSecretEncrypted) invalid('该账号未启用动态口令');
  const { settings } = await loadSecuritySettings(ctx.handle, deps.defaults);
  const now = ctx.clock.now();
  const step = matchingStep(user, deps.cipher.decrypt(user.totpSecretEncrypted, `users.totp:${user.id}`), input.code, now);
  // The step is marked used by a conditional update in the same transaction that completes the session, so of
  // parallel requests with one fresh code exactly one wins (a step read earlier and compared here would let
  // several through).
  const isAccepted =
    step !== undefined &&
    (await commitChange(ctx, async (trx) => {
      if (!(await identityRepository.useTotpStep(trx, user.id, step))) return { result: false, audit: [] };
      await identityRepository.completeMfa(trx, input.sessionId);
      return { result: true, audit: [{ act: 'identity.totp.verify', objectType: 'user', objectId: user.id, result: 'success', summary: {} }] };
    }));
  if (isAccepted) return;
  const isReplay = step !== undefined;
  const lockedUntil = await countFailure(ctx, ctx.actor, ctx.request, user.id, settings, isReplay ? 'replayed_code' : 'bad_code', 'identity.totp.verify');
  throw new DomainError('unauthenticated', isReplay ? '该动态口令已使用过，请等待下一个口令' : lockedUntil ? `连续 ${settings.lockoutAttempts} 次验证失败，账号已锁定` : '动态口令不正确');
}

/** Turns the second factor off; an account whose roles require it may not (等保 8.1.4.1d). */
export async function disableTotp(ctx: OperationContext, deps: Pick<IdentityDeps, 'cipher' | 'defaults'>, input: { userId: string; code: string }): Promise<void> {
  const user = await userOf(ctx, input.userId);
  const { settings } = await loadSecuritySettings(ctx.handle, deps.defaults);
  if (isTotpRequired(settings, user.roles)) invalid('您的角色按安全策略必须使用动态口令，不能停用');
  if (!user.isTotpEnabled || !user.totpSecretEncrypted) invalid('该账号未启用动态口令');
  if (matchingStep(user, deps.cipher.decrypt(user.totpSecretEncrypted, `users.totp:${user.id}`), input.code, ctx.clock.now()) === undefined) invalid('动态口令不正确');
  await commitChange(ctx, async (trx, at) => {
    await identityRepository.updateUser(trx, user.id, { isTotpEnabled: 0, totpSecretEncrypted: null, totpLastStep: null, updatedAt: at.toISOString() });
    return { result: undefined, audit: [{ act: 'identity.totp.disable', objectType: 'user', objectId: user.id, result: 'success', summary: {} }] };
  });
}
