import { commitChange, type OperationContext } from '../../db/change.js';
import { countersignRepository } from '../../db/countersign-repository.js';
import { outgoingDocumentCase } from '../../domain/outgoing/case.js';
import type { OutgoingStatus } from '../../domain/outgoing/types.js';
import { takeAction } from '../case/take-action.js';
import { startCountersignClock } from './clock.js';
import { loadOutgoing } from './load.js';

/**
 * The office records the coordination of a countersign disagreement (art. 68, as art. 52
 * describes). Coordination settles nothing by itself: the units that disagreed sign again, their principal
 * heads agreeing, before the draft goes on; their reply clock starts again.
 */
export async function coordinateDraft(ctx: OperationContext, input: { id: string; version: number; note: string }): Promise<{ status: OutgoingStatus; version: number }> {
  return commitChange(ctx, async (trx, at) => {
    const { doc, c, viewer } = await loadOutgoing(trx, ctx, input.id, at);
    const signatures = await countersignRepository.of(trx, outgoingDocumentCase.kind, [doc.id]);
    const disagreeing = signatures.filter((s) => Number(s.isAgreed) === 0).map((s) => s.unitId);
    const coordinationNote = [doc.coordinationNote, `${input.note}（${ctx.actor.name}协调）`].filter(Boolean).join('\n');
    const { audit, version } = await takeAction(trx, ctx, at, {
      def: outgoingDocumentCase,
      table: 'outgoingDocuments',
      case: c,
      action: 'coordinate',
      version: input.version,
      viewer,
      changes: {
        coordinationNote,
        hasOpenDisagreement: 0,
        signedUnitIds: JSON.stringify(c.signedUnitIds.filter((u) => !disagreeing.includes(u))),
        countersignDeadlineId: await startCountersignClock(trx, doc, at),
        updatedAt: at.toISOString(),
      },
      opinion: input.note,
      summary: { reopened: disagreeing },
    });
    await countersignRepository.reopen(trx, outgoingDocumentCase.kind, doc.id, disagreeing);
    return { result: { status: 'countersigning' as const, version }, audit: [audit] };
  });
}
