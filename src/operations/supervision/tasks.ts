import { chineseDate } from '../../calendar/index.js';
import { localDateOf } from '../../clock.js';
import { calendarRepository } from '../../db/calendar-repository.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { documentsRepository } from '../../db/documents-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { supervisionRepository, type TaskRecord } from '../../db/supervision-repository.js';
import { updateVersioned } from '../../db/versioned-update.js';
import type { AuditEntry } from '../../domain/audit/audit-event.js';
import { authorize, type Viewer } from '../../domain/case.js';
import { DomainError, found, invalid } from '../../domain/errors.js';
import { can } from '../../domain/identity/policies.js';
import { taskCase } from '../../domain/supervision/case.js';
import { manualTaskSources, type TaskCategory, type TaskSource } from '../../domain/supervision/types.js';
import { parameter } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { takeAction } from '../case/take-action.js';
import { viewerOf } from '../case/viewer.js';
import { supervisionScopeOf, taskCaseOf, taskFlagsOf } from './cases.js';
import { supervisionClocks } from './clocks.js';
import { openTask } from './open-task.js';
import { planOfYear } from './plans.js';

/** Outside sources (art. 41, 78): named in words — the report's name, the recommendation's document number. */
export const outsideTaskSources: readonly TaskSource[] = ['audit_finding', 'supervisory_recommendation', 'judicial_recommendation', 'procuratorial_recommendation', 'complaint', 'petition', 'media', 'third_party_evaluation'];

/** The categories the office opens by hand; a look-back (回头看) is opened by its own pass (art. 77). */
export const manualTaskCategories = ['task', 'rectification', 'problem'] as const satisfies readonly TaskCategory[];

export type ManualTaskInput = {
  sourceType: TaskSource;
  sourceId?: string | null;
  sourceRef?: string | null;
  title: string;
  description?: string | null;
  category?: (typeof manualTaskCategories)[number];
  leadUnitId: string;
  coUnitIds: readonly string[];
  leaderPersonId?: string | null;
  focusArea?: string | null;
  dueOn: LocalDate;
  reportEveryWorkingDays?: number | null;
};

/** A viewer inside the transaction, with the task as the viewer's scope has it (404 outside it). */
export async function loadTask(trx: Tx, ctx: OperationContext, at: Date, id: string): Promise<{ viewer: Viewer; task: TaskRecord }> {
  const viewer = await viewerOf(trx, ctx.actor, at);
  const task = found(await supervisionRepository.findTask(trx, id, supervisionScopeOf(viewer)), '督办任务');
  return { viewer, task };
}

/** The task's case as the declaration reads it, with its flags read in the same transaction. */
export async function taskCaseNow(trx: Tx, task: TaskRecord) {
  return taskCaseOf(task, await taskFlagsOf(trx, [task]));
}

/** The leaders who may be put in charge of a task: the 区长 and the deputies of the day (art. 32). */
async function assertLeader(trx: Tx, personId: string, day: LocalDate): Promise<void> {
  const leaders = await orgRepository.leaders(trx, day, ['head', 'executive_deputy', 'deputy']);
  if (!leaders.some((l) => l.personId === personId)) invalid('分管领导应为区长或副区长');
}

/**
 * What the source of a hand-opened task must name (art. 75, 76, 41, 78): a leader's 批示 is on an incoming
 * document of ours; the annual plan's task names one of art. 76's focus areas; an outside source is named in
 * words. Returns what the task stores and, for a 批示件, the lead unit's principal head who owns it (art. 75).
 */
async function sourceOf(trx: Tx, viewer: Viewer, input: ManualTaskInput, today: LocalDate): Promise<{ sourceId: string; sourceRef: string | null; focusArea: string | null; ownerPersonId: string | null }> {
  if (!manualTaskSources.includes(input.sourceType)) invalid('该来源的任务由其本身的办理程序生成（会议纪要签发、建议提案交办、回头看），不能手工登记');
  const sourceRef = input.sourceRef?.trim() || null;
  const sourceId = input.sourceId?.trim() || '';
  if (input.sourceType === 'leader_instruction') {
    if (!sourceId) invalid('领导批示件须选择所批示的收文');
    const doc = found(await documentsRepository.findVisible(trx, { roles: viewer.roles, unitId: viewer.unitId }, sourceId), '收文');
    const principal = (await orgRepository.principalsOf(trx, [input.leadUnitId], today)).get(input.leadUnitId);
    if (!principal) invalid('牵头单位当日没有在任的主要负责人：领导批示件由牵头单位主要负责人亲自抓落实（第七十五条），请先维护该单位的主要负责人');
    return { sourceId: doc.id, sourceRef: sourceRef ?? doc.title, focusArea: input.focusArea ?? null, ownerPersonId: principal.personId };
  }
  if (input.sourceType === 'annual_plan') {
    const areas = parameter('supervision.focusAreas', today).map((a) => a.category);
    if (!input.focusArea || !areas.includes(input.focusArea)) invalid(`年度督查计划的任务须注明第七十六条所列督查重点之一：${areas.join('；')}`);
    // The task belongs to the plan of the year it is registered in, when the office has recorded one.
    const plan = await planOfYear(trx, Number(today.slice(0, 4)));
    return { sourceId: plan?.id ?? '', sourceRef: sourceRef ?? plan?.title ?? null, focusArea: input.focusArea, ownerPersonId: null };
  }
  if (input.focusArea) {
    const areas = parameter('supervision.focusAreas', today).map((a) => a.category);
    if (!areas.includes(input.focusArea)) invalid('督查重点应为第七十六条所列之一');
  }
  if (outsideTaskSources.includes(input.sourceType) && !sourceRef) invalid('审计、监察、司法、检察建议和投诉、信访、媒体、第三方评估等来源须注明报告名称或文号');
  if (input.sourceType === 'spot_check' && sourceId) found(await trx.selectFrom('spotChecks').select('id').where('id', '=', sourceId).executeTakeFirst(), '随机抽查');
  if (input.sourceType === 'spot_check' && !sourceId && !sourceRef) invalid('随机抽查发现的问题须注明所属抽查');
  return { sourceId: input.sourceType === 'spot_check' ? sourceId : '', sourceRef, focusArea: input.focusArea ?? null, ownerPersonId: null };
}

function checkReportInterval(n: number | null | undefined): void {
  if (n !== null && n !== undefined && (!Number.isInteger(n) || n < 1 || n > 60)) invalid('定期报送间隔应为1至60个工作日');
}

/**
 * The office opens a task by hand from a source (art. 75, 76, 41, 78) — through `openTask`, the one way a task
 * comes into being: numbered 督〔2026〕N号, its leader in charge, its clock on the deadlines table.
 */
export async function openManualTask(ctx: OperationContext, input: ManualTaskInput): Promise<{ id: string; number: string; dueOn: string }> {
  checkReportInterval(input.reportEveryWorkingDays);
  return commitChange(ctx, async (trx, at) => {
    const viewer = await viewerOf(trx, ctx.actor, at);
    authorizeOffice(viewer);
    const today = localDateOf(at);
    const source = await sourceOf(trx, viewer, input, today);
    if (input.leaderPersonId) await assertLeader(trx, input.leaderPersonId, today);
    const opened = await openTask(trx, at, {
      sourceType: input.sourceType,
      sourceId: source.sourceId,
      sourceRef: source.sourceRef,
      title: input.title,
      description: input.description ?? null,
      category: input.category ?? 'task',
      leadUnitId: input.leadUnitId,
      coUnitIds: input.coUnitIds,
      ...(input.leaderPersonId ? { leaderPersonId: input.leaderPersonId } : {}),
      focusArea: source.focusArea,
      due: { kind: 'date', dueOn: input.dueOn },
      reportEveryWorkingDays: input.reportEveryWorkingDays ?? null,
      createdByUserId: ctx.actor.userId,
    });
    const audit: AuditEntry = { ...opened.audit, summary: { ...opened.audit.summary, ...(source.ownerPersonId ? { ownerPersonId: source.ownerPersonId } : {}), focusArea: source.focusArea } };
    return { result: { id: opened.id, number: opened.number, dueOn: opened.dueOn }, audit: [audit] };
  });
}

/** Opening tasks is the office's (supervision.office): the route checks the role; this keeps the operation honest when called elsewhere. */
function authorizeOffice(viewer: Viewer): void {
  if (!can(viewer.roles, 'supervision.office')) throw new DomainError('forbidden', '督办任务由区政府办公室登记');
}

export type SubtaskInput = { title: string; description?: string | null; leadUnitId: string; coUnitIds: readonly string[]; weight: number; dueOn: LocalDate };

/**
 * The office splits a task into sub-tasks (art. 76 "细化分解"), each a task of its own opened by `openTask` with
 * its weight, due no later than its parent. From then on the parent is reported through its sub-tasks and its
 * progress is their weighted roll-up. A rectification list's sub-tasks are its problems (art. 77).
 */
export async function splitTask(ctx: OperationContext, input: { id: string; version: number; items: readonly SubtaskInput[] }): Promise<{ ids: string[]; numbers: string[]; version: number }> {
  if (input.items.length === 0) invalid('请至少分解出一项子任务');
  for (const item of input.items) if (!Number.isInteger(item.weight) || item.weight < 1 || item.weight > 100) invalid('子任务权重应为1至100的整数');
  return commitChange(ctx, async (trx, at) => {
    const { viewer, task } = await loadTask(trx, ctx, at, input.id);
    const c = await taskCaseNow(trx, task);
    authorize(taskCase, 'split', c, viewer, input.version);
    for (const item of input.items) if (item.dueOn > task.dueOn) invalid(`子任务的完成时限不能晚于所属任务的完成时限（${chineseDate(task.dueOn)}）`);
    const taken = await takeAction(trx, ctx, at, { def: taskCase, table: 'tasks', case: c, action: 'split', version: input.version, viewer, changes: { updatedAt: at.toISOString() }, summary: { children: input.items.length } });
    const ids: string[] = [];
    const numbers: string[] = [];
    const audit: AuditEntry[] = [taken.audit];
    for (const item of input.items) {
      const child = await openTask(trx, at, {
        sourceType: task.sourceType as TaskSource,
        sourceId: task.sourceId,
        sourceRef: task.sourceRef,
        title: item.title,
        description: item.description ?? null,
        category: task.category === 'rectification' ? 'problem' : (task.category as TaskCategory),
        parentId: task.id,
        weight: item.weight,
        leadUnitId: item.leadUnitId,
        coUnitIds: item.coUnitIds,
        leaderPersonId: task.leaderPersonId,
        focusArea: task.focusArea,
        due: { kind: 'date', dueOn: item.dueOn },
        reportEveryWorkingDays: task.reportEveryWorkingDays,
        createdByUserId: ctx.actor.userId,
      });
      ids.push(child.id);
      numbers.push(child.number);
      audit.push(child.audit);
    }
    const version = await rollUp(trx, at, task.id, taken.version);
    return { result: { ids, numbers, version }, audit };
  });
}

/**
 * A parent's progress is the weighted roll-up of its sub-tasks' (round(Σ weight × progress / Σ weight)),
 * recomputed up the tree whenever a sub-task's progress changes. Returns the parent's new version.
 */
export async function rollUp(trx: Tx, at: Date, parentId: string, knownVersion?: number): Promise<number> {
  const children = await trx.selectFrom('tasks').select(['weight', 'progress']).where('parentId', '=', parentId).execute();
  const parent = await trx.selectFrom('tasks').select(['id', 'version', 'progress', 'parentId']).where('id', '=', parentId).executeTakeFirstOrThrow();
  const total = children.reduce((s, c) => s + c.weight, 0);
  const progress = total === 0 ? parent.progress : Math.round(children.reduce((s, c) => s + c.weight * c.progress, 0) / total);
  const { version } = await updateVersioned(trx, 'tasks', parent.id, knownVersion ?? parent.version, { progress, updatedAt: at.toISOString() }, { what: '督办任务', stateColumn: 'status' });
  if (parent.parentId) await rollUp(trx, at, parent.parentId);
  return version;
}

/**
 * The office closes a task without completion (art. 79 "未完成销号"): the reason is required, its clock closes,
 * and the ledger counts it apart from the tasks done.
 */
export async function closeIncomplete(ctx: OperationContext, input: { id: string; version: number; reason: string }): Promise<{ status: string; version: number }> {
  const reason = input.reason.trim();
  if (!reason) invalid('请填写未完成销号的理由');
  return commitChange(ctx, async (trx, at) => {
    const { viewer, task } = await loadTask(trx, ctx, at, input.id);
    const c = await taskCaseNow(trx, task);
    const taken = await takeAction(trx, ctx, at, {
      def: taskCase,
      table: 'tasks',
      case: c,
      action: 'close_incomplete',
      version: input.version,
      viewer,
      changes: { closedAs: 'closed_incomplete', closedReason: reason, closedAt: at.toISOString(), updatedAt: at.toISOString() },
      opinion: reason,
    });
    if (task.deadlineId) await calendarRepository.closeDeadline(trx, task.deadlineId, at.toISOString());
    return { result: { status: taken.authorization.to, version: taken.version }, audit: [taken.audit] };
  });
}

/**
 * The day a problem or rectification list closed done is looked back on (art. 77 "回头看"): the closing day plus
 * the rulebook's `supervision.lookBackMonths`, on the calendar. Null for other categories.
 */
export async function lookBackOnFor(trx: Tx, category: string, closedOn: LocalDate): Promise<LocalDate | null> {
  if (category !== 'problem' && category !== 'rectification') return null;
  const calendar = await loadCalendar(trx);
  return calendar.addMonths(closedOn, parameter('supervision.lookBackMonths', closedOn), supervisionClocks.lookBack).due;
}

/**
 * Closes a task done — the task's `accept`, the one way a task is done whatever led to it (its final report
 * accepted, a suggestion's answer found satisfactory, a parent whose sub-tasks are all closed): progress 100,
 * closed as `done`, its clock closed, and a problem or rectification list owes its look-back (art. 77). The
 * caller's parent roll-up follows.
 */
export async function acceptTask(
  trx: Tx,
  ctx: OperationContext,
  at: Date,
  input: { task: TaskRecord; viewer: Viewer; opinion: string | null; changes?: Record<string, unknown>; summary?: Record<string, unknown> },
): Promise<{ audit: AuditEntry; status: string; version: number }> {
  const { task } = input;
  const now = at.toISOString();
  const lookBackOn = await lookBackOnFor(trx, task.category, localDateOf(at));
  const moved = await takeAction(trx, ctx, at, {
    def: taskCase,
    table: 'tasks',
    case: await taskCaseNow(trx, task),
    action: 'accept',
    version: task.version,
    viewer: input.viewer,
    changes: { progress: 100, closedAs: 'done', closedAt: now, lookBackOn, updatedAt: now, ...input.changes },
    opinion: input.opinion,
    summary: { ...input.summary, ...(lookBackOn ? { lookBackOn } : {}) },
  });
  if (task.deadlineId) await calendarRepository.closeDeadline(trx, task.deadlineId, now);
  return { audit: moved.audit, status: moved.authorization.to, version: moved.version };
}

/** The office accepts a parent task whose sub-tasks are all closed (art. 57, 76): it is reported through them. */
export async function acceptParentTask(ctx: OperationContext, input: { id: string; version: number; opinion?: string | null }): Promise<{ status: string; version: number }> {
  return commitChange(ctx, async (trx, at) => {
    const { viewer, task } = await loadTask(trx, ctx, at, input.id);
    const c = await taskCaseNow(trx, task);
    if (c.version === input.version && c.status === 'open') {
      if (!c.hasChildren) invalid('该任务未分解子任务，请审核其办结报告');
      if (c.hasOpenChildren) throw new DomainError('conflict', '该任务的子任务尚未全部办结或销号，不能整体验收', { details: { currentState: c.status, currentVersion: c.version } });
    }
    authorize(taskCase, 'accept', c, viewer, input.version);
    const accepted = await acceptTask(trx, ctx, at, { task, viewer, opinion: input.opinion?.trim() || null, summary: { children: true } });
    if (task.parentId) await rollUp(trx, at, task.parentId);
    return { result: { status: accepted.status, version: accepted.version }, audit: [accepted.audit] };
  });
}
