// @ts-nocheck
import { getSolarDateFromLunar, getSolarTermDate } from 'chinese-days';
import { describe, expect, it } from 'vitest';

import { fromDayNumber, toDayNumber } from './local-date.js';
import { statutoryHolidays, statutoryVersionFor } from './statutory-holidays.js';

function period(year: number, name: string) {
  const found = statutoryHolidays(year).find((p) => p.name === name || p.name.split('、').includes(name));
  if (!found) throw new Error(`${year} ${name} missing`);
  return found;
}

describe('《全国年节及纪念日放假办法》第二条 暂定年度的法定节日', () => {
  it('2027年：元旦1月1日，除夕2月5日至正月初三，清明4月5日，劳动节5月1日至2日，端午6月9日，中秋9月15日，国庆10月1日至3日', () => {
    expect(statutoryHolidays(2027).map(({ name, from, to }) => ({ name, from, to }))).toEqual([
      { name: '元旦', from: '2027-01-01', to: '2027-01-01' },
      { name: '春节', from: '2027-02-05', to: '2027-02-08' },
      { name: '清明节', from: '2027-04-05', to: '2027-04-05' },
      { name: '劳动节', from: '2027-05-01', to: '2027-05-02' },
      { name: '端午节', from: '2027-06-09', to: '2027-06-09' },
      { name: '中秋节', from: '2027-09-15', to: '2027-09-15' },
      { name: '国庆节', from: '2027-10-01', to: '2027-10-03' },
    ]);
  });

  it('2025年起适用2024年修订版（春节4天自除夕起、劳动节2天），此前适用旧版（春节初一至初三、劳动节1天）', () => {
    expect(statutoryVersionFor(2025).inForceFrom).toBe(2025);
    expect(statutoryVersionFor(2024).inForceFrom).toBe(2014);
    expect(statutoryVersionFor(2019).inForceFrom).toBe(2014);
    // 2019: 正月初一 was 5 February.
    expect(period(2019, '春节')).toMatchObject({ from: '2019-02-05', to: '2019-02-07' });
    expect(period(2019, '劳动节')).toMatchObject({ from: '2019-05-01', to: '2019-05-01' });
    expect(period(2026, '春节')).toMatchObject({ from: '2026-02-16', to: '2026-02-19' });
  });

  it('中秋节落在10月1日至3日时与国庆节合并为一段（如2028年10月3日）', () => {
    expect(period(2028, '中秋节')).toMatchObject({ name: '国庆节、中秋节', from: '2028-10-01', to: '2028-10-03' });
    expect(statutoryHolidays(2028).filter((p) => p.name === '国庆节')).toEqual([]);
  });

  // tyme4ts computes lunar dates and solar terms astronomically; chinese-days uses its own tables and
  // formula. Two independent sources agreeing for decades is the check that the computation is right.
  // The range stops at 2099: chinese-days's solar-term formula (the 21st-century constant) puts 清明 2100
  // on 4 April, one day before the astronomical 5 April that tyme4ts gives (2100 is not a leap year).
  it.each(Array.from({ length: 73 }, (_, i) => 2027 + i))('%i年农历节日与清明节气和chinese-days一致', (year) => {
    const newYear = getSolarDateFromLunar(`${year}-01-01`).date;
    expect(period(year, '春节').from).toBe(fromDayNumber(toDayNumber(newYear) - 1));
    expect(period(year, '春节').to).toBe(fromDayNumber(toDayNumber(newYear) + 2));
    expect(period(year, '清明节').from).toBe(getSolarTermDate(year, 4, 'pure_brightness'));
    expect(period(year, '端午节').from).toBe(getSolarDateFromLunar(`${year}-05-05`).date);
    const midAutumn = getSolarDateFromLunar(`${year}-08-15`).date;
    const zhongqiu = period(year, '中秋节');
    if (zhongqiu.name === '中秋节') expect(zhongqiu.from).toBe(midAutumn);
    else expect(midAutumn >= `${year}-10-01` && midAutumn <= `${year}-10-03`).toBe(true);
  });
});
