import { describe, expect, it } from 'vitest';
import { dateText, widthInChars } from './units.js';

describe('GB/T 9704-2012 成文日期用阿拉伯数字、不编虚位', () => {
  it('ISO 日期写作“2026年12月2日”，月日不补零', () => {
    expect(dateText('2026-12-02')).toBe('2026年12月2日');
    expect(dateText('2026-03-05')).toBe('2026年3月5日');
  });

  it('时刻按北京时间取日', () => {
    expect(dateText('2026-12-01T16:30:00.000Z')).toBe('2026年12月2日');
    expect(dateText('2026-12-01T15:59:59.000Z')).toBe('2026年12月1日');
  });

  it('不是日期的文字原样保留', () => {
    expect(dateText('即日')).toBe('即日');
  });
});

describe('署名与成文日期的位置按字数计算', () => {
  it('汉字算一字，数字算半字，中西文之间另加四分之一字', () => {
    expect(widthInChars('临淄区人民政府')).toBe(7);
    expect(widthInChars('2026年12月2日')).toBe(3.5 + 3 + 5 * 0.25);
  });
});
