import { randomUUID } from 'node:crypto';
import { commitChange, type OperationContext } from '../../db/change.js';
import { outgoingRepository } from '../../db/outgoing-repository.js';
import type { BodyBlock } from '../../domain/documents/layout.js';
import { authorize } from '../../domain/case.js';
import { outgoingDocumentCase } from '../../domain/outgoing/case.js';
import type { OutgoingStatus } from '../../domain/outgoing/types.js';
import { takeAction } from '../case/take-action.js';
import { versionFieldsOf } from './draft-fields.js';
import { loadOutgoing, parsed, withConsentWords } from './load.js';

/**
 * A government leader 审定 a department's document that directs lower governments (art. 70), in their own
 * session; the document then carries “经区政府同意” (added to its first paragraph when the drafter has not
 * written it), and goes to the department's head to sign.
 */
export async function approveDirective(ctx: OperationContext, input: { id: string; version: number; opinion: string }): Promise<{ status: OutgoingStatus; version: number }> {
  return commitChange(ctx, async (trx, at) => {
    const { doc, c, viewer } = await loadOutgoing(trx, ctx, input.id, at);
    const { actingFor } = authorize(outgoingDocumentCase, 'approve_directive', c, viewer, input.version);
    const before = parsed<BodyBlock[]>(doc.body);
    const body = JSON.stringify(withConsentWords(before));
    const isWordingAdded = body !== doc.body;
    const { audit, version } = await takeAction(trx, ctx, at, {
      def: outgoingDocumentCase,
      table: 'outgoingDocuments',
      case: c,
      action: 'approve_directive',
      version: input.version,
      viewer,
      changes: {
        directiveApproval: JSON.stringify({ personId: ctx.actor.personId, name: ctx.actor.name, opinion: input.opinion, at: at.toISOString(), actingFor }),
        body,
        ...(isWordingAdded ? { revision: doc.revision + 1 } : {}),
        updatedAt: at.toISOString(),
      },
      opinion: input.opinion,
      summary: { isWordingAdded },
    });
    if (isWordingAdded) {
      await outgoingRepository.insertVersion(trx, { id: randomUUID(), documentId: doc.id, revision: doc.revision + 1, fields: versionFieldsOf({ ...doc, body }), reason: '经区政府领导审定，加“经区政府同意”字样', recordedByName: ctx.actor.name, recordedAt: at.toISOString() });
    }
    return { result: { status: 'awaiting_sign_off' as const, version }, audit: [audit] };
  });
}
