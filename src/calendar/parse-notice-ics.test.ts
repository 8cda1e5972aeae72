import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { DomainError } from '../domain/errors.js';
import { createCalendar } from './calendar.js';
import { parseNoticeIcs } from './parse-notice-ics.js';
import { SHIPPED_NOTICES } from './shipped-notices.js';
import type { YearNotice } from './types.js';

function ics(...events: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//CN', ...events, 'END:VCALENDAR', ''].join('\r\n');
}

function event(summary: string, start: string, end?: string): string {
  return [
    'BEGIN:VEVENT',
    `UID:${summary}-${start}@test`,
    `DTSTART;VALUE=DATE:${start}`,
    ...(end ? [`DTEND;VALUE=DATE:${end}`] : []),
    `SUMMARY:${summary}`,
    'END:VEVENT',
  ].join('\r\n');
}

function refusal(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalid_input');
    return ((error as DomainError).details?.problems as string[] | undefined) ?? [(error as DomainError).message];
  }
  throw new Error('expected a refusal');
}

/** The days off and adjusted working days of one year, as plain date lists, for comparing two sources. */
function daySets(notice: YearNotice): { off: string[]; work: string[] } {
  const calendar = createCalendar([notice]);
  const off: string[] = [];
  const work: string[] = [];
  for (let d = Date.UTC(notice.year, 0, 1); d < Date.UTC(notice.year + 1, 0, 1); d += 86_400_000) {
    const date = new Date(d).toISOString().slice(0, 10);
    const info = calendar.dayInfo(date);
    if (info.reason === 'holiday') off.push(date);
    if (info.reason === 'adjusted_working_day') work.push(date);
  }
  return { off, work };
}

describe('工作日历 导入iCalendar格式的放假安排', () => {
  it('休/假为放假，班/上班/补班为调休上班；DTEND不含当日；无关事件忽略', () => {
    const notice = parseNoticeIcs(
      ics(
        event('元旦(休)', '20270101', '20270104'),
        event('春节 放假', '20270205', '20270213'),
        event('春节调休上班', '20270220'),
        event('补班', '20270130', '20270131'),
        event('清明', '20270405', '20270406'),
        event('立春', '20270204', '20270205'),
      ),
      2027,
    );
    expect(notice).toMatchObject({
      year: 2027,
      origin: 'imported',
      holidays: [
        { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
        { name: '春节', from: '2027-02-05', to: '2027-02-12' },
      ],
      adjustedWorkingDays: [
        { date: '2027-01-30', holidayName: '节假日' },
        { date: '2027-02-20', holidayName: '春节' },
      ],
    });
    expect(notice.source.documentNumber).toBeNull();
  });

  it('折行、LF换行、DURATION与参数大小写均可读取', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'DTSTART;value=date:20271001',
      'DURATION:P7D',
      'SUMMARY:国庆',
      ' 节(休)',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    expect(parseNoticeIcs(text, 2027).holidays).toEqual([{ name: '国庆节', from: '2027-10-01', to: '2027-10-07' }]);
  });

  it('跨年的元旦事件保留上年12月的部分，多年份文件只取指定年度', () => {
    const notice = parseNoticeIcs(
      ics(event('元旦(休)', '20221231', '20230103'), event('国庆节(休)', '20221001', '20221008'), event('春节(休)', '20230121', '20230128')),
      2023,
    );
    expect(notice.holidays).toEqual([
      { name: '元旦', from: '2022-12-31', to: '2023-01-02' },
      { name: '春节', from: '2023-01-21', to: '2023-01-27' },
    ]);
  });

  it('chinese-days发布的2026年ics文件导入后与随平台发布的2026年数据逐日一致', () => {
    const root = dirname(createRequire(import.meta.url).resolve('chinese-days/package.json'));
    const notice = parseNoticeIcs(readFileSync(join(root, 'dist', 'years', '2026.ics'), 'utf8'), 2026);
    const shipped = SHIPPED_NOTICES.find((n) => n.year === 2026);
    if (!shipped) throw new Error('2026 not shipped');
    expect(daySets(notice)).toEqual(daySets(shipped));
    expect(notice.holidays.map((h) => h.name)).toEqual(['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']);
  });

  it('chinese-days的多年份ics文件可按年导入2025年，与随平台发布的数据逐日一致', () => {
    const root = dirname(createRequire(import.meta.url).resolve('chinese-days/package.json'));
    const notice = parseNoticeIcs(readFileSync(join(root, 'dist', 'holidays.ics'), 'utf8'), 2025);
    const shipped = SHIPPED_NOTICES.find((n) => n.year === 2025);
    if (!shipped) throw new Error('2025 not shipped');
    expect(daySets(notice)).toEqual(daySets(shipped));
  });

  it('调休上班日不是周末、同一天既休又班、文件中没有该年度、不是iCalendar时拒绝', () => {
    expect(refusal(() => parseNoticeIcs(ics(event('元旦(休)', '20270101'), event('春节(班)', '20270203')), 2027))).toEqual([
      '第1个调休上班日（2027年2月3日）是星期三，调休上班日必须是周六或周日',
    ]);
    expect(refusal(() => parseNoticeIcs(ics(event('春节(休)', '20270205', '20270209'), event('春节(班)', '20270206')), 2027))[0]).toContain(
      '2027年2月6日在文件中既标为放假又标为上班',
    );
    expect(refusal(() => parseNoticeIcs(ics(event('元旦(休)', '20260101')), 2027))).toEqual([
      '文件中没有2027年的放假或调休上班安排（SUMMARY应含“休”“假”或“班”）',
    ]);
    expect(refusal(() => parseNoticeIcs('hello', 2027))).toEqual(['不是iCalendar文件：缺少BEGIN:VCALENDAR']);
    expect(refusal(() => parseNoticeIcs(ics(event('元旦(休)', '2027-01-01')), 2027))[0]).toContain('缺少有效的DTSTART日期');
    expect(refusal(() => parseNoticeIcs(ics(event('元旦(休)', '20270103', '20270101')), 2027))[0]).toContain('DTEND不晚于DTSTART');
  });
});
