// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleLabel, chapterLabel, fromChineseNumeral, toChineseNumeral } from './chinese-numerals.js';

describe('中文数字 条序号转换', () => {
  it('按公文习惯书写：十、十一、二十、五十三、九十四、一百零一、一百一十', () => {
    const cases: [number, string][] = [
      [0, '零'],
      [1, '一'],
      [10, '十'],
      [11, '十一'],
      [20, '二十'],
      [53, '五十三'],
      [94, '九十四'],
      [100, '一百'],
      [101, '一百零一'],
      [110, '一百一十'],
      [1005, '一千零五'],
      [2022, '二千零二十二'],
    ];
    for (const [n, numeral] of cases) {
      expect(toChineseNumeral(n)).toBe(numeral);
      expect(fromChineseNumeral(numeral)).toBe(n);
    }
  });

  it('读取异体写法：〇、两、一十', () => {
    expect(fromChineseNumeral('一百〇一')).toBe(101);
    expect(fromChineseNumeral('两百')).toBe(200);
    expect(fromChineseNumeral('一十三')).toBe(13);
  });

  it('拒绝不成数的写法', () => {
    for (const bad of ['', '五三', '百', '十十', '三十百', '一百五', '零五', '五十零', 'x', '五十三条']) {
      expect(fromChineseNumeral(bad), bad).toBeUndefined();
    }
  });

  it('超出 0…9999 或非整数时报错', () => {
    expect(() => toChineseNumeral(-1)).toThrow(RangeError);
    expect(() => toChineseNumeral(10000)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
  });

  it('任意 0…9999 往返不变', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), (n) => fromChineseNumeral(toChineseNumeral(n)) === n));
  });

  it('条、章的称谓', () => {
    expect(articleLabel(53)).toBe('第五十三条');
    expect(chapterLabel(11)).toBe('第十一章');
  });
});
