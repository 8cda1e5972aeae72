import type { InvitationKind, InvitationStatus, MeetingStatus, SpeechStatus } from '../../api/events';

/** The same words as the server's `kindLabel`, for the submission form's choices. */
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

/** The kinds art. 91 lists: activities, and requests for a text from the leader. */
export const approvalActivityKinds: InvitationKind[] = ['ribbon_cutting', 'groundbreaking', 'celebration', 'commemoration', 'commendation', 'symposium', 'expo', 'seminar', 'forum'];
export const approvalTextKinds: InvitationKind[] = ['congratulatory_letter', 'inscription', 'preface', 'publication'];

export const invitationStatusColors: Record<InvitationStatus, string> = {
  awaiting_approval: 'gold',
  awaiting_arrangement: 'processing',
  arranged: 'success',
  declined: 'default',
  not_approved: 'red',
  withdrawn: 'default',
};
export const invitationStatusLabels: Record<InvitationStatus, string> = {
  awaiting_approval: '待批准',
  awaiting_arrangement: '待安排',
  arranged: '已安排',
  declined: '不予安排',
  not_approved: '未获批准',
  withdrawn: '已撤回',
};

export const meetingStatusColors: Record<MeetingStatus, string> = { awaiting_head_approval: 'gold', awaiting_approval: 'gold', approved: 'success', not_approved: 'red', withdrawn: 'default' };
export const meetingStatusLabels: Record<MeetingStatus, string> = { awaiting_head_approval: '待区长批准', awaiting_approval: '待审批', approved: '已批准', not_approved: '未获批准', withdrawn: '已撤回' };

export const speechStatusColors: Record<SpeechStatus, string> = { awaiting_approval: 'gold', approved: 'success', not_approved: 'red' };
export const speechStatusLabels: Record<SpeechStatus, string> = { awaiting_approval: '待审批', approved: '已同意', not_approved: '未同意' };

/** The articles as the forms quote them. */
export const articleText = {
  58: '区政府及各部门要严格落实会议审批制度……能采取电视会议形式的不集中开会。各部门召开本系统全区性会议原则上每年不超过1次，一律不邀请区长出席，邀请副区长出席的，要严格按程序报批。副区长主持召开的会议或组织开展的活动，一般不请镇政府（街道办事处）主要负责人参加，因工作需要确需参加的，须经区长批准。区政府部门召开的各类会议，一律只开到镇政府（街道办事处）分管负责人，不请主要负责人参加。',
  81: '代表区政府发表讲话或文章，以及个人发表涉及未经区政府研究决定的重大问题及事项的讲话和文章，事先须经区政府同意。',
  90: '邀请区政府领导同志参加的内外事活动，一律由区政府办公室统一安排。各镇街道、区政府各部门不得直接向区政府领导同志个人发送请柬。邀请区政府领导同志参加的重要活动，应提前3天报区政府办公室按规定程序办理。',
  91: '未经区委、区政府批准，区政府领导同志不参加剪彩、奠基活动和庆祝会、纪念会、表彰会、座谈会、博览会、研讨会及各类论坛等；不为各镇街道、区政府各部门的会议活动发贺信、贺电；不公开出版著作、讲话，不题词、题字、作序。',
  92: '区政府部门可以接待的外宾，一律由部门出面接待，确需区政府领导同志出面会见、会谈或宴请的，由区政府有关部门提出安排意见，报区政府办公室按规定程序办理。',
} as const;

/** Calendar days from one date to a later one; the day of submission does not count (art. 90). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
