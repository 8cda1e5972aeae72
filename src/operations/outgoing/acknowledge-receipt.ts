import { commitChange, type OperationContext } from '../../db/change.js';
import { outgoingRepository, receiptCaseOf } from '../../db/outgoing-repository.js';
import { notFound } from '../../domain/errors.js';
import { outgoingReceiptCase } from '../../domain/outgoing/case.js';
import { takeAction } from '../case/take-action.js';
import { viewerOf } from '../case/viewer.js';

/** A unit signs for a document issued to it (签收); another unit's receipt reads as missing (404). */
export async function acknowledgeReceipt(ctx: OperationContext, input: { id: string; version: number }): Promise<{ status: 'acknowledged'; version: number }> {
  return commitChange(ctx, async (trx, at) => {
    const receipt = await outgoingRepository.findReceiptOfUnit(trx, input.id, ctx.actor.unitId);
    if (!receipt) notFound('来文');
    const { audit, version } = await takeAction(trx, ctx, at, {
      def: outgoingReceiptCase,
      table: 'outgoingReceipts',
      case: receiptCaseOf(receipt),
      action: 'acknowledge',
      version: input.version,
      viewer: await viewerOf(trx, ctx.actor, at),
      changes: { acknowledgedByName: ctx.actor.name, acknowledgedAt: at.toISOString() },
      summary: { documentId: receipt.documentId },
    });
    return { result: { status: 'acknowledged' as const, version }, audit: [audit] };
  });
}
