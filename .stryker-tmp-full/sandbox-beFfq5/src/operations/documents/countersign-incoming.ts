// @ts-nocheck
import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { caseOf, documentsRepository } from '../../db/documents-repository.js';
import { authorize } from '../../domain/case.js';
import { incomingDocumentCase } from '../../domain/documents/case.js';
import type { IncomingStatus } from '../../domain/documents/types.js';
import { filingRules } from '../../domain/documents/rules.js';
import { invalid } from '../../domain/errors.js';
import { enforceRules, refuseBy } from '../../rules/index.js';
import { viewerOf } from '../case/viewer.js';
import { advance } from './advance.js';
import { loadDocument } from './office-load.js';
import { filingFactsOfDocument, isPrincipalOf } from './submit-incoming.js';

/**
 * A related unit's principal head countersigns a cross-unit matter (art. 64), agreeing or disagreeing with
 * grounds. The last related unit to sign sends the document to the office, after the filing guards check
 * every countersignature and its grounds.
 */
export async function countersignIncoming(ctx: OperationContext, input: { id: string; version: number; isAgreed: boolean; opinion: string; grounds?: string | null }): Promise<{ status: IncomingStatus }> {
  if (!input.isAgreed && !input.grounds?.trim()) invalid('不同意的，须列明理据');
  return commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, ctx, input.id);
    const { to } = authorize(incomingDocumentCase, 'countersign', caseOf(doc), await viewerOf(trx, ctx.actor, at));
    const day = localDateOf(at);
    const unitId = ctx.actor.unitId ?? '';
    if (!(await isPrincipalOf(trx, unitId, ctx.actor.personId, day))) refuseBy('documents.countersign-by-principal', '第六十四条：会签须由相关单位主要负责人本人签署');
    // The versioned move comes first, so a request that lost the race is refused (409 with the current
    // version) before it writes anything.
    const audit = await advance(trx, ctx, at, {
      doc,
      version: input.version,
      action: 'countersign',
      opinion: `${input.isAgreed ? '同意' : '不同意'}：${input.opinion}${input.grounds ? `（理据：${input.grounds}）` : ''}`,
      summary: { isAgreed: input.isAgreed, complete: to === 'submitted' },
    });
    await documentsRepository.insertCountersignature(trx, {
      id: randomUUID(),
      documentId: doc.id,
      unitId,
      signerPersonId: ctx.actor.personId,
      signerName: ctx.actor.name,
      isAgreed: input.isAgreed ? 1 : 0,
      opinion: input.opinion,
      grounds: input.grounds ?? null,
      signedAt: at.toISOString(),
    });
    if (to === 'submitted') {
      // Only the principal head signs a 请示 off (at filing or by 签发), so a named signer is a principal.
      enforceRules(filingRules, await filingFactsOfDocument(trx, doc, doc.signerPersonId !== null, day), day);
    }
    return { result: { status: to }, audit: [audit] };
  });
}
