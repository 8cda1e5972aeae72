import { commitChange, type OperationContext } from '../../db/change.js';
import { countersignRepository } from '../../db/countersign-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { authorize } from '../../domain/case.js';
import { outgoingDocumentCase, statusAfterDrafting } from '../../domain/outgoing/case.js';
import { draftRules } from '../../domain/outgoing/rules.js';
import type { OutgoingStatus, ReviewChecklist } from '../../domain/outgoing/types.js';
import { enforceRules, refuseBy } from '../../rules/index.js';
import { takeAction } from '../case/take-action.js';
import { isPrincipalOf, principalOf } from '../org/principal-of.js';
import { startCountersignClock } from './clock.js';
import { draftFactsOf, loadOutgoing, parsed } from './load.js';

/**
 * The drafting department's principal head approves the draft and sends it on (art. 68 "部门主要负责人要对代拟
 * 文稿认真审核把关"): to the units concerned for 会签, else to the office for review, or — a department's own
 * document that directs no lower government — to the head to sign. The checks before anything moves run
 * here, each refusal citing its article (67, 68, 71, 84; 36 for a policy document's 解读). A resubmission
 * after a return asks the units concerned again.
 */
export async function submitDraft(ctx: OperationContext, input: { id: string; version: number; opinion?: string | undefined }): Promise<{ status: OutgoingStatus; version: number }> {
  return commitChange(ctx, async (trx, at) => {
    const { doc, c, viewer, day } = await loadOutgoing(trx, ctx, input.id, at);
    authorize(outgoingDocumentCase, 'submit', c, viewer, input.version);
    const drafting = await orgRepository.findUnit(trx, doc.draftingUnitId);
    const isOfficeDraft = drafting?.function === 'government_office';
    if (!isOfficeDraft && !(await isPrincipalOf(trx, doc.draftingUnitId, ctx.actor.personId, day))) {
      refuseBy('outgoing.drafting-head-approves', '代拟文稿须由起草部门主要负责人本人审核把关后报送');
    }
    const flags = enforceRules(draftRules, await draftFactsOf(trx, doc, 'submit', parsed<ReviewChecklist>(doc.checklist), false), day);
    const onward = statusAfterDrafting(c, doc.directsLowerGovernments === 1);
    const countersignDeadlineId = onward === 'countersigning' ? await startCountersignClock(trx, doc, at) : doc.countersignDeadlineId;
    // A department's own document goes to its head to sign (art. 70); the government's and the office's get
    // their signer at the office's review.
    const signer = doc.issuer === 'department' ? await principalOf(trx, doc.draftingUnitId, day) : undefined;
    if (doc.status === 'returned') await countersignRepository.reopen(trx, outgoingDocumentCase.kind, doc.id, c.countersignUnitIds);
    const { audit, version } = await takeAction(trx, ctx, at, {
      def: outgoingDocumentCase,
      table: 'outgoingDocuments',
      case: { ...c, onward },
      action: 'submit',
      version: input.version,
      viewer,
      changes: {
        flags: JSON.stringify(flags.map(({ ruleId, article, message }) => ({ ruleId, article, message }))),
        countersignDeadlineId,
        signedUnitIds: '[]',
        hasOpenDisagreement: 0,
        ...(signer ? { signerPersonId: signer.personId, signerName: signer.name } : {}),
        updatedAt: at.toISOString(),
      },
      opinion: input.opinion?.trim() || (doc.status === 'returned' ? '已按退回意见修改，重新报送' : '审核同意报送'),
      summary: { title: doc.title, onward },
    });
    return { result: { status: onward, version }, audit: [audit] };
  });
}
