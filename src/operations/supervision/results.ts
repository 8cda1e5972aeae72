import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { chineseDate } from '../../calendar/index.js';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Db, Tx } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import { resultsRepository, type SupervisionResultRecord } from '../../db/results-repository.js';
import { type LedgerFilter, type SupervisionScope, supervisionRepository } from '../../db/supervision-repository.js';
import { nextInSequence } from '../../db/versioned-update.js';
import type { AuditEntry } from '../../domain/audit/audit-event.js';
import type { BodyBlock, DocumentLayout } from '../../domain/documents/layout.js';
import { DomainError, found, invalid } from '../../domain/errors.js';
import { can } from '../../domain/identity/policies.js';
import { leaderPostKinds } from '../../domain/org/types.js';
import { type ResultKind, type TaskStatus, taskStatusLabels } from '../../domain/supervision/types.js';
import type { LocalDate } from '../../rules/types.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { viewerOf } from '../case/viewer.js';
import { renderDocumentDocx } from '../documents/layout/index.js';
import { forEachLedgerPage } from './ledger-pages.js';
import { overdueOf } from './present-task.js';

const article = 79;

/** A task overdue on a day, as circulars and reports list it. */
export type OverdueLine = { id: string; number: string | null; title: string; leadUnitId: string; leadUnitName: string; dueOn: string; days: number; workingDays: number };

/** The overdue tasks of the ledger under a filter, soonest due first, walked page by page. */
export async function overdueLines(db: Db | Tx, filter: LedgerFilter, scope: SupervisionScope, today: LocalDate): Promise<OverdueLine[]> {
  const calendar = await loadCalendar(db);
  const units = new Map((await orgRepository.listUnits(db)).map((u) => [u.id, u.name]));
  const lines: OverdueLine[] = [];
  await forEachLedgerPage(db, { ...filter, isOverdue: true }, scope, today, (rows) => {
    for (const t of rows) {
      const o = overdueOf(t, calendar, today);
      lines.push({ id: t.id, number: t.number, title: t.title, leadUnitId: t.leadUnitId, leadUnitName: units.get(t.leadUnitId) ?? '', dueOn: t.clock?.due ?? t.dueOn, days: o.days, workingDays: o.workingDays });
    }
  });
  return lines;
}

/**
 * The text of a circular (督查通报, art. 79) generated from the ledger under a filter: the counts, then each
 * overdue task with its lead unit and how late it is. The office may edit it before recording.
 */
export async function draftCircular(db: Db | Tx, filter: LedgerFilter, today: LocalDate): Promise<{ title: string; text: string; taskIds: string[]; unitIds: string[] }> {
  const scope: SupervisionScope = { kind: 'all' };
  const c = await supervisionRepository.ledgerCounts(db, filter, scope, today);
  const overdue = await overdueLines(db, filter, scope, today);
  const paragraphs = [
    `截至${chineseDate(today)}，督查台账共有督办任务${c.total}项，其中已办结${c.done}项，办理中${c.open}项，待验收${c.reviewing}项，未完成销号${c.closedIncomplete}项；逾期未完成${c.overdue}项。`,
    ...(overdue.length
      ? ['逾期未完成的任务如下：', ...overdue.map((o, i) => `${i + 1}.${o.number ?? ''}${o.title}（牵头单位：${o.leadUnitName}；完成时限：${chineseDate(o.dueOn)}；已逾期${o.days}天，其中工作日${o.workingDays}天）。`)]
      : ['目前没有逾期未完成的任务。']),
    overdue.length ? '请以上任务的牵头单位认真分析原因，明确整改措施和完成时限，于5个工作日内将整改情况书面报区政府办公室。' : '请各有关单位继续抓好督办任务落实。',
  ];
  return { title: `关于督办任务落实情况的通报`, text: paragraphs.join('\n'), taskIds: overdue.map((o) => o.id), unitIds: [...new Set(overdue.map((o) => o.leadUnitId))] };
}

export type RecordResultInput =
  | { kind: 'circular'; title?: string | null; text?: string | null; filter?: LedgerFilter; taskIds?: readonly string[] | null; unitIds?: readonly string[] | null; heldOn?: LocalDate | null }
  | { kind: 'admonitory_talk'; unitId: string; personName: string; leaderPersonId: string; heldOn: LocalDate; notes: string; taskIds?: readonly string[] | null; title?: string | null }
  | { kind: 'referral'; referredTo: string; unitIds: readonly string[]; taskIds?: readonly string[] | null; reason: string; heldOn: LocalDate; title?: string | null };

async function checkTasks(trx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await trx.selectFrom('tasks').select('id').where('id', 'in', [...new Set(ids)]).execute();
  if (rows.length !== new Set(ids).size) invalid('所选督办任务不存在');
}

async function unitNamesOf(trx: Tx, ids: readonly string[]): Promise<string[]> {
  const names: string[] = [];
  for (const id of ids) names.push(found(await orgRepository.findUnit(trx, id), '单位').name);
  return names;
}

/**
 * The office records a use of supervision results (art. 79) against tasks and units: a circular (通报, numbered
 * 督查通报〔2026〕N号, its text generated from the ledger unless the office edited it), an admonitory talk (约谈:
 * the unit, the person talked to, the leader who held it, the day, the notes) or a referral for accountability
 * (移交问责: to whom, the units, the tasks, the reason). Audited as `supervision.result.record`.
 */
export async function recordResult(ctx: OperationContext, input: RecordResultInput): Promise<{ id: string; number: string | null }> {
  return commitChange(ctx, async (trx, at) => {
    const viewer = await viewerOf(trx, ctx.actor, at);
    if (!can(viewer.roles, 'supervision.office')) throw new DomainError('forbidden', '通报、约谈和问责移交由区政府办公室记录');
    const today = localDateOf(at);
    const id = randomUUID();
    let row: { kind: ResultKind; number: string | null; title: string; text: string; taskIds: readonly string[]; unitIds: readonly string[]; personName: string | null; referredTo: string | null; heldBy: { personId: string; name: string } | null; heldOn: LocalDate };
    if (input.kind === 'circular') {
      const drafted = await draftCircular(trx, input.filter ?? {}, today);
      const text = input.text?.trim() || drafted.text;
      const year = today.slice(0, 4);
      const number = `督查通报〔${year}〕${await nextInSequence(trx, `supervision-circular:${year}`)}号`;
      const taskIds = input.taskIds ?? drafted.taskIds;
      const unitIds = input.unitIds ?? drafted.unitIds;
      row = { kind: 'circular', number, title: input.title?.trim() || drafted.title, text, taskIds, unitIds, personName: null, referredTo: null, heldBy: null, heldOn: input.heldOn ?? today };
    } else if (input.kind === 'admonitory_talk') {
      const personName = input.personName.trim();
      const notes = input.notes.trim();
      if (!personName) invalid('请填写被约谈人');
      if (!notes) invalid('请填写约谈情况');
      const [unitName] = await unitNamesOf(trx, [input.unitId]);
      const leader = (await orgRepository.leaders(trx, input.heldOn, leaderPostKinds)).find((l) => l.personId === input.leaderPersonId);
      if (!leader) invalid('约谈人应为约谈当日在任的区政府领导同志');
      row = { kind: 'admonitory_talk', number: null, title: input.title?.trim() || `${leader.name}约谈${unitName ?? ''}${personName}`, text: notes, taskIds: input.taskIds ?? [], unitIds: [input.unitId], personName, referredTo: null, heldBy: { personId: leader.personId, name: leader.name }, heldOn: input.heldOn };
    } else {
      const referredTo = input.referredTo.trim();
      const reason = input.reason.trim();
      if (!referredTo) invalid('请填写移交的机关');
      if (!reason) invalid('请填写移交问责的理由');
      if (input.unitIds.length === 0) invalid('请选择被移交问责的单位');
      const names = await unitNamesOf(trx, input.unitIds);
      row = { kind: 'referral', number: null, title: input.title?.trim() || `关于${names.join('、')}问题线索的移交`, text: reason, taskIds: input.taskIds ?? [], unitIds: input.unitIds, personName: null, referredTo, heldBy: null, heldOn: input.heldOn };
    }
    if (row.heldOn > today) invalid('日期不能晚于今天');
    await checkTasks(trx, row.taskIds);
    await unitNamesOf(trx, row.unitIds);
    await resultsRepository.insert(trx, {
      id,
      kind: row.kind,
      number: row.number,
      title: row.title,
      text: row.text,
      taskIds: JSON.stringify([...new Set(row.taskIds)]),
      unitIds: JSON.stringify([...new Set(row.unitIds)]),
      personName: row.personName,
      referredTo: row.referredTo,
      heldByPersonId: row.heldBy?.personId ?? null,
      heldByName: row.heldBy?.name ?? null,
      heldOn: row.heldOn,
      recordedByUserId: ctx.actor.userId ?? '',
      createdAt: at.toISOString(),
    });
    const audit: AuditEntry = { act: 'supervision.result.record', objectType: 'supervision_result', objectId: id, result: 'success', article, summary: { kind: row.kind, number: row.number, heldOn: row.heldOn, taskIds: [...new Set(row.taskIds)], unitIds: [...new Set(row.unitIds)], ...(input.kind === 'admonitory_talk' ? { leaderPersonId: input.leaderPersonId } : {}), ...(row.referredTo && input.kind === 'referral' ? { referredTo: row.referredTo } : {}) } };
    return { result: { id, number: row.number }, audit: [audit] };
  });
}

/** The office's name and the government's, from the organisation data (never literal unit names). */
export async function officeNames(db: Db | Tx): Promise<{ office: string; government: string }> {
  const office = await orgRepository.unitWithFunction(db, 'government_office');
  const government = await orgRepository.unitWithFunction(db, 'government');
  return { office: office?.name ?? '', government: government?.name ?? '' };
}

/** The paragraphs of a text as body blocks: a line starting 一、 is a heading of the first level. */
export function blocksOf(text: string): BodyBlock[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p): BodyBlock => (/^[一二三四五六七八九十]+、/.test(p) ? { kind: 'heading', level: 1, text: p } : { kind: 'paragraph', text: p }));
}

/** A circular as a document of the office (文件式, GB/T 9704-2012), numbered 督查通报〔2026〕N号. */
export function circularLayout(r: SupervisionResultRecord, names: { office: string }): DocumentLayout {
  return {
    format: 'file',
    issuerMark: `${names.office}文件`,
    documentNumber: r.number,
    title: r.title,
    body: blocksOf(r.text),
    issuerSignature: names.office,
    writtenOn: r.heldOn,
    printedBy: names.office,
    printedOn: r.heldOn,
  };
}

export async function renderCircularDocx(db: Db, r: SupervisionResultRecord): Promise<Buffer> {
  if (r.kind !== 'circular') invalid('只有通报可以生成公文文件');
  return renderDocumentDocx(circularLayout(r, await officeNames(db)));
}

/**
 * A circular's tasks as a workbook (督查通报 with its list): number, task, lead unit, due, status, and how late
 * each was on the circular's day — counted on the calendar as the circular's text says it.
 */
export async function renderCircularXlsx(db: Db, r: SupervisionResultRecord): Promise<Buffer> {
  if (r.kind !== 'circular') invalid('只有通报可以导出任务清单');
  const ids = JSON.parse(r.taskIds) as string[];
  const [calendar, units, tasks] = await Promise.all([loadCalendar(db), orgRepository.listUnits(db), Promise.all(ids.map((id) => supervisionRepository.findTask(db, id, { kind: 'all' })))]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'zhengwu';
  const sheet = workbook.addWorksheet('通报任务');
  sheet.addRow([r.number ?? '', r.title]);
  sheet.addRow(['通报日期', chineseDate(r.heldOn)]);
  sheet.addRow([]);
  const header = sheet.addRow(['编号', '任务名称', '牵头单位', '完成时限', '状态', '逾期天数', '其中工作日']);
  header.font = { bold: true };
  for (const t of tasks) {
    if (!t) continue;
    const o = overdueOf(t, calendar, r.heldOn);
    sheet.addRow([t.number ?? '', t.title, unitName.get(t.leadUnitId) ?? '', t.clock?.due ?? t.dueOn, taskStatusLabels[t.status as TaskStatus] ?? t.status, o.days, o.workingDays]);
  }
  sheet.columns.forEach((c, i) => (c.width = [18, 48, 22, 12, 12, 10, 10][i] ?? 12));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
