import { articleLabel } from '../../rules/chinese-numerals.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { outgoingDocumentCase } from '../../domain/outgoing/case.js';
import type { OutgoingStatus, ReturnReason } from '../../domain/outgoing/types.js';
import { takeAction } from '../case/take-action.js';
import { loadOutgoing } from './load.js';

/**
 * The office returns a draft to its drafter with its reasons, each citing its article; the drafter revises
 * and resubmits the same document (every revision kept).
 */
export async function returnDraft(ctx: OperationContext, input: { id: string; version: number; reasons: readonly ReturnReason[] }): Promise<{ status: OutgoingStatus; version: number }> {
  return commitChange(ctx, async (trx, at) => {
    const { c, viewer } = await loadOutgoing(trx, ctx, input.id, at);
    const opinion = input.reasons.map((r) => `${r.message}（${articleLabel(r.article)}）`).join('；');
    const { audit, version } = await takeAction(trx, ctx, at, {
      def: outgoingDocumentCase,
      table: 'outgoingDocuments',
      case: c,
      action: 'return',
      version: input.version,
      viewer,
      changes: { returnReasons: JSON.stringify(input.reasons), leaderReviewerPersonId: null, leaderReviewerName: null, needsRecheck: 0, updatedAt: at.toISOString() },
      opinion,
      summary: { reasons: input.reasons },
    });
    return { result: { status: 'returned' as const, version }, audit: [{ ...audit, article: input.reasons[0]?.article ?? audit.article }] };
  });
}
