// @ts-nocheck
import { LunarDay, SolarTerm, type SolarDay } from 'tyme4ts';

import { formatLocalDate } from './local-date.js';
import type { HolidayPeriod } from './types.js';

/**
 * The holidays that 《全国年节及纪念日放假办法》 fixes in advance, for a year that has no notice yet. Lunar
 * dates and the 清明 solar term come from `tyme4ts` (astronomical computation, not a hand-kept table), so
 * any year in range works without new data.
 *
 * Only the statute's own days are produced: no 调休 is invented, and a statutory day that falls on a weekend
 * simply stays a day off. The yearly notice, once imported, replaces all of this.
 */

/** A version of the 放假办法, identified by the year it came into force. */
export type StatutoryVersion = {
  inForceFrom: number;
  title: string;
  /** First and last day of 春节 relative to 正月初一 (除夕 = -1). */
  springFestival: { fromOffset: number; toOffset: number };
  labourDayDays: number;
};

/**
 * The versions the calendar knows, newest first. Provisional years before 2008 use the 2008 version: the
 * platform computes no deadlines that far back, and the 1999 version (劳动节 3 days, no 清明/端午/中秋)
 * would only matter for historical curiosities.
 */
export const STATUTORY_VERSIONS: readonly StatutoryVersion[] = [
  {
    inForceFrom: 2025,
    title: '《全国年节及纪念日放假办法》（2024年11月修订，2025年1月1日起施行）',
    springFestival: { fromOffset: -1, toOffset: 2 },
    labourDayDays: 2,
  },
  {
    inForceFrom: 2014,
    title: '《全国年节及纪念日放假办法》（2013年12月修订，2014年1月1日起施行）',
    springFestival: { fromOffset: 0, toOffset: 2 },
    labourDayDays: 1,
  },
  {
    inForceFrom: 2008,
    title: '《全国年节及纪念日放假办法》（2007年12月修订，2008年1月1日起施行）',
    springFestival: { fromOffset: -1, toOffset: 1 },
    labourDayDays: 1,
  },
];

/** The version of the 放假办法 that governs `year`. */
export function statutoryVersionFor(year: number): StatutoryVersion {
  const version = STATUTORY_VERSIONS.find((v) => year >= v.inForceFrom) ?? STATUTORY_VERSIONS[STATUTORY_VERSIONS.length - 1];
  if (!version) throw new Error('no statutory version');
  return version;
}

function toLocalDate(day: SolarDay): string {
  return formatLocalDate(day.getYear(), day.getMonth(), day.getDay());
}

function lunarToLocalDate(year: number, month: number, day: number, offset = 0): string {
  return toLocalDate(LunarDay.fromYmd(year, month, day).getSolarDay().next(offset));
}

/**
 * The statutory holidays of `year` under the governing version of the 放假办法, in date order. The 春节 of
 * lunar year `year` always begins in January or February of Gregorian `year`, so every period lies inside it.
 */
export function statutoryHolidays(year: number): HolidayPeriod[] {
  const version = statutoryVersionFor(year);
  const basis = `按${version.title}计算`;
  const { fromOffset, toOffset } = version.springFestival;
  const qingming = toLocalDate(SolarTerm.fromName(year, '清明').getSolarDay());
  const duanwu = lunarToLocalDate(year, 5, 5);
  const zhongqiu = lunarToLocalDate(year, 8, 15);
  const nationalDay = { from: formatLocalDate(year, 10, 1), to: formatLocalDate(year, 10, 3) };
  // 中秋 can fall on 1–3 October (2020, 2028); the notices then name one merged period 国庆节、中秋节.
  const isMidAutumnInNationalDay = zhongqiu >= nationalDay.from && zhongqiu <= nationalDay.to;
  const periods: HolidayPeriod[] = [
    { name: '元旦', from: formatLocalDate(year, 1, 1), to: formatLocalDate(year, 1, 1), note: basis },
    {
      name: '春节',
      from: lunarToLocalDate(year, 1, 1, fromOffset),
      to: lunarToLocalDate(year, 1, 1, toOffset),
      note: `${basis}（${fromOffset < 0 ? '农历除夕' : '正月初一'}至正月初${['一', '二', '三'][toOffset] ?? ''}）`,
    },
    { name: '清明节', from: qingming, to: qingming, note: `${basis}（清明节气当日）` },
    {
      name: '劳动节',
      from: formatLocalDate(year, 5, 1),
      to: formatLocalDate(year, 5, version.labourDayDays),
      note: basis,
    },
    { name: '端午节', from: duanwu, to: duanwu, note: `${basis}（农历五月初五）` },
  ];
  if (isMidAutumnInNationalDay) {
    periods.push({ name: '国庆节、中秋节', ...nationalDay, note: `${basis}（中秋节农历八月十五为${zhongqiu}，在国庆节假期内）` });
  } else {
    periods.push(
      { name: '中秋节', from: zhongqiu, to: zhongqiu, note: `${basis}（农历八月十五）` },
      { name: '国庆节', ...nationalDay, note: basis },
    );
  }
  return periods.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
