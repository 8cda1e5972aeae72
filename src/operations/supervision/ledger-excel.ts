import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Db, Tx } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import { type LedgerFilter, type SupervisionScope, supervisionRepository, type TaskWithClock } from '../../db/supervision-repository.js';
import type { AuditEntry } from '../../domain/audit/audit-event.js';
import { DomainError, invalid } from '../../domain/errors.js';
import { can } from '../../domain/identity/policies.js';
import { manualTaskSources, type TaskSource, taskSourceLabels, type TaskStatus, taskStatusLabels } from '../../domain/supervision/types.js';
import type { LocalDate } from '../../rules/types.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { viewerOf } from '../case/viewer.js';
import { forEachLedgerPage } from './ledger-pages.js';
import { openTask } from './open-task.js';
import { overdueOf } from './present-task.js';
import { outsideTaskSources } from './tasks.js';

/** The ledger's columns in Excel, as the office keeps its 台账; an import reads the same columns. */
export const ledgerColumns = ['编号', '任务名称', '来源', '牵头单位', '配合单位', '分管领导', '完成时限', '状态', '是否逾期', '进度'] as const;
const widths = [18, 48, 36, 22, 30, 10, 12, 10, 10, 8];

/** Most rows one import may hold. */
export const IMPORT_ROW_LIMIT = 2000;

/** 来源 as written in a cell: the label, and the outside source's name or number in （）. */
export const sourceCell = (type: string, ref: string | null) => `${taskSourceLabels[type as TaskSource] ?? type}${ref ? `（${ref}）` : ''}`;

/** Records an export of the ledger or of a report on it, before anything leaves (`supervision.report.export`). */
export async function recordExport(ctx: OperationContext, summary: Record<string, unknown>): Promise<void> {
  await commitChange(ctx, async () => ({ result: undefined, audit: [{ act: 'supervision.report.export', objectType: 'supervision_ledger', objectId: null, result: 'success', article: 57, summary } satisfies AuditEntry] }));
}

/**
 * The ledger under a filter as an Excel workbook, every row, streamed: ExcelJS's streaming writer fed by the
 * ledger's own keyset pages (never the whole ledger in memory). The export is audited first.
 */
export async function exportLedger(ctx: OperationContext, filter: LedgerFilter, scope: SupervisionScope): Promise<{ stream: Readable; fileName: string; rows: number }> {
  const db = ctx.handle.db;
  const today = localDateOf(ctx.clock.now());
  const { total } = await supervisionRepository.ledgerCounts(db, filter, scope, today);
  await recordExport(ctx, { kind: 'ledger', format: 'xlsx', filter, rows: total });
  const stream = new PassThrough();
  writeLedger(db, filter, scope, today, stream).catch((error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))));
  return { stream, fileName: `督查督办台账-${today}.xlsx`, rows: total };
}

async function writeLedger(db: Db, filter: LedgerFilter, scope: SupervisionScope, today: LocalDate, stream: PassThrough): Promise<void> {
  const calendar = await loadCalendar(db);
  const units = new Map((await orgRepository.listUnits(db)).map((u) => [u.id, u.name]));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'zhengwu';
  const sheet = workbook.addWorksheet('督查督办台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ledgerColumns.map((header, i) => ({ header, key: `c${i}`, width: widths[i] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  await forEachLedgerPage(db, filter, scope, today, async (rows: TaskWithClock[]) => {
    const leaderIds = [...new Set(rows.map((t) => t.leaderPersonId).filter((p): p is string => p !== null))];
    const leaders = new Map(leaderIds.length ? (await db.selectFrom('people').select(['id', 'name']).where('id', 'in', leaderIds).execute()).map((p) => [p.id, p.name]) : []);
    for (const t of rows) {
      const overdue = overdueOf(t, calendar, today);
      sheet
        .addRow([
          t.number ?? '',
          t.title,
          sourceCell(t.sourceType, t.sourceRef),
          units.get(t.leadUnitId) ?? '',
          (JSON.parse(t.coUnitIds) as string[]).map((u) => units.get(u) ?? u).join('、'),
          t.leaderPersonId ? (leaders.get(t.leaderPersonId) ?? '') : '',
          t.clock?.due ?? t.dueOn,
          taskStatusLabels[t.status as TaskStatus] ?? t.status,
          overdue.isOverdue ? `是（${overdue.days}天）` : '否',
          `${t.progress}%`,
        ])
        .commit();
    }
  });
  sheet.commit();
  await workbook.commit();
}

/** A cell's text, whatever ExcelJS read it as (string, number, date, rich text, hyperlink, formula). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    return '';
  }
  return String(value).trim();
}

/** A day written as 2026-03-31, 2026/3/31 or 2026年3月31日; null when it is not a day that exists. */
function dayOf(text: string): LocalDate | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!m) return null;
  const day = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(day) ? day : null;
}

/** Sources an import may name: those the office opens by hand, except a 批示件 (it needs the incoming document) and the annual plan (it needs its focus area). */
const importableSources: readonly TaskSource[] = manualTaskSources.filter((s) => s !== 'leader_instruction' && s !== 'annual_plan');
const sourceByLabel = new Map(Object.entries(taskSourceLabels).map(([type, label]) => [label, type as TaskSource]));

type ImportRow = { row: number; title: string; sourceType: TaskSource; sourceRef: string | null; leadUnitId: string; coUnitIds: string[]; leaderPersonId: string | null; dueOn: LocalDate };

/** Reads the workbook's first sheet into rows, with every row's errors in Chinese ("第3行：牵头单位“…”不存在"). */
async function readRows(trx: Tx, bytes: Buffer, today: LocalDate): Promise<{ rows: ImportRow[]; errors: string[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    invalid('无法读取该文件，请上传 Excel（.xlsx）格式的台账');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) invalid('文件中没有工作表');
  const header = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => header.set(cellText(cell.value), col));
  const missing = ['任务名称', '来源', '牵头单位', '完成时限'].filter((h) => !header.has(h));
  if (missing.length) invalid(`第1行应为表头，缺少列：${missing.join('、')}`);
  const units = await orgRepository.listUnits(trx);
  const unitByName = new Map(units.map((u) => [u.name, u.id]));
  const leaders = await orgRepository.leaders(trx, today, ['head', 'executive_deputy', 'deputy']);
  const leaderByName = new Map(leaders.map((l) => [l.name, l.personId]));
  const rows: ImportRow[] = [];
  const errors: string[] = [];
  const cell = (r: ExcelJS.Row, name: string) => {
    const col = header.get(name);
    return col ? cellText(r.getCell(col).value) : '';
  };
  for (let n = 2; n <= sheet.rowCount; n += 1) {
    const r = sheet.getRow(n);
    const values = ['任务名称', '来源', '牵头单位', '配合单位', '分管领导', '完成时限'].map((h) => cell(r, h));
    if (values.every((v) => v === '')) continue;
    if (rows.length + errors.length >= IMPORT_ROW_LIMIT) invalid(`一次最多导入${IMPORT_ROW_LIMIT}行`);
    const [title = '', source = '', lead = '', co = '', leader = '', due = ''] = values;
    const rowErrors: string[] = [];
    const err = (message: string) => rowErrors.push(`第${n}行：${message}`);
    if (!title) err('任务名称不能为空');
    else if (title.length > 300) err('任务名称不超过300字');
    const sm = /^([^（(]+)(?:[（(](.*)[)）])?$/.exec(source);
    const sourceType = sm ? sourceByLabel.get(sm[1]!.trim()) : undefined;
    const sourceRef = sm?.[2]?.trim() || null;
    if (!source) err('来源不能为空');
    else if (!sourceType) err(`来源“${source}”不是台账的任务来源`);
    else if (!importableSources.includes(sourceType)) err(`来源为“${taskSourceLabels[sourceType]}”的任务须在系统中办理登记，不能从Excel导入`);
    else if (outsideTaskSources.includes(sourceType) && !sourceRef) err(`来源“${taskSourceLabels[sourceType]}”须注明报告名称或文号，如：${taskSourceLabels[sourceType]}（临审报〔2026〕3号）`);
    const leadUnitId = unitByName.get(lead);
    if (!lead) err('牵头单位不能为空');
    else if (!leadUnitId) err(`牵头单位“${lead}”不存在`);
    const coUnitIds: string[] = [];
    for (const name of co.split(/[、，,；;\s]+/).filter(Boolean)) {
      const id = unitByName.get(name);
      if (!id) err(`配合单位“${name}”不存在`);
      else if (id === leadUnitId) err(`配合单位“${name}”不能与牵头单位相同`);
      else if (!coUnitIds.includes(id)) coUnitIds.push(id);
    }
    const leaderPersonId = leader ? (leaderByName.get(leader) ?? null) : null;
    if (leader && !leaderPersonId) err(`分管领导“${leader}”不是在任的区长或副区长`);
    const dueOn = dayOf(due);
    if (!due) err('完成时限不能为空');
    else if (!dueOn) err(`完成时限“${due}”不是有效日期，请写作“2026年3月31日”的形式`);
    else if (dueOn < today) err(`完成时限“${due}”早于今天`);
    if (rowErrors.length) errors.push(...rowErrors);
    else rows.push({ row: n, title, sourceType: sourceType as TaskSource, sourceRef, leadUnitId: leadUnitId as string, coUnitIds, leaderPersonId, dueOn: dueOn as LocalDate });
  }
  return { rows, errors };
}

/**
 * The office imports tasks from an .xlsx of the ledger's columns (编号, 状态, 是否逾期 and 进度 are the ledger's
 * own and not read: each row is a new task, numbered in turn). All or nothing: any bad row refuses the whole
 * file with every row's error, and nothing is registered. Each task is opened by `openTask`; the import is
 * audited as `supervision.ledger.import`.
 */
export async function importLedger(ctx: OperationContext, input: { bytes: Buffer; fileName: string }): Promise<{ count: number; numbers: string[] }> {
  return commitChange(ctx, async (trx, at) => {
    const viewer = await viewerOf(trx, ctx.actor, at);
    if (!can(viewer.roles, 'supervision.office')) throw new DomainError('forbidden', '督办任务由区政府办公室登记');
    const today = localDateOf(at);
    const { rows, errors } = await readRows(trx, input.bytes, today);
    if (errors.length) invalid(`导入未成功，没有登记任何任务，请修改后重新导入：\n${errors.slice(0, 50).join('\n')}${errors.length > 50 ? `\n……共${errors.length}处错误` : ''}`, { errors });
    if (rows.length === 0) invalid('文件中没有要导入的任务');
    const audit: AuditEntry[] = [];
    const numbers: string[] = [];
    for (const r of rows) {
      const opened = await openTask(trx, at, {
        sourceType: r.sourceType,
        sourceId: '',
        sourceRef: r.sourceRef,
        title: r.title,
        leadUnitId: r.leadUnitId,
        coUnitIds: r.coUnitIds,
        ...(r.leaderPersonId ? { leaderPersonId: r.leaderPersonId } : {}),
        due: { kind: 'date', dueOn: r.dueOn },
        createdByUserId: ctx.actor.userId,
      });
      numbers.push(opened.number);
      audit.push(opened.audit);
    }
    audit.unshift({ act: 'supervision.ledger.import', objectType: 'supervision_ledger', objectId: null, result: 'success', article: 76, summary: { fileName: input.fileName, count: rows.length, numbers } });
    return { result: { count: rows.length, numbers }, audit };
  });
}
