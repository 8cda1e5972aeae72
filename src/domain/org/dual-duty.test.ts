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

  it.each([
    ['没有分工的副区长', 'deputy', { units: [], areas: [] }],
    ['区长（第九条不列）', 'head', portfolioOf('lin-zhiyuan')],
    ['办公室主任（协助，不分管）', 'office_director', { units: [{ name: '区发展和改革局' }], areas: ['安全生产'] }],
  ] as const)('第九条 %s：不列一岗双责的领域、职责与牵头', (_, postKind, portfolio) => {
    expect(dualDutyOf(postKind, portfolio)).toEqual({ fields: [], duties: [], leads: [] });
  });
});
