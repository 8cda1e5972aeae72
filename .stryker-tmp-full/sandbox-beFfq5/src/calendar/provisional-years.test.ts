// @ts-nocheck
import { describe, expect, it } from 'vitest';

import { createOfficialCalendar } from './calendar.js';
import { parseNoticeJson } from './parse-notice-json.js';
import { recomputeDeadline } from './recompute-deadline.js';

/*
 * A plausible but synthetic 2027 notice (the real one is not out yet): 元旦 1–3 January, 春节 from 除夕
 * 5 February for 8 days, and Saturday 20 February worked in exchange. It is written in the import JSON
 * shape, the way the office would bring the real notice in.
 */
const SYNTHETIC_2027 = JSON.stringify({
  year: 2027,
  source: { title: '国务院办公厅关于2027年部分节假日安排的通知（测试用虚构数据）', documentNumber: null, issuedOn: null, url: null },
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-12' },
  ],
  adjustedWorkingDays: [{ date: '2027-02-20', holidayName: '春节' }],
});

const provisionalCalendar = createOfficialCalendar();
const importedCalendar = createOfficialCalendar([parseNoticeJson(SYNTHETIC_2027)]);

describe('工作日历 跨入暂定年度2027年的期限', () => {
  it('期限跨入2027年时标为暂定，provisionalYears为[2027]，说明中写明待通知公布后重算', () => {
    const deadline = provisionalCalendar.addWorkingDays('2026-12-18', 10);
    // 12/21–25, 12/28–31 are 9 working days; 2027-01-01 (Fri) is 元旦 by statute; 1/4 is the 10th.
    expect(deadline).toMatchObject({ due: '2027-01-04', provisional: true, provisionalYears: [2027] });
    expect(deadline.skipped).toContainEqual({ date: '2027-01-01', reason: 'holiday', holidayName: '元旦' });
    expect(deadline.explanation).toContain('此期限为暂定：2027年尚无国务院办公厅放假安排通知');
  });

  it('期限完全落在官方年度内时不是暂定', () => {
    expect(provisionalCalendar.addWorkingDays('2026-12-01', 5)).toMatchObject({ provisional: false, provisionalYears: [] });
  });

  it('导入2027年通知后重算：未受调休影响的期限不变，但不再是暂定', () => {
    const before = provisionalCalendar.addWorkingDays('2026-12-18', 10);
    const after = recomputeDeadline(importedCalendar, before);
    expect(after).toMatchObject({ previousDue: '2027-01-04', isDueChanged: false });
    expect(after.deadline).toMatchObject({ due: '2027-01-04', provisional: false, provisionalYears: [] });
    expect(after.deadline.explanation).not.toContain('暂定');
  });

  it('导入2027年通知后重算：通知延长春节并安排2月20日（星期六）上班，截止日随之改变', () => {
    const before = provisionalCalendar.addWorkingDays('2026-12-31', 30, { article: 12 });
    // Provisional: 春节 is only 除夕 to 初三 (2/5–2/8); 20 working days in January, 2/1–2/4, 2/9–2/12, 2/15, 2/16.
    expect(before).toMatchObject({ due: '2027-02-16', provisional: true, provisionalYears: [2027], adjustedWorkingDays: [] });
    const after = recomputeDeadline(importedCalendar, before);
    // With the notice: off 2/5–2/12, then 2/15–2/19 and the Saturday 2/20 complete the 30.
    expect(after).toMatchObject({ previousDue: '2027-02-16', isDueChanged: true });
    expect(after.deadline).toMatchObject({
      start: '2026-12-31',
      due: '2027-02-20',
      amount: 30,
      provisional: false,
      provisionalYears: [],
      adjustedWorkingDays: ['2027-02-20'],
      cites: { article: 12 },
    });
    expect(after.deadline.explanation).toContain('春节假期2027年2月5日至12日');
    expect(importedCalendar.workingDaysBetween('2026-12-31', '2027-02-20')).toBe(30);
  });

  it('暂定年度的法定节日落在周末时不补休、不调休', () => {
    // 2027-05-01/02 (劳动节) are Saturday and Sunday: Monday 5/3 stays a working day.
    expect(provisionalCalendar.dayInfo('2027-05-01')).toMatchObject({ reason: 'holiday', holidayName: '劳动节' });
    expect(provisionalCalendar.isWorkingDay('2027-05-03')).toBe(true);
  });

  it('2020年以前同样暂定计算，适用旧版放假办法（春节初一至初三）', () => {
    expect(provisionalCalendar.dayInfo('2019-02-04')).toMatchObject({ isWorkingDay: true, provisional: true });
    expect(provisionalCalendar.dayInfo('2019-02-05')).toMatchObject({ isWorkingDay: false, holidayName: '春节' });
    expect(provisionalCalendar.addWorkingDays('2019-12-27', 5)).toMatchObject({ due: '2020-01-06', provisionalYears: [2019] });
  });
});
