import { PassThrough, type Readable } from 'node:stream';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import type { Calendar } from '../../calendar/index.js';
import type { DatabaseHandle } from '../../db/database.js';
import { type DocumentReader, documentsRepository, type IncomingDocumentView, type IncomingFilter } from '../../db/documents-repository.js';
import { type Channel, channelLabels, type IncomingStatus, incomingStatusLabels, type Urgency, urgencyLabels } from '../../domain/documents/types.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { stepClockOf } from './overdue.js';
import { beijingDateTime, instructionsOf, senderOf } from './processing-slip.js';

/** Rows read per statement: the workbook is written chunk by chunk, never the whole register in memory. */
const CHUNK = 500;

/** Rows written between two yields to the event loop: presenting and writing a row costs far more than reading it. */
const SLICE = 50;

const when = (iso: string | null) => (iso ? beijingDateTime(iso) : '');

/**
 * The register's columns: first those of a 收文登记簿 (收文日期, 收文编号, 来文单位, 来文字号, 标题, 来文方式, 批示,
 * 办结日期, 办理结果), then the handling state. Instants are Beijing time (2026-12-02 14:05), never UTC.
 */
const columns: readonly { header: string; width: number; value: (d: IncomingDocumentView, calendar: Calendar, now: Date) => string }[] = [
  { header: '收文日期', width: 18, value: (d) => when(d.receivedAt) },
  { header: '收文编号', width: 16, value: (d) => d.registerNumber ?? '' },
  { header: '来文单位', width: 22, value: (d) => senderOf(d) },
  { header: '来文字号', width: 20, value: (d) => d.senderDocNumber ?? '' },
  { header: '标题', width: 48, value: (d) => d.title },
  { header: '来文方式', width: 12, value: (d) => channelLabels[d.channel as Channel] },
  { header: '批示', width: 48, value: (d) => instructionsOf(d).map((i) => `${i.opinion}（${i.name}，${i.date}${i.actingFor ? `，代${i.actingFor}` : ''}）`).join('\n') },
  { header: '办结日期', width: 18, value: (d) => when(d.completedAt) },
  { header: '办理结果', width: 40, value: (d) => d.result ?? '' },
  { header: '文种', width: 8, value: (d) => d.docType },
  { header: '成文日期', width: 12, value: (d) => d.writtenOn },
  { header: '紧急程度', width: 10, value: (d) => urgencyLabels[d.urgency as Urgency] },
  { header: '状态', width: 10, value: (d) => incomingStatusLabels[d.status as IncomingStatus] },
  { header: '批办领导', width: 10, value: (d) => d.assignedLeaderName ?? '' },
  { header: '承办单位', width: 22, value: (d) => d.handlingUnitName ?? '' },
  {
    header: '当前环节期限',
    width: 18,
    value: (d, calendar, now) => {
      const clock = stepClockOf(calendar, d, now);
      return clock ? (clock.basis === 'hours' ? beijingDateTime(clock.due) : clock.due) : '';
    },
  },
  {
    header: '逾期',
    width: 12,
    value: (d, calendar, now) => {
      const clock = stepClockOf(calendar, d, now);
      return clock?.isOverdue ? `${clock.overdueBy}${clock.basis === 'hours' ? '小时' : '个工作日'}` : '';
    },
  },
];

/**
 * The 收文登记簿 as an Excel workbook, with the same filters and scope as the register, streamed: ExcelJS's
 * streaming writer fed by keyset pages of `CHUNK` rows, yielding to the event loop every `SLICE` rows so that other
 * requests (and, on SQLite, other statements on the one connection) go on while a large register is exported.
 */
export async function exportRegister(handle: DatabaseHandle, reader: DocumentReader, filter: IncomingFilter, now: Date): Promise<Readable> {
  const calendar = await loadCalendar(handle.db);
  const stream = new PassThrough();
  writeWorkbook(handle, reader, filter, now, calendar, stream).catch((error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))));
  return stream;
}

async function writeWorkbook(handle: DatabaseHandle, reader: DocumentReader, filter: IncomingFilter, now: Date, calendar: Calendar, stream: PassThrough): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'zhengwu';
  const sheet = workbook.addWorksheet('收文登记簿', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  let cursor: string | undefined;
  for (;;) {
    const page = await documentsRepository.search(handle.db, handle.dialect, reader, { ...filter, ...(cursor ? { cursor } : {}), limit: CHUNK, withTotal: false });
    for (let i = 0; i < page.items.length; i += SLICE) {
      for (const doc of page.items.slice(i, i + SLICE)) sheet.addRow(columns.map((c) => c.value(doc, calendar, now))).commit();
      await yieldToEventLoop();
    }
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  sheet.commit();
  await workbook.commit();
}
