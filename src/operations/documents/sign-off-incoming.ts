import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { caseOf } from '../../db/documents-repository.js';
import { authorize } from '../../domain/case.js';
import { incomingDocumentCase } from '../../domain/documents/case.js';
import type { IncomingStatus } from '../../domain/documents/types.js';
import { filingRules } from '../../domain/documents/rules.js';
import { enforceRules } from '../../rules/index.js';
import { viewerOf } from '../case/viewer.js';
import { advance } from './advance.js';
import { loadDocument } from './office-load.js';
import { isPrincipalOf } from '../org/principal-of.js';
import { filingFactsOfDocument } from './submit-incoming.js';

/**
 * 签发: the filing unit's principal head signs off a 请示 in their own session before it leaves the unit
 * (art. 64 "报送区政府的请示性公文，须由报送单位主要负责人签发"). The declaration admits only a unit head of the
 * filing unit; the guard then checks that this person holds the unit's principal post on the day. The
 * document goes on to the related units for 会签, or to the office.
 */
export async function signOffIncoming(ctx: OperationContext, input: { id: string; version: number; opinion?: string }): Promise<{ status: IncomingStatus }> {
  return commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, ctx, input.id);
    const { to } = authorize(incomingDocumentCase, 'sign_off', caseOf(doc), await viewerOf(trx, ctx.actor, at));
    const day = localDateOf(at);
    const facts = await filingFactsOfDocument(trx, doc, await isPrincipalOf(trx, doc.issuingUnitId, ctx.actor.personId, day), day);
    // Countersignatures come after the sign-off; the last of them checks them.
    enforceRules(filingRules, { ...facts, relatedUnits: facts.relatedUnits.map((u) => ({ ...u, hasSigned: true })) }, day);
    const audit = await advance(trx, ctx, at, {
      doc,
      version: input.version,
      action: 'sign_off',
      opinion: input.opinion?.trim() || '同意报送',
      changes: { signerPersonId: ctx.actor.personId, signerName: ctx.actor.name },
    });
    return { result: { status: to }, audit: [audit] };
  });
}
