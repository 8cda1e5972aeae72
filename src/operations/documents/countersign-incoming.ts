import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { caseOf } from '../../db/documents-repository.js';
import { authorize } from '../../domain/case.js';
import { incomingDocumentCase } from '../../domain/documents/case.js';
import type { IncomingStatus } from '../../domain/documents/types.js';
import { filingRules } from '../../domain/documents/rules.js';
import { enforceRules } from '../../rules/index.js';
import { countersignOpinion, refuseIfAlreadySigned, signCountersignature } from '../case/countersign.js';
import { viewerOf } from '../case/viewer.js';
import { advance } from './advance.js';
import { loadDocument } from './office-load.js';
import { filingFactsOfDocument } from './submit-incoming.js';

/**
 * A related unit's principal head countersigns a cross-unit matter (art. 64), agreeing or disagreeing with
 * grounds. The last related unit to sign sends the document to the office, after the filing guards check
 * every countersignature and its grounds.
 */
export async function countersignIncoming(ctx: OperationContext, input: { id: string; version: number; isAgreed: boolean; opinion: string; grounds?: string | null }): Promise<{ status: IncomingStatus }> {
  return commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, ctx, input.id);
    // The row and its countersignatures are two reads: another request of the same unit may commit its
    // signature between them, so this one sees the old version yet the unit already signed. That request lost a
    // race (409), it was not refused a right (403).
    refuseIfAlreadySigned(ctx.actor.unitId, doc.signedUnitIds, doc, '公文');
    const { to } = authorize(incomingDocumentCase, 'countersign', caseOf(doc), await viewerOf(trx, ctx.actor, at), input.version);
    const day = localDateOf(at);
    // The versioned move comes first, so a request that lost the race is refused (409 with the current
    // version) before it writes anything.
    const audit = await advance(trx, ctx, at, {
      doc,
      version: input.version,
      action: 'countersign',
      opinion: countersignOpinion(input),
      summary: { isAgreed: input.isAgreed, complete: to === 'submitted' },
    });
    await signCountersignature(trx, ctx, at, {
      objectType: incomingDocumentCase.kind,
      objectId: doc.id,
      isAgreed: input.isAgreed,
      opinion: input.opinion,
      grounds: input.grounds ?? null,
      principalRule: 'documents.countersign-by-principal',
      principalMessage: '第六十四条：会签须由相关单位主要负责人本人签署',
    });
    if (to === 'submitted') {
      // Only the principal head signs a 请示 off (at filing or by 签发), so a named signer is a principal.
      enforceRules(filingRules, await filingFactsOfDocument(trx, doc, doc.signerPersonId !== null, day), day);
    }
    return { result: { status: to }, audit: [audit] };
  });
}
