import { DomainError } from '../domain/errors.js';
import { firstDayOfYear, fromDayNumber, isLocalDate, isWeekend, MAX_YEAR, MIN_YEAR, tryDayNumber, weekdayName } from './local-date.js';
import { chineseDate } from './explain.js';
import type { YearNotice } from './types.js';

/**
 * How far into the previous December a notice may reach. The 2023 notice's 元旦 began on 2022-12-31 and the
 * 2012 notice made Saturday 2011-12-31 a working day; a week covers every such case without letting a
 * notice for one year quietly rewrite another.
 */
export const PREVIOUS_YEAR_SPILL_DAYS = 7;

/** No holiday period in any notice has come near a month; a longer one is a typing error. */
const MAX_PERIOD_DAYS = 31;

/**
 * Every problem with a notice's facts, in Chinese, or an empty list. Checks that dates are real and inside
 * the year, that adjusted working days are weekend days, and that no day is both off and at work.
 */
export function noticeProblems(notice: YearNotice): string[] {
  const problems: string[] = [];
  const { year } = notice;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    return [`年份${String(year)}无效，应为${MIN_YEAR}—${MAX_YEAR}之间的整数`];
  }
  const earliest = firstDayOfYear(year) - PREVIOUS_YEAR_SPILL_DAYS;
  const latest = firstDayOfYear(year + 1) - 1;
  const windowText = `${year}年内（元旦前后的安排可始于${chineseDate(fromDayNumber(earliest))}）`;

  const dayOff = new Map<number, string>();
  notice.holidays.forEach((period, index) => {
    const label = `第${index + 1}项放假安排（${period.name || '未命名'}）`;
    if (!period.name.trim()) problems.push(`${label}缺少节日名称`);
    const from = tryDayNumber(period.from);
    const to = tryDayNumber(period.to);
    if (from === null || to === null) {
      problems.push(`${label}的日期无效：“${period.from}”至“${period.to}”，应为YYYY-MM-DD格式的有效日期`);
      return;
    }
    if (from > to) {
      problems.push(`${label}的起始日期${chineseDate(period.from)}晚于结束日期${chineseDate(period.to)}`);
      return;
    }
    if (from < earliest || to > latest) {
      problems.push(`${label}的日期${chineseDate(period.from)}至${chineseDate(period.to)}不在${windowText}`);
      return;
    }
    if (to - from + 1 > MAX_PERIOD_DAYS) {
      problems.push(`${label}长达${to - from + 1}天，超过${MAX_PERIOD_DAYS}天，请核对日期`);
      return;
    }
    for (let day = from; day <= to; day++) {
      const other = dayOff.get(day);
      if (other !== undefined) {
        problems.push(`${chineseDate(fromDayNumber(day))}同时属于“${other}”和“${period.name}”两项放假安排，放假区间不得重叠`);
      } else {
        dayOff.set(day, period.name);
      }
    }
  });

  const seen = new Set<number>();
  notice.adjustedWorkingDays.forEach((adjusted, index) => {
    const label = `第${index + 1}个调休上班日（${isLocalDate(adjusted.date) ? chineseDate(adjusted.date) : `“${adjusted.date}”`}）`;
    if (!adjusted.holidayName.trim()) problems.push(`${label}缺少所属节日名称`);
    const day = tryDayNumber(adjusted.date);
    if (day === null) {
      problems.push(`${label}不是YYYY-MM-DD格式的有效日期`);
      return;
    }
    if (day < earliest || day > latest) {
      problems.push(`${label}不在${windowText}`);
      return;
    }
    if (!isWeekend(day)) {
      problems.push(`${label}是${weekdayName(day)}，调休上班日必须是周六或周日`);
    }
    if (seen.has(day)) problems.push(`${label}重复出现`);
    seen.add(day);
    const holiday = dayOff.get(day);
    if (holiday !== undefined) {
      problems.push(`${label}落在“${holiday}”放假期间，同一天不能既放假又上班`);
    }
  });

  if (!notice.source.title.trim()) problems.push('缺少通知标题');
  if (notice.source.issuedOn !== null && !isLocalDate(notice.source.issuedOn)) {
    problems.push(`通知成文日期“${notice.source.issuedOn}”不是YYYY-MM-DD格式的有效日期`);
  }
  [notice.source, ...notice.amendments].forEach((source, index) => {
    const problem = source.url === null ? null : webUrlProblem(source.url);
    if (problem !== null) problems.push(`${index === 0 ? '通知' : `后续修改通知第${index}项`}的网址${problem}`);
  });
  return problems;
}

/**
 * Why a notice's source URL is not a plain web address, or null. The web page shows it as a link, so only
 * http(s) is accepted: `javascript:`, `data:`, `file:` and the like would run or open something else.
 */
export function webUrlProblem(url: string): string | null {
  // Quoted shortened: the problem text goes back to the importer, and a long payload need not be echoed whole.
  const quoted = `“${url.length > 60 ? `${url.slice(0, 60)}…` : url}”`;
  if (!/^https?:\/\//i.test(url)) return `${quoted}无效：只接受以 http:// 或 https:// 开头的网址`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${quoted}不是有效的网址`;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') return `${quoted}不是有效的网址`;
  // Whitespace or control characters inside are not part of any real address (and hide what the link opens).
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(url)) return `${quoted}含有空白或控制字符`;
  return null;
}

/** Throws `invalid_input` listing every problem with the notice (see `noticeProblems`). */
export function assertValidNotice(notice: YearNotice, what = `${String(notice.year)}年节假日安排`): void {
  const problems = noticeProblems(notice);
  if (problems.length > 0) {
    throw new DomainError('invalid_input', `${what}有误：${problems.map((p, i) => `${i + 1}. ${p}`).join('；')}`, {
      details: { problems },
    });
  }
}
