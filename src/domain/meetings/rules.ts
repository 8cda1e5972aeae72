import type { MatterList } from '../../rules/parameters.js';
import type { Rule } from '../../rules/types.js';
import { type MeetingKind, meetingKindLabels, quorumOf } from './types.js';

const EFFECTIVE = { from: '2022-01-31' };

/**
 * The art. 27 matter a text is, by the rulebook's list of matters: the first category one of whose words the
 * text contains, or null. The list (and the words the office recognises them by) is rulebook data.
 */
export function majorMatterOf(text: string, matters: MatterList): string | null {
  return matters.find((m) => m.keywords.some((k) => text.includes(k)))?.category ?? null;
}

/** Whether a matter is major (art. 8, 27), and by whose reading. */
export type MajorReading = {
  /** The category the submitter ticked, or the office's correction when `isOfficeCorrected`. */
  category: string | null;
  /** The office corrected the classification (a recorded act): its reading stands over the list's. */
  isOfficeCorrected: boolean;
  /** The words the matter goes by (the topic's title and summary, or a decision's content). */
  text: string;
};

/** A topic placed on a meeting's agenda. */
export type TopicFacts = {
  meetingKind: MeetingKind;
  major: MajorReading;
  /** Working days before the meeting on which the topic was submitted: those in [submission day, meeting day). */
  workingDaysAhead: number;
  hasHeadException: boolean;
  /** Related units that have not countersigned (or must sign again after coordination). */
  unsignedUnits: readonly string[];
  /** Units that disagreed without stating their grounds. */
  groundlessDisagreements: readonly string[];
  /** Units that disagree: the topic waits for coordination and their principal heads' agreement (art. 52). */
  disagreeingUnits: readonly string[];
};

/** The art. 27 category of a matter as the rules read it: the office's correction, else the submitter's tick, else the list. */
export function majorCategoryOf(major: MajorReading, matters: MatterList): string | null {
  if (major.isOfficeCorrected) return major.category;
  return major.category ?? majorMatterOf(major.text, matters);
}

/** A major matter is decided only by the plenary or the executive meeting (art. 8, 27): the shared check of topics and decisions. */
export type MajorFacts = { meetingKind: MeetingKind; major: MajorReading };

const majorOnlyPlenaryOrExecutive: Rule<MajorFacts> = {
  id: 'meetings.major-only-plenary-or-executive',
  kind: 'guard',
  cites: [{ article: 8 }, { article: 27 }],
  effective: EFFECTIVE,
  summary: '区政府工作中的重大问题（第二十七条所列中长期规划、年度计划、财政预决算等），必须经区政府全体会议或常务会议讨论决定',
  params: ['meetings.majorMatters'],
  check: ({ meetingKind, major }, param) => {
    if (meetingKind === 'plenary' || meetingKind === 'executive') return undefined;
    const category = majorCategoryOf(major, param('meetings.majorMatters'));
    if (!category) return undefined;
    return { article: 8, message: `区政府工作中的重大问题，必须经区政府全体会议或常务会议讨论决定；本事项属第二十七条所列“${category}”事项，不能在${meetingKindLabels[meetingKind]}上决定` };
  },
};

/** Run on a topic (with `topicRules`) and on a decision item recorded at a meeting. */
export const majorRules: readonly Rule<MajorFacts>[] = [majorOnlyPlenaryOrExecutive];

export const topicRules: readonly Rule<TopicFacts>[] = [
  ...majorRules,
  {
    id: 'meetings.topic-lead-time',
    kind: 'clock',
    cites: [{ article: 53 }],
    effective: EFFECTIVE,
    summary: '拟提交区政府常务会议研究的议题，一般应于会前规定的工作日数提报区长、分管副区长审定',
    params: ['meetings.topicLeadWorkingDays'],
    check: ({ meetingKind, workingDaysAhead, hasHeadException }, param) => {
      const lead = param('meetings.topicLeadWorkingDays');
      if (meetingKind !== 'executive' || workingDaysAhead >= lead) return undefined;
      if (hasHeadException) {
        return { severity: 'flag', message: `会前${workingDaysAhead}个工作日提报（规定${lead}个工作日），经区长同意例外上会` };
      }
      const ahead = workingDaysAhead > 0 ? `距会议仅${workingDaysAhead}个工作日` : '提报时距会议已不足一个工作日';
      return { message: `议题一般应于会前${lead}个工作日提报区长、分管副区长审定，本议题${ahead}；确需上会的，须经区长同意` };
    },
  },
  {
    id: 'meetings.topic-coordinated',
    kind: 'guard',
    cites: [{ article: 52 }],
    effective: EFFECTIVE,
    summary: '提交议题前与相关单位协调一致；不能取得一致的，列明各方理据，报分管副区长或协助其工作的办公室副主任协调；协调一致后有关单位主要负责人在会签意见上签字',
    check: ({ unsignedUnits, groundlessDisagreements, disagreeingUnits }) => {
      if (groundlessDisagreements.length > 0) return { message: `经协调不能取得一致意见的，须附协调说明、列明各方理据：${groundlessDisagreements.join('、')}` };
      if (disagreeingUnits.length > 0) {
        return { message: `${disagreeingUnits.join('、')}不同意，须报请分管副区长或协助其工作的区政府办公室副主任协调；协调一致后，有关单位主要负责人必须在会签意见上签字` };
      }
      return unsignedUnits.length > 0 ? { message: `议题须经相关单位主要负责人在会签意见上签字，尚未会签：${unsignedUnits.join('、')}` } : undefined;
    },
  },
];

/** Who signs a meeting's minutes (art. 56): the person signing, and whom they stand in for (art. 7, 62). */
export type MinutesFacts = {
  meetingKind: MeetingKind;
  signerPersonId: string;
  /** The absent person the signer acts for, if any. */
  signerActsForPersonId: string | null;
  headPersonId: string | null;
  chairPersonId: string;
  /** For a topical meeting held by the office director or a deputy director on a leader's behalf. */
  delegatedByPersonId: string | null;
  hasDelegatorApproval: boolean;
};

export const minutesRules: readonly Rule<MinutesFacts>[] = [
  {
    id: 'meetings.minutes-signer',
    kind: 'guard',
    cites: [{ article: 56 }],
    effective: EFFECTIVE,
    summary: '全体会议、常务会议纪要由区长签发；专题会议纪要由会议主持人签发（区长办公会议不在本条之列）',
    check: ({ meetingKind, signerPersonId, signerActsForPersonId, headPersonId, chairPersonId, delegatedByPersonId }) => {
      const is = (personId: string | null) => personId !== null && (signerPersonId === personId || signerActsForPersonId === personId);
      // Art. 56 names the plenary, executive and topical meetings only; the 区长办公会议 is not among them.
      if (meetingKind === 'head_office') return undefined;
      if (meetingKind !== 'topical') return is(headPersonId) ? undefined : { message: '区政府全体会议、常务会议的纪要，由区长签发' };
      if (is(chairPersonId) || is(delegatedByPersonId)) return undefined;
      return { message: '区政府专题会议纪要由会议主持人签发' };
    },
  },
  {
    id: 'meetings.delegated-minutes-approval',
    kind: 'guard',
    cites: [{ article: 56 }],
    effective: EFFECTIVE,
    summary: '办公室主任、副主任受委托召开的专题会议，纪要须由委托的区长或副区长审定同意后印发',
    check: ({ meetingKind, delegatedByPersonId, hasDelegatorApproval }) =>
      meetingKind === 'topical' && delegatedByPersonId && !hasDelegatorApproval ? { message: '区政府办公室主任、副主任受委托召开的区政府专题会议，会议纪要须由委托的区长或副区长审定同意后印发' } : undefined,
  },
];

/** Whether an executive meeting can record decisions (art. 49): members seated and present. */
export type DecisionFacts = { meetingKind: MeetingKind; members: number; present: number };

export const decisionRules: readonly Rule<DecisionFacts>[] = [
  {
    id: 'meetings.executive-quorum',
    kind: 'guard',
    cites: [{ article: 49 }],
    effective: EFFECTIVE,
    summary: '常务会议出席人数须超过应到人数的规定比例，不足法定人数不能形成决定',
    params: ['meetings.executive.quorum'],
    check: ({ meetingKind, members, present }, param) => {
      if (meetingKind !== 'executive') return undefined;
      const quorum = quorumOf(members, present, param('meetings.executive.quorum'));
      return quorum.hasQuorum ? undefined : { message: `${quorum.explanation}，不能形成决定` };
    },
  },
];

/**
 * A 副区长's meeting that names the principal heads of towns and subdistricts (art. 51 topical meetings; art.
 * 58: "一般不请镇政府（街道办事处）主要负责人参加，因工作需要确需参加的，须经区长批准").
 */
export type TownPrincipalsFacts = {
  /** Whether a 副区长 (the executive deputy included) convenes the meeting. */
  isDeputysMeeting: boolean;
  /** The towns and subdistricts whose principal heads the meeting would seat. */
  townUnits: readonly string[];
  /** The 区长's recorded approval. */
  isHeadApproved: boolean;
  /** At planning the office is warned; principals are seated only once the 区长 has approved. */
  stage: 'planning' | 'seating';
};

export const seatingRules: readonly Rule<TownPrincipalsFacts>[] = [
  {
    id: 'meetings.deputy-meeting-town-principals',
    kind: 'guard',
    cites: [{ article: 58 }, { article: 51 }],
    effective: EFFECTIVE,
    summary: '副区长主持召开的专题会议，一般不请镇政府（街道办事处）主要负责人参加；确需参加的，须经区长批准后方列为出席人员',
    check: ({ isDeputysMeeting, townUnits, isHeadApproved, stage }) => {
      if (!isDeputysMeeting || townUnits.length === 0 || isHeadApproved) return undefined;
      const rule = '副区长主持召开的会议，一般不请镇政府（街道办事处）主要负责人参加，因工作需要确需参加的，须经区长批准';
      return stage === 'planning'
        ? { article: 58, severity: 'flag', message: `${rule}；本次请${townUnits.join('、')}主要负责人参加，已送区长审批，批准前不列为出席人员` }
        : { article: 58, message: `${rule}；${townUnits.join('、')}主要负责人参加会议尚未经区长批准` };
    },
  },
];
