import { commitChange, type OperationContext } from '../../db/change.js';
import { outgoingRepository } from '../../db/outgoing-repository.js';
import { authorize } from '../../domain/case.js';
import { outgoingDocumentCase } from '../../domain/outgoing/case.js';
import { signOffRules } from '../../domain/outgoing/rules.js';
import type { Interpretation, MatterBasis, OutgoingIssuer, OutgoingStatus, SignOffRecord } from '../../domain/outgoing/types.js';
import { enforceRules, refuseBy } from '../../rules/index.js';
import { takeAction } from '../case/take-action.js';
import { leaderPostsOf, loadOutgoing, oversees, parsed } from './load.js';

/** States in which the office has not yet reviewed a draft: no leader signs it (art. 68). */
const unreviewed = new Set(['drafting', 'countersigning', 'office_review', 'returned']);

/**
 * 签发 (art. 69; 条例 第二十二条): the signer writes opinion, name and date — 圈阅 counts as consent. A leader is
 * never offered, and never signs, a draft the office has not reviewed (art. 68); the signer must be the one
 * art. 69 names or one the 区长 has authorised; a policy document signs only with its 解读 reviewed (art. 36);
 * a department's directive to lower governments only after the government's 审定 (art. 70). A cover or the
 * acting head may stand in (代签, shown on the timeline); the authority is then the absent signer's.
 */
export async function signOffDraft(ctx: OperationContext, input: { id: string; version: number; opinion: string; isCircled: boolean }): Promise<{ status: OutgoingStatus; version: number }> {
  return commitChange(ctx, async (trx, at) => {
    const { doc, c, viewer, day } = await loadOutgoing(trx, ctx, input.id, at);
    const issuer = doc.issuer as OutgoingIssuer;
    // The refusals that name an article come before the bare "the case is elsewhere" (409).
    if (issuer !== 'department' && unreviewed.has(doc.status)) refuseBy('outgoing.reviewed-before-sign-off', '区政府领导同志不直接签批未经区政府办公室审核的公文文稿，本件尚未经区政府办公室审核');
    const isDirective = issuer === 'department' && doc.directsLowerGovernments === 1;
    if (isDirective && doc.directiveApproval === null) {
      refuseBy('outgoing.directive-approved', '未经区政府批准，部门不得直接向下级政府发布指令性公文或在公文中提出指令性要求；请报区政府领导同志审定后加“经区政府同意”字样行文');
    }
    const { actingFor } = authorize(outgoingDocumentCase, 'sign_off', c, viewer, input.version);
    const signerPersonId = actingFor?.personId ?? ctx.actor.personId;
    const authorizations = signerPersonId && issuer !== 'department' ? await outgoingRepository.authorizationsOf(trx, signerPersonId, issuer, day) : [];
    const interpretation = parsed<Interpretation | null>(doc.interpretation);
    enforceRules(
      signOffRules,
      {
        issuer,
        docType: doc.docType,
        signerName: actingFor?.name ?? ctx.actor.name,
        signerPostKinds: await leaderPostsOf(trx, signerPersonId, day),
        signerOverseesIssuer: await oversees(trx, signerPersonId, doc.issuingUnitId, day),
        authorizations: authorizations
          .filter((a) => (a.scope === 'document' && a.documentId === doc.id) || (a.scope === 'doc_type' && a.docType === doc.docType))
          .map((a) => ({ basis: (a.basis as MatterBasis | null) ?? null })),
        matterBasis: (doc.matterBasis as MatterBasis | null) ?? null,
        isPolicy: doc.isPolicy === 1,
        hasInterpretation: interpretation !== null,
        isInterpretationReviewed: doc.interpretationReviewedAt !== null,
        directsLowerGovernments: doc.directsLowerGovernments === 1,
        isDirectiveApproved: doc.directiveApproval !== null,
        opinion: input.opinion,
        isCircled: input.isCircled,
      },
      day,
    );
    const opinion = input.opinion.trim() || (input.isCircled ? '圈阅' : '');
    const record: SignOffRecord = { personId: ctx.actor.personId, name: ctx.actor.name, opinion, isCircled: input.isCircled, date: day, actingFor, at: at.toISOString() };
    const { audit, version } = await takeAction(trx, ctx, at, {
      def: outgoingDocumentCase,
      table: 'outgoingDocuments',
      case: c,
      action: 'sign_off',
      version: input.version,
      viewer,
      changes: { signOff: JSON.stringify(record), needsRecheck: 0, updatedAt: at.toISOString() },
      opinion: doc.needsRecheck === 1 ? `复核：${opinion}` : opinion,
      summary: { isCircled: input.isCircled, isRecheck: doc.needsRecheck === 1 },
    });
    return { result: { status: 'signed' as const, version }, audit: [audit] };
  });
}
