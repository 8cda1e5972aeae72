// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { checkCoverPair, checkUnitPlacement, dayBefore } from './rules.js';
import { isInForce, periodsOverlap } from './types.js';

describe('组织机构规则', () => {
  it('任职与分管按日期生效，结束日当天仍有效', () => {
    const p = { validFrom: '2026-01-01', validTo: '2026-03-31' };
    expect(isInForce(p, '2025-12-31')).toBe(false);
    expect(isInForce(p, '2026-03-31')).toBe(true);
    expect(isInForce(p, '2026-04-01')).toBe(false);
    expect(isInForce({ validFrom: '2026-01-01', validTo: null }, '2099-01-01')).toBe(true);
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
  });

  it('期间重叠以天计', () => {
    expect(periodsOverlap({ validFrom: '2026-01-01', validTo: '2026-01-31' }, { validFrom: '2026-01-31', validTo: null })).toBe(true);
    expect(periodsOverlap({ validFrom: '2026-01-01', validTo: '2026-01-30' }, { validFrom: '2026-01-31', validTo: null })).toBe(false);
  });

  it('工作部门、镇街隶属区政府；其他机关不隶属区政府', () => {
    expect(() => checkUnitPlacement('department', 'government')).not.toThrow();
    expect(() => checkUnitPlacement('department', null)).toThrow('须隶属于区政府');
    expect(() => checkUnitPlacement('outside_body', 'government')).toThrow();
  });

  it('第六十二条 补位相对固定：同一期间一位领导只有一位补位领导', () => {
    const existing = [{ id: 'c1', firstPersonId: 'a', secondPersonId: 'b', validFrom: '2022-01-31', validTo: null }];
    expect(() => checkCoverPair('a', 'c', { validFrom: '2026-01-01', validTo: null }, existing)).toThrow('已有补位安排');
    expect(() => checkCoverPair('c', 'd', { validFrom: '2026-01-01', validTo: null }, existing)).not.toThrow();
    expect(() => checkCoverPair('c', 'c', { validFrom: '2026-01-01', validTo: null }, existing)).toThrow('不能是本人');
  });
});
