import { type ActionSpec, type CaseDefinition, ofUnit, own, personal, type Relation, type Standing } from '../case.js';
import { type IncomingStatus, incomingStatusLabels, type SourceKind, type StepKind } from './types.js';

/**
 * An incoming document (收文) as its declaration sees it: the state, who filed it, whom it touches, whom it
 * waits for. Built from the stored row by the repository (`caseOf`), so lists and the 工作台 get it without
 * extra queries.
 */
export type IncomingCase = {
  id: string;
  version: number;
  status: IncomingStatus;
  docType: string;
  urgency: string;
  /** The filing unit (报送单位). */
  issuingUnitId: string;
  /** Units whose powers the matter touches: their principal heads countersign (art. 64). */
  relatedUnitIds: readonly string[];
  /** Related units that have countersigned already. */
  signedUnitIds: readonly string[];
  /** The leader the office sent it to for 批示 (art. 65). */
  assignedLeaderPersonId: string | null;
  /** Whom the assigned leader stands in for, when the office sent an urgent document to a cover (art. 62, 7). */
  assignedActingFor: { personId: string; name: string } | null;
  handlingUnitId: string | null;
  /** Filed through the platform by a unit, or registered by the office from a body's document. */
  sourceKind: SourceKind;
  /** Who gave the latest 批示, and whether it was the 区长 (or the executive deputy presiding for him). */
  lastInstruction: { personId: string | null; byHead: boolean } | null;
  /** Leaders the document circulates to who have not read it yet (传阅), and those of them the 转办 waits for. */
  pendingReaderIds: readonly string[];
  blockingReaderIds: readonly string[];
  /**
   * Set only by the resubmit operation from the org data of the day: whether the unit member resubmitting a
   * returned 请示 is its principal head (then no separate 签发 is needed, as on first filing).
   */
  resubmittedByPrincipal?: boolean;
};

/** Every step on a document's timeline is an action of its declaration, except the filing that creates it. */
export type IncomingAction = Exclude<StepKind, 'submit'>;

const isUrgent = (c: IncomingCase) => c.urgency !== 'normal';

/** Related units still to countersign. */
export const unsignedUnits = (c: IncomingCase): string[] => c.relatedUnitIds.filter((u) => !c.signedUnitIds.includes(u));

/**
 * The leader the document is assigned to — or, when the office assigned it to a cover because that leader was
 * away, the cover acting for them; and whoever stands in for the assigned leader today (urgent work for a
 * deputy's cover, all work for the executive deputy presiding for the head).
 */
const assignedLeader: Relation<IncomingCase> = (c, viewer): Standing => {
  if (c.assignedActingFor && viewer.personId === c.assignedLeaderPersonId) return { actingFor: c.assignedActingFor };
  return personal<IncomingCase>((d) => d.assignedLeaderPersonId, { isUrgent })(c, viewer);
};

/** The filing unit, for a document it filed through the platform (a registered body's document has none here). */
const filingUnit: Relation<IncomingCase> = (c, viewer) => (c.sourceKind === 'platform' ? ofUnit<IncomingCase>((d) => [d.issuingUnitId])(c, viewer) : false);

/** A leader still to read a circulating document, or whoever stands in for them (as for 批示, art. 62, 7). */
const pendingReader: Relation<IncomingCase> = (c, viewer) => {
  // A reader on the list in person reads as themself, before any absent reader they also cover.
  if (viewer.personId !== null && c.pendingReaderIds.includes(viewer.personId)) return own;
  for (const personId of c.pendingReaderIds) {
    const standing = personal<IncomingCase>(() => personId, { isUrgent })(c, viewer);
    if (standing !== false) return standing;
  }
  return false;
};

/** Where a revised document goes, as on first filing: to its principal head for 签发, to 会签, or to the office. */
const afterFiling = (c: IncomingCase): IncomingStatus =>
  c.docType === '请示' && c.resubmittedByPrincipal !== true ? 'awaiting_sign_off' : c.relatedUnitIds.length > 0 ? 'countersigning' : 'submitted';

/** The office's own steps: the same policy, articles from the step. */
const office = (label: string, from: readonly IncomingStatus[], to: IncomingStatus, articles: readonly number[], extra: Partial<ActionSpec<IncomingStatus, IncomingCase>> = {}): ActionSpec<IncomingStatus, IncomingCase> => ({
  label,
  from,
  to,
  policy: 'documents.office',
  articles,
  ...extra,
});

/** States in which a document waits for someone (a step clock runs; 催办 applies). */
const openStates: readonly IncomingStatus[] = ['awaiting_sign_off', 'countersigning', 'submitted', 'received', 'registered', 'reviewed', 'proposed', 'assigned', 'instructed', 'transferred'];

/**
 * The incoming document, declared once (条例 art. 24; work rules art. 64–66): a unit files a 请示 or 报告; a
 * 请示 filed by a clerk waits for the unit's principal head to sign it off (签发, art. 64); a matter touching
 * other units waits for their principal heads' countersignatures (会签); the office receives, registers,
 * reviews (or returns), proposes and assigns it to the leader the portfolio names; the leader instructs; the
 * office transfers it to the handling unit, which completes it; the office archives it.
 */
export const incomingDocumentCase: CaseDefinition<IncomingStatus, IncomingCase, IncomingAction> = {
  kind: 'incoming_document',
  label: '公文',
  states: incomingStatusLabels,
  stateOf: (c) => c.status,
  actions: {
    sign_off: {
      label: '签发',
      from: ['awaiting_sign_off'],
      to: (c) => (c.relatedUnitIds.length > 0 ? 'countersigning' : 'submitted'),
      policy: 'documents.sign_off',
      relation: ofUnit((c) => [c.issuingUnitId]),
      articles: [64],
      rules: ['documents.request-signed-by-principal'],
      act: 'documents.incoming.sign_off',
    },
    countersign: {
      label: '会签',
      from: ['countersigning'],
      // The last related unit to sign sends the document to the office; earlier ones leave it waiting.
      to: (c, viewer) => (unsignedUnits(c).every((u) => u === viewer.unitId) ? 'submitted' : 'countersigning'),
      policy: 'documents.countersign',
      relation: ofUnit(unsignedUnits),
      articles: [64],
      rules: ['documents.countersign-by-principal', 'documents.cross-unit-countersign'],
      clock: { label: '会签', article: 64 },
      act: 'documents.incoming.countersign',
    },
    receive: office('签收', ['submitted'], 'received', [66], { act: 'documents.incoming.receive', clock: { label: '登记', article: 66 } }),
    register: office('登记', ['received'], 'registered', [66], { act: 'documents.incoming.register', clock: { label: '初审', article: 66 } }),
    review: office('初审', ['registered'], 'reviewed', [64], { act: 'documents.incoming.review', clock: { label: '拟办', article: 66 } }),
    return: office('退回', ['registered'], 'returned', [64], { act: 'documents.incoming.return' }),
    // A returned document is the filing unit's work until it revises and resubmits the same document (or
    // withdraws it); the signing-off and countersigning rules run again as on first filing.
    resubmit: {
      label: '修改后重新报送',
      from: ['returned'],
      to: afterFiling,
      policy: 'documents.submit',
      relation: filingUnit,
      articles: [64],
      rules: ['documents.request-signed-by-principal', 'documents.countersign-by-principal'],
      act: 'documents.incoming.resubmit',
    },
    withdraw: { label: '撤回', from: ['returned'], to: 'withdrawn', policy: 'documents.submit', relation: filingUnit, articles: [64], act: 'documents.incoming.withdraw', isWork: false },
    propose: office('拟办', ['reviewed'], 'proposed', [65], { act: 'documents.incoming.propose', clock: { label: '批办', article: 66 } }),
    assign: office('批办', ['proposed'], 'assigned', [65], { act: 'documents.incoming.assign', clock: { label: '批示', article: 66 } }),
    instruct: {
      label: '批示',
      from: ['assigned'],
      to: 'instructed',
      policy: 'documents.instruct',
      relation: assignedLeader,
      articles: [65],
      rules: ['documents.instruction-opinion'],
      clock: { label: '转办', article: 66 },
      act: 'documents.incoming.instruct',
    },
    // 呈区长: a deputy who has instructed passes the matter up for the 区长's further 批示 (art. 65 "重大事项报区长审批").
    escalate: {
      label: '呈区长',
      from: ['instructed'],
      to: 'assigned',
      policy: 'documents.instruct',
      relation: personal<IncomingCase>((c) => c.lastInstruction?.personId),
      when: (c) => c.lastInstruction !== null && !c.lastInstruction.byHead,
      articles: [65],
      clock: { label: '批示', article: 66 },
      act: 'documents.incoming.escalate',
      isWork: false,
    },
    // 传阅 among leaders: the office sends it; each reader marks 已阅 or adds an opinion in their own session.
    circulate: office('传阅', ['instructed'], 'instructed', [65], { act: 'documents.incoming.circulate', isWork: false }),
    read: {
      label: '阅',
      from: ['instructed', 'transferred'],
      to: (c) => c.status,
      policy: 'documents.instruct',
      relation: pendingReader,
      articles: [65],
      act: 'documents.incoming.read',
    },
    // The office transfers what the leaders instructed only after the last instruction needed (art. 65).
    transfer: office('转办', ['instructed'], 'transferred', [66], { act: 'documents.incoming.transfer', clock: { label: '承办', article: 66 }, rules: ['documents.transfer-after-last-instruction'] }),
    complete: {
      label: '办结',
      from: ['transferred'],
      to: 'completed',
      policy: 'documents.handle',
      relation: ofUnit((c) => [c.handlingUnitId]),
      articles: [66],
      act: 'documents.incoming.complete',
    },
    archive: office('归档', ['completed', 'instructed'], 'archived', [66], {
      act: 'documents.incoming.archive',
      // A report the leader has read may be filed straight away (阅知); a request must be handled first.
      when: (c) => c.status !== 'instructed' || c.docType !== '请示',
    }),
    extend: office('延期', ['transferred'], 'transferred', [66], { act: 'documents.incoming.extend', isWork: false, clock: { label: '承办', article: 66 } }),
    // 催办 changes no state: it runs on a schedule (or at the office's word) and only adds to the timeline.
    chase: { label: '催办', from: openStates, to: (c) => c.status, policy: 'documents.office', articles: [66], act: 'documents.incoming.chase', isWork: false },
  },
};

/**
 * The step clock each waiting state runs (art. 66), and the rulebook limit that sets its length:
 * `documents.stepWorkingDays[…]` for the office's and the leader's steps, `documents.countersignReplyWorkingDays`
 * for 会签, `documents.handlingWorkingDays` for the handling unit; urgent documents count hours
 * (`documents.urgentStepHours`) except for handling, whose time the office sets.
 */
/** The registered carrier the step clocks count under (src/domain/documents/carriers.ts). */
export const stepLimitsCarrier = 'documents.step-limits';

export type StepLimit = { kind: 'step'; key: 'receive' | 'review' | 'propose' | 'assign' | 'instruct' | 'transfer' } | { kind: 'countersign' } | { kind: 'handling' };

export const stepClocks: Partial<Record<IncomingStatus, { step: StepKind; limit: StepLimit }>> = {
  // The rulebook sets no separate limit for a unit's own sign-off; the 签收 limit applies until it does.
  awaiting_sign_off: { step: 'sign_off', limit: { kind: 'step', key: 'receive' } },
  countersigning: { step: 'countersign', limit: { kind: 'countersign' } },
  submitted: { step: 'receive', limit: { kind: 'step', key: 'receive' } },
  received: { step: 'register', limit: { kind: 'step', key: 'receive' } },
  registered: { step: 'review', limit: { kind: 'step', key: 'review' } },
  reviewed: { step: 'propose', limit: { kind: 'step', key: 'propose' } },
  proposed: { step: 'assign', limit: { kind: 'step', key: 'assign' } },
  assigned: { step: 'instruct', limit: { kind: 'step', key: 'instruct' } },
  instructed: { step: 'transfer', limit: { kind: 'step', key: 'transfer' } },
  transferred: { step: 'complete', limit: { kind: 'handling' } },
};

/** The states whose step is late-checked and chased (art. 66). */
export const clockedStates = Object.keys(stepClocks) as IncomingStatus[];
