import { describe, expect, it } from 'vitest';
import { demoGovernmentStructure } from '../../db/seed/demo-government.js';
import { dualDutyOf } from './dual-duty.js';

/** Each seeded leader's portfolio (areas and unit names), as the org data gives it. */
function portfolioOf(personId: string) {
  const s = demoGovernmentStructure();
  const items = s.portfolioItems.filter((p) => p.personId === personId);
  return {
    units: items.filter((p) => p.unitId).map((p) => ({ name: s.units.find((u) => u.id === p.unitId)?.name ?? '' })),
    areas: items.flatMap((p) => (p.area ? [p.area] : [])),
  };
}

describe('第九条 副区长对分管领域实行“一岗双责”', () => {
  it('第九条 一岗双责的领域取自各副区长的分工：不同副区长各不相同', () => {
    const sun = dualDutyOf('deputy', portfolioOf('sun-lihua'));
    const wu = dualDutyOf('deputy', portfolioOf('wu-haiyan'));
    expect(sun.duties).toEqual(['廉洁建设', '安全生产', '生态环保', '信访维稳']);
    expect(sun.fields).toContain('工业经济');
    expect(sun.fields).toContain('区应急管理局');
    expect(sun.fields).not.toContain('城乡建设');
    expect(wu.fields).toContain('城乡建设');
    expect(wu.fields).not.toContain('工业经济');
    // The deputy whose portfolio names one of the four is the one leading it.
    expect(sun.leads).toEqual(['安全生产']);
    expect(wu.leads).toEqual(['生态环保']);
    expect(dualDutyOf('deputy', portfolioOf('feng-junjie')).leads).toEqual(['信访维稳']);
    expect(dualDutyOf('executive_deputy', portfolioOf('zhao-mingyuan')).fields).toContain('财政金融');
  });

  it('第九条 没有分工的副区长、区长与办公室负责人不列一岗双责', () => {
    expect(dualDutyOf('deputy', { units: [], areas: [] })).toEqual({ fields: [], duties: [], leads: [] });
    expect(dualDutyOf('head', portfolioOf('lin-zhiyuan')).duties).toEqual([]);
    expect(dualDutyOf('office_director', { units: [{ name: '区发展和改革局' }], areas: [] }).duties).toEqual([]);
  });
});

describe('第九十三条 本规则的适用范围', () => {
  it('第九十三条 派出机构、部门管理机构、政府直属事业单位与区政府部门同样适用；村委会、区外机关不适用', async () => {
    const { isBoundUnitKind, isDepartmentLike } = await import('./scope.js');
    for (const kind of ['department', 'office', 'dispatched_body', 'managed_body', 'affiliated_institution']) expect(isDepartmentLike(kind)).toBe(true);
    for (const kind of ['town', 'subdistrict', 'development_zone', 'outside_body', 'village_committee']) expect(isDepartmentLike(kind)).toBe(false);
    expect(isBoundUnitKind('government')).toBe(true);
    expect(isBoundUnitKind('village_committee')).toBe(false);
    expect(isBoundUnitKind('outside_body')).toBe(false);
  });
});
