// @ts-nocheck
import { PassThrough, type Readable } from 'node:stream';
import { articleLabel } from '../../rules/index.js';
import ExcelJS from 'exceljs';
import { localDateOf } from '../../clock.js';
import { type AuditEventFilter, auditRepository } from '../../db/audit-repository.js';
import type { OperationContext } from '../../db/change.js';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../domain/errors.js';
import { type AuditSearchFilters, describeFilters, toEventFilter } from './audit-filters.js';
import { auditResultLabels, beijingTime, presentAuditEvents, type AuditEventView } from './audit-event-view.js';
import { recordAuditAccess } from './record-audit-access.js';

/** Most rows one export may hold; a wider search is refused with a request to narrow it. */
export const EXPORT_ROW_LIMIT = 100_000;

/** Excel refuses longer cell texts. */
const CELL_TEXT_LIMIT = 32_000;

const PAGE = 1000;

export const exportColumns: readonly { header: string; width: number; value: (e: AuditEventView) => string | number | null }[] = [
  { header: '序号', width: 10, value: (e) => e.seq },
  { header: '时间（北京时间）', width: 20, value: (e) => beijingTime(e.occurredAt) },
  { header: '操作人', width: 16, value: (e) => e.actorName },
  { header: '代为处理（补位）', width: 16, value: (e) => e.actingForName ?? e.actingForPersonId },
  { header: '操作', width: 28, value: (e) => e.act },
  { header: '对象类型', width: 14, value: (e) => e.objectType },
  { header: '对象编号', width: 24, value: (e) => e.objectId },
  { header: '结果', width: 8, value: (e) => auditResultLabels[e.result] ?? e.result },
  { header: '条款', width: 8, value: (e) => (e.article === null ? null : articleLabel(e.article)) },
  { header: '摘要', width: 60, value: (e) => clip(typeof e.summary === 'string' ? e.summary : JSON.stringify(e.summary)) },
  { header: '请求编号', width: 38, value: (e) => e.requestId },
  { header: 'IP', width: 16, value: (e) => e.ip },
  { header: '哈希', width: 66, value: (e) => e.hash },
];

function clip(text: string): string {
  return text.length > CELL_TEXT_LIMIT ? `${text.slice(0, CELL_TEXT_LIMIT)}…（已截断）` : text;
}

export type AuditExport = { filename: string; asciiFilename: string; rows: number; stream: Readable };

/**
 * The audit events matching the filters as an Excel workbook, newest first, streamed page by page. Refuses
 * more than `maxRows`. The export is recorded as `audit.export` (or refused) before any row leaves.
 */
export async function exportAuditEvents(ctx: OperationContext, filters: AuditSearchFilters, options: { maxRows?: number } = {}): Promise<AuditExport> {
  const maxRows = options.maxRows ?? EXPORT_ROW_LIMIT;
  const db = ctx.handle.db;
  const { seq: upToSeq } = await auditRepository.head(db);
  const filter = { ...toEventFilter(filters), upToSeq };
  const rows = await auditRepository.count(db, filter);
  const applied = describeFilters(filters);
  if (rows > maxRows) {
    await recordAuditAccess(ctx, { act: 'audit.export', objectId: null, result: 'refused', summary: { filters: applied, rows, maxRows } });
    throw new DomainError('invalid_input', `符合条件的审计记录共 ${rows} 条，超过单次导出上限 ${maxRows} 条；请缩小日期范围或增加筛选条件后分批导出`, {
      details: { rows, maxRows },
    });
  }
  await recordAuditAccess(ctx, { act: 'audit.export', objectId: null, result: 'success', summary: { filters: applied, rows, format: 'xlsx' } });
  const stream = new PassThrough();
  writeWorkbook(db, filter, stream).catch((error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))));
  const day = localDateOf(ctx.clock.now());
  return { filename: `审计记录-${day}.xlsx`, asciiFilename: `audit-events-${day}.xlsx`, rows, stream };
}

async function writeWorkbook(db: Db, filter: AuditEventFilter, stream: PassThrough): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'zhengwu';
  const sheet = workbook.addWorksheet('审计记录', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = exportColumns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  let before: number | undefined;
  for (;;) {
    const records = await auditRepository.pageBefore(db, filter, before, PAGE);
    for (const event of await presentAuditEvents(db, records)) {
      sheet.addRow(exportColumns.map((c) => c.value(event))).commit();
    }
    const last = records.at(-1);
    if (!last || records.length < PAGE) break;
    before = last.seq;
  }
  sheet.commit();
  await workbook.commit();
}
