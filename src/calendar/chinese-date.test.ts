import { describe, expect, it } from 'vitest';
import { chineseDate } from './explain.js';

describe('公文日期的写法（党政机关公文格式：用阿拉伯数字标全年、月、日，不编虚位）', () => {
  it('日期写作“2026年3月5日”，月、日不补零', () => {
    expect(chineseDate('2026-03-05')).toBe('2026年3月5日');
    expect(chineseDate('2026-12-31')).toBe('2026年12月31日');
  });

  it('时刻按北京时间写出日期，需要时写到时分', () => {
    expect(chineseDate(new Date('2026-03-04T16:30:00Z'))).toBe('2026年3月5日');
    expect(chineseDate(new Date('2026-03-05T06:05:00Z'), true)).toBe('2026年3月5日14时05分');
  });
});
