import { DomainError } from '../domain/errors.js';
import { firstDayOfYear, formatLocalDate, fromDayNumber, MAX_YEAR, MIN_YEAR, tryDayNumber } from './local-date.js';
import { chineseDate } from './explain.js';
import type { AdjustedWorkingDay, HolidayPeriod, YearNotice } from './types.js';
import { assertValidNotice, PREVIOUS_YEAR_SPILL_DAYS } from './validate-notice.js';

/*
 * Import of a year's arrangement from an iCalendar file (RFC 5545), as published by holiday feeds: one
 * all-day VEVENT per run of days, SUMMARY like "春节(休)" or "春节(班)". Only what the calendar needs is
 * read — SUMMARY, DTSTART, DTEND, DURATION — and events of other years are ignored, so a multi-year feed
 * can be imported one year at a time.
 */

type IcsEvent = { summary: string; start: number; endExclusive: number; line: number };

/** Unfolds continuation lines (a line starting with a space or tab continues the previous one). */
function unfold(text: string): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const last = lines[lines.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) last.text += raw.slice(1);
    else lines.push({ text: raw, line: i + 1 });
  });
  return lines;
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The day number of a DATE (20270101) or DATE-TIME (20270101T000000[Z]) value: its calendar date. */
function parseIcsDate(value: string): number | null {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T\d{6}Z?)?$/.exec(value.trim());
  if (!match) return null;
  return tryDayNumber(`${match[1]}-${match[2]}-${match[3]}`);
}

/** Days in a DURATION such as P1D, P3D or P1W; other forms are not used by holiday feeds. */
function parseDurationDays(value: string): number | null {
  const match = /^P(?:(\d+)W|(\d+)D)$/.exec(value.trim());
  if (!match) return null;
  return match[1] !== undefined ? Number(match[1]) * 7 : Number(match[2]);
}

function readEvents(text: string, problems: string[]): IcsEvent[] {
  const events: IcsEvent[] = [];
  let current: { summary?: string; start?: number | null; end?: number | null; duration?: number | null; line: number } | null = null;
  for (const { text: line, line: number } of unfold(text)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const head = line.slice(0, colon);
    const value = line.slice(colon + 1);
    const name = (head.split(';')[0] ?? '').toUpperCase();
    if (name === 'BEGIN' && value.trim().toUpperCase() === 'VEVENT') {
      current = { line: number };
    } else if (name === 'END' && value.trim().toUpperCase() === 'VEVENT' && current) {
      const label = `第${current.line}行起的事件${current.summary ? `“${current.summary}”` : ''}`;
      if (current.summary === undefined) problems.push(`${label}缺少SUMMARY`);
      else if (current.start === undefined || current.start === null) problems.push(`${label}缺少有效的DTSTART日期`);
      else {
        let endExclusive: number | null;
        if (current.end !== undefined) endExclusive = current.end;
        else if (current.duration !== undefined) endExclusive = current.duration === null ? null : current.start + current.duration;
        else endExclusive = current.start + 1; // RFC 5545: an all-day event without DTEND lasts one day
        if (endExclusive === null) problems.push(`${label}的DTEND或DURATION无效`);
        else if (endExclusive <= current.start) problems.push(`${label}的DTEND不晚于DTSTART（DTEND为次日，不含当日）`);
        else events.push({ summary: current.summary, start: current.start, endExclusive, line: current.line });
      }
      current = null;
    } else if (current) {
      if (name === 'SUMMARY') current.summary = unescapeText(value).trim();
      else if (name === 'DTSTART') current.start = parseIcsDate(value);
      else if (name === 'DTEND') current.end = parseIcsDate(value);
      else if (name === 'DURATION') current.duration = parseDurationDays(value);
    }
  }
  return events;
}

type Kind = 'off' | 'work';

/** Working-day markers are tested first: "调休上班" contains 休 but means a day at work. */
function classify(summary: string): Kind | null {
  if (/班|workday|working day/i.test(summary)) return 'work';
  if (/[休假]|holiday|day off/i.test(summary)) return 'off';
  return null;
}

const SHORT_NAMES: Record<string, string> = {
  清明: '清明节',
  端午: '端午节',
  中秋: '中秋节',
  国庆: '国庆节',
  劳动: '劳动节',
  五一: '劳动节',
};

/** "春节(休)" → 春节, "清明 放假" → 清明节; an event with no name left is a plain 节假日. */
function holidayNameOf(summary: string): string {
  const stripped = summary
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, '')
    .replace(/调休上班|调休|补班|上班|放假|休息|假期|休|班|holiday|day off|workday|working day/gi, '')
    .replace(/[\s·,，、:：\-—]+/g, '')
    .trim();
  return SHORT_NAMES[stripped] ?? (stripped || '节假日');
}

/**
 * Reads `year`'s days off and adjusted working days from an iCalendar file. VEVENTs whose SUMMARY contains
 * 班 (上班/补班) are adjusted working days; those containing 休, 假 or "holiday" are days off; others (solar
 * terms, birthdays) are ignored. DTSTART/DTEND are all-day dates with DTEND exclusive. Days off that touch
 * are joined into one period per holiday name. Throws `DomainError('invalid_input')` listing problems.
 */
export function parseNoticeIcs(text: string, year: number): YearNotice {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new DomainError('invalid_input', `年份${String(year)}无效，应为${MIN_YEAR}—${MAX_YEAR}之间的整数`);
  }
  if (!/BEGIN:VCALENDAR/i.test(text)) {
    throw new DomainError('invalid_input', '不是iCalendar文件：缺少BEGIN:VCALENDAR');
  }
  const problems: string[] = [];
  const events = readEvents(text, problems);
  const yearStart = firstDayOfYear(year);
  const yearEnd = firstDayOfYear(year + 1) - 1;

  const off = new Map<number, string>();
  const work = new Map<number, string>();
  for (const event of events) {
    const kind = classify(event.summary);
    if (kind === null) continue;
    const last = event.endExclusive - 1;
    if (last < yearStart || event.start > yearEnd) continue;
    // Late-December days of the previous year belong to this year only through an event that runs on
    // into January (2023's 元旦 began on 2022-12-31); a feed's own December events stay with their year.
    const crossesIntoYear = event.start < yearStart && last >= yearStart;
    const from = crossesIntoYear ? Math.max(event.start, yearStart - PREVIOUS_YEAR_SPILL_DAYS) : Math.max(event.start, yearStart);
    const to = Math.min(last, yearEnd);
    const name = holidayNameOf(event.summary);
    for (let day = from; day <= to; day++) {
      const target = kind === 'off' ? off : work;
      const other = kind === 'off' ? work : off;
      if (other.has(day)) {
        problems.push(`${chineseDate(fromDayNumber(day))}在文件中既标为放假又标为上班（第${event.line}行起的事件“${event.summary}”）`);
        continue;
      }
      if (!target.has(day)) target.set(day, name);
    }
  }
  if (problems.length === 0 && off.size === 0 && work.size === 0) {
    problems.push(`文件中没有${year}年的放假或调休上班安排（SUMMARY应含“休”“假”或“班”）`);
  }
  if (problems.length > 0) {
    throw new DomainError('invalid_input', `iCalendar文件有误：${problems.map((p, i) => `${i + 1}. ${p}`).join('；')}`, {
      details: { problems },
    });
  }

  const holidays: HolidayPeriod[] = [];
  for (const day of [...off.keys()].sort((a, b) => a - b)) {
    const name = off.get(day) ?? '节假日';
    const last = holidays[holidays.length - 1];
    if (last && last.name === name && tryDayNumber(last.to) === day - 1) last.to = fromDayNumber(day);
    else holidays.push({ name, from: fromDayNumber(day), to: fromDayNumber(day) });
  }
  const adjustedWorkingDays: AdjustedWorkingDay[] = [...work.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, holidayName]) => ({ date: fromDayNumber(day), holidayName }));

  const notice: YearNotice = {
    year,
    origin: 'imported',
    source: { title: `${year}年节假日安排（由iCalendar文件导入）`, documentNumber: null, issuedOn: null, url: null },
    amendments: [],
    holidays,
    adjustedWorkingDays,
    notes: [`由iCalendar文件导入，导入时未附通知文号；导入日期范围${formatLocalDate(year, 1, 1)}至${formatLocalDate(year, 12, 31)}。`],
  };
  assertValidNotice(notice, `${year}年节假日安排（iCalendar）`);
  return notice;
}
