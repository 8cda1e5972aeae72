import { commitChange, type OperationContext } from '../../db/change.js';
import { invitationCase } from '../../domain/events/case.js';
import { takeAction } from '../case/take-action.js';
import { loadInvitation } from './load.js';

/** The inviting unit withdraws an invitation the office has not yet acted on. */
export async function withdrawInvitation(ctx: OperationContext, input: { id: string; version: number }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const { viewer, case: invitation } = await loadInvitation(trx, ctx, at, input.id);
    const { audit } = await takeAction(trx, ctx, at, { def: invitationCase, table: 'eventInvitations', case: invitation, action: 'withdraw', version: input.version, viewer, changes: { updatedAt: at.toISOString() } });
    return { result: undefined, audit: [audit] };
  });
}
