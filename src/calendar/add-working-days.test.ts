import { describe, expect, it } from 'vitest';

import { DomainError } from '../domain/errors.js';
import { createOfficialCalendar } from './calendar.js';

const calendar = createOfficialCalendar();

describe('工作日历 跨2026年春节计算工作日期限', () => {
  it('自2026-02-13（星期五）起5个工作日：计入2月14日调休上班，跳过春节假期，截止2月27日', () => {
    const deadline = calendar.addWorkingDays('2026-02-13', 5);
    expect(deadline).toMatchObject({
      start: '2026-02-13',
      due: '2026-02-27',
      basis: 'working_days',
      amount: 5,
      provisional: false,
      provisionalYears: [],
      adjustedWorkingDays: ['2026-02-14'],
    });
    expect(deadline.skipped).toHaveLength(9);
    expect(deadline.skipped[0]).toEqual({ date: '2026-02-15', reason: 'holiday', holidayName: '春节' });
    expect(deadline.skipped.every((d) => d.reason === 'holiday' && d.holidayName === '春节')).toBe(true);
    expect(deadline.explanation).toBe(
      '自2026年2月13日起计5个工作日（起算当日不计），跳过春节假期2月15日至23日，计入调休上班日2月14日（星期六），截止2026年2月27日（星期五，含当日）。',
    );
    expect(calendar.workingDaysBetween('2026-02-13', deadline.due)).toBe(5);
  });

  it('起算日在假期中（2月16日）时，第1个工作日为节后2月24日', () => {
    expect(calendar.addWorkingDays('2026-02-16', 1).due).toBe('2026-02-24');
  });

  it('2月28日（星期六）调休上班日本身计为工作日', () => {
    expect(calendar.addWorkingDays('2026-02-27', 1).due).toBe('2026-02-28');
    expect(calendar.addWorkingDays('2026-02-27', 2).due).toBe('2026-03-02');
  });

  it('跨国庆节：自2026-09-18起5个工作日计入9月20日调休，跳过国庆节假期', () => {
    const deadline = calendar.addWorkingDays('2026-09-18', 5);
    // 9/20 (Sun, 调休), 9/21, 9/22, 9/23, 9/24 — 中秋 9/25–27 not yet reached.
    expect(deadline.due).toBe('2026-09-24');
    const longer = calendar.addWorkingDays('2026-09-18', 10);
    // … 9/28, 9/29, 9/30, then 国庆 10/1–7, 10/8 (Thu), 10/9 (Fri).
    expect(longer.due).toBe('2026-10-09');
    expect(longer.explanation).toContain('中秋节假期9月25日至27日、国庆节假期10月1日至7日');
  });
});

describe('工作日历 工作日期限的约定', () => {
  it('n = 0 时截止日即起算日', () => {
    expect(calendar.addWorkingDays('2026-02-16', 0)).toMatchObject({ due: '2026-02-16', amount: 0, skipped: [] });
  });

  it('n为负数或小数时以invalid_input拒绝', () => {
    expect(() => calendar.addWorkingDays('2026-02-16', -1)).toThrow(DomainError);
    expect(() => calendar.addWorkingDays('2026-02-16', 1.5)).toThrow('工作日数必须是非负整数');
  });

  it('workingDaysBetween计(a, b]内的工作日，b早于a时为负', () => {
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-13')).toBe(0);
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-24')).toBe(2);
    expect(calendar.workingDaysBetween('2026-02-24', '2026-02-13')).toBe(-2);
    expect(calendar.workingDaysBetween('2025-12-31', '2026-12-31')).toBe(
      Array.from({ length: 365 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10)).filter((d) =>
        calendar.isWorkingDay(d),
      ).length,
    );
  });

  it('调用方传入的依据条款写入结果和说明', () => {
    const deadline = calendar.addWorkingDays('2026-01-05', 5, { ruleId: 'meetings.topic-submission', article: 53 });
    expect(deadline.cites).toEqual({ ruleId: 'meetings.topic-submission', article: 53 });
    expect(deadline.explanation.startsWith('依据第五十三条（规则 meetings.topic-submission），自2026年1月5日起计5个工作日')).toBe(true);
  });

  it('1000个工作日的期限计算开销很小（按年跳跃，不逐日累计）', () => {
    const started = performance.now();
    let due = '';
    for (let i = 0; i < 200; i++) due = calendar.addWorkingDays('2020-01-02', 1000).due;
    expect(calendar.workingDaysBetween('2020-01-02', due)).toBe(1000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
