import type { LocalDate, Rule } from '../../rules/types.js';
import { daysBetween } from '../leave/types.js';
import { chineseDate } from '../../calendar/explain.js';
import { type ApprovalRecord, type HeadApproval, type InvitationAddresseeFact, type InvitationKind, invitationKindLabels, type MeetingChair, type MeetingFormat, type MeetingInvitee, needsPriorApproval, visitKinds } from './types.js';

const EFFECTIVE = { from: '2022-01-31' };

/**
 * What the art. 90 rules look at for an invitation (the lead time comes from the rulebook as of the submission
 * day). `addressee` is read from the 请柬 and the org data — whom the card names, and whether that person is a
 * government leader on the activity's day — as the unit stated it on submission or the office recorded it from
 * the card it received (`recordedBy`).
 */
export type InvitationSubmissionFacts = {
  invitation: { kind: InvitationKind; activityDate: LocalDate; addressee: InvitationAddresseeFact; submittedOn: LocalDate };
  recordedBy?: 'unit' | 'office';
};

/** How an activity's date stands to the day the invitation reached the office, in words an office writes. */
function leadWords(ahead: number, activityDate: LocalDate): string {
  if (ahead < 0) return `活动日期${chineseDate(activityDate)}已过`;
  if (ahead === 0) return '活动当日才报送';
  return `本次仅提前${ahead}天`;
}

/** The art. 90 guards on submitting an invitation. */
export const invitationSubmissionRules: readonly Rule<InvitationSubmissionFacts>[] = [
  {
    id: 'events.invitation-through-office',
    kind: 'guard',
    cites: [{ article: 90 }],
    effective: EFFECTIVE,
    summary: '邀请区政府领导同志参加的内外事活动，一律由区政府办公室统一安排；请柬抬头为区政府领导同志个人的（依组织机构数据判断），报送时拒绝，办公室登记时发现的予以标注',
    check: ({ invitation, recordedBy }) => {
      if (invitation.addressee.kind !== 'leader') return undefined;
      if (recordedBy === 'office') {
        // The office has it now, as art. 90 wants; the breach by the inviting unit is kept on the record.
        return { severity: 'flag', message: `第九十条：各镇街道、区政府各部门不得直接向区政府领导同志个人发送请柬；本请柬抬头为“${invitation.addressee.name}”，已由区政府办公室登记` };
      }
      return {
        message: `第九十条：邀请区政府领导同志参加的内外事活动，一律由区政府办公室统一安排，各镇街道、区政府各部门不得直接向区政府领导同志个人发送请柬；本请柬抬头为“${invitation.addressee.name}”，请改以区政府办公室为收件方报送`,
      };
    },
  },
  {
    id: 'events.invitation-lead-days',
    kind: 'clock',
    cites: [{ article: 90 }],
    effective: EFFECTIVE,
    summary: '邀请区政府领导同志参加的重要活动，应按规定天数提前报区政府办公室（报送当日不计入）；来访视察调研的日期由来访方确定（第九十二条），只作提示',
    params: ['events.invitationLeadDays'],
    check: ({ invitation }, param) => {
      const leadDays = param('events.invitationLeadDays');
      const ahead = daysBetween(invitation.submittedOn, invitation.activityDate);
      if (ahead >= leadDays) return undefined;
      // A visit is fixed by those who make it (art. 92 "按程序办理"): the office is told, not refused.
      if (visitKinds.includes(invitation.kind)) {
        return { severity: 'flag', message: `来访视察调研报送时${ahead > 0 ? `距活动仅${ahead}天` : leadWords(ahead, invitation.activityDate)}（一般应提前${leadDays}天），按第九十二条办理` };
      }
      return { message: `第九十条：邀请区政府领导同志参加的重要活动，应提前${leadDays}天报区政府办公室按规定程序办理；${leadWords(ahead, invitation.activityDate)}（报送当日不计入）` };
    },
  },
];

/** What art. 92 looks at when the office arranges a visit. */
export type VisitArrangementFacts = { kind: InvitationKind; isFullAccompaniment: boolean; approval: Pick<ApprovalRecord, 'decision'> | null; hasPlan: boolean };

/** Art. 92: receptions of visitors, as the office arranges them. */
export const visitArrangementRules: readonly Rule<VisitArrangementFacts>[] = [
  {
    id: 'events.visit-coordinated-plan',
    kind: 'guard',
    cites: [{ article: 92 }],
    effective: EFFECTIVE,
    summary: '市大班子及市级以上领导干部来临淄视察、调研，需区政府领导同志参加的，根据与区委、区人大、区政协办公室协调确定的方案按程序办理：安排时须附该方案',
    check: ({ kind, hasPlan }) =>
      kind !== 'city_leader_visit' || hasPlan
        ? undefined
        : { message: '第九十二条：市级领导来临淄视察、调研，需区政府领导同志参加的，根据与区委、区人大、区政协办公室协调确定的方案按程序办理；请附协调确定的方案后再安排' },
  },
  {
    id: 'events.visit-no-full-accompaniment',
    kind: 'guard',
    cites: [{ article: 92 }],
    effective: EFFECTIVE,
    summary: '市政府各部门、外区县来宾到临淄考察调研，由对口部门负责陪同接待，区政府领导同志原则上不全程陪同；确需全程陪同的须经区长批准',
    check: ({ kind, isFullAccompaniment, approval }) =>
      kind !== 'peer_visit' || !isFullAccompaniment || approval?.decision === 'approved'
        ? undefined
        : { message: '第九十二条：市政府各部门、外区县来宾到临淄考察、调研，由对口部门负责陪同接待，区政府领导同志原则上不全程陪同；确需全程陪同的，须经区长批准' },
  },
];

/** What the office's arrangement of an invitation is checked against. */
export type InvitationArrangementFacts = { kind: InvitationKind; approval: Pick<ApprovalRecord, 'decision'> | null };

/** The art. 91 guard on arranging: the listed activities need the 区委's or the 区政府's approval first. */
export const invitationArrangementRules: readonly Rule<InvitationArrangementFacts>[] = [
  {
    id: 'events.invitation-prior-approval',
    kind: 'guard',
    cites: [{ article: 91 }],
    effective: EFFECTIVE,
    summary: '未经区委、区政府批准，区政府领导同志不参加剪彩、奠基活动和庆祝会、纪念会、表彰会、座谈会、博览会、研讨会及各类论坛，不发贺信贺电，不公开出版著作讲话，不题词题字作序',
    check: ({ kind, approval }) =>
      !needsPriorApproval(kind) || approval?.decision === 'approved'
        ? undefined
        : { message: `第九十一条：未经区委、区政府批准，区政府领导同志不参加${invitationKindLabels[kind]}等活动；须先经区长批准，或由办公室附区委批准文件记录后方可安排` },
  },
];

/** An approval recorded on the day `actOn` for something that happens on `eventDate`. */
export type PriorApprovalFacts = { actOn: LocalDate; eventDate: LocalDate };

/** Art. 91: the 区委's or the 区政府's approval of an activity is recorded before it takes place, not after. */
export const invitationApprovalRules: readonly Rule<PriorApprovalFacts>[] = [
  {
    id: 'events.invitation-approval-beforehand',
    kind: 'guard',
    cites: [{ article: 91 }],
    effective: EFFECTIVE,
    summary: '第九十一条所列活动须在活动之前经区委、区政府批准，活动之后不补批',
    check: ({ actOn, eventDate }) =>
      actOn <= eventDate
        ? undefined
        : { message: `第九十一条：未经区委、区政府批准，区政府领导同志不参加所列活动；活动日期${chineseDate(eventDate)}已过，不能事后批准` },
  },
];

/** Art. 58: a meeting is approved before it is held ("严格落实会议审批制度"). */
export const meetingApprovalRules: readonly Rule<PriorApprovalFacts>[] = [
  {
    id: 'events.meeting-approval-beforehand',
    kind: 'guard',
    cites: [{ article: 58 }],
    effective: EFFECTIVE,
    summary: '严格落实会议审批制度：部门本系统全区性会议须在召开之前经审批',
    check: ({ actOn, eventDate }) =>
      actOn <= eventDate
        ? undefined
        : { message: `第五十八条：严格落实会议审批制度，会议须经批准后召开；会议日期${chineseDate(eventDate)}已过，不能事后审批` },
  },
];

/**
 * What the art. 58 rules look at for one request for a department's system-wide meeting (the yearly limit
 * comes from the rulebook as of the submission day).
 */
export type MeetingRequestFacts = {
  meeting: { meetingDate: LocalDate; format: MeetingFormat; chairedBy: MeetingChair; invitees: readonly Pick<MeetingInvitee, 'kind' | 'unitName' | 'holderName' | 'postTitle'>[]; headApproval: HeadApproval | null };
  /** The department's requests for the same calendar year that are pending or approved. */
  sameYearCount: number;
};

/**
 * Whether a request needs the 区长's own approval first (art. 58): a 副区长's meeting inviting town principals
 * ("确需参加的，须经区长批准"), or a department's meeting beyond the yearly number ("原则上每年不超过1次" — an
 * exception the 区长 may allow).
 */
export function needsHeadApproval(meeting: { chairedBy: MeetingChair; invitees: readonly Pick<MeetingInvitee, 'kind'>[] }, isOverYearlyLimit = false): boolean {
  return isOverYearlyLimit || (meeting.chairedBy === 'deputy' && meeting.invitees.some((i) => i.kind === 'town_principal'));
}

/** Whether the department has used up the year's number of system-wide meetings (art. 58 "原则上"). */
export function isOverYearlyLimit(sameYearCount: number, limit: { max: number }): boolean {
  return sameYearCount >= limit.max;
}

const who = (i: Pick<MeetingInvitee, 'unitName' | 'postTitle' | 'holderName'>) => `${i.unitName}${i.postTitle}${i.holderName ? i.holderName : ''}`;

/** The art. 58 quota and guards on a department's system-wide meeting. */
export const meetingRequestRules: readonly Rule<MeetingRequestFacts>[] = [
  {
    id: 'events.meeting-yearly-limit',
    kind: 'quota',
    cites: [{ article: 58 }],
    effective: EFFECTIVE,
    summary: '各部门召开本系统全区性会议原则上每年不超过规定次数（待审批与已批准的均计入）；确需超过的，申请先送区长本人批准',
    params: ['events.departmentSystemMeetingsPerYear'],
    check: ({ meeting, sameYearCount }, param) => {
      const limit = param('events.departmentSystemMeetingsPerYear');
      if (!isOverYearlyLimit(sameYearCount, limit) || meeting.headApproval) return undefined;
      // "原则上" is not an absolute bar: the request waits for the 区长's own decision (see `needsHeadApproval`).
      return {
        severity: 'flag',
        message: `第五十八条：各部门召开本系统全区性会议原则上每年不超过${limit.max}次；本部门${meeting.meetingDate.slice(0, 4)}年已有${sameYearCount}次待审批或已批准，本次为第${sameYearCount + 1}次，已送区长审批`,
      };
    },
  },
  {
    id: 'events.meeting-never-invite-head',
    kind: 'guard',
    cites: [{ article: 58 }],
    effective: EFFECTIVE,
    summary: '各部门召开本系统全区性会议，一律不邀请区长出席',
    check: ({ meeting }) =>
      meeting.invitees.some((i) => i.kind === 'head')
        ? { message: '第五十八条：各部门召开本系统全区性会议，一律不邀请区长出席' }
        : undefined,
  },
  {
    id: 'events.meeting-deputy-by-approval',
    kind: 'guard',
    cites: [{ article: 58 }],
    effective: EFFECTIVE,
    summary: '邀请副区长出席的，要严格按程序报批（标注提请审批人注意）',
    check: ({ meeting }) => {
      const deputies = meeting.invitees.filter((i) => i.kind === 'deputy');
      if (deputies.length === 0) return undefined;
      return { severity: 'flag', message: `第五十八条：邀请副区长出席的，要严格按程序报批；本次邀请${deputies.map((d) => d.holderName ?? d.postTitle).join('、')}` };
    },
  },
  {
    id: 'events.meeting-deputy-chair-town-principals',
    kind: 'guard',
    cites: [{ article: 58 }],
    effective: EFFECTIVE,
    summary: '副区长主持召开的会议一般不请镇政府（街道办事处）主要负责人参加，确需参加的须经区长批准（申请先送区长本人审批）',
    check: ({ meeting }) => {
      if (meeting.chairedBy !== 'deputy' || meeting.headApproval) return undefined;
      const principals = meeting.invitees.filter((i) => i.kind === 'town_principal');
      if (principals.length === 0) return undefined;
      // Not a refusal: the request waits for the 区长's own decision (see `needsHeadApproval`).
      return {
        severity: 'flag',
        message: `第五十八条：副区长主持召开的会议，一般不请镇政府（街道办事处）主要负责人参加，因工作需要确需参加的，须经区长批准；本次邀请${principals.map(who).join('、')}，已送区长审批`,
      };
    },
  },
  {
    id: 'events.meeting-town-deputies-only',
    kind: 'guard',
    cites: [{ article: 58 }],
    effective: EFFECTIVE,
    summary: '区政府部门召开的各类会议，一律只开到镇政府（街道办事处）分管负责人，不请主要负责人参加',
    check: ({ meeting }) => {
      // A meeting a 副区长 chairs falls under the sentence before (the 区长 may let principals attend).
      if (meeting.chairedBy !== 'department_head') return undefined;
      const principals = meeting.invitees.filter((i) => i.kind === 'town_principal');
      if (principals.length === 0) return undefined;
      return {
        message: `第五十八条：区政府部门召开的各类会议，一律只开到镇政府（街道办事处）分管负责人，不请主要负责人参加；请将${principals.map(who).join('、')}改为分管负责人`,
      };
    },
  },
  {
    id: 'events.meeting-video-first',
    kind: 'guard',
    cites: [{ article: 58 }],
    effective: EFFECTIVE,
    summary: '能采取电视会议形式的不集中开会（集中开会的标注提请审批人注意）',
    check: ({ meeting }) =>
      meeting.format === 'video' ? undefined : { severity: 'flag', message: '第五十八条：能采取电视会议形式的不集中开会；本次申请集中开会' },
  },
];

/** What art. 81 looks at: the day of the act (request or approval) and the day of the speech or publication. */
export type SpeechFacts = { actOn: LocalDate; eventDate: LocalDate; act: 'request' | 'approval' };

/** Art. 81: the government's consent comes before the speech or the article, never after. */
export const speechRules: readonly Rule<SpeechFacts>[] = [
  {
    id: 'events.speech-prior-consent',
    kind: 'guard',
    cites: [{ article: 81 }],
    effective: EFFECTIVE,
    summary: '代表区政府发表讲话或文章，以及个人发表涉及未经区政府研究决定的重大问题及事项的讲话和文章，事先须经区政府同意',
    check: ({ actOn, eventDate, act }) =>
      actOn <= eventDate
        ? undefined
        : {
            message:
              act === 'approval'
                ? `第八十一条：代表区政府发表讲话或文章，事先须经区政府同意；发表日期${chineseDate(eventDate)}已过，不能事后同意`
                : `第八十一条：代表区政府发表讲话或文章，事先须经区政府同意；发表日期${chineseDate(eventDate)}已过，不能事后报批`,
          },
  },
];
