// @ts-nocheck
import type { Clock } from '../clock.js';
import type { Actor, AuditEntry, RequestContext } from '../domain/audit/audit-event.js';
import { appendAuditEvents } from './audit-repository.js';
import type { DatabaseHandle, Tx } from './database.js';

/** Everything an operation needs besides its input: the database, the time, who acts and from where. */
export type OperationContext = {
  handle: DatabaseHandle;
  clock: Clock;
  actor: Actor;
  request: RequestContext;
};

/**
 * A state change: in one transaction, run the work (which checks versions and rules and writes), then append
 * its audit events to the chain. Either all of it commits or none of it does.
 */
export async function commitChange<T>(
  ctx: OperationContext,
  work: (trx: Tx, at: Date) => Promise<{ result: T; audit: readonly AuditEntry[] }>,
): Promise<T> {
  const at = ctx.clock.now();
  return ctx.handle.db.transaction().execute(async (trx) => {
    const { result, audit } = await work(trx, at);
    await appendAuditEvents(trx, ctx.handle.dialect, at, ctx.actor, ctx.request, audit);
    return result;
  });
}
