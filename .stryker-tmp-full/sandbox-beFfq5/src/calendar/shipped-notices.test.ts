// @ts-nocheck
import { getDayDetail, getHolidaysInRange, isWorkday } from 'chinese-days';
import { describe, expect, it } from 'vitest';

import { createOfficialCalendar } from './calendar.js';
import { firstDayOfYear, fromDayNumber } from './local-date.js';
import { formatNoticeJson, parseNoticeJson } from './parse-notice-json.js';
import { SHIPPED_NOTICES } from './shipped-notices.js';
import { noticeProblems } from './validate-notice.js';

/*
 * Our shipped data is typed from the notices themselves; `chinese-days` is an independent, maintained
 * transcription of the same notices and serves only as the check. Where the two disagree the notice wins,
 * and the disagreement is listed here with its reason. There is none for 2020–2026.
 */
const KNOWN_DISCREPANCIES: readonly { date: string; reason: string }[] = [];

const calendar = createOfficialCalendar();

function daysOf(year: number): string[] {
  const first = firstDayOfYear(year);
  const last = firstDayOfYear(year + 1) - 1;
  const out: string[] = [];
  for (let d = first; d <= last; d++) out.push(fromDayNumber(d));
  return out;
}

function isWeekendDate(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

const discrepancyDates = new Set(KNOWN_DISCREPANCIES.map((d) => d.date));

describe('工作日历 2020—2026年官方放假安排与chinese-days逐日核对', () => {
  it('随平台发布的是2020至2026年各一份通知', () => {
    expect(SHIPPED_NOTICES.map((n) => n.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const notice of SHIPPED_NOTICES) {
      expect(notice.origin).toBe('shipped');
      expect(notice.source.title).toBe(`国务院办公厅关于${notice.year}年部分节假日安排的通知`);
    }
  });

  describe.each(SHIPPED_NOTICES.map((n) => n.year))('%i年', (year) => {
    const days = daysOf(year).filter((d) => !discrepancyDates.has(d));

    it('数据自洽：日期在年内、调休上班日均为周末、放假与上班不重叠', () => {
      const notice = SHIPPED_NOTICES.find((n) => n.year === year);
      expect(notice && noticeProblems(notice)).toEqual([]);
    });

    it('放假日逐日一致', () => {
      const ours = days.filter((d) => calendar.dayInfo(d).reason === 'holiday');
      const theirs = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).filter((d) => !discrepancyDates.has(d));
      expect(ours).toEqual(theirs);
    });

    it('调休上班日逐日一致', () => {
      const ours = days.filter((d) => calendar.dayInfo(d).reason === 'adjusted_working_day');
      const theirs = days.filter((d) => isWeekendDate(d) && getDayDetail(d).work);
      expect(ours).toEqual(theirs);
    });

    it('每一天是否工作日逐日一致', () => {
      const mismatches = days.filter((d) => calendar.isWorkingDay(d) !== isWorkday(d));
      expect(mismatches).toEqual([]);
    });

    it('放假日的节日名称与chinese-days相符（国庆节、中秋节合并时名称含两者）', () => {
      const mismatches = days
        .filter((d) => calendar.dayInfo(d).reason === 'holiday')
        .filter((d) => {
          // chinese-days names a day "Spring Festival,春节,4"; the Chinese name sits between the commas.
          const theirs = getDayDetail(d).name.split(',')[1] ?? '';
          return !(calendar.dayInfo(d).holidayName ?? '').includes(theirs);
        });
      expect(mismatches).toEqual([]);
    });

    it('以导入用JSON格式写出后可原样读回', () => {
      const notice = SHIPPED_NOTICES.find((n) => n.year === year);
      if (!notice) throw new Error('missing notice');
      expect(parseNoticeJson(formatNoticeJson(notice))).toEqual({ ...notice, origin: 'imported' });
    });
  });

  it('2020年春节假期按延长通知延至2月2日，原定2月1日（星期六）上班取消', () => {
    expect(calendar.isWorkingDay('2020-01-31')).toBe(false);
    expect(calendar.dayInfo('2020-02-01')).toMatchObject({ isWorkingDay: false, reason: 'holiday', holidayName: '春节' });
    expect(calendar.isWorkingDay('2020-02-03')).toBe(true);
    expect(calendar.yearStatus(2020).notice?.amendments[0]?.title).toBe('国务院办公厅关于延长2020年春节假期的通知');
  });

  it('2023年元旦假期始于2022年12月31日（星期六），计入2022年日历', () => {
    expect(calendar.dayInfo('2022-12-31')).toMatchObject({ isWorkingDay: false, reason: 'holiday', holidayName: '元旦' });
    expect(calendar.dayInfo('2022-12-30')).toMatchObject({ isWorkingDay: true, reason: 'weekday' });
  });

  it('2024年除夕（2月9日）只是鼓励休息，仍是工作日', () => {
    expect(calendar.dayInfo('2024-02-09')).toMatchObject({ isWorkingDay: true, reason: 'weekday' });
  });
});
