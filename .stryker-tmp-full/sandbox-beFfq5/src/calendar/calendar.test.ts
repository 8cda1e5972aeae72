// @ts-nocheck
import { describe, expect, it } from 'vitest';

import { DomainError } from '../domain/errors.js';
import { createCalendar, createOfficialCalendar } from './calendar.js';
import { SHIPPED_NOTICES } from './shipped-notices.js';
import type { YearNotice } from './types.js';

const calendar = createOfficialCalendar();

describe('工作日历 2026年春节与国庆调休', () => {
  it('春节2月15日至23日放假，2月14日（星期六）、2月28日（星期六）上班', () => {
    for (let day = 15; day <= 23; day++) {
      expect(calendar.dayInfo(`2026-02-${day}`)).toMatchObject({ isWorkingDay: false, reason: 'holiday', holidayName: '春节' });
    }
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false);
    expect(calendar.dayInfo('2026-02-14')).toEqual({
      date: '2026-02-14',
      isWorkingDay: true,
      reason: 'adjusted_working_day',
      holidayName: '春节',
      provisional: false,
    });
    expect(calendar.dayInfo('2026-02-28')).toMatchObject({ isWorkingDay: true, reason: 'adjusted_working_day' });
    expect(calendar.dayInfo('2026-02-24')).toMatchObject({ isWorkingDay: true, reason: 'weekday' });
    expect(calendar.dayInfo('2026-02-13')).toMatchObject({ isWorkingDay: true, reason: 'weekday' });
  });

  it('国庆节10月1日至7日放假，9月20日（星期日）、10月10日（星期六）上班', () => {
    for (let day = 1; day <= 7; day++) {
      expect(calendar.dayInfo(`2026-10-0${day}`)).toMatchObject({ isWorkingDay: false, holidayName: '国庆节' });
    }
    expect(calendar.dayInfo('2026-09-20')).toMatchObject({ isWorkingDay: true, reason: 'adjusted_working_day', holidayName: '国庆节' });
    expect(calendar.dayInfo('2026-10-10')).toMatchObject({ isWorkingDay: true, reason: 'adjusted_working_day', holidayName: '国庆节' });
    expect(calendar.dayInfo('2026-10-08')).toMatchObject({ isWorkingDay: true, reason: 'weekday' });
    expect(calendar.dayInfo('2026-10-11')).toMatchObject({ isWorkingDay: false, reason: 'weekend' });
  });

  it('元旦1月1日至3日放假、1月4日（星期日）上班；劳动节5月1日至5日放假、5月9日（星期六）上班', () => {
    expect(calendar.isWorkingDay('2026-01-02')).toBe(false);
    expect(calendar.dayInfo('2026-01-04')).toMatchObject({ isWorkingDay: true, reason: 'adjusted_working_day', holidayName: '元旦' });
    expect(calendar.isWorkingDay('2026-05-05')).toBe(false);
    expect(calendar.dayInfo('2026-05-09')).toMatchObject({ isWorkingDay: true, holidayName: '劳动节' });
  });

  it('清明4月4日至6日、端午6月19日至21日、中秋9月25日至27日放假，不调休', () => {
    expect(['2026-04-06', '2026-06-19', '2026-09-25'].map((d) => calendar.isWorkingDay(d))).toEqual([false, false, false]);
    expect(calendar.dayInfo('2026-04-07')).toMatchObject({ isWorkingDay: true, reason: 'weekday' });
  });
});

describe('工作日历 年度状态', () => {
  it('2026年为随平台发布的官方通知，注明文号与成文日期', () => {
    const status = calendar.yearStatus(2026);
    expect(status.status).toBe('official');
    expect(status.notice?.source).toMatchObject({ documentNumber: '国办发明电〔2025〕7号', issuedOn: '2025-11-04' });
  });

  it('2027年尚无通知，为暂定；2019年亦为暂定', () => {
    expect(calendar.yearStatus(2027)).toEqual({ year: 2027, status: 'provisional', notice: null });
    expect(calendar.yearStatus(2019).status).toBe('provisional');
  });

  it('2027年1月1日（星期五）暂定期间不是工作日', () => {
    expect(calendar.dayInfo('2027-01-01')).toEqual({
      date: '2027-01-01',
      isWorkingDay: false,
      reason: 'holiday',
      holidayName: '元旦',
      provisional: true,
    });
    // No 调休 is invented for a provisional year: the weekend after 春节 stays a weekend.
    expect(calendar.dayInfo('2027-02-07')).toMatchObject({ isWorkingDay: false, reason: 'holiday', holidayName: '春节' });
    expect(calendar.dayInfo('2027-02-09')).toMatchObject({ isWorkingDay: true, reason: 'weekday', provisional: true });
    expect(calendar.dayInfo('2027-02-13')).toMatchObject({ isWorkingDay: false, reason: 'weekend' });
  });

  it('导入的年度为imported；同一年度后传入的通知取代先传入的', () => {
    const imported: YearNotice = {
      year: 2027,
      origin: 'imported',
      source: { title: '国务院办公厅关于2027年部分节假日安排的通知', documentNumber: null, issuedOn: null, url: null },
      amendments: [],
      holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
      adjustedWorkingDays: [],
      notes: [],
    };
    const withImport = createOfficialCalendar([imported]);
    expect(withImport.yearStatus(2027)).toMatchObject({ status: 'imported', notice: imported });
    expect(withImport.dayInfo('2027-01-01').provisional).toBe(false);
    const replaced = createCalendar([...SHIPPED_NOTICES, { ...imported, year: 2026, holidays: [{ name: '元旦', from: '2026-01-01', to: '2026-01-01' }] }]);
    expect(replaced.yearStatus(2026).status).toBe('imported');
    expect(replaced.isWorkingDay('2026-02-16')).toBe(true);
    expect(replaced.notices.map((n) => n.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });
});

describe('工作日历 输入校验', () => {
  it('无效日期以invalid_input拒绝，提示为中文', () => {
    for (const bad of ['2026-02-30', '2026-2-3', '明天', '1899-12-31']) {
      expect(() => calendar.isWorkingDay(bad)).toThrow(DomainError);
    }
    expect(() => calendar.dayInfo('2026-02-30')).toThrow('日期“2026-02-30”无效，应为YYYY-MM-DD格式的有效日期');
    expect(() => calendar.yearStatus(2026.5)).toThrow('年份2026.5无效');
  });

  it('有误的年度通知在建立日历时即被拒绝，并列出全部问题', () => {
    const bad: YearNotice = {
      ...SHIPPED_NOTICES[6]!,
      adjustedWorkingDays: [{ date: '2026-02-16', holidayName: '春节' }],
    };
    try {
      createCalendar([bad]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('invalid_input');
      expect((error as DomainError).message).toContain('调休上班日必须是周六或周日');
      expect((error as DomainError).message).toContain('同一天不能既放假又上班');
    }
  });
});
