import type { CoverBasis, LeaderItemKind, LeaderItemStatus, LeaveAttachmentKind, LeaveKind, LeaveStatus } from '../../api/leave';

/** The same words as the server's `kindLabel`, for the report form's choices. */
export const leaveKindLabels: Record<LeaveKind, string> = {
  business_trip: '出差',
  visit_abroad: '出访',
  study: '学习',
  inspection: '考察',
  investment_promotion: '招商',
  vacation: '离岗休假',
  family_visit: '探亲',
  medical: '就医',
};

export const leaveAttachmentLabels: Record<LeaveAttachmentKind, string> = { notice: '有关通知', plan: '方案', schedule: '日程安排' };

export const leaveStatusLabels: Record<LeaveStatus, string> = { reported: '已报告', returned: '已销假', cancelled: '已撤销' };
export const leaveStatusColors: Record<LeaveStatus, string> = { reported: 'processing', returned: 'success', cancelled: 'default' };

/** Why a leader covers, with the article that says so. */
export const coverBasisLabels: Record<CoverBasis, string> = { pair: '固定补位', assignment: '区长安排', acting_head: '常务副区长主持' };
export const coverBasisArticles: Record<CoverBasis, number> = { pair: 62, assignment: 63, acting_head: 7 };
export const coverBasisColors: Record<CoverBasis, string> = { pair: 'blue', assignment: 'purple', acting_head: 'volcano' };

export const leaderItemKindLabels: Record<LeaderItemKind, string> = {
  meeting: '出席会议',
  reception: '公务接待',
  emergency: '突发事件',
  urgent_document: '紧急公文签署',
  invitation: '活动邀请',
  other: '其他事项',
};

export const leaderItemStatusLabels: Record<LeaderItemStatus, string> = { open: '待办理', handled: '已办理' };
export const leaderItemStatusColors: Record<LeaderItemStatus, string> = { open: 'processing', handled: 'success' };

/**
 * Leaders whose absence is reported here: those art. 82 lists (副区长; the 区政府办公室主任, the office being a
 * 工作部门) and the 区长, whose absence is recorded for art. 7 though art. 82 does not apply to him.
 */
export const reportingLeaderPosts = ['head', 'executive_deputy', 'deputy', 'office_director'] as const;
