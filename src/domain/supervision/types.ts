/**
 * The words of the supervision area (督查督办, work rules art. 32, 40–41, 57, 75–79): where a task comes from,
 * what kind of ledger row it is, and how it may end.
 */

/** Where a task comes from (art. 57, 75, 76, 40, 41, 78); the first three link to an object of the platform. */
export const taskSources = [
  'meeting_decision',
  'leader_instruction',
  'annual_plan',
  'assigned_by_leader',
  'deputy_suggestion',
  'cppcc_proposal',
  'audit_finding',
  'supervisory_recommendation',
  'judicial_recommendation',
  'procuratorial_recommendation',
  'complaint',
  'petition',
  'media',
  'third_party_evaluation',
  'spot_check',
  'look_back',
] as const;
export type TaskSource = (typeof taskSources)[number];

export const taskSourceLabels: Record<TaskSource, string> = {
  meeting_decision: '会议议定事项',
  leader_instruction: '领导批示',
  annual_plan: '年度督查计划',
  assigned_by_leader: '领导交办',
  deputy_suggestion: '人大代表建议',
  cppcc_proposal: '政协提案',
  audit_finding: '审计发现问题',
  supervisory_recommendation: '监察建议',
  judicial_recommendation: '司法建议',
  procuratorial_recommendation: '检察建议',
  complaint: '投诉',
  petition: '信访',
  media: '新闻媒体',
  third_party_evaluation: '第三方评估',
  spot_check: '随机抽查发现问题',
  look_back: '整改回头看',
};

/** The article each source is carried under. */
export const taskSourceArticles: Record<TaskSource, number> = {
  meeting_decision: 57,
  leader_instruction: 75,
  annual_plan: 76,
  assigned_by_leader: 76,
  deputy_suggestion: 40,
  cppcc_proposal: 40,
  audit_finding: 41,
  supervisory_recommendation: 41,
  judicial_recommendation: 41,
  procuratorial_recommendation: 41,
  complaint: 78,
  petition: 78,
  media: 78,
  third_party_evaluation: 78,
  spot_check: 75,
  look_back: 77,
};

/** Sources the office opens a task from by hand (the rest are opened by their own acts: minutes, suggestions, look-backs). */
export const manualTaskSources = taskSources.filter((s) => !['meeting_decision', 'deputy_suggestion', 'cppcc_proposal', 'look_back'].includes(s));

/** What kind of ledger row a task is. A rectification list's problems are its sub-tasks (art. 77). */
export const taskCategories = ['task', 'rectification', 'problem', 'look_back'] as const;
export type TaskCategory = (typeof taskCategories)[number];
export const taskCategoryLabels: Record<TaskCategory, string> = { task: '督办任务', rectification: '整改清单', problem: '整改问题', look_back: '回头看' };

export const taskStatuses = ['open', 'reviewing', 'done', 'closed_incomplete'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
/** A problem of a rectification list stays 挂账 until it is closed (art. 77); other tasks are 办理中. */
export const taskStatusLabels: Record<TaskStatus, string> = { open: '办理中', reviewing: '待验收', done: '已办结', closed_incomplete: '未完成销号' };

export const reportKinds = ['progress', 'final'] as const;
export type ReportKind = (typeof reportKinds)[number];
export const reportKindLabels: Record<ReportKind, string> = { progress: '进展报告', final: '办结报告' };

export const reportStatuses = ['submitted', 'approved', 'declined', 'accepted', 'returned'] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const reportStatusLabels: Record<ReportStatus, string> = { submitted: '待单位主要负责人审核', approved: '待督查室审核', declined: '单位主要负责人退回', accepted: '已审核通过', returned: '督查室退回' };

export const extensionStatuses = ['requested', 'approved', 'refused'] as const;
export type ExtensionStatus = (typeof extensionStatuses)[number];
export const extensionStatusLabels: Record<ExtensionStatus, string> = { requested: '待审批', approved: '已批准', refused: '未批准' };

export const suggestionKinds = ['deputy', 'cppcc'] as const;
export type SuggestionKind = (typeof suggestionKinds)[number];
export const suggestionKindLabels: Record<SuggestionKind, string> = { deputy: '人大代表建议', cppcc: '政协提案' };

export const suggestionStatuses = ['registered', 'assigned', 'sent_back', 'answered', 'closed'] as const;
export type SuggestionStatus = (typeof suggestionStatuses)[number];
export const suggestionStatusLabels: Record<SuggestionStatus, string> = { registered: '待交办', assigned: '办理中', sent_back: '申请退回', answered: '已答复待测评', closed: '已办结' };

export const satisfactions = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Satisfaction = (typeof satisfactions)[number];
export const satisfactionLabels: Record<Satisfaction, string> = { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' };

export const resultKinds = ['circular', 'admonitory_talk', 'referral'] as const;
export type ResultKind = (typeof resultKinds)[number];
export const resultKindLabels: Record<ResultKind, string> = { circular: '通报', admonitory_talk: '约谈', referral: '移交问责' };
