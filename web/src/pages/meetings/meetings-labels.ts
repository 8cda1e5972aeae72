import type { AttendanceStatus, MeetingKind, MeetingStatus, TopicStatus } from '../../api/meetings';

/** The same words as the server's `kindLabel`, for the planning form's choices. */
export const meetingKindLabels: Record<MeetingKind, string> = {
  plenary: '区政府全体会议',
  executive: '区政府常务会议',
  head_office: '区长办公会议',
  topical: '区政府专题会议',
};

/** A short name for a tag in the calendar. */
export const meetingKindShortLabels: Record<MeetingKind, string> = { plenary: '全体', executive: '常务', head_office: '区长办公', topical: '专题' };
export const meetingKindColors: Record<MeetingKind, string> = { plenary: 'red', executive: 'volcano', head_office: 'geekblue', topical: 'cyan' };

/** Who sits at each kind of meeting, as the article says, under the meeting's heading. */
export const compositionTexts: Record<MeetingKind, string> = {
  plenary: '第四十八条：全体会议由区长、副区长、区政府工作部门的主要负责人组成，由区长召集和主持',
  executive: '第四十九条：常务会议由区长、副区长、区政府办公室主任组成，区纪委监委、区政府办公室副主任、区司法局、法律顾问列席；法定人数按工作规则计算，见出席情况',
  head_office: '第五十条：区长办公会议由区长、副区长、区政府办公室主任组成，由区长召集和主持',
  topical: '第五十一条：专题会议由区长、副区长或受委托的办公室主任、副主任召集和主持，有关部门、单位负责人出席',
};

/** Who convenes and chairs, as the rulebook says (art. 8, 48–51), shown beside the planning form's choices. */
export const convenerHints: Record<MeetingKind, string> = {
  plenary: '第八、四十八条：全体会议由区长召集和主持',
  executive: '第八、四十九条：常务会议由区长召集和主持；区长不能出席时，可委托负责区政府常务工作的副区长召集并主持',
  head_office: '第八、五十条：区长办公会议由区长召集和主持',
  topical: '第五十一条：专题会议由区长、副区长召集和主持，或委托区政府办公室主任、副主任主持',
};

export const meetingStatusColors: Record<MeetingStatus, string> = {
  planned: 'processing',
  held: 'blue',
  minutes_drafted: 'gold',
  minutes_approved: 'orange',
  minutes_signed: 'success',
};

export const topicStatusLabels: Record<TopicStatus, string> = {
  coordinating: '会签中',
  awaiting_exception: '待区长审批逾期上会',
  awaiting_review: '待区长、分管副区长审定',
  ready: '可上会',
  scheduled: '已列入议程',
  decided: '已决定',
};
export const topicStatusColors: Record<TopicStatus, string> = {
  coordinating: 'gold',
  awaiting_exception: 'orange',
  awaiting_review: 'cyan',
  ready: 'green',
  scheduled: 'blue',
  decided: 'purple',
};

export const attendanceLabels: Record<AttendanceStatus, string> = { present: '出席', absent: '请假', unknown: '未到' };
export const attendanceColors: Record<AttendanceStatus, string> = { present: 'success', absent: 'orange', unknown: 'default' };


