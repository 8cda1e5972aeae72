import { type ActionSpec, type CaseDefinition, ofUnit, personal } from '../case.js';
import { type OutgoingIssuer, type OutgoingStatus, outgoingStatusLabels } from './types.js';

/**
 * An outgoing document (发文) as its declaration sees it. Built from the stored row by the repository
 * (`outgoingCaseOf`), so lists and the 工作台 get it without extra queries.
 */
export type OutgoingCase = {
  id: string;
  version: number;
  status: OutgoingStatus;
  issuer: OutgoingIssuer;
  urgency: string;
  /** The competent department that drafts on the government's behalf (代拟), or the office, or the department itself. */
  draftingUnitId: string;
  /** The unit that numbers, seals and issues it: the office for the government's and the office's documents, else the department. */
  issuingUnitId: string;
  /** Units whose remit the draft touches: their principal heads countersign (art. 68). */
  countersignUnitIds: readonly string[];
  /** Units that have countersigned (agreeing or not). */
  signedUnitIds: readonly string[];
  /** A unit disagreed and has not yet agreed after coordination (art. 68, 70; coordinated as art. 52 describes). */
  hasOpenDisagreement: boolean;
  /** Who 审签 (art. 69(一)) — or, for a department's directive, who 审定 it for the government (art. 70). */
  leaderReviewerPersonId: string | null;
  /** Who is to sign it off (art. 69). */
  signerPersonId: string | null;
  /** Where the act under way sends the document (set by the operation from the document's rules). */
  onward?: OutgoingStatus;
};

export type OutgoingAction =
  | 'revise'
  | 'submit'
  | 'countersign'
  | 'coordinate'
  | 'office_revise'
  | 'revise_signed'
  | 'review'
  | 'return'
  | 'leader_review'
  | 'approve_directive'
  | 'sign_off'
  | 'issue';

const unsigned = (c: OutgoingCase): string[] => c.countersignUnitIds.filter((u) => !c.signedUnitIds.includes(u));
const isUrgent = (c: OutgoingCase) => c.urgency !== 'normal';
const onward = (fallback: (c: OutgoingCase) => OutgoingStatus) => (c: OutgoingCase) => c.onward ?? fallback(c);

const office = (label: string, from: readonly OutgoingStatus[], to: ActionSpec<OutgoingStatus, OutgoingCase>['to'], articles: readonly number[], extra: Partial<ActionSpec<OutgoingStatus, OutgoingCase>> = {}): ActionSpec<OutgoingStatus, OutgoingCase> => ({
  label,
  from,
  to,
  policy: 'outgoing.office',
  articles,
  ...extra,
});

/**
 * The outgoing document, declared once (条例 第十六至十八条; work rules art. 36, 67–71): the drafting unit writes
 * and revises it; its principal head approves the draft (部门主要负责人审核把关, art. 68) and submits it; the
 * units concerned countersign, a disagreement holding it until coordinated and agreed; the office reviews every
 * government and office draft (核稿) before any leader sees it (art. 68); the deputy in charge may 审签, and a
 * department's directive to lower governments is 审定 by a government leader (art. 70); the signer art. 69
 * names signs it off; the issuing unit numbers, seals and issues it.
 */
export const outgoingDocumentCase: CaseDefinition<OutgoingStatus, OutgoingCase, OutgoingAction> = {
  kind: 'outgoing_document',
  label: '发文',
  states: outgoingStatusLabels,
  stateOf: (c) => c.status,
  actions: {
    revise: {
      label: '修改文稿',
      from: ['drafting', 'returned'],
      to: (c) => c.status,
      policy: 'outgoing.draft',
      relation: ofUnit((c) => [c.draftingUnitId]),
      articles: [68],
      act: 'outgoing.revise',
      isWork: false,
    },
    submit: {
      label: '报送',
      from: ['drafting', 'returned'],
      to: onward(() => 'office_review'),
      policy: 'outgoing.submit',
      relation: ofUnit((c) => [c.draftingUnitId]),
      articles: [68, 67, 71, 84],
      rules: ['outgoing.drafting-head-approves', 'outgoing.classified-refused', 'outgoing.content-of-government-documents', 'outgoing.department-remit', 'outgoing.provided-by-law', 'outgoing.current-document-applies', 'outgoing.no-new-content', 'outgoing.division-plan-separate', 'outgoing.reply-answers-request', 'outgoing.policy-with-interpretation'],
      act: 'outgoing.submit',
    },
    countersign: {
      label: '会签',
      from: ['countersigning'],
      to: onward(() => 'countersigning'),
      policy: 'outgoing.countersign',
      relation: ofUnit(unsigned),
      articles: [68, 70],
      rules: ['outgoing.countersign-by-principal', 'outgoing.countersign-reply'],
      clock: { label: '会签', article: 68 },
      act: 'outgoing.countersign',
    },
    coordinate: {
      label: '协调分歧',
      from: ['countersigning'],
      to: () => 'countersigning',
      policy: 'outgoing.office',
      when: (c) => c.hasOpenDisagreement,
      articles: [68, 52, 70],
      act: 'outgoing.coordinate',
    },
    office_revise: office('核改文稿', ['office_review'], 'office_review', [68], { act: 'outgoing.office_revise', isWork: false, when: (c) => c.issuer !== 'department' }),
    // A change of substance after sign-off goes back to the same signer to check again (条例 第二十五条).
    revise_signed: office('签发后修改', ['signed'], onward(() => 'signed'), [69], {
      act: 'outgoing.revise_signed',
      isWork: false,
      when: (c) => c.issuer !== 'department',
    }),
    review: office('审核', ['office_review'], onward(() => 'awaiting_sign_off'), [68, 67, 71, 36], {
      act: 'outgoing.review',
      rules: ['outgoing.classified-refused', 'outgoing.content-of-government-documents', 'outgoing.department-remit', 'outgoing.provided-by-law', 'outgoing.current-document-applies', 'outgoing.no-new-content', 'outgoing.division-plan-separate', 'outgoing.reply-answers-request', 'outgoing.policy-with-interpretation'],
    }),
    // The office returns what passes through it; a department's own document awaiting its head's signature does not.
    return: office('退回', ['office_review', 'leader_review', 'awaiting_sign_off'], 'returned', [68], { act: 'outgoing.return', isWork: false, when: (c) => c.issuer !== 'department' || c.status !== 'awaiting_sign_off' }),
    leader_review: {
      label: '审签',
      from: ['leader_review'],
      to: 'awaiting_sign_off',
      policy: 'outgoing.lead',
      relation: personal((c) => c.leaderReviewerPersonId, { isUrgent }),
      when: (c) => c.issuer !== 'department',
      articles: [69],
      act: 'outgoing.leader_review',
    },
    approve_directive: {
      label: '审定',
      from: ['leader_review'],
      to: 'awaiting_sign_off',
      policy: 'outgoing.lead',
      relation: personal((c) => c.leaderReviewerPersonId, { isUrgent }),
      when: (c) => c.issuer === 'department',
      articles: [70],
      act: 'outgoing.approve_directive',
    },
    sign_off: {
      label: '签发',
      from: ['awaiting_sign_off'],
      to: 'signed',
      policy: 'outgoing.sign_off',
      relation: personal((c) => c.signerPersonId, { isUrgent }),
      articles: [69, 68, 36, 70],
      rules: ['outgoing.reviewed-before-sign-off', 'outgoing.sign-off-authority', 'outgoing.policy-interpretation-at-sign-off', 'outgoing.directive-approved', 'outgoing.sign-off-opinion'],
      act: 'outgoing.sign_off',
    },
    issue: {
      label: '印发',
      from: ['signed'],
      to: 'issued',
      policy: 'outgoing.issue',
      relation: ofUnit((c) => [c.issuingUnitId]),
      articles: [71, 36],
      rules: ['outgoing.proactive-disclosure'],
      act: 'outgoing.issue',
    },
  },
};

/** Where a submitted draft goes: to the units concerned, else the office (government and office documents) or its signer. */
export function statusAfterDrafting(c: Pick<OutgoingCase, 'issuer' | 'countersignUnitIds'>, directsLowerGovernments: boolean): OutgoingStatus {
  if (c.countersignUnitIds.length > 0) return 'countersigning';
  return statusAfterCountersign(c, directsLowerGovernments);
}

/** Where a draft goes once every unit concerned has agreed. */
export function statusAfterCountersign(c: Pick<OutgoingCase, 'issuer'>, directsLowerGovernments: boolean): OutgoingStatus {
  // A department's own document goes to its head to sign, unless it directs lower governments: then the
  // office reviews it for the government's 审定 (art. 70).
  if (c.issuer === 'department' && !directsLowerGovernments) return 'awaiting_sign_off';
  return 'office_review';
}

/** The receipt of an issued document by a unit inside the platform (签收). */
export type ReceiptStatus = 'pending' | 'acknowledged';
export type ReceiptCase = { id: string; version: number; status: ReceiptStatus; unitId: string };

export const outgoingReceiptCase: CaseDefinition<ReceiptStatus, ReceiptCase, 'acknowledge'> = {
  kind: 'outgoing_receipt',
  label: '来文',
  states: { pending: '待签收', acknowledged: '已签收' },
  stateOf: (c) => c.status,
  actions: {
    acknowledge: { label: '签收', from: ['pending'], to: 'acknowledged', policy: 'outgoing.receive', relation: ofUnit((c) => [c.unitId]), articles: [71], act: 'outgoing.receipt.acknowledge' },
  },
};
