// @ts-nocheck
import { commitChange, type OperationContext } from '../../db/change.js';
import { identityRepository } from '../../db/identity-repository.js';
import { notFound } from '../../domain/errors.js';

/** Ends the current session server-side (ASVS 7.4.1). */
export async function logOut(ctx: OperationContext, sessionId: string): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    await identityRepository.revokeSession(trx, sessionId, at.toISOString());
    return { result: undefined, audit: [{ act: 'identity.logout', objectType: 'user', objectId: ctx.actor.userId, result: 'success', summary: {} }] };
  });
}

/** The user's own live sessions, so they can see where they are signed in. */
export async function listOwnSessions(ctx: OperationContext, currentSessionId: string) {
  const userId = ctx.actor.userId ?? '';
  const sessions = await identityRepository.sessionsOf(ctx.handle.db, userId, ctx.clock.now().toISOString());
  return sessions.map((s) => ({
    id: s.id,
    createdAt: s.createdAt,
    lastSeenAt: s.lastSeenAt,
    expiresAt: s.expiresAt,
    ip: s.ip,
    userAgent: s.userAgent,
    isCurrent: s.id === currentSessionId,
  }));
}

/** Revokes one of the user's own sessions (another device); someone else's session answers 404. */
export async function revokeOwnSession(ctx: OperationContext, sessionId: string): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const session = await identityRepository.findSession(trx, sessionId);
    if (!session || session.userId !== ctx.actor.userId || session.revokedAt) notFound('会话');
    await identityRepository.revokeSession(trx, sessionId, at.toISOString());
    return { result: undefined, audit: [{ act: 'identity.session.revoke', objectType: 'user', objectId: ctx.actor.userId, result: 'success', summary: { sessionCreatedAt: session.createdAt } }] };
  });
}
