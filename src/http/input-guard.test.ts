import { describe, expect, it } from 'vitest';
import { unsafeValue } from './input-guard.js';

describe('输入守卫：任何字符串中的 NUL 与不成对代理字符、超出32位列范围的整数', () => {
  it('NUL、孤立的高位或低位代理字符被指出路径', () => {
    expect(unsafeValue({ a: { b: ['ok', 'x\u0000'] } }, 'body')?.path).toBe('body.a.b.1');
    expect(unsafeValue('\ud800', 'q')).toBeDefined();
    expect(unsafeValue('x\udc00', 'q')).toBeDefined();
    expect(unsafeValue({ ['k\u0000']: 1 }, 'body')?.path).toBe('body.k\u0000');
  });

  it('成对的代理字符（表情）与普通中文照常通过', () => {
    expect(unsafeValue({ name: '区发改局😀', note: 'e\u0301' }, 'body')).toBeUndefined();
  });

  it('整数限于 -2^31 至 2^31-1；小数与范围内的数照常通过', () => {
    expect(unsafeValue(2 ** 31, 'v')?.message).toContain('整数超出范围');
    expect(unsafeValue(-(2 ** 31) - 1, 'v')).toBeDefined();
    expect(unsafeValue(2 ** 31 - 1, 'v')).toBeUndefined();
    expect(unsafeValue(-(2 ** 31), 'v')).toBeUndefined();
    expect(unsafeValue(0.5, 'v')).toBeUndefined();
  });

  it('嵌套过深被拒', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i++) deep = { a: deep };
    expect(unsafeValue(deep, 'body')?.message).toBe('嵌套层次过深');
  });
});
