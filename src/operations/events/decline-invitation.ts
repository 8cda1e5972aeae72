import { commitChange, type OperationContext } from '../../db/change.js';
import { invitationCase } from '../../domain/events/case.js';
import { takeAction } from '../case/take-action.js';
import { loadInvitation } from './load.js';

/** The office declines to arrange an invitation, giving the unit its reason (art. 90: the office decides). */
export async function declineInvitation(ctx: OperationContext, input: { id: string; version: number; reason: string }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const { viewer, case: invitation } = await loadInvitation(trx, ctx, at, input.id);
    const { audit } = await takeAction(trx, ctx, at, {
      def: invitationCase,
      table: 'eventInvitations',
      case: invitation,
      action: 'decline',
      version: input.version,
      viewer,
      changes: { declineReason: input.reason, updatedAt: at.toISOString() },
      opinion: input.reason,
    });
    return { result: undefined, audit: [audit] };
  });
}
