import { type CaseDefinition, ofUnit, personal } from '../case.js';
import {
  type ExtensionStatus,
  extensionStatusLabels,
  type ReportKind,
  type ReportStatus,
  reportStatusLabels,
  type SuggestionStatus,
  suggestionStatusLabels,
  type TaskCategory,
  type TaskStatus,
  taskStatusLabels,
} from './types.js';

/**
 * The supervision area, declared once (work rules art. 32, 40–41, 57, 75–79). Four kinds of case:
 * - the task (督办任务): open → reviewing (the lead unit's final report, approved by its principal head) → done
 *   (the office accepts) or back to open (returned); the office may close it without completion at any time,
 *   counted apart from done. While open the lead unit reports progress and may ask for more time.
 * - the report (进展/办结报告): drafted by the lead unit, approved by the unit's principal head in person before
 *   it reaches the office (art. 75 "主要负责人要亲自抓落实"), then accepted or returned by the office.
 * - the extension (延期): asked by the lead unit, decided by the leader in charge of the task in person (or
 *   whoever stands in for them) — a recorded event, never an edit of the due day.
 * - the suggestion or proposal (建议提案, art. 40): registered from the 人大/政协 list, assigned to a lead unit,
 *   sent back by it within the window when wrongly assigned, answered, its satisfaction recorded.
 * Operations move them with `takeAction`; the routes' `actions`, the 工作台 and the timeline read these.
 */

export type TaskCase = {
  id: string;
  version: number;
  status: TaskStatus;
  category: TaskCategory;
  leadUnitId: string;
  /** A report of the lead unit not yet decided (awaiting its head or the office). */
  hasOpenReport: boolean;
  /** An extension not yet decided. */
  hasOpenExtension: boolean;
  /** A parent with sub-tasks is reported through them; its own progress is their weighted roll-up. */
  hasChildren: boolean;
  /** Some sub-task is still open or in review: the parent cannot be accepted yet. */
  hasOpenChildren: boolean;
  /** Tasks of a suggestion are answered through the suggestion (art. 40), not by reports. */
  isSuggestion: boolean;
};
export type TaskAction = 'report' | 'submit' | 'answer' | 'request_extension' | 'accept' | 'return' | 'close_incomplete' | 'split';

const leadUnit = ofUnit<TaskCase>((c) => [c.leadUnitId]);

export const taskCase: CaseDefinition<TaskStatus, TaskCase, TaskAction> = {
  kind: 'task',
  label: '督办任务',
  states: taskStatusLabels,
  stateOf: (c) => c.status,
  actions: {
    report: { label: '报送进展', from: ['open'], to: 'open', policy: 'supervision.report', relation: leadUnit, when: (c) => !c.hasOpenReport && !c.hasChildren && !c.isSuggestion, articles: [32, 57], act: 'supervision.task.report' },
    // The final report, once the unit's principal head approves it (the report's `approve`), puts the task to the office.
    submit: { label: '报请验收', from: ['open'], to: 'reviewing', policy: 'supervision.approve', relation: leadUnit, when: (c) => !c.isSuggestion, articles: [75], act: 'supervision.task.submit', isWork: false },
    // A suggestion's task is answered through the suggestion (art. 40); the answer puts it to the office.
    answer: { label: '答复办结', from: ['open'], to: 'reviewing', policy: 'supervision.report', relation: leadUnit, when: (c) => c.isSuggestion, articles: [40], act: 'supervision.task.answer', isWork: false },
    request_extension: { label: '申请延期', from: ['open'], to: 'open', policy: 'supervision.report', relation: leadUnit, when: (c) => !c.hasOpenExtension, articles: [32], act: 'supervision.task.request_extension', isWork: false },
    // A task in review, or a parent whose sub-tasks are all closed (it is reported through them), is accepted by the office.
    accept: { label: '验收办结', from: ['reviewing', 'open'], to: 'done', policy: 'supervision.office', when: (c) => c.status === 'reviewing' || (c.hasChildren && !c.hasOpenChildren), articles: [57, 77], act: 'supervision.task.accept' },
    return: { label: '退回重办', from: ['reviewing'], to: 'open', policy: 'supervision.office', articles: [77], act: 'supervision.task.return', isWork: false },
    close_incomplete: { label: '未完成销号', from: ['open', 'reviewing'], to: 'closed_incomplete', policy: 'supervision.office', articles: [79], act: 'supervision.task.close_incomplete', isWork: false },
    split: { label: '分解子任务', from: ['open'], to: 'open', policy: 'supervision.office', when: (c) => c.category !== 'look_back', articles: [76], act: 'supervision.task.split', isWork: false },
  },
};

export type ReportCase = { id: string; version: number; status: ReportStatus; kind: ReportKind; unitId: string; principalPersonId: string | null };
export type ReportAction = 'approve' | 'decline' | 'accept' | 'return';

/** The lead unit's principal head of the day, in person or whoever stands in for them. */
const principal = personal<ReportCase>((c) => c.principalPersonId);

export const reportCase: CaseDefinition<ReportStatus, ReportCase, ReportAction> = {
  kind: 'task_report',
  label: '督办报告',
  states: reportStatusLabels,
  stateOf: (c) => c.status,
  actions: {
    approve: { label: '主要负责人审核同意', from: ['submitted'], to: 'approved', policy: 'supervision.approve', relation: principal, articles: [75], act: 'supervision.report.approve' },
    decline: { label: '主要负责人退回', from: ['submitted'], to: 'declined', policy: 'supervision.approve', relation: principal, articles: [75], act: 'supervision.report.decline', isWork: false },
    accept: { label: '审核通过', from: ['approved'], to: 'accepted', policy: 'supervision.office', articles: [57], act: 'supervision.report.accept' },
    return: { label: '退回补报', from: ['approved'], to: 'returned', policy: 'supervision.office', articles: [57, 77], act: 'supervision.report.return', isWork: false },
  },
};

export type ExtensionCase = { id: string; version: number; status: ExtensionStatus; approverPersonId: string | null };
export type ExtensionAction = 'approve' | 'refuse';

const approver = personal<ExtensionCase>((c) => c.approverPersonId);

export const extensionCase: CaseDefinition<ExtensionStatus, ExtensionCase, ExtensionAction> = {
  kind: 'task_extension',
  label: '延期申请',
  states: extensionStatusLabels,
  stateOf: (c) => c.status,
  actions: {
    approve: { label: '批准延期', from: ['requested'], to: 'approved', policy: 'supervision.lead', relation: approver, articles: [32, 40], rules: ['supervision.suggestion-extension-limit'], act: 'supervision.extension.approve' },
    refuse: { label: '不予延期', from: ['requested'], to: 'refused', policy: 'supervision.lead', relation: approver, articles: [32], act: 'supervision.extension.refuse', isWork: false },
  },
};

/** `round` is 1 for the first answer, 2 for the answer again after the proposer was dissatisfied. */
export type SuggestionCase = { id: string; version: number; status: SuggestionStatus; leadUnitId: string | null; round: number };
export type SuggestionAction = 'assign' | 'send_back' | 'answer' | 'record_satisfaction' | 'reanswer';

const suggestionUnit = ofUnit<SuggestionCase>((c) => [c.leadUnitId]);

export const suggestionCase: CaseDefinition<SuggestionStatus, SuggestionCase, SuggestionAction> = {
  kind: 'supervision_suggestion',
  label: '建议提案',
  states: suggestionStatusLabels,
  stateOf: (c) => c.status,
  actions: {
    assign: { label: '交办', from: ['registered', 'sent_back'], to: 'assigned', policy: 'supervision.office', articles: [40], act: 'supervision.suggestion.assign' },
    send_back: { label: '申请退回', from: ['assigned'], to: 'sent_back', policy: 'supervision.report', relation: suggestionUnit, articles: [40], rules: ['supervision.suggestion-send-back-window'], act: 'supervision.suggestion.send_back', isWork: false },
    answer: { label: '答复代表委员', from: ['assigned'], to: 'answered', policy: 'supervision.report', relation: suggestionUnit, articles: [40], act: 'supervision.suggestion.answer' },
    record_satisfaction: { label: '登记满意度', from: ['answered'], to: 'closed', policy: 'supervision.office', articles: [40], act: 'supervision.suggestion.record_satisfaction' },
    // A proposer dissatisfied with the first answer gets a second one (once); the second closes it whatever they say.
    reanswer: { label: '不满意重新办理', from: ['answered'], to: 'assigned', policy: 'supervision.office', when: (c) => c.round === 1, articles: [40], rules: ['supervision.suggestion-reanswer'], act: 'supervision.suggestion.reanswer', isWork: false },
  },
};
