import { describe, expect, it } from 'vitest';
import { isBoundUnitKind, isDepartmentLike, isTownLike } from './scope.js';
import { type UnitKind, unitKinds } from './types.js';

// Every kind of unit the org data knows, with what the rules make of it: [stands with the departments, bound by
// the rules as a whole (art. 93), named as 镇、街道、开发区 (art. 82, 90)].
const table: Record<UnitKind, [boolean, boolean, boolean]> = {
  government: [false, true, false],
  office: [true, true, false],
  department: [true, true, false],
  town: [false, false, true],
  subdistrict: [false, false, true],
  development_zone: [false, false, true],
  outside_body: [false, false, false],
  dispatched_body: [true, true, false],
  managed_body: [true, true, false],
  affiliated_institution: [true, true, false],
  village_committee: [false, false, false],
};

describe('第九十三条 本规则的适用范围', () => {
  it('第九十三条 每一类单位都已列入下表', () => {
    expect(Object.keys(table).sort()).toEqual([...unitKinds].sort());
  });
  it.each(unitKinds.map((kind) => [kind, ...table[kind]] as const))(
    '第九十三条 %s：与区政府部门同样适用 %s，受本规则约束 %s',
    (kind, departmentLike, bound) => {
      expect(isDepartmentLike(kind)).toBe(departmentLike);
      expect(isBoundUnitKind(kind)).toBe(bound);
    },
  );
});

describe('第八十二条 镇人民政府、街道办事处、开发区管委会', () => {
  it.each(unitKinds.map((kind) => [kind, table[kind][2]] as const))('第八十二条 %s 属镇街、开发区：%s', (kind, townLike) => {
    expect(isTownLike(kind)).toBe(townLike);
  });
  it('第八十二条 未知的单位类别不算镇街', () => {
    expect(isTownLike('')).toBe(false);
    expect(isDepartmentLike('')).toBe(false);
  });
});
