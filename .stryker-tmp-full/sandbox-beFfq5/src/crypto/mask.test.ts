// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFieldCipher } from './field-cipher.js';
import { mask, maskIdNumber, maskMobile, maskStored, UNREADABLE_MASK } from './mask.js';

describe('脱敏（等保 8.1.4.11）', () => {
  it('手机号码保留前3后4：138****5678', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
  });

  it('居民身份证号码保留前6后4，隐去出生日期：370305********123X', () => {
    expect(maskIdNumber('37030519900101123X')).toBe('370305********123X');
    expect(mask('idNumber', '370305199001011236')).toBe('370305********1236');
  });

  it('脱敏结果不含被隐去的部分；长度不符的值最多露出后4位', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (m) => {
        const masked = maskMobile(m);
        expect(masked).toHaveLength(11);
        expect(masked.slice(3, 7)).toBe('****');
      }),
    );
    expect(maskMobile('123')).toBe('***');
    expect(maskIdNumber('370305900101123')).toBe('***********1123');
  });

  it('从密文脱敏：无值为 null；无法解密时显示“无法解密”并报告原因', () => {
    const cipher = createFieldCipher([{ id: 'k', key: Buffer.alloc(16, 1) }]);
    const stored = cipher.encrypt('13812345678', 'people.mobile:p1');
    expect(maskStored(cipher, 'mobile', stored, 'people.mobile:p1')).toBe('138****5678');
    expect(maskStored(cipher, 'mobile', null, 'people.mobile:p1')).toBeNull();
    const reasons: string[] = [];
    expect(maskStored(cipher, 'mobile', stored, 'people.mobile:p2', (e) => reasons.push(e.code))).toBe(UNREADABLE_MASK);
    expect(reasons).toEqual(['bad_tag']);
  });
});
