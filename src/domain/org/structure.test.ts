import { describe, expect, it } from 'vitest';
import { type Structure, type StructureInput, structureProblems, structureSchema } from './structure.js';

const valid: StructureInput = {
  format: 'zhengwu.org/1',
  units: [
    { id: 'gov', name: '区人民政府', kind: 'government', function: 'government' },
    { id: 'fgj', name: '发展和改革局', kind: 'department', parentId: 'gov' },
  ],
  posts: [{ id: 'p-head', unitId: 'gov', kind: 'head', title: '区长' }],
  people: [{ id: 'zs', name: '张三' }, { id: 'ls', name: '李四' }],
  appointments: [{ id: 'a1', personId: 'zs', postId: 'p-head', validFrom: '2026-01-01' }],
  portfolioItems: [{ id: 'i1', personId: 'ls', unitId: 'fgj', validFrom: '2026-01-01' }],
  coverPairs: [{ id: 'c1', firstPersonId: 'zs', secondPersonId: 'ls', validFrom: '2026-01-01' }],
};
const none = { unitIds: new Set<string>(), personIds: new Set<string>(), postIds: new Set<string>() };
const parse = (s: StructureInput) => structureSchema.parse(s);
const issues = (s: unknown) => {
  const r = structureSchema.safeParse(s);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('第五条、第九条、第六十二条 组织机构文件（zhengwu.org/1）', () => {
  it('读入时补默认值', () => {
    const s = parse(valid);
    expect(s.units[0]).toEqual({ id: 'gov', name: '区人民政府', shortName: null, kind: 'government', function: 'government', parentId: null, sortOrder: 0 });
    expect(s.units[1]?.function).toBeNull();
    expect(s.posts[0]?.sortOrder).toBe(0);
    expect(s.appointments[0]?.validTo).toBeNull();
    expect(s.portfolioItems[0]).toMatchObject({ area: null, validTo: null });
    expect(s.coverPairs[0]?.validTo).toBeNull();
    expect(structureProblems(s, none)).toEqual([]);
  });

  it.each([
    ['格式', { ...valid, format: 'x/2' }, '文件格式应为 zhengwu.org/1'],
    ['单位类别', { ...valid, units: [{ id: 'x', name: '某', kind: 'agency' }] }, '单位类别无效'],
    ['单位职能', { ...valid, units: [{ id: 'x', name: '某', kind: 'department', function: 'police' }] }, '单位职能无效'],
    ['职务类别', { ...valid, posts: [{ id: 'p', unitId: 'gov', kind: 'king', title: '王' }] }, '职务类别无效'],
    ['编号为空', { ...valid, people: [{ id: '', name: '某' }] }, '编号不能为空'],
    ['编号过长', { ...valid, people: [{ id: 'x'.repeat(101), name: '某' }] }, '编号过长'],
    ['名称为空（去空白后）', { ...valid, people: [{ id: 'x', name: '  ' }] }, '名称不能为空'],
    ['名称过长', { ...valid, people: [{ id: 'x', name: '名'.repeat(101) }] }, '名称不能超过100字'],
    ['日期格式', { ...valid, appointments: [{ id: 'a', personId: 'zs', postId: 'p-head', validFrom: '2026-1-1' }] }, '日期格式应为 YYYY-MM-DD'],
    ['日期带多余字符', { ...valid, appointments: [{ id: 'a', personId: 'zs', postId: 'p-head', validFrom: '2026-01-01x' }] }, '日期格式应为 YYYY-MM-DD'],
    ['日期前有多余字符', { ...valid, appointments: [{ id: 'a', personId: 'zs', postId: 'p-head', validFrom: 'x2026-01-01' }] }, '日期格式应为 YYYY-MM-DD'],
    ['日期非数字', { ...valid, appointments: [{ id: 'a', personId: 'zs', postId: 'p-head', validFrom: '2026-0a-01' }] }, '日期格式应为 YYYY-MM-DD'],
    ['日非数字', { ...valid, appointments: [{ id: 'a', personId: 'zs', postId: 'p-head', validFrom: '2026-01-0a' }] }, '日期格式应为 YYYY-MM-DD'],
    ['年非数字', { ...valid, appointments: [{ id: 'a', personId: 'zs', postId: 'p-head', validFrom: '20a6-01-01' }] }, '日期格式应为 YYYY-MM-DD'],
  ])('拒绝：%s', (_, input, message) => {
    expect(issues(input)).toContain(message);
  });

  it.each([
    ['名称恰100字', { ...valid, people: [{ id: 'x', name: '名'.repeat(100) }] }],
    ['编号恰100字符', { ...valid, people: [{ id: 'x'.repeat(100), name: '某' }] }],
    ['简称恰50字', { ...valid, units: [{ id: 'x', name: '某', kind: 'department', shortName: '简'.repeat(50) }] }],
    ['领域恰50字', { ...valid, portfolioItems: [{ id: 'i', personId: 'ls', area: '域'.repeat(50), validFrom: '2026-01-01' }] }],
  ])('接受：%s', (_, input) => {
    expect(issues(input)).toEqual([]);
  });

  it('名称、简称、领域去首尾空白；过长的简称与领域、空领域不收', () => {
    expect(parse({ ...valid, people: [{ id: 'x', name: ' 王五 ' }] }).people[0]?.name).toBe('王五');
    expect(parse({ ...valid, units: [{ id: 'x', name: '某', kind: 'department', shortName: ' 发改 ' }] }).units[0]?.shortName).toBe('发改');
    expect(parse({ ...valid, portfolioItems: [{ id: 'i', personId: 'ls', area: ' 安全生产 ', validFrom: '2026-01-01' }] }).portfolioItems[0]?.area).toBe('安全生产');
    expect(issues({ ...valid, units: [{ id: 'x', name: '某', kind: 'department', shortName: '简'.repeat(51) }] })).toHaveLength(1);
    expect(issues({ ...valid, portfolioItems: [{ id: 'i', personId: 'ls', area: '域'.repeat(51), validFrom: '2026-01-01' }] })).toHaveLength(1);
    expect(issues({ ...valid, portfolioItems: [{ id: 'i', personId: 'ls', area: ' ', validFrom: '2026-01-01' }] })).toHaveLength(1);
    expect(issues({ ...valid, posts: [{ id: 'p', unitId: 'gov', kind: 'head', title: '区长', sortOrder: 1.5 }] })).toHaveLength(1);
  });
});

describe('组织机构文件的引用', () => {
  // As parsed from `valid` (written out: a table built at collection must not depend on the code under test).
  const baseUnits: Structure['units'] = [
    { id: 'gov', name: '区人民政府', shortName: null, kind: 'government', function: 'government', parentId: null, sortOrder: 0 },
    { id: 'fgj', name: '发展和改革局', shortName: null, kind: 'department', function: null, parentId: 'gov', sortOrder: 0 },
  ];
  const s = (over: Partial<Structure>): Structure => ({ ...parse(valid), ...over });
  it.each([
    ['上级单位不存在', { units: [...baseUnits, { id: 'x', name: '某局', shortName: null, kind: 'department', function: null, parentId: 'nope', sortOrder: 0 }] }, ['单位“某局”的上级单位 nope 不存在']],
    ['同一职能两个单位', { units: [
      ...baseUnits,
      { id: 'a', name: '甲局', shortName: null, kind: 'department', function: 'justice_bureau', parentId: null, sortOrder: 0 },
      { id: 'b', name: '乙局', shortName: null, kind: 'department', function: 'justice_bureau', parentId: null, sortOrder: 0 },
      { id: 'c', name: '丙局', shortName: null, kind: 'department', function: 'audit_bureau', parentId: null, sortOrder: 0 },
    ] }, ['职能“justice_bureau”只能由一个单位承担，文件中有：甲局、乙局']],
    ['职务所在单位不存在', { posts: [{ id: 'p', unitId: 'nope', kind: 'head', title: '区长', sortOrder: 0 }] }, ['职务“区长”所在单位 nope 不存在', '任职 a1 的职务 p-head 不存在']],
    ['任职人员、职务不存在，结束早于开始', { appointments: [{ id: 'a9', personId: 'nobody', postId: 'nopost', validFrom: '2026-02-01', validTo: '2026-01-31' }] }, ['任职 a9 的人员 nobody 不存在', '任职 a9 的职务 nopost 不存在', '任职 a9 的结束日期早于开始日期']],
    ['任职结束日与开始日同日可以', { appointments: [{ id: 'a9', personId: 'zs', postId: 'p-head', validFrom: '2026-02-01', validTo: '2026-02-01' }] }, []],
    ['分管领导不存在、单位不存在', { portfolioItems: [{ id: 'i9', personId: 'nobody', unitId: 'nope', area: null, validFrom: '2026-01-01', validTo: null }] }, ['分管 i9 的领导 nobody 不存在', '分管 i9 的单位 nope 不存在']],
    ['分管既无单位又无领域', { portfolioItems: [{ id: 'i9', personId: 'ls', unitId: null, area: null, validFrom: '2026-01-01', validTo: null }] }, ['分管 i9 须且只能指定一个单位或一个领域']],
    ['分管既有单位又有领域', { portfolioItems: [{ id: 'i9', personId: 'ls', unitId: 'fgj', area: '安全生产', validFrom: '2026-01-01', validTo: null }] }, ['分管 i9 须且只能指定一个单位或一个领域']],
    ['分管领域', { portfolioItems: [{ id: 'i9', personId: 'ls', unitId: null, area: '安全生产', validFrom: '2026-01-01', validTo: null }] }, []],
    ['补位同一人', { coverPairs: [{ id: 'c9', firstPersonId: 'zs', secondPersonId: 'zs', validFrom: '2026-01-01', validTo: null }] }, ['补位 c9 的两位领导不能是同一人']],
    ['补位领导不存在', { coverPairs: [{ id: 'c9', firstPersonId: 'x', secondPersonId: 'y', validFrom: '2026-01-01', validTo: null }] }, ['补位 c9 的领导 x 不存在', '补位 c9 的领导 y 不存在']],
    ['单位名称重复', { units: [
      ...baseUnits,
      { id: 'g2', name: '区人民政府', shortName: null, kind: 'department', function: null, parentId: 'gov', sortOrder: 0 },
    ] }, ['单位名称“区人民政府”重复']],
  ] as [string, Partial<Structure>, string[]][])('%s', (_, over, problems) => {
    expect(structureProblems(s(over), none)).toEqual(problems);
  });

  it('同一单位在文件中出现两次不算名称重复', () => {
    const [, fgj] = parse(valid).units;
    if (!fgj) throw new Error('no unit');
    expect(structureProblems(s({ units: [...baseUnits, fgj] }), none)).toEqual([]);
  });

  it('引用可指向库中已有的单位、人员、职务', () => {
    const refs = s({ units: [], people: [], posts: [] });
    expect(structureProblems(refs, { unitIds: new Set(['gov', 'fgj']), personIds: new Set(['zs', 'ls']), postIds: new Set(['p-head']) })).toEqual([]);
    expect(structureProblems(refs, none)).toHaveLength(6);
  });
});
