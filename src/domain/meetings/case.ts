import { type ActionSpec, type CaseDefinition, ofUnit, own, personal, type Relation, type Viewer } from '../case.js';
import type { LocalDate } from '../../rules/types.js';
import type { MeetingKind, MeetingStatus } from './types.js';
import { meetingStatusLabels } from './types.js';

/**
 * The meetings area, declared once (work rules art. 47–57). Three kinds of case:
 * - the meeting: planned → held → minutes_drafted → (minutes_approved) → minutes_signed, with the executive
 *   meeting's arrangement (art. 54: the office proposes, the director reviews, the 区长 decides) as actions that
 *   keep it planned;
 * - the agenda topic (art. 52–53): submitted, countersigned by related units, disagreements coordinated by the
 *   deputy in charge, a late topic taken by the 区长's exception, reviewed (审定) by the deputy in charge, put on
 *   the agenda by the office, decided at the meeting;
 * - a government leader's absence request (art. 55), on which the 区长 consents or not.
 * Operations move them with `takeAction`; the routes' `actions` and the 工作台 read these declarations. The
 * follow-up task a decision item becomes (art. 57) belongs to the supervision area (src/domain/supervision/case.ts).
 */

/** Where the executive meeting's arrangement stands (art. 54). Other kinds take the office's arrangement as it is. */
export type AgendaStage = 'none' | 'proposed' | 'reviewed' | 'decided';

/** A meeting as its declaration sees it; built by `meetingCaseOf` from the row and the organisation of today. */
export type MeetingCase = {
  id: string;
  version: number;
  status: MeetingStatus;
  kind: MeetingKind;
  /** The day the meeting sits: decisions and minutes come from the meeting, so not before it. */
  meetingDate: LocalDate;
  chairPersonId: string;
  /** The leader on whose behalf a delegated meeting is held (art. 49, 51, 56). */
  delegatedByPersonId: string | null;
  agenda: AgendaStage;
  /** The 区长 and the office director today (whoever stands in for them acts for them). */
  headPersonId: string | null;
  directorPersonId: string | null;
  /** A 副区长's meeting naming town or subdistrict principals: where the 区长's approval stands (art. 51, 58). */
  townPrincipals: 'pending' | 'approved' | 'refused' | null;
  /** An executive meeting the executive deputy chairs: whether the 区长 has entrusted him (art. 49). */
  chairEntrustment: 'pending' | 'entrusted' | null;
};

export type MeetingAction =
  | 'propose_agenda'
  | 'review_agenda'
  | 'decide_agenda'
  | 'submit_topic'
  | 'record_attendance'
  | 'request_absence'
  | 'record_decision'
  | 'draft_minutes'
  | 'approve_minutes'
  | 'sign_minutes'
  | 'approve_town_principals'
  | 'refuse_town_principals'
  | 'entrust_chair';

/** A topical meeting held by the office director or a deputy director on a leader's behalf (art. 51, 56). */
export const isDelegatedTopical = (c: Pick<MeetingCase, 'kind' | 'delegatedByPersonId'>): boolean => c.kind === 'topical' && c.delegatedByPersonId !== null;

/** The executive meeting decides nothing and gets no minutes before the 区长 has decided its arrangement (art. 54). */
const arrangementSettled = (c: MeetingCase): boolean => c.kind !== 'executive' || c.agenda === 'decided';
/** Decisions are recorded and minutes drafted from the meeting day on, once its arrangement is settled (art. 54) and its delegated chair entrusted by the 区长 (art. 49). */
const fromTheMeeting = (c: MeetingCase, viewer: Viewer): boolean => arrangementSettled(c) && c.chairEntrustment !== 'pending' && viewer.today >= c.meetingDate;

/** The 区长 himself: an entrustment of his chair is his own act, never that of the deputy it entrusts, standing in for him. */
const headInPerson: Relation<MeetingCase> = (c, viewer) => (c.headPersonId !== null && viewer.personId === c.headPersonId ? own : false);

/** The 区长's decision on town and subdistrict principals at a 副区长's meeting (art. 58 "须经区长批准"). */
const onTownPrincipals = (label: string, act: string): ActionSpec<MeetingStatus, MeetingCase> => ({
  label,
  from: ['planned'],
  to: 'planned',
  policy: 'meetings.lead',
  // The 区长, or whoever presides in his absence (art. 7) — but never the 副区长 whose own meeting it is.
  // The convener is always a person (chairPersonId is never null), so a viewer with no person never matches.
  relation: (c, viewer) => (viewer.personId === (c.delegatedByPersonId ?? c.chairPersonId) ? false : personal<MeetingCase>((m) => m.headPersonId)(c, viewer)),
  when: (c) => c.townPrincipals === 'pending',
  articles: [58, 51],
  rules: ['meetings.deputy-meeting-town-principals'],
  act,
});

/**
 * Who signs the minutes off (art. 56): the 区长 for plenary and executive meetings; the chair for a topical
 * meeting — or, for one held on a leader's behalf, the delegating leader too. Art. 56 does not name the 区长办公会议;
 * its minutes are signed by its chair, who is the 区长 (art. 50).
 */
const minutesSigner: Relation<MeetingCase> = (c, viewer) => {
  if (c.kind !== 'topical') return personal<MeetingCase>((m) => m.headPersonId)(c, viewer);
  const asChair = personal<MeetingCase>((m) => m.chairPersonId)(c, viewer);
  return asChair !== false ? asChair : personal<MeetingCase>((m) => m.delegatedByPersonId)(c, viewer);
};

const office = (label: string, from: readonly MeetingStatus[], to: MeetingStatus | ((c: MeetingCase) => MeetingStatus), articles: readonly number[], extra: Partial<ActionSpec<MeetingStatus, MeetingCase>> = {}): ActionSpec<MeetingStatus, MeetingCase> => ({
  label,
  from,
  to,
  policy: 'meetings.office',
  articles,
  // The office's running of a meeting is its calendar, not items waiting on its 工作台.
  isWork: false,
  ...extra,
});

export const meetingCase: CaseDefinition<MeetingStatus, MeetingCase, MeetingAction> = {
  kind: 'meeting',
  label: '会议',
  states: meetingStatusLabels,
  stateOf: (c) => c.status,
  actions: {
    propose_agenda: office('提出会议安排', ['planned'], 'planned', [54], { act: 'meetings.agenda.propose', when: (c) => c.agenda !== 'decided', rules: ['meetings.executive-arrangement'] }),
    review_agenda: {
      label: '审定会议安排',
      from: ['planned'],
      to: 'planned',
      policy: 'meetings.lead',
      relation: personal((c) => c.directorPersonId),
      when: (c) => c.kind === 'executive' && c.agenda === 'proposed',
      articles: [54],
      rules: ['meetings.executive-arrangement'],
      act: 'meetings.agenda.review',
    },
    decide_agenda: {
      label: '确定会议安排',
      from: ['planned'],
      to: 'planned',
      policy: 'meetings.lead',
      relation: personal((c) => c.headPersonId),
      when: (c) => c.kind === 'executive' && c.agenda === 'reviewed',
      articles: [54],
      rules: ['meetings.executive-arrangement'],
      act: 'meetings.agenda.decide',
    },
    submit_topic: { label: '提交议题', from: ['planned'], to: 'planned', policy: 'meetings.topic', articles: [53], isWork: false, act: 'meetings.topic.submit' },
    record_attendance: office('登记出席', ['planned', 'held'], (c) => c.status, [55], { act: 'meetings.attendance' }),
    request_absence: office('报区长请假', ['planned', 'held'], (c) => c.status, [55], { act: 'meetings.absence.request', rules: ['meetings.absence-to-head'] }),
    record_decision: office('记录议定事项', ['planned', 'held'], 'held', [49], { act: 'meetings.decision.record', when: fromTheMeeting, rules: ['meetings.executive-quorum', 'meetings.major-only-plenary-or-executive', 'meetings.executive-arrangement'] }),
    draft_minutes: office('起草纪要', ['planned', 'held', 'minutes_drafted'], 'minutes_drafted', [56], { act: 'meetings.minutes.draft', when: fromTheMeeting, rules: ['meetings.executive-arrangement'] }),
    approve_minutes: {
      label: '审定纪要',
      from: ['minutes_drafted'],
      to: 'minutes_approved',
      policy: 'meetings.lead',
      relation: personal((c) => c.delegatedByPersonId),
      when: isDelegatedTopical,
      articles: [56],
      rules: ['meetings.delegated-minutes-approval'],
      act: 'meetings.minutes.approve',
    },
    approve_town_principals: onTownPrincipals('批准请镇街主要负责人参加', 'meetings.town_principals.approve'),
    refuse_town_principals: onTownPrincipals('不批准请镇街主要负责人参加', 'meetings.town_principals.refuse'),
    entrust_chair: {
      label: '委托常务副区长主持',
      from: ['planned', 'held'],
      to: (c) => c.status,
      policy: 'meetings.lead',
      relation: headInPerson,
      when: (c) => c.kind === 'executive' && c.chairEntrustment === 'pending',
      articles: [49],
      rules: ['meetings.convener-and-chair'],
      act: 'meetings.chair.entrust',
    },
    sign_minutes: {
      label: '签发纪要',
      from: ['minutes_drafted', 'minutes_approved'],
      to: 'minutes_signed',
      policy: 'meetings.lead',
      relation: minutesSigner,
      // Minutes of a meeting held on a leader's behalf are signed only after that leader approved them (art. 56).
      when: (c) => (isDelegatedTopical(c) ? c.status === 'minutes_approved' : c.status === 'minutes_drafted'),
      articles: [56, 57],
      rules: ['meetings.minutes-signer', 'meetings.delegated-minutes-approval'],
      clock: { label: '议定事项办理', article: 57 },
      act: 'meetings.minutes.sign',
    },
  },
};

export const topicStatuses = ['awaiting_exception', 'coordinating', 'awaiting_review', 'ready', 'scheduled', 'decided'] as const;
export type TopicStatus = (typeof topicStatuses)[number];
export const topicStatusLabels: Record<TopicStatus, string> = {
  awaiting_exception: '待区长审批逾期上会',
  coordinating: '会签中',
  awaiting_review: '待区长、分管副区长审定',
  ready: '可上会',
  scheduled: '已列入议程',
  decided: '已决定',
};

/** An agenda topic as its declaration sees it; built by `topicCaseOf`. */
export type TopicCase = {
  id: string;
  version: number;
  status: TopicStatus;
  meetingKind: MeetingKind;
  /** A topic changes only while its meeting is being prepared. */
  isMeetingPlanned: boolean;
  submittingUnitId: string;
  relatedUnitIds: readonly string[];
  signedUnitIds: readonly string[];
  /** A related unit disagrees: coordination is needed, and the unit's agreement after it (art. 52). */
  hasOpenDisagreement: boolean;
  headPersonId: string | null;
  /** The deputy whose portfolio holds the submitting unit: coordinates and reviews (art. 52, 53). */
  deputyInChargePersonId: string | null;
  /** The office deputy directors assisting that deputy, who may coordinate for them (art. 52) — not any deputy director. */
  assistingDeputyDirectorIds: readonly string[];
  /** The 审定 of art. 53: by the deputy in charge and by the 区长, each their own act. */
  isDeputyReviewed: boolean;
  isHeadReviewed: boolean;
  /** Where the topic's rules send it once the act under way is recorded (set by the operation). */
  onward?: TopicStatus;
};

export type TopicAction = 'countersign' | 'coordinate' | 'approve_exception' | 'review' | 'head_review' | 'classify' | 'schedule' | 'unschedule' | 'decide';

/** Whether the deputy in charge reviews apart from the 区长: a unit in no deputy's portfolio is the 区长's, whose one 审定 serves for both. */
export const hasSeparateDeputy = (c: Pick<TopicCase, 'deputyInChargePersonId' | 'headPersonId'>): boolean => c.deputyInChargePersonId !== null && c.deputyInChargePersonId !== c.headPersonId;

const unsigned = (c: TopicCase): string[] => c.relatedUnitIds.filter((u) => !c.signedUnitIds.includes(u));

/** The deputy in charge, or whoever stands in; or an office deputy director assisting that deputy (art. 52). */
const coordinator: Relation<TopicCase> = (c, viewer) => {
  if (viewer.personId && c.assistingDeputyDirectorIds.includes(viewer.personId)) return own;
  return personal<TopicCase>((t) => t.deputyInChargePersonId)(c, viewer);
};

const topicOffice = (label: string, from: readonly TopicStatus[], to: TopicStatus, articles: readonly number[], extra: Partial<ActionSpec<TopicStatus, TopicCase>> = {}): ActionSpec<TopicStatus, TopicCase> => ({
  label,
  from,
  to,
  policy: 'meetings.office',
  articles,
  isWork: false,
  ...extra,
});

const planned = (c: TopicCase): boolean => c.isMeetingPlanned;

export const topicCase: CaseDefinition<TopicStatus, TopicCase, TopicAction> = {
  kind: 'meeting_topic',
  label: '议题',
  states: topicStatusLabels,
  stateOf: (c) => c.status,
  actions: {
    countersign: {
      label: '会签',
      from: ['coordinating'],
      to: (c) => c.onward ?? 'coordinating',
      policy: 'meetings.countersign',
      relation: ofUnit(unsigned),
      when: planned,
      articles: [52],
      rules: ['meetings.topic-coordinated'],
      act: 'meetings.topic.countersign',
    },
    coordinate: {
      label: '协调分歧',
      from: ['coordinating'],
      to: (c) => c.onward ?? 'coordinating',
      policy: 'meetings.lead',
      relation: coordinator,
      when: (c) => planned(c) && c.hasOpenDisagreement,
      articles: [52],
      rules: ['meetings.topic-coordinated'],
      act: 'meetings.topic.coordinate',
    },
    approve_exception: {
      label: '同意逾期上会',
      from: ['awaiting_exception'],
      to: (c) => c.onward ?? 'coordinating',
      policy: 'meetings.lead',
      relation: personal((c) => c.headPersonId),
      when: planned,
      articles: [53],
      rules: ['meetings.topic-lead-time'],
      act: 'meetings.topic.exception',
    },
    review: {
      label: '审定议题',
      from: ['awaiting_review'],
      to: (c) => c.onward ?? 'awaiting_review',
      policy: 'meetings.lead',
      relation: personal((c) => c.deputyInChargePersonId),
      when: (c) => planned(c) && hasSeparateDeputy(c) && !c.isDeputyReviewed,
      articles: [53],
      act: 'meetings.topic.review',
    },
    head_review: {
      label: '区长审定议题',
      from: ['awaiting_review'],
      to: (c) => c.onward ?? 'awaiting_review',
      policy: 'meetings.lead',
      relation: personal((c) => c.headPersonId),
      when: (c) => planned(c) && !c.isHeadReviewed,
      articles: [53],
      act: 'meetings.topic.head_review',
    },
    // The office corrects whether a topic is a major matter (art. 8, 27), with its reason, on the record.
    classify: topicOffice('更正重大事项认定', ['awaiting_exception', 'coordinating', 'awaiting_review', 'ready', 'scheduled'], 'awaiting_exception', [8, 27], {
      to: (c) => c.status,
      when: planned,
      rules: ['meetings.major-only-plenary-or-executive'],
      act: 'meetings.topic.classify',
    }),
    schedule: topicOffice('列入议程', ['ready'], 'scheduled', [54], { when: planned, act: 'meetings.topic.schedule' }),
    unschedule: topicOffice('移出议程', ['scheduled'], 'ready', [54], { when: planned, act: 'meetings.topic.unschedule' }),
    decide: topicOffice('议定', ['ready', 'scheduled', 'decided'], 'decided', [49], {
      // On an executive meeting only what the arrangement put on the agenda is decided (art. 54).
      when: (c) => c.meetingKind !== 'executive' || c.status !== 'ready',
      act: 'meetings.topic.decide',
    }),
  },
};

/**
 * Where a topic's facts put it: a late topic waits for the 区长 (art. 53); then for countersignatures and the
 * coordination of disagreements (art. 52, as `meetings.topic-coordinated` finds); an executive meeting's topic
 * for the deputy in charge's review (art. 53); then it is ready for the agenda.
 */
export function topicStatusFrom(facts: { isLateWithoutException: boolean; isUncoordinated: boolean; needsReview: boolean }): TopicStatus {
  if (facts.isLateWithoutException) return 'awaiting_exception';
  if (facts.isUncoordinated) return 'coordinating';
  return facts.needsReview ? 'awaiting_review' : 'ready';
}

export const absenceStatuses = ['requested', 'consented', 'declined'] as const;
export type AbsenceStatus = (typeof absenceStatuses)[number];
export const absenceStatusLabels: Record<AbsenceStatus, string> = { requested: '待区长同意', consented: '区长已同意', declined: '区长未同意' };

/** A government leader's request to be absent from a meeting (art. 55). */
export type AbsenceCase = { id: string; version: number; status: AbsenceStatus; headPersonId: string | null; isMeetingOpen: boolean };
export type AbsenceAction = 'consent' | 'decline';

const toHead = (label: string, to: AbsenceStatus): ActionSpec<AbsenceStatus, AbsenceCase> => ({
  label,
  from: ['requested'],
  to,
  policy: 'meetings.lead',
  relation: personal((c) => c.headPersonId),
  when: (c) => c.isMeetingOpen,
  articles: [55],
  rules: ['meetings.absence-to-head'],
  act: `meetings.absence.${to === 'consented' ? 'consent' : 'decline'}`,
});

export const absenceCase: CaseDefinition<AbsenceStatus, AbsenceCase, AbsenceAction> = {
  kind: 'meeting_absence',
  label: '会议请假',
  states: absenceStatusLabels,
  stateOf: (c) => c.status,
  actions: { consent: toHead('同意请假', 'consented'), decline: toHead('不同意请假', 'declined') },
};

/** The leaders a meetings case names, as the organisation has them on a day (built once per request). */
export type MeetingsOrg = {
  headPersonId: string | null;
  directorPersonId: string | null;
  officeDeputyDirectorIds: readonly string[];
  /** The deputy (or executive deputy) whose portfolio holds the unit. */
  deputyInChargeOf: (unitId: string) => string | null;
  /** The office deputy directors the org assigns to assist a deputy (art. 52 "协助其工作的区政府办公室副主任"). */
  assistantsOf: (deputyPersonId: string | null) => readonly string[];
};

