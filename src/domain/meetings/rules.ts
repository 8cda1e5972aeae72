import type { Rule } from '../../rules/types.js';
import { type MeetingKind, quorumOf } from './types.js';

const EFFECTIVE = { from: '2022-01-31' };

/** A topic placed on a meeting's agenda. */
export type TopicFacts = {
  meetingKind: MeetingKind;
  isMajor: boolean;
  /** Working days between the topic's submission and the meeting (the submission day does not count). */
  workingDaysAhead: number;
  hasHeadException: boolean;
  /** Related units that have not countersigned, and disagreements without both sides' grounds. */
  unsignedUnits: readonly string[];
  groundlessDisagreements: readonly string[];
};

export const topicRules: readonly Rule<TopicFacts>[] = [
  {
    id: 'meetings.major-only-plenary-or-executive',
    kind: 'guard',
    cites: [{ article: 8 }, { article: 27 }],
    effective: EFFECTIVE,
    summary: '区政府工作中的重大问题，必须经区政府全体会议或常务会议讨论决定',
    check: ({ meetingKind, isMajor }) =>
      isMajor && meetingKind !== 'plenary' && meetingKind !== 'executive'
        ? { article: 8, message: '第八条：区政府工作中的重大问题，必须经区政府全体会议或常务会议讨论决定，不能在专题会议或区长办公会议上决定' }
        : undefined,
  },
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
      return { message: `第五十三条：议题一般应于会前${lead}个工作日提报区长、分管副区长审定，本议题距会议仅${workingDaysAhead}个工作日；确需上会的，须经区长同意` };
    },
  },
  {
    id: 'meetings.topic-coordinated',
    kind: 'guard',
    cites: [{ article: 52 }],
    effective: EFFECTIVE,
    summary: '提交议题前与相关单位协调一致，有关单位主要负责人在会签意见上签字；分歧列明各方理据，报分管副区长协调',
    check: ({ unsignedUnits, groundlessDisagreements }) => {
      if (unsignedUnits.length > 0) {
        return { message: `第五十二条：议题须经相关单位主要负责人会签，尚未会签：${unsignedUnits.join('、')}` };
      }
      return groundlessDisagreements.length > 0 ? { message: `第五十二条：协调不能取得一致的，须附协调说明、列明各方理据：${groundlessDisagreements.join('、')}` } : undefined;
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
    summary: '全体会议、常务会议纪要由区长签发；专题会议纪要由会议主持人签发',
    check: ({ meetingKind, signerPersonId, signerActsForPersonId, headPersonId, chairPersonId, delegatedByPersonId }) => {
      const is = (personId: string | null) => personId !== null && (signerPersonId === personId || signerActsForPersonId === personId);
      if (meetingKind !== 'topical') return is(headPersonId) ? undefined : { message: '第五十六条：区政府全体会议、常务会议的纪要，由区长签发' };
      if (is(chairPersonId) || is(delegatedByPersonId)) return undefined;
      return { message: '第五十六条：区政府专题会议纪要由会议主持人签发' };
    },
  },
  {
    id: 'meetings.delegated-minutes-approval',
    kind: 'guard',
    cites: [{ article: 56 }],
    effective: EFFECTIVE,
    summary: '办公室主任、副主任受委托召开的专题会议，纪要须由委托的区长或副区长审定同意后印发',
    check: ({ meetingKind, delegatedByPersonId, hasDelegatorApproval }) =>
      meetingKind === 'topical' && delegatedByPersonId && !hasDelegatorApproval ? { message: '第五十六条：受委托召开的专题会议，会议纪要须由委托的区长或副区长审定同意后印发' } : undefined,
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
      return quorum.hasQuorum ? undefined : { message: `第四十九条：${quorum.explanation}，不能形成决定` };
    },
  },
];
