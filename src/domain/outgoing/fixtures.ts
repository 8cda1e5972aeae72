import type { Viewer } from '../case.js';
import type { OutgoingCase } from './case.js';
import type { DraftFacts, SignOffFacts } from './rules.js';

/**
 * Builders the unit tests of the outgoing declaration and rules share: an ordinary case, viewer and set of facts,
 * each with overrides. Test support only (excluded from mutation testing).
 */

/** An ordinary checklist: an important matter with new content, not a department's own, not covered elsewhere. */
export const checklist = { contentKind: 'important_matter', isProvidedByLaw: false, isCoveredByCurrentDocument: false, hasNewContent: true, isSeparateDivisionPlan: false, isDepartmentRemit: false } as const;

/** A government notice drafted by 发改局, to be signed by the head. */
export const outgoingCase = (o: Partial<OutgoingCase> = {}): OutgoingCase => ({
  id: 'd',
  version: 1,
  status: 'drafting',
  issuer: 'government',
  urgency: 'normal',
  draftingUnitId: 'fgj',
  issuingUnitId: 'office',
  countersignUnitIds: [],
  signedUnitIds: [],
  hasOpenDisagreement: false,
  leaderReviewerPersonId: 'deputy',
  signerPersonId: 'head',
  ...o,
});

export const viewer = (o: Partial<Viewer>): Viewer => ({ userId: 'u', personId: null, unitId: null, roles: [], today: '2026-03-02', standsInFor: [], ...o });
export const officeClerk = viewer({ unitId: 'office', personId: 'clerk', roles: ['office_staff'] });

/** The facts of an ordinary government notice at submission. */
export const draftFacts = (o: Partial<DraftFacts> = {}): DraftFacts => ({ issuer: 'government', docType: '通知', classification: 'none', checklist, stage: 'submit', isPolicy: false, hasInterpretation: false, isInterpretationReviewed: false, answers: null, ...o });

/** The facts of the head signing off an ordinary government notice. */
export const signOffFacts = (o: Partial<SignOffFacts> = {}): SignOffFacts => ({
  issuer: 'government',
  docType: '通知',
  signerName: '林志远',
  signerPostKinds: ['head'],
  signerOverseesIssuer: false,
  authorizations: [],
  matterBasis: null,
  isPolicy: false,
  hasInterpretation: false,
  isInterpretationReviewed: false,
  directsLowerGovernments: false,
  isDirectiveApproved: false,
  opinion: '同意',
  isCircled: false,
  ...o,
});
