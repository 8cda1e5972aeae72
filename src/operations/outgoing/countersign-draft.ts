import { commitChange, type OperationContext } from '../../db/change.js';
import { authorize } from '../../domain/case.js';
import { outgoingDocumentCase, statusAfterCountersign } from '../../domain/outgoing/case.js';
import type { OutgoingStatus } from '../../domain/outgoing/types.js';
import { countersignOpinion, refuseIfAlreadySigned, signCountersignature } from '../case/countersign.js';
import { takeAction } from '../case/take-action.js';
import { closeClock } from './clock.js';
import { loadOutgoing } from './load.js';

/**
 * A unit concerned countersigns by its principal head (art. 68), agreeing or disagreeing with its grounds. The
 * last agreeing signature sends the draft on; a disagreement holds it until coordinated and agreed (art. 68,
 * as art. 52 describes) — departments that have not agreed do not each issue (art. 70).
 */
export async function countersignDraft(ctx: OperationContext, input: { id: string; version: number; isAgreed: boolean; opinion: string; grounds?: string | null | undefined }): Promise<{ status: OutgoingStatus; version: number }> {
  return commitChange(ctx, async (trx, at) => {
    const { doc, c, viewer } = await loadOutgoing(trx, ctx, input.id, at);
    if (ctx.actor.unitId !== null && c.countersignUnitIds.includes(ctx.actor.unitId)) refuseIfAlreadySigned(ctx.actor.unitId, c.signedUnitIds, doc, '文稿');
    authorize(outgoingDocumentCase, 'countersign', c, viewer, input.version);
    const signed = [...c.signedUnitIds, viewer.unitId ?? ''];
    const hasOpenDisagreement = c.hasOpenDisagreement || !input.isAgreed;
    const isComplete = c.countersignUnitIds.every((u) => signed.includes(u));
    const onward: OutgoingStatus = isComplete && !hasOpenDisagreement ? statusAfterCountersign(c, doc.directsLowerGovernments === 1) : 'countersigning';
    const { audit, version } = await takeAction(trx, ctx, at, {
      def: outgoingDocumentCase,
      table: 'outgoingDocuments',
      case: { ...c, onward },
      action: 'countersign',
      version: input.version,
      viewer,
      changes: { signedUnitIds: JSON.stringify(signed), hasOpenDisagreement: hasOpenDisagreement ? 1 : 0, ...(isComplete ? { countersignDeadlineId: null } : {}), updatedAt: at.toISOString() },
      opinion: countersignOpinion(input),
      summary: { isAgreed: input.isAgreed, onward },
    });
    await signCountersignature(trx, ctx, at, {
      objectType: outgoingDocumentCase.kind,
      objectId: doc.id,
      isAgreed: input.isAgreed,
      opinion: input.opinion,
      grounds: input.grounds ?? null,
      principalRule: 'outgoing.countersign-by-principal',
      principalMessage: '会签须由有关单位主要负责人本人签署，经办人员不能代为会签',
    });
    if (isComplete) await closeClock(trx, doc.countersignDeadlineId, at);
    return { result: { status: onward, version }, audit: [audit] };
  });
}
