import type { LocalDate } from '../../rules/types.js';

/**
 * What a unit invites a government leader to (art. 90–92). `work_activity` is an ordinary work activity; the
 * kinds art. 91 names need the approval of the 区委 or the 区政府 first; the visits art. 92 names are kinds of
 * their own.
 */
export const invitationKinds = [
  'work_activity',
  // Art. 91: 剪彩、奠基活动和庆祝会、纪念会、表彰会、座谈会、博览会、研讨会及各类论坛
  'ribbon_cutting',
  'groundbreaking',
  'celebration',
  'commemoration',
  'commendation',
  'symposium',
  'expo',
  'seminar',
  'forum',
  // Art. 91: 发贺信、贺电；公开出版著作、讲话；题词、题字、作序
  'congratulatory_letter',
  'inscription',
  'preface',
  'publication',
  // Art. 92: a visit of the city's leading bodies or city-level leaders (方案 coordinated with the offices of the
  // 区委, 区人大, 区政协); a visit of city departments or other counties (the counterpart department receives; a
  // leader "原则上不全程陪同"); any other call or reception.
  'city_leader_visit',
  'peer_visit',
  'reception',
] as const;
export type InvitationKind = (typeof invitationKinds)[number];

export const invitationKindLabels: Record<InvitationKind, string> = {
  work_activity: '一般工作活动',
  ribbon_cutting: '剪彩活动',
  groundbreaking: '奠基活动',
  celebration: '庆祝会',
  commemoration: '纪念会',
  commendation: '表彰会',
  symposium: '座谈会',
  expo: '博览会',
  seminar: '研讨会',
  forum: '论坛',
  congratulatory_letter: '发贺信、贺电',
  inscription: '题词、题字',
  preface: '作序',
  publication: '公开出版著作、讲话',
  city_leader_visit: '市级领导来临淄视察调研（第九十二条）',
  peer_visit: '市直部门、外区县来宾考察调研（第九十二条）',
  reception: '其他来访接待',
};

/** The kinds art. 91 forbids "未经区委、区政府批准". */
export const approvalRequiredKinds: readonly InvitationKind[] = [
  'ribbon_cutting',
  'groundbreaking',
  'celebration',
  'commemoration',
  'commendation',
  'symposium',
  'expo',
  'seminar',
  'forum',
  'congratulatory_letter',
  'inscription',
  'preface',
  'publication',
];

/** Requests for a text from a leader rather than their presence: no place is involved. */
export const textRequestKinds: readonly InvitationKind[] = ['congratulatory_letter', 'inscription', 'preface', 'publication'];

export function needsPriorApproval(kind: InvitationKind): boolean {
  return approvalRequiredKinds.includes(kind);
}

/** Visits whose date the visitors set, not the inviting unit (art. 92): the art. 90 lead time is flagged, not refused. */
export const visitKinds: readonly InvitationKind[] = ['city_leader_visit', 'peer_visit', 'reception'];

/**
 * Whether an invitation waits for the 区长's approval before the office may arrange it: an art. 91 kind, or a
 * visit of city departments or other counties on which a leader is asked to accompany throughout (art. 92
 * "区政府领导同志原则上不全程陪同" — the exception is the 区长's to allow).
 */
export function needsHeadApprovalOf(invitation: { kind: InvitationKind; isFullAccompaniment: boolean }): boolean {
  return needsPriorApproval(invitation.kind) || (invitation.kind === 'peer_visit' && invitation.isFullAccompaniment);
}

/**
 * To whom the 请柬 is addressed, as the card says and the org data tells (art. 90 "不得直接向区政府领导同志个人
 * 发送请柬"): the office; a person who is a government leader on the activity's day; or another person.
 */
export type InvitationAddresseeFact = { kind: 'office' } | { kind: 'leader'; name: string } | { kind: 'person'; name: string };

/** Where the 请柬 went: to the office, as art. 90 requires, or straight to the leader, which it forbids. */
export const invitationAddressees = ['office', 'leader'] as const;
export type InvitationAddressee = (typeof invitationAddressees)[number];

/**
 * `awaiting_approval`: an art. 91 kind waits for the 区委/区政府's decision, recorded by the office.
 * `awaiting_arrangement`: with the office, to arrange or decline. `arranged`: on the leader's list (a leader item).
 * `declined`: the office declined, with a reason. `not_approved`: the 区委/区政府 did not approve (art. 91).
 * `withdrawn`: the inviting unit withdrew it before the office acted.
 */
export const invitationStatuses = ['awaiting_approval', 'awaiting_arrangement', 'arranged', 'declined', 'not_approved', 'withdrawn'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

export const invitationStatusLabels: Record<InvitationStatus, string> = {
  awaiting_approval: '待批准',
  awaiting_arrangement: '待安排',
  arranged: '已安排',
  declined: '不予安排',
  not_approved: '未获批准',
  withdrawn: '已撤回',
};

/** Who approves under art. 91 ("未经区委、区政府批准") or art. 81 / 58 (the 区政府). */
export const approvingBodies = ['party_committee', 'government'] as const;
export type ApprovingBody = (typeof approvingBodies)[number];
export const approvingBodyLabels: Record<ApprovingBody, string> = { party_committee: '区委', government: '区政府' };

/**
 * A decision on a request, as the approver took it (art. 58, 81, 91): in their own session — the 区长, or the
 * executive deputy presiding for him (`actingForName`, art. 7), or the office for its own decisions — or,
 * given outside the platform (区委), recorded by the office from the attached document (`attachmentId`).
 * Names and posts come from the org data and the session, never typed in.
 */
export type ApprovalRecord = {
  decision: 'approved' | 'refused';
  body: ApprovingBody;
  /** Who decided: the person in session, or for an outside approval the body the document names. */
  approverName: string;
  approverPost: string;
  decidedOn: LocalDate;
  opinion: string;
  /** Who entered it: the approver themself, or the office clerk who recorded an outside document. */
  recordedByUserId: string | null;
  recordedAt: string;
  /** The absent approver the decider stood in for. */
  actingForName: string | null;
  /** The approving document, for an approval given outside the platform. */
  attachmentId: string | null;
};

/** A rule flag kept on the record for the office and the approver (a late reception, a deputy invited …). */
export type RecordedFlag = { ruleId: string; article: number; message: string };

export type Invitation = {
  id: string;
  title: string;
  kind: InvitationKind;
  activityDate: LocalDate;
  /** `HH:MM`, Beijing time; null for requests without a time (a preface, an inscription). */
  startTime: string | null;
  place: string;
  detail: string;
  invitedPersonId: string;
  invitingUnitId: string;
  addressedTo: InvitationAddressee;
  /** The person the 请柬 names as addressee (null: addressed to the office), and the name as written (art. 90). */
  addresseePersonId: string | null;
  addresseeName: string | null;
  /** Art. 92: a visit on which a leader is asked to accompany throughout. */
  isFullAccompaniment: boolean;
  /** Art. 92: the plan coordinated with the offices of the 区委, 区人大 and 区政协, for a visit of city leaders. */
  planAttachmentId: string | null;
  submittedOn: LocalDate;
  submittedByUserId: string | null;
  status: InvitationStatus;
  approval: ApprovalRecord | null;
  arrangedOn: LocalDate | null;
  arrangementNote: string | null;
  leaderItemId: string | null;
  declineReason: string | null;
  flags: RecordedFlag[];
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** 视频会议 or 集中开会 (art. 58: "能采取电视会议形式的不集中开会"). */
export const meetingFormats = ['video', 'in_person'] as const;
export type MeetingFormat = (typeof meetingFormats)[number];
export const meetingFormatLabels: Record<MeetingFormat, string> = { video: '视频会议', in_person: '集中开会' };

/** Who chairs a department's system-wide meeting: its own head, or a 副区长 (art. 58 treats them apart). */
export const meetingChairs = ['department_head', 'deputy'] as const;
export type MeetingChair = (typeof meetingChairs)[number];
export const meetingChairLabels: Record<MeetingChair, string> = { department_head: '部门主要负责人', deputy: '副区长' };

/** What kind of post an invitee holds, as art. 58 sorts them. */
export const inviteeKinds = ['head', 'deputy', 'town_principal', 'town_deputy'] as const;
export type InviteeKind = (typeof inviteeKinds)[number];
export const inviteeKindLabels: Record<InviteeKind, string> = {
  head: '区长',
  deputy: '副区长',
  town_principal: '镇街主要负责人',
  town_deputy: '镇街分管负责人',
};

/** An invited post as it stood when the request was made (names are kept: posts change hands). */
export type MeetingInvitee = {
  postId: string;
  kind: InviteeKind;
  postTitle: string;
  unitId: string;
  unitName: string;
  holderPersonId: string | null;
  holderName: string | null;
};

/**
 * The 区长's approval under art. 58 — for town principals to attend a meeting a 副区长 chairs ("须经区长批准"), or
 * for a department's meeting beyond the year's number ("原则上") — given by the 区长 in his own session (or by
 * the executive deputy presiding for him, `actingForName`).
 */
export type HeadApproval = {
  approverName: string;
  approvedOn: LocalDate;
  opinion: string;
  actingForName?: string | null;
  /** What the 区长 allowed (see `headApprovalGrounds`); absent on approvals recorded before it was kept. */
  grounds?: string[];
};

/**
 * What a request waiting for the 区长 asks him to allow, read from the flags the request was filed with
 * (art. 58): town principals at a 副区长's meeting, and a meeting beyond the year's number.
 */
export function headApprovalGrounds(flags: readonly Pick<RecordedFlag, 'ruleId'>[]): string[] {
  const grounds: string[] = [];
  if (flags.some((f) => f.ruleId === 'events.meeting-deputy-chair-town-principals')) grounds.push('请镇政府（街道办事处）主要负责人参加');
  if (flags.some((f) => f.ruleId === 'events.meeting-yearly-limit')) grounds.push('超过年度次数召开本系统全区性会议');
  return grounds;
}

/**
 * `awaiting_head_approval` (a 副区长's meeting inviting town principals waits for the 区长) → `awaiting_approval`
 * → `approved` or `not_approved` (art. 58 "严格落实会议审批制度"); `withdrawn` by the department before the
 * meeting. Approved and pending requests count towards the yearly limit.
 */
export const meetingStatuses = ['awaiting_head_approval', 'awaiting_approval', 'approved', 'not_approved', 'withdrawn'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const meetingStatusLabels: Record<MeetingStatus, string> = { awaiting_head_approval: '待区长批准', awaiting_approval: '待审批', approved: '已批准', not_approved: '未获批准', withdrawn: '已撤回' };

/** The statuses that use up a department's yearly allowance. */
export const countedMeetingStatuses: readonly MeetingStatus[] = ['awaiting_head_approval', 'awaiting_approval', 'approved'];

export type DepartmentMeeting = {
  id: string;
  title: string;
  unitId: string;
  meetingDate: LocalDate;
  format: MeetingFormat;
  chairedBy: MeetingChair;
  chairPersonId: string | null;
  chairName: string;
  invitees: MeetingInvitee[];
  headApproval: HeadApproval | null;
  detail: string;
  submittedOn: LocalDate;
  submittedByUserId: string | null;
  status: MeetingStatus;
  approval: ApprovalRecord | null;
  flags: RecordedFlag[];
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** A speech or an article (art. 81 "发表讲话或文章"). */
export const speechKinds = ['speech', 'article'] as const;
export type SpeechKind = (typeof speechKinds)[number];
export const speechKindLabels: Record<SpeechKind, string> = { speech: '讲话', article: '文章' };

/** Why art. 81 asks for approval: speaking for the government, or on a major matter it has not decided. */
export const speechBases = ['on_behalf', 'undecided_major_issue'] as const;
export type SpeechBasis = (typeof speechBases)[number];
export const speechBasisLabels: Record<SpeechBasis, string> = {
  on_behalf: '代表区政府发表',
  undecided_major_issue: '涉及未经区政府研究决定的重大问题及事项',
};

export const speechStatuses = ['awaiting_approval', 'approved', 'not_approved'] as const;
export type SpeechStatus = (typeof speechStatuses)[number];
export const speechStatusLabels: Record<SpeechStatus, string> = { awaiting_approval: '待审批', approved: '已同意', not_approved: '未同意' };

export type Speech = {
  id: string;
  kind: SpeechKind;
  basis: SpeechBasis;
  title: string;
  speakerPersonId: string;
  /** Where it is given or published: the meeting, forum, newspaper or journal. */
  occasion: string;
  /** The day it is given or published; the government's consent must come before it (art. 81 "事先"). */
  eventDate: LocalDate;
  outline: string;
  submittedOn: LocalDate;
  submittedByUserId: string | null;
  status: SpeechStatus;
  approval: ApprovalRecord | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};
