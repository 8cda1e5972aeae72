// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createOfficialCalendar } from './calendar.js';
import { daysInMonth, fromDayNumber, toDayNumber } from './local-date.js';
import type { YearNotice } from './types.js';

/** A synthetic imported 2027 so the properties also hold across an imported year, not only provisional. */
const imported2027: YearNotice = {
  year: 2027,
  origin: 'imported',
  source: { title: '测试用虚构的2027年通知', documentNumber: null, issuedOn: null, url: null },
  amendments: [],
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-12' },
    { name: '国庆节', from: '2027-10-01', to: '2027-10-07' },
  ],
  adjustedWorkingDays: [
    { date: '2027-02-20', holidayName: '春节' },
    { date: '2027-09-26', holidayName: '国庆节' },
  ],
  notes: [],
};

const calendars = {
  '2027年暂定': createOfficialCalendar(),
  '2027年已导入': createOfficialCalendar([imported2027]),
};

const FIRST = toDayNumber('2020-01-01');
const LAST = toDayNumber('2028-12-31');
const dateArb = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);

describe.each(Object.entries(calendars))('工作日历 期限的性质（%s）', (_label, calendar) => {
  it('2020—2028年任一起算日加1至300个工作日：截止日是工作日，且(起算日, 截止日]内恰有n个工作日', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 300 }), (start, n) => {
        const deadline = calendar.addWorkingDays(start, n);
        expect(calendar.isWorkingDay(deadline.due)).toBe(true);
        expect(calendar.workingDaysBetween(start, deadline.due)).toBe(n);
        expect(calendar.workingDaysBetween(deadline.due, start)).toBe(-n);
        // One day earlier falls short: the due date is the *first* day that completes n.
        expect(calendar.workingDaysBetween(start, fromDayNumber(toDayNumber(deadline.due) - 1))).toBe(n - 1);
        // Every calendar day in (start, due] is either counted or listed as skipped.
        const span = toDayNumber(deadline.due) - toDayNumber(start);
        expect(span).toBe(n + deadline.skipped.length);
        expect(deadline.skipped.every((d) => !calendar.isWorkingDay(d.date))).toBe(true);
        expect(deadline.adjustedWorkingDays.every((d) => calendar.dayInfo(d).reason === 'adjusted_working_day')).toBe(true);
        expect(deadline.provisional).toBe(deadline.provisionalYears.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('workingDaysBetween与逐日数工作日一致', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -120, max: 120 }), (a, offset) => {
        const b = fromDayNumber(toDayNumber(a) + offset);
        let count = 0;
        const [lo, hi] = offset >= 0 ? [toDayNumber(a), toDayNumber(b)] : [toDayNumber(b), toDayNumber(a)];
        for (let d = lo + 1; d <= hi; d++) if (calendar.isWorkingDay(fromDayNumber(d))) count++;
        expect(calendar.workingDaysBetween(a, b)).toBe(offset >= 0 ? count : -count);
      }),
      { numRuns: 200 },
    );
  });

  it('按月计算截止日取到期月的对应日，没有对应日时取月末日', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 36 }), (start, n) => {
        const due = calendar.addMonths(start, n).due;
        const [y, m, d] = start.split('-').map(Number) as [number, number, number];
        const [dy, dm, dd] = due.split('-').map(Number) as [number, number, number];
        expect(dy * 12 + dm - (y * 12 + m)).toBe(n);
        expect(dd).toBe(Math.min(d, daysInMonth(dy, dm)));
      }),
      { numRuns: 300 },
    );
  });
});
