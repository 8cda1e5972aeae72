import { randomUUID } from 'node:crypto';
import { chineseDate, type Deadline } from '../../calendar/index.js';
import { localDateOf } from '../../clock.js';
import { calendarRepository } from '../../db/calendar-repository.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { supervisionRepository, type TaskRecord } from '../../db/supervision-repository.js';
import { updateVersioned } from '../../db/versioned-update.js';
import { found, invalid } from '../../domain/errors.js';
import { daysBetween } from '../../domain/leave/types.js';
import { extensionCase, taskCase } from '../../domain/supervision/case.js';
import { defaultRulebookSet, findParam, jurisdiction, refuseBy } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { computeDeadline } from '../calendar/track-deadline.js';
import { takeAction } from '../case/take-action.js';
import { viewerOf } from '../case/viewer.js';
import { meetingsOrgOn } from '../meetings/cases.js';
import { extensionCaseOf, supervisionScopeOf } from './cases.js';
import { loadTask, taskCaseNow } from './tasks.js';

/**
 * Art. 40: a suggestion's or proposal's task may be extended, with approval, up to the rulebook's
 * `supervision.suggestionMaxMonths` from its assignment — no further. The refusal names the limit and, where
 * the parameter's source is not yet confirmed, says so.
 */
async function checkSuggestionLimit(trx: Tx, task: TaskRecord, requestedDueOn: LocalDate, today: LocalDate): Promise<void> {
  const suggestion = await trx.selectFrom('supervisionSuggestions').select(['assignedOn']).where('taskId', '=', task.id).executeTakeFirst();
  if (!suggestion?.assignedOn) return;
  const limit = findParam(defaultRulebookSet, jurisdiction(), 'supervision.suggestionMaxMonths', today);
  if (!limit) return;
  const calendar = await loadCalendar(trx);
  const latest = calendar.addMonths(suggestion.assignedOn, limit.value).due;
  if (requestedDueOn <= latest) return;
  const unconfirmed = limit.basis && !limit.basis.isConfirmed ? `（该期限的依据尚待核实：${limit.basis.source}）` : '';
  refuseBy('supervision.suggestion-extension-limit', `建议提案经批准延期的，自交办之日（${chineseDate(suggestion.assignedOn)}）起最长不超过${limit.value}个月，即不晚于${chineseDate(latest)}；申请延期至${chineseDate(requestedDueOn)}超出该期限${unconfirmed}`);
}

/**
 * The lead unit asks for more time (art. 32): a new date later than the current one and a reason. The request
 * is an event of its own, decided by the task's leader in charge (the 区长 when none is named) — never an
 * edit of the due day.
 */
export async function requestExtension(ctx: OperationContext, input: { id: string; version: number; dueOn: LocalDate; reason: string }): Promise<{ id: string; approverPersonId: string; version: number }> {
  const reason = input.reason.trim();
  if (!reason) invalid('请填写延期理由');
  return commitChange(ctx, async (trx, at) => {
    const { viewer, task } = await loadTask(trx, ctx, at, input.id);
    const c = await taskCaseNow(trx, task);
    const today = localDateOf(at);
    const approverPersonId = task.leaderPersonId ?? (await meetingsOrgOn(trx, today)).headPersonId;
    if (taskCase.actions.request_extension.from.includes(c.status) && c.version === input.version) {
      if (input.dueOn <= task.dueOn) invalid(`延期后的完成时限应晚于现在的完成时限（${chineseDate(task.dueOn)}）`);
      if (!approverPersonId) invalid('该任务没有分管领导，当日也没有在任的区长，无法报批延期');
      await checkSuggestionLimit(trx, task, input.dueOn, today);
    }
    const id = randomUUID();
    const taken = await takeAction(trx, ctx, at, { def: taskCase, table: 'tasks', case: c, action: 'request_extension', version: input.version, viewer, changes: { updatedAt: at.toISOString() }, opinion: reason, summary: { extensionId: id, previousDueOn: task.dueOn, requestedDueOn: input.dueOn, approverPersonId } });
    await supervisionRepository.insertExtension(trx, {
      id,
      taskId: task.id,
      reason,
      requestedDueOn: input.dueOn,
      previousDueOn: task.dueOn,
      status: 'requested',
      requestedByUserId: ctx.actor.userId ?? '',
      approverPersonId,
      decidedByPersonId: null,
      decidedAt: null,
      opinion: null,
      version: 1,
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
    });
    return { result: { id, approverPersonId: approverPersonId ?? '', version: taken.version }, audit: [taken.audit] };
  });
}

async function loadExtension(trx: Tx, ctx: OperationContext, at: Date, id: string) {
  const viewer = await viewerOf(trx, ctx.actor, at);
  const scope = supervisionScopeOf(viewer);
  const extension = found(await supervisionRepository.findExtension(trx, id, scope), '延期申请');
  const task = found(await supervisionRepository.findTask(trx, extension.taskId, scope), '督办任务');
  return { viewer, extension, task };
}

/**
 * The approver (the leader in charge, in person or whoever stands in for them) approves the extension (art. 32;
 * art. 40's limit for suggestions and proposals): the task's due day and its clock on the deadlines table move,
 * the clock's explanation saying who approved the extension to when; the extension row is the recorded event.
 */
export async function approveExtension(ctx: OperationContext, input: { id: string; version: number; opinion?: string | null }): Promise<{ status: string; version: number; dueOn: string }> {
  return commitChange(ctx, async (trx, at) => {
    const { viewer, extension, task } = await loadExtension(trx, ctx, at, input.id);
    const c = extensionCaseOf(extension);
    const today = localDateOf(at);
    const opinion = input.opinion?.trim() || null;
    if (c.version === input.version && c.status === 'requested') await checkSuggestionLimit(trx, task, extension.requestedDueOn, today);
    const now = at.toISOString();
    const taken = await takeAction(trx, ctx, at, {
      def: extensionCase,
      table: 'taskExtensions',
      case: c,
      action: 'approve',
      version: input.version,
      viewer,
      changes: { decidedByPersonId: viewer.personId, decidedAt: now, opinion, updatedAt: now },
      opinion,
      summary: { taskId: task.id, previousDueOn: task.dueOn, dueOn: extension.requestedDueOn },
    });
    if (task.status !== 'open' && task.status !== 'reviewing') invalid('任务已办结或销号，不能延期');
    await updateVersioned(trx, 'tasks', task.id, task.version, { dueOn: extension.requestedDueOn, updatedAt: now }, { what: '督办任务', stateColumn: 'status' });
    if (task.deadlineId) {
      const row = found(await calendarRepository.findDeadline(trx, task.deadlineId), '期限');
      const previous = JSON.parse(row.detail) as Deadline;
      const calendar = await loadCalendar(trx);
      const base = computeDeadline(calendar, 'calendar_days', row.start, Math.max(daysBetween(row.start, extension.requestedDueOn), 0), previous.cites);
      const approver = taken.authorization.actingFor ? `${ctx.actor.name}（代${taken.authorization.actingFor.name}）` : ctx.actor.name;
      const explanation = `原完成时限${chineseDate(extension.previousDueOn)}，经${approver}于${chineseDate(today)}批准延期至${chineseDate(extension.requestedDueOn)}。${base.explanation}`;
      await calendarRepository.updateDeadline(trx, row.id, { due: base.due, isProvisional: base.provisional ? 1 : 0, detail: JSON.stringify({ ...base, explanation }), updatedAt: now });
    }
    return { result: { status: taken.authorization.to, version: taken.version, dueOn: extension.requestedDueOn }, audit: [taken.audit] };
  });
}

/** The approver refuses the extension (art. 32); the due day stays. */
export async function refuseExtension(ctx: OperationContext, input: { id: string; version: number; opinion?: string | null }): Promise<{ status: string; version: number }> {
  return commitChange(ctx, async (trx, at) => {
    const { viewer, extension, task } = await loadExtension(trx, ctx, at, input.id);
    const opinion = input.opinion?.trim() || null;
    const now = at.toISOString();
    const taken = await takeAction(trx, ctx, at, { def: extensionCase, table: 'taskExtensions', case: extensionCaseOf(extension), action: 'refuse', version: input.version, viewer, changes: { decidedByPersonId: viewer.personId, decidedAt: now, opinion, updatedAt: now }, opinion, summary: { taskId: task.id, requestedDueOn: extension.requestedDueOn } });
    return { result: { status: taken.authorization.to, version: taken.version }, audit: [taken.audit] };
  });
}
