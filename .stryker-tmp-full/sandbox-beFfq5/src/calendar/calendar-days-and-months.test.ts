// @ts-nocheck
import { describe, expect, it } from 'vitest';

import { createOfficialCalendar } from './calendar.js';
import { recomputeDeadline } from './recompute-deadline.js';

const calendar = createOfficialCalendar();

describe('工作日历 按日、按月计算的期限（《民法典》第二百零一条、第二百零二条）', () => {
  it('按日计算：起算当日不计，截止日为起算日加n日', () => {
    expect(calendar.addCalendarDays('2026-03-02', 15)).toMatchObject({
      start: '2026-03-02',
      due: '2026-03-17',
      basis: 'calendar_days',
      amount: 15,
      provisional: false,
      skipped: [],
      adjustedWorkingDays: [],
    });
  });

  it('截止日逢节假日不顺延，说明中写明', () => {
    const deadline = calendar.addCalendarDays('2026-09-20', 11);
    expect(deadline.due).toBe('2026-10-01');
    expect(deadline.explanation).toContain('截止日为国庆节假期，本计算不予顺延');
  });

  it('截止日在暂定年度的节日时说明系暂定，但截止日本身不受通知影响', () => {
    const deadline = calendar.addCalendarDays('2026-12-31', 1, { ruleId: 'petitions.reply' });
    expect(deadline).toMatchObject({ due: '2027-01-01', provisional: false, cites: { ruleId: 'petitions.reply' } });
    expect(deadline.explanation).toContain('2027年尚无放假安排通知，系暂定');
    expect(deadline.explanation.startsWith('依据规则 petitions.reply，')).toBe(true);
    expect(recomputeDeadline(calendar, deadline).isDueChanged).toBe(false);
  });

  it('按月计算：到期月的对应日为最后一日，没有对应日的以月末日为最后一日', () => {
    expect(calendar.addMonths('2026-01-31', 1).due).toBe('2026-02-28');
    expect(calendar.addMonths('2024-01-31', 1).due).toBe('2024-02-29');
    expect(calendar.addMonths('2026-08-31', 1).due).toBe('2026-09-30');
    expect(calendar.addMonths('2026-03-15', 3).due).toBe('2026-06-15');
    expect(calendar.addMonths('2026-11-30', 3).due).toBe('2027-02-28');
    expect(calendar.addMonths('2026-05-31', 0).due).toBe('2026-05-31');
    const clamped = calendar.addMonths('2026-01-31', 1);
    expect(clamped).toMatchObject({ basis: 'months', amount: 1, provisional: false });
    expect(clamped.explanation).toContain('2026年2月没有31日，以该月末日为最后一日');
  });

  it('n为负数时以invalid_input拒绝', () => {
    expect(() => calendar.addCalendarDays('2026-01-01', -3)).toThrow('日数必须是非负整数');
    expect(() => calendar.addMonths('2026-01-01', -1)).toThrow('月数必须是非负整数');
  });
});
