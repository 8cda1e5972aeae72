import { toDayNumber, weekdayName } from './local-date.js';
import type { DeadlineCites, SkippedDay } from './types.js';

/*
 * Chinese wording for deadlines. Kept apart from the arithmetic so that a change of phrasing never touches
 * how days are counted.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 53 → 五十三, 101 → 一百零一, as articles are numbered in the rulebook (第五十三条). Arabic above 9999. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n);
  if (n < 10) return DIGITS[n] ?? String(n);
  const units = ['', '十', '百', '千'] as const;
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((digit, i) => {
    const unit = units[digits.length - 1 - i] ?? '';
    if (digit === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    // 十一, not 一十一, when the number starts with a ten.
    out += digits.length === 2 && i === 0 && digit === 1 ? unit : `${DIGITS[digit] ?? ''}${unit}`;
  });
  return out;
}

/** `M月D日`, with the year in front when it differs from `contextYear`. */
export function monthDay(date: string, contextYear: number): string {
  const year = Number(date.slice(0, 4));
  const text = `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
  return year === contextYear ? text : `${year}年${text}`;
}

/**
 * A date as an office writes it in a letter or a refusal: `2026年3月5日` (never `2026-03-05`). An instant is
 * written in Beijing time, with the hour and minute when `withTime` is set: `2026年3月5日14时30分`.
 */
export function chineseDate(date: string | Date, withTime = false): string {
  const iso = typeof date === 'string' ? date : new Date(date.getTime() + 8 * 3600_000).toISOString();
  const text = `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
  if (!withTime || typeof date === 'string') return text;
  return `${text}${Number(iso.slice(11, 13))}时${iso.slice(14, 16)}分`;
}

/** `2月15日至23日`, `9月29日至10月6日`, `2026年12月31日至2027年1月3日`, or one day. */
export function dateRange(from: string, to: string, contextYear: number): string {
  if (from === to) return monthDay(from, contextYear);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const sameMonth = sameYear && from.slice(5, 7) === to.slice(5, 7);
  const endText = sameMonth ? `${Number(to.slice(8, 10))}日` : monthDay(to, sameYear ? Number(from.slice(0, 4)) : -1);
  return `${monthDay(from, contextYear)}至${endText}`;
}

/** `2026-02-27（星期五）`. */
export function dateWithWeekday(date: string): string {
  return `${date}（${weekdayName(toDayNumber(date))}）`;
}

/** `跳过春节假期2月15日至23日、周末2天` from the skipped days, or '' when none were skipped. */
export function describeSkipped(skipped: readonly SkippedDay[], contextYear: number): string {
  const parts: string[] = [];
  let weekendDays = 0;
  let group: { name: string; from: string; to: string; last: number } | undefined;
  const flush = (): void => {
    if (group) parts.push(`${group.name}假期${dateRange(group.from, group.to, contextYear)}`);
    group = undefined;
  };
  for (const day of skipped) {
    if (day.reason === 'weekend') {
      weekendDays++;
      continue;
    }
    const dayNumber = toDayNumber(day.date);
    const name = day.holidayName ?? '节假日';
    if (group && group.name === name && group.last === dayNumber - 1) {
      group.to = day.date;
      group.last = dayNumber;
    } else {
      flush();
      group = { name, from: day.date, to: day.date, last: dayNumber };
    }
  }
  flush();
  if (weekendDays > 0) parts.push(`周末${weekendDays}天`);
  return parts.length > 0 ? `跳过${parts.join('、')}` : '';
}

/** `计入调休上班日2月14日（星期六）、2月28日（星期六）` or ''. */
export function describeAdjusted(adjusted: readonly string[], contextYear: number): string {
  if (adjusted.length === 0) return '';
  const days = adjusted.map((date) => `${monthDay(date, contextYear)}（${weekdayName(toDayNumber(date))}）`);
  return `计入调休上班日${days.join('、')}`;
}

/** The sentence telling the reader the result may move once a notice is imported. */
export function describeProvisional(years: readonly number[]): string {
  if (years.length === 0) return '';
  return `此期限为暂定：${years.map((y) => `${y}年`).join('、')}尚无国务院办公厅放假安排通知，暂按《全国年节及纪念日放假办法》规定的节日计算（不含调休），通知公布后应重新计算`;
}

/** `依据第五十三条（规则 meetings.topic-deadline）` or ''. */
export function describeCites(cites: DeadlineCites | undefined): string {
  if (!cites || (cites.article === undefined && cites.ruleId === undefined)) return '';
  const article = cites.article === undefined ? '' : `第${chineseNumber(cites.article)}条`;
  const rule = cites.ruleId === undefined ? '' : `规则 ${cites.ruleId}`;
  if (article && rule) return `依据${article}（${rule}）`;
  return `依据${article || rule}`;
}
