import { commitChange, type OperationContext } from '../../db/change.js';
import { orgRepository } from '../../db/org-repository.js';
import { authorize } from '../../domain/case.js';
import { invalid } from '../../domain/errors.js';
import { outgoingDocumentCase } from '../../domain/outgoing/case.js';
import { draftRules, holdsTitle, signOffTitles } from '../../domain/outgoing/rules.js';
import type { OutgoingStatus, ReviewChecklist } from '../../domain/outgoing/types.js';
import { enforceRules, parameter, refuseBy } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import type { Tx } from '../../db/database.js';
import { takeAction } from '../case/take-action.js';
import { draftFactsOf, leaderPostsOf, leadersOn, loadOutgoing } from './load.js';

export type ReviewInput = {
  id: string;
  version: number;
  checklist: ReviewChecklist;
  opinion: string;
  leaderReviewerPersonId?: string | null | undefined;
  signerPersonId?: string | null | undefined;
  isInterpretationReviewed: boolean;
};

/** Who signs by default as art. 69 reads: the 区长 the government's documents, the office director the office's. */
async function defaultSigner(trx: Tx, issuer: string, day: LocalDate) {
  const leaders = await leadersOn(trx, day);
  const kind = issuer === 'government' ? 'head' : 'office_director';
  const found = leaders.find((l) => l.post.kind === kind);
  return found && { personId: found.personId, name: found.name };
}

/** The deputy whose portfolio holds the unit, else the 区长: who 审定 a department's directive for the government (art. 70). */
async function leaderInCharge(trx: Tx, unitId: string, day: LocalDate) {
  const leaders = await leadersOn(trx, day);
  const found = leaders.find((l) => (l.post.kind === 'deputy' || l.post.kind === 'executive_deputy') && l.portfolio.units.some((u) => u.id === unitId)) ?? leaders.find((l) => l.post.kind === 'head');
  return found && { personId: found.personId, name: found.name };
}

/**
 * The office reviews (核稿) — the step without which no leader is offered a draft (art. 68): its checklist
 * (art. 67, 68, 71) and, for a policy document, the 解读 reviewed with it (art. 36). It names who signs (art. 69)
 * and whether a leader 审签 first; a department's directive to lower governments goes to the leader in charge
 * for the government's 审定 (art. 70).
 */
export async function reviewDraft(ctx: OperationContext, input: ReviewInput): Promise<{ status: OutgoingStatus; version: number }> {
  return commitChange(ctx, async (trx, at) => {
    const { doc, c, viewer, day } = await loadOutgoing(trx, ctx, input.id, at);
    authorize(outgoingDocumentCase, 'review', c, viewer, input.version);
    const hasInterpretation = doc.interpretation !== null;
    const flags = enforceRules(draftRules, await draftFactsOf(trx, doc, 'review', input.checklist, input.isInterpretationReviewed && hasInterpretation), day);
    const person = async (id: string, what: string) => {
      const p = await orgRepository.findPerson(trx, id);
      if (!p) invalid(`${what}不存在`);
      return { personId: p.id, name: p.name };
    };
    let leaderReviewer = input.leaderReviewerPersonId ? await person(input.leaderReviewerPersonId, '审签领导') : undefined;
    // 审签 is a government leader's (art. 69(一) “审核、审签”): anyone else would hold the draft where no one can act.
    if (leaderReviewer && (await leaderPostsOf(trx, leaderReviewer.personId, day)).length === 0) invalid(`审签人须为区政府领导同志，${leaderReviewer.name}不是`);
    let signer: { personId: string; name: string } | undefined;
    if (doc.issuer === 'department') {
      leaderReviewer ??= await leaderInCharge(trx, doc.draftingUnitId, day);
      if (!leaderReviewer) invalid('组织机构中没有可审定本件的区政府领导');
    } else {
      signer = input.signerPersonId ? await person(input.signerPersonId, '签发人') : await defaultSigner(trx, doc.issuer, day);
      if (!signer) invalid('组织机构中没有第六十九条规定的签发人，请指定签发人');
      // Only one art. 69 names may be offered the sign-off (rulebook data); whether an authorisation covers this
      // document is judged when he signs.
      const { all } = signOffTitles(parameter('documents.signOffAuthority', day), doc.issuer === 'office' ? 'office' : 'government');
      if (!holdsTitle(await leaderPostsOf(trx, signer.personId, day), all)) {
        refuseBy('outgoing.sign-off-authority', `${doc.issuer === 'office' ? '区政府办公室' : '区政府'}公文的签发人为${all.join('、')}（依职权或经授权）；${signer.name}不在其列`);
      }
    }
    const onward: OutgoingStatus = leaderReviewer ? 'leader_review' : 'awaiting_sign_off';
    const { audit, version } = await takeAction(trx, ctx, at, {
      def: outgoingDocumentCase,
      table: 'outgoingDocuments',
      case: { ...c, onward },
      action: 'review',
      version: input.version,
      viewer,
      changes: {
        checklist: JSON.stringify(input.checklist),
        flags: JSON.stringify(flags.map(({ ruleId, article, message }) => ({ ruleId, article, message }))),
        interpretationReviewedAt: hasInterpretation && input.isInterpretationReviewed ? at.toISOString() : null,
        leaderReviewerPersonId: leaderReviewer?.personId ?? null,
        leaderReviewerName: leaderReviewer?.name ?? null,
        ...(signer ? { signerPersonId: signer.personId, signerName: signer.name } : {}),
        returnReasons: '[]',
        updatedAt: at.toISOString(),
      },
      opinion: input.opinion,
      summary: { onward, signer: signer?.name ?? doc.signerName, leaderReviewer: leaderReviewer?.name ?? null },
    });
    return { result: { status: onward, version }, audit: [audit] };
  });
}
