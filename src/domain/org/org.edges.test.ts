import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { checkCoverPair, checkPeriod, checkUnitPlacement } from './rules.js';
import { dualDutyAreas, isInForce, leaderPostKinds, periodsOverlap, postKindLabels, postKinds, type UnitKind, unitFunctionLabels, unitFunctions, unitKindLabels, unitKinds } from './types.js';

const details = (f: () => void) => {
  try {
    f();
  } catch (e) {
    return { code: (e as DomainError).code, message: (e as DomainError).message, details: (e as DomainError).details };
  }
  return undefined;
};

describe('第五条 单位隶属', () => {
  const ok: [UnitKind, UnitKind | null][] = [['government', null], ['office', 'government'], ['department', 'government'], ['town', 'government'], ['subdistrict', 'government'], ['development_zone', 'government'], ['outside_body', null]];
  it.each(ok)('%s 隶属于 %s', (kind, parent) => {
    expect(() => checkUnitPlacement(kind, parent)).not.toThrow();
  });
  it.each([['government', 'government'], ['town', 'department'], ['outside_body', 'government']] as [UnitKind, UnitKind][])('%s 不能隶属于 %s', (kind, parent) => {
    expect(details(() => checkUnitPlacement(kind, parent))).toMatchObject({ code: 'invalid_input', message: '该类单位不能隶属于所选上级单位' });
  });
  it('工作部门无上级', () => {
    expect(details(() => checkUnitPlacement('office', null))).toMatchObject({ message: '该类单位须隶属于区政府' });
  });
});

describe('任职期间', () => {
  it('结束日不能早于开始日；同日与无结束日可以', () => {
    expect(details(() => checkPeriod({ validFrom: '2026-01-02', validTo: '2026-01-01' }))).toMatchObject({ code: 'invalid_input', message: '结束日期不能早于开始日期' });
    expect(() => checkPeriod({ validFrom: '2026-01-02', validTo: '2026-01-02' })).not.toThrow();
    expect(() => checkPeriod({ validFrom: '2026-01-02', validTo: null })).not.toThrow();
  });
  it('生效日当天即有效', () => {
    expect(isInForce({ validFrom: '2026-01-01', validTo: null }, '2026-01-01')).toBe(true);
  });
  it.each([
    ['首尾相接的同一天', { validFrom: '2026-01-01', validTo: '2026-01-31' }, { validFrom: '2026-01-31', validTo: '2026-02-28' }, true],
    ['前者开始于后者结束之后', { validFrom: '2026-03-01', validTo: null }, { validFrom: '2026-01-01', validTo: '2026-02-28' }, false],
    ['前者在后者结束当天开始', { validFrom: '2026-02-28', validTo: null }, { validFrom: '2026-01-01', validTo: '2026-02-28' }, true],
    ['两者都无结束日', { validFrom: '2026-03-01', validTo: null }, { validFrom: '2020-01-01', validTo: null }, true],
  ])('%s', (_, a, b, overlap) => {
    expect(periodsOverlap(a, b)).toBe(overlap);
    expect(periodsOverlap(b, a)).toBe(overlap);
  });
});

describe('第六十二条 补位相对固定', () => {
  const existing = [{ id: 'c1', firstPersonId: 'a', secondPersonId: 'b', validFrom: '2026-01-01', validTo: '2026-06-30' }];
  it('与已有安排重叠时拒绝，并指出是哪一项；第二位领导已有安排亦然', () => {
    expect(details(() => checkCoverPair('c', 'b', { validFrom: '2026-06-30', validTo: null }, existing))).toEqual({ code: 'invalid_input', message: '该领导在此期间已有补位安排，请先结束原安排', details: { coverPairId: 'c1' } });
    expect(details(() => checkCoverPair('a', 'c', { validFrom: '2026-06-30', validTo: null }, existing))).toMatchObject({ details: { coverPairId: 'c1' } });
  });
  it('原安排结束后可另行安排；期间有误时拒绝', () => {
    expect(() => checkCoverPair('a', 'c', { validFrom: '2026-07-01', validTo: null }, existing)).not.toThrow();
    expect(details(() => checkCoverPair('a', 'c', { validFrom: '2026-08-01', validTo: '2026-07-01' }, existing))).toMatchObject({ message: '结束日期不能早于开始日期' });
  });
  it('本人不能补位本人', () => {
    expect(details(() => checkCoverPair('x', 'x', { validFrom: '2026-08-01', validTo: null }, []))).toMatchObject({ code: 'invalid_input', message: '补位领导不能是本人' });
  });
});

describe('组织机构名称表', () => {
  it.each([
    ['单位类别', unitKinds, unitKindLabels],
    ['单位职能', unitFunctions, unitFunctionLabels],
    ['职务类别', postKinds, postKindLabels],
  ] as [string, readonly string[], Record<string, string>][])('%s：每项一个中文名，互不相同', (_, keys, labels) => {
    expect(Object.keys(labels)).toEqual([...keys]);
    const names = keys.map((k) => labels[k] ?? '');
    expect(names.every((n) => /^[\u4e00-\u9fa5]+$/.test(n))).toBe(true);
    expect(new Set(names).size).toBe(keys.length);
  });

  it('第五条、第七条、第十条 区政府领导的职务；第九条 一岗双责四个领域', () => {
    expect(leaderPostKinds).toEqual(['head', 'executive_deputy', 'deputy', 'office_director', 'office_deputy_director']);
    expect(postKindLabels.head).toBe('区长');
    expect(unitFunctionLabels.party_committee).toBe('区委');
    expect(unitKindLabels.government).toBe('区政府');
    expect(dualDutyAreas).toEqual(['廉洁建设', '安全生产', '生态环保', '信访维稳']);
  });
});
