import { randomUUID } from 'node:crypto';
import { supervisionClocks } from './clocks.js';
import ExcelJS from 'exceljs';
import { chineseDate, type DeadlineBasis, type DeadlineCites } from '../../calendar/index.js';
import { type Clock, localDateOf } from '../../clock.js';
import { attachmentRepository } from '../../db/attachment-repository.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { DatabaseHandle, Db, Tx } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import { suggestionsRepository, type SuggestionRecord } from '../../db/suggestions-repository.js';
import { type SupervisionScope, supervisionRepository, type TaskRecord, type TaskWithClock } from '../../db/supervision-repository.js';
import { timelineRepository } from '../../db/timeline-repository.js';
import { nextInSequence, updateVersioned } from '../../db/versioned-update.js';
import type { Actor, AuditEntry } from '../../domain/audit/audit-event.js';
import { authorize, type Viewer } from '../../domain/case.js';
import { DomainError, found, invalid, notFound } from '../../domain/errors.js';
import { can } from '../../domain/identity/policies.js';
import { suggestionCase, taskCase } from '../../domain/supervision/case.js';
import { type Satisfaction, satisfactionLabels, type SuggestionKind, suggestionKindLabels, type TaskSource } from '../../domain/supervision/types.js';
import { defaultRulebookSet, findParam, jurisdiction, parameter, refuseBy } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { restartDeadline } from '../calendar/track-deadline.js';
import { takeAction } from '../case/take-action.js';
import { viewerOf } from '../case/viewer.js';
import { meetingsOrgOn } from '../meetings/cases.js';
import { suggestionCaseOf, supervisionScopeOf } from './cases.js';
import { openTask } from './open-task.js';
import { queueForPublication } from '../disclosure/publications.js';
import { acceptTask, outsideTaskSources, taskCaseNow } from './tasks.js';

/**
 * Deputies' suggestions and CPPCC proposals (建议提案, work rules art. 40), rectification lists and their
 * look-back (整改清单、回头看, art. 77).
 *
 * A suggestion is registered from the 人大/政协 list, assigned (交办) to a lead unit — which opens its task with a
 * clock of `supervision.suggestionAnswerMonths` months from the day of assignment —, sent back by the unit within
 * `supervision.suggestionSendBackDays` days when it is not its remit, answered (the task goes to the office),
 * and the proposer's satisfaction recorded: satisfied closes both; dissatisfied the first time sends it back for
 * a second answer within `supervision.suggestionReanswerMonths` months; the second answer closes it whatever
 * they say.
 */

/** Attachments of an answer are owned under this type (see src/http/attachments/routes.ts). */
export const suggestionOwnerType = 'supervision_suggestion';

const sourceTypeOf = (kind: string): TaskSource => (kind === 'cppcc' ? 'cppcc_proposal' : 'deputy_suggestion');
const kindLabel = (kind: string) => suggestionKindLabels[kind as SuggestionKind] ?? kind;


function authorizeOffice(viewer: Viewer, what: string): void {
  if (!can(viewer.roles, 'supervision.office')) throw new DomainError('forbidden', `${what}由区政府办公室办理`);
}

/** A parameter's value and, where its source is not yet confirmed, the words that say so. */
function withBasis(key: 'supervision.suggestionSendBackDays', day: LocalDate): { value: number; unconfirmed: string } {
  const p = findParam(defaultRulebookSet, jurisdiction(), key, day);
  const value = p?.value ?? parameter(key, day);
  const unconfirmed = p?.basis && !p.basis.isConfirmed ? `（该期限的依据尚待核实：${p.basis.source}）` : '';
  return { value, unconfirmed };
}

// ——— registration ———

/** One row of the 人大/政协 list: 编号, 标题, 领衔人/提案人, 内容摘要. `row` is the row of the spreadsheet, when it came from one. */
export type SuggestionRow = { code: string; title: string; proposers: readonly string[]; summary?: string | null; row?: number };

export type RegisterInput = { kind: SuggestionKind; session: string; items: readonly SuggestionRow[] };

export type RowError = { row: number; field: 'code' | 'title' | 'proposers' | 'summary'; message: string };

const MAX_ROWS = 1000;

/**
 * The office registers a list of suggestions or proposals of one kind and session (art. 40), all or nothing:
 * every row is checked first and every error named by its row and field, in Chinese; a code already registered
 * for the kind and session (or twice on the list) is refused. Each row is audited.
 */
export async function registerSuggestions(ctx: OperationContext, input: RegisterInput): Promise<{ batchId: string; ids: string[]; count: number }> {
  const session = input.session.trim();
  if (!session) invalid('请填写届次（如：区十九届人大三次会议）');
  if (session.length > 100) invalid('届次不超过100字');
  if (input.items.length === 0) invalid('名单中没有建议提案');
  if (input.items.length > MAX_ROWS) invalid(`一次最多登记${MAX_ROWS}件`);
  const rows = input.items.map((item, i) => ({
    row: item.row ?? i + 1,
    code: item.code.trim(),
    title: item.title.trim(),
    proposers: item.proposers.map((p) => p.trim()).filter((p) => p.length > 0),
    summary: item.summary?.trim() || null,
  }));
  return commitChange(ctx, async (trx, at) => {
    const viewer = await viewerOf(trx, ctx.actor, at);
    authorizeOffice(viewer, '建议提案登记');
    const errors: RowError[] = [];
    const seen = new Map<string, number>();
    const taken = await suggestionsRepository.takenCodes(trx, input.kind, session, rows.map((r) => r.code).filter((c) => c));
    for (const r of rows) {
      if (!r.code) errors.push({ row: r.row, field: 'code', message: '编号不能为空' });
      else if (r.code.length > 50) errors.push({ row: r.row, field: 'code', message: '编号不超过50字' });
      else if (seen.has(r.code)) errors.push({ row: r.row, field: 'code', message: `编号“${r.code}”与第${seen.get(r.code)}行重复` });
      else if (taken.has(r.code)) errors.push({ row: r.row, field: 'code', message: `编号“${r.code}”在${session}的${kindLabel(input.kind)}中已登记` });
      if (r.code && !seen.has(r.code)) seen.set(r.code, r.row);
      if (!r.title) errors.push({ row: r.row, field: 'title', message: '标题不能为空' });
      else if (r.title.length > 300) errors.push({ row: r.row, field: 'title', message: '标题不超过300字' });
      if (r.proposers.length === 0) errors.push({ row: r.row, field: 'proposers', message: input.kind === 'cppcc' ? '提案人不能为空' : '领衔代表不能为空' });
      else if (r.proposers.some((p) => p.length > 50)) errors.push({ row: r.row, field: 'proposers', message: '每位代表（委员）姓名不超过50字' });
      if (r.summary && r.summary.length > 5000) errors.push({ row: r.row, field: 'summary', message: '内容摘要不超过5000字' });
    }
    if (errors.length > 0) {
      const shown = errors.slice(0, 10).map((e) => `第${e.row}行${e.message}`);
      invalid(`名单有${errors.length}处错误，均未登记：${shown.join('；')}${errors.length > shown.length ? '……' : ''}`, { errors });
    }
    const batchId = randomUUID();
    const now = at.toISOString();
    const records = rows.map((r) => ({
      id: randomUUID(),
      kind: input.kind,
      code: r.code,
      session,
      title: r.title,
      proposers: JSON.stringify(r.proposers),
      summary: r.summary,
      leadUnitId: null,
      coUnitIds: '[]',
      assignedOn: null,
      status: 'registered',
      taskId: null,
      round: 1,
      answer: null,
      answeredOn: null,
      satisfaction: null,
      sendBackReason: null,
      isForPublication: 0,
      batchId,
      version: 1,
      createdAt: now,
      updatedAt: now,
    }));
    await suggestionsRepository.insert(trx, records);
    const audit: AuditEntry[] = records.map((r) => ({ act: 'supervision.suggestion.register', objectType: suggestionCase.kind, objectId: r.id, result: 'success', article: 40, summary: { batchId, kind: r.kind, session, code: r.code } }));
    return { result: { batchId, ids: records.map((r) => r.id), count: records.length }, audit };
  });
}

const headerAliases: Record<'code' | 'title' | 'proposers' | 'summary', readonly string[]> = {
  code: ['编号', '序号', '案号'],
  title: ['标题', '案由', '题目'],
  proposers: ['领衔人/提案人', '领衔人', '提案人', '领衔代表', '代表', '委员'],
  summary: ['内容摘要', '摘要', '主要内容'],
};

const cellText = (cell: ExcelJS.Cell): string => {
  const text = cell.text;
  return typeof text === 'string' ? text.trim() : String(text ?? '').trim();
};

/**
 * Reads the 人大/政协 list from an .xlsx (columns 编号, 标题, 领衔人/提案人 — names separated by 、 —, 内容摘要) into
 * rows for `registerSuggestions`, keeping each one's spreadsheet row for the errors. The header row is the first
 * that names 编号 and 标题.
 */
export async function parseSuggestionWorkbook(bytes: Buffer): Promise<SuggestionRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    invalid('无法读取该文件：请上传 .xlsx 格式的建议提案名单');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) invalid('文件中没有工作表');
  let headerRow = 0;
  const columns: Partial<Record<keyof typeof headerAliases, number>> = {};
  for (let r = 1; r <= Math.min(sheet.rowCount, 10) && headerRow === 0; r += 1) {
    const row = sheet.getRow(r);
    const found: Partial<Record<keyof typeof headerAliases, number>> = {};
    row.eachCell((cell, col) => {
      const text = cellText(cell).replace(/\s+/g, '');
      for (const [field, names] of Object.entries(headerAliases) as [keyof typeof headerAliases, readonly string[]][]) {
        if (found[field] === undefined && names.includes(text)) found[field] = col;
      }
    });
    if (found.code !== undefined && found.title !== undefined) {
      headerRow = r;
      Object.assign(columns, found);
    }
  }
  if (headerRow === 0) invalid('未找到表头：名单第一行应包含“编号”“标题”“领衔人/提案人”“内容摘要”列');
  if (columns.proposers === undefined) invalid('名单缺少“领衔人/提案人”列');
  const rows: SuggestionRow[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const at = (col: number | undefined) => (col === undefined ? '' : cellText(row.getCell(col)));
    const code = at(columns.code);
    const title = at(columns.title);
    const proposers = at(columns.proposers);
    const summary = at(columns.summary);
    if (!code && !title && !proposers && !summary) continue;
    rows.push({ row: r, code, title, proposers: proposers.split(/[、，,；;\n]+/u).map((p) => p.trim()).filter((p) => p), summary: summary || null });
  }
  if (rows.length === 0) invalid('名单中没有建议提案');
  return rows;
}

// ——— the steps of a suggestion ———

async function loadSuggestion(trx: Tx, ctx: OperationContext, at: Date, id: string): Promise<{ viewer: Viewer; scope: SupervisionScope; suggestion: SuggestionRecord }> {
  const viewer = await viewerOf(trx, ctx.actor, at);
  const scope = supervisionScopeOf(viewer);
  const suggestion = found(await suggestionsRepository.find(trx, id, scope), '建议提案');
  return { viewer, scope, suggestion };
}

async function checkUnits(trx: Tx, leadUnitId: string, coUnitIds: readonly string[]): Promise<void> {
  found(await orgRepository.findUnit(trx, leadUnitId), '承办单位');
  if (new Set(coUnitIds).size !== coUnitIds.length) invalid('协办单位有重复');
  for (const u of coUnitIds) {
    if (u === leadUnitId) invalid('协办单位不能与主办单位相同');
    found(await orgRepository.findUnit(trx, u), '协办单位');
  }
}

async function restartClock(trx: Tx, at: Date, task: TaskRecord, input: { label: string; basis: DeadlineBasis; start: LocalDate; amount: number; cites: Required<DeadlineCites> }): Promise<LocalDate> {
  if (!task.deadlineId) invalid('该任务没有计时，无法重新计算期限');
  return (await restartDeadline(trx, await loadCalendar(trx), task.deadlineId, input, at)).due;
}

/** The 督查重点 of art. 76 a suggestion's task belongs to (建议提案办理), when the rulebook names it. */
function suggestionFocusArea(day: LocalDate): string | null {
  return parameter('supervision.focusAreas', day).find((a) => a.keywords.includes('提案'))?.category ?? null;
}

/**
 * The office assigns (交办) a suggestion to a lead unit and co-operating units (art. 40): the day of assignment
 * is today; its task is opened by `openTask` with a clock of `supervision.suggestionAnswerMonths` months from
 * it. Reassigned after a send-back, the same task moves to the new unit and its clock restarts from the new
 * assignment — the deadline row recomputed, the move on the task's timeline.
 */
export async function assignSuggestion(ctx: OperationContext, input: { id: string; version: number; leadUnitId: string; coUnitIds: readonly string[] }): Promise<{ status: string; version: number; taskId: string; taskNumber: string; dueOn: string }> {
  return commitChange(ctx, async (trx, at) => {
    const { viewer, suggestion } = await loadSuggestion(trx, ctx, at, input.id);
    const c = suggestionCaseOf(suggestion);
    authorize(suggestionCase, 'assign', c, viewer, input.version);
    await checkUnits(trx, input.leadUnitId, input.coUnitIds);
    const today = localDateOf(at);
    const months = parameter('supervision.suggestionAnswerMonths', today);
    const title = `${kindLabel(suggestion.kind)}${suggestion.code}：${suggestion.title}`;
    const audit: AuditEntry[] = [];
    let taskId: string;
    let taskNumber: string;
    let dueOn: LocalDate;
    if (!suggestion.taskId) {
      const opened = await openTask(trx, at, {
        sourceType: sourceTypeOf(suggestion.kind),
        sourceId: suggestion.id,
        sourceRef: `${suggestion.session}${kindLabel(suggestion.kind)}${suggestion.code}`,
        title,
        description: suggestion.summary,
        leadUnitId: input.leadUnitId,
        coUnitIds: input.coUnitIds,
        focusArea: suggestionFocusArea(today),
        due: { kind: 'months', months, from: today, ruleId: supervisionClocks.suggestion.ruleId },
        createdByUserId: ctx.actor.userId,
      });
      audit.push(opened.audit);
      taskId = opened.id;
      taskNumber = opened.number;
      dueOn = opened.dueOn;
    } else {
      const task = found(await supervisionRepository.findTask(trx, suggestion.taskId, { kind: 'all' }), '督办任务');
      if (task.status !== 'open') invalid('该建议提案的任务已不在办理中，不能改派');
      dueOn = await restartClock(trx, at, task, { label: `${task.number ?? ''}：${title}`, basis: 'months', start: today, amount: months, cites: supervisionClocks.suggestion });
      const leaderPersonId = (await meetingsOrgOn(trx, today)).deputyInChargeOf(input.leadUnitId);
      await updateVersioned(trx, 'tasks', task.id, task.version, { leadUnitId: input.leadUnitId, coUnitIds: JSON.stringify(input.coUnitIds), leaderPersonId, dueOn, updatedAt: at.toISOString() }, { what: '督办任务', stateColumn: 'status' });
      const [from, to] = await Promise.all([orgRepository.findUnit(trx, task.leadUnitId), orgRepository.findUnit(trx, input.leadUnitId)]);
      const opinion = `退回后改派：承办单位由${from?.name ?? task.leadUnitId}改为${to?.name ?? input.leadUnitId}，自${chineseDate(today)}交办起重新计时，${months}个月内办结，即${chineseDate(dueOn)}前`;
      await timelineRepository.record(trx, { objectType: taskCase.kind, objectId: task.id, action: 'reassign', actor: ctx.actor, opinion, article: 40, at });
      audit.push({ act: 'supervision.task.reassign', objectType: taskCase.kind, objectId: task.id, result: 'success', article: 40, summary: { suggestionId: suggestion.id, fromUnitId: task.leadUnitId, toUnitId: input.leadUnitId, previousDueOn: task.dueOn, dueOn } });
      taskId = task.id;
      taskNumber = task.number ?? '';
    }
    const taken = await takeAction(trx, ctx, at, {
      def: suggestionCase,
      table: 'supervisionSuggestions',
      case: c,
      action: 'assign',
      version: input.version,
      viewer,
      changes: { leadUnitId: input.leadUnitId, coUnitIds: JSON.stringify(input.coUnitIds), assignedOn: today, taskId, sendBackReason: null, updatedAt: at.toISOString() },
      summary: { leadUnitId: input.leadUnitId, coUnitIds: input.coUnitIds, assignedOn: today, taskId, dueOn },
    });
    return { result: { status: taken.authorization.to, version: taken.version, taskId, taskNumber, dueOn }, audit: [taken.audit, ...audit] };
  });
}

/**
 * The lead unit sends back a suggestion not in its remit (art. 40), with its reason — only within
 * `supervision.suggestionSendBackDays` calendar days of the assignment; later the refusal names the window, the
 * day it ended, and, while the number's source is unconfirmed, says so.
 */
export async function sendBackSuggestion(ctx: OperationContext, input: { id: string; version: number; reason: string }): Promise<{ status: string; version: number }> {
  const reason = input.reason.trim();
  if (!reason) invalid('请填写退回理由');
  return commitChange(ctx, async (trx, at) => {
    const { viewer, suggestion } = await loadSuggestion(trx, ctx, at, input.id);
    const c = suggestionCaseOf(suggestion);
    authorize(suggestionCase, 'send_back', c, viewer, input.version);
    const today = localDateOf(at);
    const assignedOn = suggestion.assignedOn ?? today;
    const window = withBasis('supervision.suggestionSendBackDays', assignedOn);
    const lastDay = (await loadCalendar(trx)).addCalendarDays(assignedOn, window.value).due;
    if (today > lastDay) {
      refuseBy('supervision.suggestion-send-back-window', `承办单位认为建议提案不属于本单位职责范围的，应在交办之日起${window.value}日内申请退回：本件于${chineseDate(assignedOn)}交办，申请退回的期限已于${chineseDate(lastDay)}届满，今天${chineseDate(today)}不能再退回，请按时办理答复或与区政府办公室协商${window.unconfirmed}`);
    }
    const taken = await takeAction(trx, ctx, at, { def: suggestionCase, table: 'supervisionSuggestions', case: c, action: 'send_back', version: input.version, viewer, changes: { sendBackReason: reason, updatedAt: at.toISOString() }, opinion: reason, summary: { assignedOn, lastDay } });
    return { result: { status: taken.authorization.to, version: taken.version }, audit: [taken.audit] };
  });
}

/**
 * The lead unit answers the proposer (art. 40): the answer and its attachments are kept, the day answered is
 * today, and the suggestion's task goes to the office (`answer`: open → reviewing). An answer marked for
 * publication (the default) is queued for the public portal on the disclosure queue with its clock.
 */
export async function answerSuggestion(ctx: OperationContext, input: { id: string; version: number; answer: string; attachmentIds?: readonly string[]; isForPublication?: boolean }): Promise<{ status: string; version: number; taskStatus: string; isQueuedForPublication: boolean }> {
  const answer = input.answer.trim();
  if (!answer) invalid('请填写答复内容');
  const isForPublication = input.isForPublication ?? true;
  return commitChange(ctx, async (trx, at) => {
    const { viewer, suggestion } = await loadSuggestion(trx, ctx, at, input.id);
    const c = suggestionCaseOf(suggestion);
    authorize(suggestionCase, 'answer', c, viewer, input.version);
    const task = found(suggestion.taskId ? await supervisionRepository.findTask(trx, suggestion.taskId, { kind: 'all' }) : undefined, '督办任务');
    const today = localDateOf(at);
    const now = at.toISOString();
    const taken = await takeAction(trx, ctx, at, {
      def: suggestionCase,
      table: 'supervisionSuggestions',
      case: c,
      action: 'answer',
      version: input.version,
      viewer,
      changes: { answer, answeredOn: today, isForPublication: isForPublication ? 1 : 0, updatedAt: now },
      summary: { round: suggestion.round, isForPublication },
    });
    const moved = await takeAction(trx, ctx, at, { def: taskCase, table: 'tasks', case: await taskCaseNow(trx, task), action: 'answer', version: task.version, viewer, changes: { updatedAt: now }, summary: { suggestionId: suggestion.id, round: suggestion.round } });
    const wanted = [...new Set(input.attachmentIds ?? [])];
    if (wanted.length > 0) {
      const claimed = await attachmentRepository.claim(trx, wanted, ctx.actor.userId, suggestionOwnerType, suggestion.id);
      if (claimed.length !== wanted.length) invalid('附件须为本人上传、尚未使用的文件');
    }
    const queued: AuditEntry[] = [];
    if (isForPublication) {
      const days = parameter('disclosure.proactiveWorkingDays', today);
      const unit = suggestion.leadUnitId ? await orgRepository.findUnit(trx, suggestion.leadUnitId) : undefined;
      const item = await queueForPublication(trx, ctx, at, {
        category: 'suggestion_results',
        title: `${suggestion.title}（${kindLabel(suggestion.kind)}${suggestion.code}办理结果）`,
        documentNumber: suggestion.code,
        issuingBody: unit?.name ?? '',
        writtenOn: today,
        body: answer,
        sourceType: suggestionCase.kind,
        sourceId: suggestion.id,
        unitId: suggestion.leadUnitId,
        clock: { start: today, label: `${kindLabel(suggestion.kind)}${suggestion.code}办理结果主动公开（${days}个工作日内在区政府门户网站刊载）：${suggestion.title}`, cites: supervisionClocks.publication },
      });
      if (item.audit) queued.push(item.audit);
    }
    const isQueuedForPublication = isForPublication;
    return { result: { status: taken.authorization.to, version: taken.version, taskStatus: moved.authorization.to, isQueuedForPublication }, audit: [taken.audit, moved.audit, ...queued] };
  });
}

/**
 * The office records the proposer's satisfaction with the answer (art. 40). Satisfied or basically satisfied:
 * the suggestion closes and its task is done (its clock closed). Dissatisfied with the first answer: the unit
 * answers again (round 2) — the task returns to it and its clock runs `supervision.suggestionReanswerMonths`
 * months from today. Dissatisfied with the second: it closes, recorded as dissatisfied.
 */
export async function recordSatisfaction(ctx: OperationContext, input: { id: string; version: number; satisfaction: Satisfaction; opinion?: string | null }): Promise<{ status: string; version: number; round: number; taskStatus: string; dueOn: string }> {
  return commitChange(ctx, async (trx, at) => {
    const { viewer, suggestion } = await loadSuggestion(trx, ctx, at, input.id);
    const c = suggestionCaseOf(suggestion);
    const isReanswer = input.satisfaction === 'dissatisfied' && suggestion.round === 1;
    authorize(suggestionCase, isReanswer ? 'reanswer' : 'record_satisfaction', c, viewer, input.version);
    const task = found(suggestion.taskId ? await supervisionRepository.findTask(trx, suggestion.taskId, { kind: 'all' }) : undefined, '督办任务');
    const today = localDateOf(at);
    const now = at.toISOString();
    const note = input.opinion?.trim() || null;
    const opinion = `${satisfactionLabels[input.satisfaction]}${note ? `：${note}` : ''}`;
    if (isReanswer) {
      const months = parameter('supervision.suggestionReanswerMonths', today);
      const taken = await takeAction(trx, ctx, at, { def: suggestionCase, table: 'supervisionSuggestions', case: c, action: 'reanswer', version: input.version, viewer, changes: { satisfaction: 'dissatisfied', round: 2, updatedAt: now }, opinion, summary: { satisfaction: 'dissatisfied', round: 2 } });
      const dueOn = await restartClock(trx, at, task, { label: `${task.number ?? ''}：${task.title}（不满意重新办理）`, basis: 'months', start: today, amount: months, cites: supervisionClocks.reanswer });
      const moved = await takeAction(trx, ctx, at, { def: taskCase, table: 'tasks', case: await taskCaseNow(trx, task), action: 'return', version: task.version, viewer, changes: { dueOn, updatedAt: now }, opinion: `代表委员对答复不满意，自${chineseDate(today)}起${months}个月内重新办理答复，即${chineseDate(dueOn)}前`, summary: { suggestionId: suggestion.id, previousDueOn: task.dueOn, dueOn } });
      return { result: { status: taken.authorization.to, version: taken.version, round: 2, taskStatus: moved.authorization.to, dueOn }, audit: [taken.audit, moved.audit] };
    }
    const taken = await takeAction(trx, ctx, at, { def: suggestionCase, table: 'supervisionSuggestions', case: c, action: 'record_satisfaction', version: input.version, viewer, changes: { satisfaction: input.satisfaction, updatedAt: now }, opinion, summary: { satisfaction: input.satisfaction, round: suggestion.round } });
    const closedReason = input.satisfaction === 'dissatisfied' ? '经再次办理答复，代表委员仍不满意，按规定办结' : null;
    const accepted = await acceptTask(trx, ctx, at, { task, viewer, opinion, changes: { closedReason }, summary: { suggestionId: suggestion.id, satisfaction: input.satisfaction } });
    return { result: { status: taken.authorization.to, version: taken.version, round: suggestion.round, taskStatus: accepted.status, dueOn: task.dueOn }, audit: [taken.audit, accepted.audit] };
  });
}

// ——— rectification lists (art. 77) ———

export type ProblemInput = { title: string; description?: string | null; leadUnitId: string; coUnitIds: readonly string[]; weight?: number; dueOn: LocalDate };
export type RectificationInput = {
  sourceType: TaskSource;
  sourceId?: string | null;
  sourceRef?: string | null;
  title: string;
  description?: string | null;
  leadUnitId: string;
  coUnitIds: readonly string[];
  dueOn: LocalDate;
  problems: readonly ProblemInput[];
};

/** Where a rectification list comes from (art. 77 with 41, 78, 75): audit and recommendations, complaints, media, evaluations, spot checks. */
export const rectificationSources: readonly TaskSource[] = [...outsideTaskSources, 'spot_check'];

/**
 * The office opens a rectification list (整改清单, art. 77) with its problems, each a sub-task of the list
 * (category `problem`) opened by `openTask` with its own number and clock. A problem stays 挂账 until it is
 * closed; once accepted done it owes a look-back (回头看).
 */
export async function openRectificationList(ctx: OperationContext, input: RectificationInput): Promise<{ id: string; number: string; dueOn: string; problems: { id: string; number: string; dueOn: string }[] }> {
  if (!rectificationSources.includes(input.sourceType)) invalid('整改清单的来源应为审计、监察、司法、检察建议，投诉、信访、媒体、第三方评估或随机抽查发现的问题');
  if (input.problems.length === 0) invalid('整改清单须至少列出一个问题');
  const sourceRef = input.sourceRef?.trim() || null;
  const sourceId = input.sourceType === 'spot_check' ? input.sourceId?.trim() || '' : '';
  if (outsideTaskSources.includes(input.sourceType) && !sourceRef) invalid('请注明问题来源的报告名称或文号');
  if (input.sourceType === 'spot_check' && !sourceId && !sourceRef) invalid('随机抽查发现的问题须注明所属抽查');
  input.problems.forEach((p, i) => {
    if (!p.title.trim()) invalid(`第${i + 1}个问题未填写名称`);
    if (p.dueOn > input.dueOn) invalid(`第${i + 1}个问题的整改时限不能晚于清单的整改时限（${chineseDate(input.dueOn)}）`);
    if (p.weight !== undefined && (!Number.isInteger(p.weight) || p.weight < 1 || p.weight > 100)) invalid(`第${i + 1}个问题的权重应为1至100的整数`);
  });
  return commitChange(ctx, async (trx, at) => {
    const viewer = await viewerOf(trx, ctx.actor, at);
    authorizeOffice(viewer, '整改清单');
    if (sourceId) found(await trx.selectFrom('spotChecks').select('id').where('id', '=', sourceId).executeTakeFirst(), '随机抽查');
    const list = await openTask(trx, at, {
      sourceType: input.sourceType,
      sourceId,
      sourceRef,
      title: input.title.trim(),
      description: input.description?.trim() || null,
      category: 'rectification',
      leadUnitId: input.leadUnitId,
      coUnitIds: input.coUnitIds,
      due: { kind: 'date', dueOn: input.dueOn },
      createdByUserId: ctx.actor.userId,
    });
    const audit: AuditEntry[] = [list.audit];
    const problems: { id: string; number: string; dueOn: string }[] = [];
    for (const p of input.problems) {
      const opened = await openTask(trx, at, {
        sourceType: input.sourceType,
        sourceId,
        sourceRef,
        title: p.title.trim(),
        description: p.description?.trim() || null,
        category: 'problem',
        parentId: list.id,
        weight: p.weight ?? 1,
        leadUnitId: p.leadUnitId,
        coUnitIds: p.coUnitIds,
        due: { kind: 'date', dueOn: p.dueOn },
        createdByUserId: ctx.actor.userId,
      });
      audit.push(opened.audit);
      problems.push({ id: opened.id, number: opened.number, dueOn: opened.dueOn });
    }
    return { result: { id: list.id, number: list.number, dueOn: list.dueOn, problems }, audit };
  });
}

/** A rectification list's tally: 挂账 (problems not yet closed) and 销号 (closed: done, or closed without completion). */
export type RectificationTally = { total: number; pending: number; closed: number; done: number; closedIncomplete: number };

export function tallyOf(problems: readonly Pick<TaskRecord, 'status'>[]): RectificationTally {
  const done = problems.filter((p) => p.status === 'done').length;
  const closedIncomplete = problems.filter((p) => p.status === 'closed_incomplete').length;
  return { total: problems.length, pending: problems.length - done - closedIncomplete, closed: done + closedIncomplete, done, closedIncomplete };
}

/** A rectification list and its problems as the viewer's scope has them (404 outside it, or when it is no list). */
export async function rectificationOf(db: Db, id: string, scope: SupervisionScope): Promise<{ list: TaskWithClock; problems: TaskWithClock[]; tally: RectificationTally }> {
  const list = await supervisionRepository.findTask(db, id, scope);
  if (!list || list.category !== 'rectification') notFound('整改清单');
  const problems = await supervisionRepository.childrenOf(db, list.id, scope);
  // The tally counts every problem of the list, including those of units the viewer does not see.
  const all = await db.selectFrom('tasks').select('status').where('parentId', '=', list.id).execute();
  return { list, problems, tally: tallyOf(all) };
}

// ——— the look-back pass (art. 77) ———

const lookBackActor: Actor = { userId: null, name: '系统自动安排回头看', roles: [], unitId: null, personId: null };

/**
 * The look-back pass (回头看, art. 77), run hourly: every task whose look-back day has come and that has no
 * look-back yet gets one — a task of category `look_back` for the same lead unit, due
 * `supervision.lookBackWorkingDays` working days from today, titled 回头看：<original title>. Idempotent and
 * safe when two processes run it at once: each look-back is claimed on a counter row inside its transaction
 * (the second claimant waits for the first and then sees the claim taken), and a look-back already opened is
 * skipped.
 */
export async function openDueLookBacks(handle: DatabaseHandle, clock: Clock): Promise<{ opened: number }> {
  const today = localDateOf(clock.now());
  const due = await handle.db
    .selectFrom('tasks')
    .select(['id'])
    .where('lookBackOn', 'is not', null)
    .where('lookBackOn', '<=', today)
    .where('category', '!=', 'look_back')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('tasks as lb').select('lb.id').whereRef('lb.lookBackOfId', '=', 'tasks.id'))))
    .orderBy('lookBackOn')
    .orderBy('id')
    .limit(500)
    .execute();
  let opened = 0;
  for (const { id } of due) {
    const did = await commitChange({ handle, clock, actor: lookBackActor, request: { requestId: null, ip: null } }, async (trx, at) => {
      // The claim: the first transaction to count this look-back gets 1; any other, after it commits, more.
      if ((await nextInSequence(trx, `look-back:${id}`)) !== 1) return { result: false, audit: [] };
      const original = await trx.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
      if (!original?.lookBackOn) return { result: false, audit: [] };
      const already = await trx.selectFrom('tasks').select('id').where('lookBackOfId', '=', id).executeTakeFirst();
      if (already) return { result: false, audit: [] };
      const day = localDateOf(at);
      const days = parameter('supervision.lookBackWorkingDays', day);
      const calendar = await loadCalendar(trx);
      const dueOn = calendar.addWorkingDays(day, days).due;
      const title = `回头看：${original.title}`;
      const task = await openTask(trx, at, {
        sourceType: 'look_back',
        sourceId: original.id,
        sourceRef: original.number,
        title,
        description: `对${original.number ?? ''}“${original.title}”整改落实情况开展回头看（原定回头看日期${chineseDate(original.lookBackOn)}）`,
        category: 'look_back',
        leadUnitId: original.leadUnitId,
        coUnitIds: JSON.parse(original.coUnitIds) as string[],
        leaderPersonId: original.leaderPersonId,
        focusArea: original.focusArea,
        due: { kind: 'date', dueOn },
        lookBackOfId: original.id,
        createdByUserId: null,
      });
      // The clock counts working days under art. 77, not the calendar days of a date set by hand.
      const row = found(await supervisionRepository.findTask(trx, task.id, { kind: 'all' }), '督办任务');
      await restartClock(trx, at, row, { label: `${task.number}：${title}`, basis: 'working_days', start: day, amount: days, cites: supervisionClocks.lookBack });
      return { result: true, audit: [{ ...task.audit, summary: { ...task.audit.summary, lookBackOfId: original.id, lookBackOn: original.lookBackOn } }] };
    });
    if (did) opened += 1;
  }
  return { opened };
}
