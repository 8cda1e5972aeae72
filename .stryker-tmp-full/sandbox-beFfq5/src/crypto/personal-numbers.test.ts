// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idNumberCheckDigit, idNumberProblem, isIdNumber, isMobileNumber, normalizeIdNumber } from './personal-numbers.js';

// Test numbers are made up: a region code, a birth date and a sequence, completed with the computed check
// character. None is a real person's number.
const made = (first17: string) => `${first17}${idNumberCheckDigit(first17)}`;

describe('居民身份证号码校验码（GB 11643-1999，ISO 7064 MOD 11-2）', () => {
  it('按权重 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 求和模11，映射 1 0 X 9 8 7 6 5 4 3 2', () => {
    // 17 zeros: sum 0 → '1'. One '1' at the last position (weight 2): sum 2 → 'X'. At the first (weight 7) → '5'.
    expect(idNumberCheckDigit('00000000000000000')).toBe('1');
    expect(idNumberCheckDigit('00000000000000001')).toBe('X');
    expect(idNumberCheckDigit('10000000000000000')).toBe('5');
    // Weight 1 (position 8): sum 1 → '0'.
    expect(idNumberCheckDigit('00000001000000000')).toBe('0');
  });

  it('编造的号码（计算校验码得出）通过校验；校验码为X时大小写均可', () => {
    expect(idNumberProblem(made('37030519900101123'))).toBeUndefined();
    const x = ['37030519800229001', '11010520000101002', '37030519751231003']
      .map(made)
      .concat(Array.from({ length: 200 }, (_, i) => made(`370305198501${String((i % 28) + 1).padStart(2, '0')}${String(i).padStart(3, '0')}`)));
    for (const n of x) expect(idNumberProblem(n), n).toBeUndefined();
    const withX = x.find((n) => n.endsWith('X'));
    expect(withX).toBeDefined();
    expect(isIdNumber((withX as string).toLowerCase())).toBe(true);
    expect(normalizeIdNumber(' 37030519900101123x ')).toBe('37030519900101123X');
  });

  it('任意一位数字改动都使校验失败（单个错误必被发现）', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const valid = made('37030519900101123');
        const digit = (Number(valid[pos]) + delta) % 10;
        const changed = `${valid.slice(0, pos)}${digit}${valid.slice(pos + 1)}`;
        // Changing the birth date may make it not a date; either way the number is refused.
        expect(idNumberProblem(changed)).toBeDefined();
      }),
    );
  });

  it('错误的号码给出中文原因', () => {
    const valid = made('37030519900101123');
    const wrongCheck = `${valid.slice(0, 17)}${valid[17] === '0' ? '1' : '0'}`;
    expect(idNumberProblem(wrongCheck)).toBe('居民身份证号码校验码不符，请核对');
    expect(idNumberProblem('37030519900101123')).toBe('居民身份证号码应为18位');
    expect(idNumberProblem('370305900101123')).toBe('居民身份证号码应为18位');
    expect(idNumberProblem('3703051990010112AB')).toContain('最后一位为数字或X');
    expect(idNumberProblem(made('37030519900230123'))).toBe('居民身份证号码中的出生日期无效');
    expect(idNumberProblem(made('37030518991231123'))).toBe('居民身份证号码中的出生日期无效');
  });

  it('前17位须为17位数字', () => {
    expect(() => idNumberCheckDigit('1234')).toThrow();
  });
});

describe('手机号码', () => {
  it('11位，1开头，第二位3–9', () => {
    for (const ok of ['13812345678', '19900000000', '15000000000']) expect(isMobileNumber(ok), ok).toBe(true);
    for (const bad of ['12812345678', '1381234567', '138123456789', '2381234567a', '+8613812345678', '138 1234 5678', '']) {
      expect(isMobileNumber(bad), bad).toBe(false);
    }
  });
});
