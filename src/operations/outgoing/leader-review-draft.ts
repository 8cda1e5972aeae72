import { commitChange, type OperationContext } from '../../db/change.js';
import { outgoingDocumentCase } from '../../domain/outgoing/case.js';
import type { OutgoingStatus } from '../../domain/outgoing/types.js';
import { takeAction } from '../case/take-action.js';
import { loadOutgoing } from './load.js';

/** The deputy in charge (or an office deputy director) 审签 a reviewed draft before its signer (art. 69(一)). */
export async function leaderReviewDraft(ctx: OperationContext, input: { id: string; version: number; opinion: string }): Promise<{ status: OutgoingStatus; version: number }> {
  return commitChange(ctx, async (trx, at) => {
    const { c, viewer } = await loadOutgoing(trx, ctx, input.id, at);
    const { audit, version } = await takeAction(trx, ctx, at, { def: outgoingDocumentCase, table: 'outgoingDocuments', case: c, action: 'leader_review', version: input.version, viewer, changes: { updatedAt: at.toISOString() }, opinion: input.opinion });
    return { result: { status: 'awaiting_sign_off' as const, version }, audit: [audit] };
  });
}
