import type { ReportKind, TaskCategory, TaskSource, TaskStatus } from '../../api/supervision';

// The server labels every task, report and extension it sends (`statusLabel`, `source.label`); these are the
// choices of the filter and opening forms, in the words of src/domain/supervision/types.ts.

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

export const taskSources = Object.keys(taskSourceLabels) as TaskSource[];

/** Sources opened by their own acts (signed minutes, 交办 of a suggestion, the look-back pass), not by the office's form. */
const ownActSources: readonly TaskSource[] = ['meeting_decision', 'deputy_suggestion', 'cppcc_proposal', 'look_back'];
export const manualTaskSources = taskSources.filter((source) => !ownActSources.includes(source));

/** Outside sources name the report or document they come from (`sourceRef`, art. 41, 78). */
export const outsideSources: readonly TaskSource[] = ['audit_finding', 'supervisory_recommendation', 'judicial_recommendation', 'procuratorial_recommendation', 'complaint', 'petition', 'media', 'third_party_evaluation', 'spot_check'];

export const taskStatusLabels: Record<TaskStatus, string> = { open: '办理中', reviewing: '待验收', done: '已办结', closed_incomplete: '未完成销号' };
export const taskStatusColors: Record<TaskStatus, string> = { open: 'processing', reviewing: 'gold', done: 'success', closed_incomplete: 'default' };
export const taskStatuses = Object.keys(taskStatusLabels) as TaskStatus[];

export const taskCategoryLabels: Record<TaskCategory, string> = { task: '督办任务', rectification: '整改清单', problem: '整改问题', look_back: '回头看' };

export const reportKindLabels: Record<ReportKind, string> = { progress: '进展报告', final: '办结报告' };

export const reportStatusColors: Record<string, string> = { submitted: 'processing', approved: 'gold', declined: 'red', accepted: 'success', returned: 'red' };
export const extensionStatusColors: Record<string, string> = { requested: 'processing', approved: 'success', refused: 'red' };
