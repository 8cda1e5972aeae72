import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { attachmentRepository } from '../../db/attachment-repository.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import { supervisionRepository, type TaskRecord, type TaskReportRecord } from '../../db/supervision-repository.js';
import { updateVersioned } from '../../db/versioned-update.js';
import type { AuditEntry } from '../../domain/audit/audit-event.js';
import type { Viewer } from '../../domain/case.js';
import { DomainError, found, invalid } from '../../domain/errors.js';
import { can } from '../../domain/identity/policies.js';
import { reportCase, type ReportAction, taskCase } from '../../domain/supervision/case.js';
import type { ReportKind } from '../../domain/supervision/types.js';
import { violationOf } from '../../rules/index.js';
import { takeAction } from '../case/take-action.js';
import { viewerOf } from '../case/viewer.js';
import { reportCaseOf, supervisionScopeOf } from './cases.js';
import { acceptTask, loadTask, rollUp, taskCaseNow } from './tasks.js';

/** Attachments of a report are owned under this type (see src/http/attachments/routes.ts). */
export const reportOwnerType = 'task_report';

export type ReportInput = { id: string; version: number; kind: ReportKind; text: string; progress?: number | null; attachmentIds: readonly string[] };

/**
 * The lead unit reports on its task (art. 32, 57): a progress report (0–100) or the final report. The report
 * goes first to the unit's principal head (art. 75), then to the office; until it is decided the unit cannot
 * send another. Attachments must be the reporter's own uploads not yet used elsewhere.
 */
export async function submitReport(ctx: OperationContext, input: ReportInput): Promise<{ id: string; status: string; version: number }> {
  return commitChange(ctx, async (trx, at) => {
    // Another unit's task is not there (404) whatever the report says: the task is found before the report is judged.
    const { viewer, task } = await loadTask(trx, ctx, at, input.id);
    const text = input.text.trim();
    if (!text) invalid('请填写报告内容');
    const progress = input.kind === 'final' ? (input.progress ?? 100) : input.progress;
    if (progress === null || progress === undefined || !Number.isInteger(progress) || progress < 0 || progress > 100) invalid('进展应为0至100的整数');
    if (input.kind === 'final' && progress !== 100) invalid('办结报告的完成进度应为100');
    const c = await taskCaseNow(trx, task);
    const id = randomUUID();
    const taken = await takeAction(trx, ctx, at, { def: taskCase, table: 'tasks', case: c, action: 'report', version: input.version, viewer, changes: { updatedAt: at.toISOString() }, summary: { reportId: id, kind: input.kind, progress } });
    await supervisionRepository.insertReport(trx, {
      id,
      taskId: task.id,
      kind: input.kind,
      text,
      progress,
      status: 'submitted',
      unitId: task.leadUnitId,
      draftedByUserId: ctx.actor.userId ?? '',
      approvedByPersonId: null,
      approvedAt: null,
      reviewedByPersonId: null,
      reviewedAt: null,
      reviewOpinion: null,
      version: 1,
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
    });
    const wanted = [...new Set(input.attachmentIds)];
    if (wanted.length > 0) {
      const claimed = await attachmentRepository.claim(trx, wanted, ctx.actor.userId, reportOwnerType, id);
      if (claimed.length !== wanted.length) invalid('附件须为本人上传、尚未使用的文件');
    }
    return { result: { id, status: 'submitted', version: 1 }, audit: [taken.audit] };
  });
}

async function loadReport(trx: Tx, ctx: OperationContext, at: Date, id: string): Promise<{ viewer: Viewer; report: TaskReportRecord; task: TaskRecord; principalPersonId: string | null }> {
  const viewer = await viewerOf(trx, ctx.actor, at);
  const scope = supervisionScopeOf(viewer);
  const report = found(await supervisionRepository.findReport(trx, id, scope), '督办报告');
  const task = found(await supervisionRepository.findTask(trx, report.taskId, scope), '督办任务');
  const principal = (await orgRepository.principalsOf(trx, [report.unitId], localDateOf(at))).get(report.unitId);
  return { viewer, report, task, principalPersonId: principal?.personId ?? null };
}

/**
 * Art. 75 "主要负责人要亲自抓落实": a head of the lead unit who is not its principal head of the day may not pass
 * a report to the office — said with the article, not as a bare "not allowed".
 */
function refuseUnlessPrincipal(viewer: Viewer, report: TaskReportRecord, principalPersonId: string | null, action: ReportAction): void {
  if (!reportCase.actions[action].from.includes(report.status as never)) return;
  if (!can(viewer.roles, 'supervision.approve') || viewer.unitId !== report.unitId) return;
  if (principalPersonId !== null && viewer.personId === principalPersonId) return;
  const message = principalPersonId === null ? '本单位当日没有在任的主要负责人：进展和办结报告须经单位主要负责人本人审核后报区政府办公室' : '进展和办结报告须经牵头单位主要负责人本人审核后报区政府办公室，其他负责人不能代为审核';
  throw new DomainError('forbidden', message, { violations: [violationOf('supervision.report-by-principal', message)] });
}

/**
 * The lead unit's principal head approves a report in person (art. 75) — their own act, whoever drafted it.
 * A final report so approved puts the task to the office (the task's `submit`: open → reviewing).
 */
export async function approveReport(ctx: OperationContext, input: { id: string; version: number; opinion?: string | null }): Promise<{ status: string; version: number; taskStatus: string }> {
  return commitChange(ctx, async (trx, at) => {
    const { viewer, report, task, principalPersonId } = await loadReport(trx, ctx, at, input.id);
    const c = reportCaseOf(report, principalPersonId);
    // A request on a stale version lost to another: 409 before who may act is judged.
    authorizeVersion(c, input.version);
    refuseUnlessPrincipal(viewer, report, principalPersonId, 'approve');
    const opinion = input.opinion?.trim() || null;
    const taken = await takeAction(trx, ctx, at, { def: reportCase, table: 'taskReports', case: c, action: 'approve', version: input.version, viewer, changes: { approvedByPersonId: viewer.personId, approvedAt: at.toISOString(), updatedAt: at.toISOString() }, opinion, summary: { taskId: task.id, kind: report.kind } });
    const audit: AuditEntry[] = [taken.audit];
    let taskStatus = task.status;
    if (report.kind === 'final') {
      const moved = await takeAction(trx, ctx, at, { def: taskCase, table: 'tasks', case: await taskCaseNow(trx, task), action: 'submit', version: task.version, viewer, changes: { updatedAt: at.toISOString() }, summary: { reportId: report.id } });
      audit.push(moved.audit);
      taskStatus = moved.authorization.to;
    }
    return { result: { status: taken.authorization.to, version: taken.version, taskStatus }, audit };
  });
}

/** The principal head sends the report back to the unit's staff (art. 75), with a reason; the unit may report again. */
export async function declineReport(ctx: OperationContext, input: { id: string; version: number; opinion: string }): Promise<{ status: string; version: number }> {
  const opinion = input.opinion.trim();
  if (!opinion) invalid('请填写退回意见');
  return commitChange(ctx, async (trx, at) => {
    const { viewer, report, principalPersonId } = await loadReport(trx, ctx, at, input.id);
    const c = reportCaseOf(report, principalPersonId);
    authorizeVersion(c, input.version);
    refuseUnlessPrincipal(viewer, report, principalPersonId, 'decline');
    const taken = await takeAction(trx, ctx, at, { def: reportCase, table: 'taskReports', case: c, action: 'decline', version: input.version, viewer, changes: { approvedByPersonId: viewer.personId, approvedAt: at.toISOString(), reviewOpinion: opinion, updatedAt: at.toISOString() }, opinion, summary: { taskId: report.taskId } });
    return { result: { status: taken.authorization.to, version: taken.version }, audit: [taken.audit] };
  });
}

/**
 * The office accepts a report (art. 57): a progress report sets the task's progress and the day it last
 * reported; a final report closes the task done (the task's `accept`: its clock closes, closed as `done`, and a
 * problem or rectification list owes a look-back on the rulebook's interval, art. 77). A parent's roll-up follows.
 */
export async function acceptReport(ctx: OperationContext, input: { id: string; version: number; opinion?: string | null }): Promise<{ status: string; version: number; taskStatus: string }> {
  return commitChange(ctx, async (trx, at) => {
    const { viewer, report, task, principalPersonId } = await loadReport(trx, ctx, at, input.id);
    const c = reportCaseOf(report, principalPersonId);
    const opinion = input.opinion?.trim() || null;
    const now = at.toISOString();
    const taken = await takeAction(trx, ctx, at, { def: reportCase, table: 'taskReports', case: c, action: 'accept', version: input.version, viewer, changes: { reviewedByPersonId: viewer.personId, reviewedAt: now, reviewOpinion: opinion, updatedAt: now }, opinion, summary: { taskId: task.id, kind: report.kind, progress: report.progress } });
    const audit: AuditEntry[] = [taken.audit];
    const reportedOn = localDateOf(new Date(report.createdAt));
    let taskStatus = task.status;
    if (report.kind === 'final') {
      const accepted = await acceptTask(trx, ctx, at, { task, viewer, opinion, changes: { lastReportOn: reportedOn }, summary: { reportId: report.id } });
      audit.push(accepted.audit);
      taskStatus = accepted.status;
    } else {
      await updateVersioned(trx, 'tasks', task.id, task.version, { progress: report.progress, lastReportOn: reportedOn, updatedAt: now }, { what: '督办任务', stateColumn: 'status' });
    }
    if (task.parentId) await rollUp(trx, at, task.parentId);
    return { result: { status: taken.authorization.to, version: taken.version, taskStatus }, audit };
  });
}

/**
 * The office returns a report for more (art. 57, 77), its opinion required; a returned final report sends the
 * task back to the unit (the task's `return`: reviewing → open).
 */
export async function returnReport(ctx: OperationContext, input: { id: string; version: number; opinion: string }): Promise<{ status: string; version: number; taskStatus: string }> {
  const opinion = input.opinion.trim();
  if (!opinion) invalid('请填写退回意见');
  return commitChange(ctx, async (trx, at) => {
    const { viewer, report, task, principalPersonId } = await loadReport(trx, ctx, at, input.id);
    const c = reportCaseOf(report, principalPersonId);
    const now = at.toISOString();
    const taken = await takeAction(trx, ctx, at, { def: reportCase, table: 'taskReports', case: c, action: 'return', version: input.version, viewer, changes: { reviewedByPersonId: viewer.personId, reviewedAt: now, reviewOpinion: opinion, updatedAt: now }, opinion, summary: { taskId: task.id, kind: report.kind } });
    const audit: AuditEntry[] = [taken.audit];
    let taskStatus = task.status;
    if (report.kind === 'final') {
      const moved = await takeAction(trx, ctx, at, { def: taskCase, table: 'tasks', case: await taskCaseNow(trx, task), action: 'return', version: task.version, viewer, changes: { updatedAt: now }, opinion, summary: { reportId: report.id } });
      audit.push(moved.audit);
      taskStatus = moved.authorization.to;
    }
    return { result: { status: taken.authorization.to, version: taken.version, taskStatus }, audit };
  });
}

function authorizeVersion(c: { version: number; status: string }, version: number): void {
  if (c.version !== version) throw new DomainError('conflict', '该督办报告已被他人处理或修改，请刷新后重试', { details: { currentState: c.status, currentVersion: c.version } });
}
