import type { DayReason, DeadlineBasis, YearStatusKind } from '../api/calendar';

export const yearStatusLabels: Record<YearStatusKind, string> = {
  official: '国务院通知',
  imported: '已导入通知',
  provisional: '暂定',
};

export const yearStatusColors: Record<YearStatusKind, string> = {
  official: 'green',
  imported: 'blue',
  provisional: 'gold',
};

export const yearStatusHints: Record<YearStatusKind, string> = {
  official: '按国务院办公厅放假安排通知（系统内置）',
  imported: '按办公室导入的国务院办公厅放假安排通知',
  provisional: '尚无国务院放假通知，按《全国年节及纪念日放假办法》规定的节日暂定，不含调休',
};

export const dayReasonLabels: Record<DayReason, string> = {
  weekday: '工作日',
  weekend: '周末',
  holiday: '节假日',
  adjusted_working_day: '调休上班',
};

export const deadlineBasisLabels: Record<DeadlineBasis, string> = {
  working_days: '工作日',
  calendar_days: '自然日',
  months: '月',
};

export const deadlineBasisOrder: DeadlineBasis[] = ['working_days', 'calendar_days', 'months'];

/** The sentence shown whenever a provisional year is on screen. */
export const provisionalYearText = '本年度尚无国务院放假通知，按法定节假日暂定，所算期限均为暂定';
