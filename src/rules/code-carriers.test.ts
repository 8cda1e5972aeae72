import { describe, expect, it } from 'vitest';
import { findCodeCarriers, ruleCanRefuse, type CaseDeclaration, type SourceFile } from './code-carriers.js';
import { assertionTexts, scanObjects } from './source-scan.js';
import type { Carrier } from './types.js';

// Titles here name no article: these tests check how carriers are found, not an article of the rules.

const registered = (id: string, kind: Carrier['kind'], articles: number[], area: Carrier['area'] = 'meetings'): Carrier => ({
  id,
  kind,
  cites: articles.map((article) => ({ article })),
  effective: { from: '2022-01-31' },
  summary: `${id} 的说明`,
  area,
});

const rulesFile: SourceFile = {
  path: 'src/domain/meetings/rules.ts',
  text: [
    'export const topicRules = [',
    '  {',
    "    id: 'm.refuses',",
    "    kind: 'guard',",
    '    cites: [{ article: 52 }],',
    '    check: ({ a }) => (a ? { message: `第五十二条：${a}` } : undefined),',
    '  },',
    '  {',
    "    id: 'm.only-flags',",
    "    kind: 'guard',",
    '    cites: [{ article: 58 }],',
    "    check: ({ a }) => (a ? { severity: 'flag', message: '只提示' } : undefined),",
    '  },',
    '];',
  ].join('\n'),
};

const operationFile: SourceFile = {
  path: 'src/operations/meetings/attend.ts',
  text: [
    "import { refuseBy, violationOf } from '../../rules/registry.js';",
    "const deadlineCarrier = 'm.clock';",
    'export function attend(x: boolean) {',
    "  if (x) refuseBy('m.absence', '须向区长请假');",
    "  const w = violationOf('m.rhythm', '本月尚未安排', { article: 49, severity: 'flag' });",
    "  const c = { objectType: 'meeting', objectId: '1', cites: { ruleId: deadlineCarrier, article: 57 } };",
    "  return { w, c, audit: [{ act: 'meetings.attend', objectType: 'meeting', objectId: '1', result: 'success', article: 55 }] };",
    '}',
    "export const step = { principalRule: 'm.countersign' };",
  ].join('\n'),
};

const caseFile: SourceFile = {
  path: 'src/domain/meetings/case.ts',
  text: ["export const meetingCase = {", "  kind: 'meeting',", '  actions: {', "    decide: { label: '确定', articles: [54] },", "    sign: { label: '签发', articles: [56, 57], clock: { label: '办理', article: 57 } },", '  },', '};'].join('\n'),
};
const cases: CaseDeclaration[] = [{ file: 'src/domain/meetings/case.ts', kind: 'meeting', actions: { decide: { articles: [54] }, sign: { articles: [56, 57], clock: { article: 57 } } } }];

const found = findCodeCarriers({
  sources: [rulesFile, operationFile, caseFile],
  registered: [
    registered('m.refuses', 'guard', [52]),
    registered('m.only-flags', 'guard', [58]),
    registered('m.absence', 'guard', [55]),
    registered('m.rhythm', 'quota', [48, 49]),
    registered('m.clock', 'clock', [57]),
    registered('m.countersign', 'guard', [64], 'documents'),
    registered('m.sentence', 'route', [47]),
  ],
  ruleIds: new Set(['m.refuses', 'm.only-flags']),
  cases,
});
const at = (ruleId: string) => found.carriers.filter((c) => c.ruleId === ruleId).map(({ kind, articles, file, line, site }) => ({ kind, articles, file, line, site }));

describe('代码中的承载位置', () => {
  it('规则定义：文件与 id 所在行；能拒绝的按所登记类型，只提示的记为 flag', () => {
    expect(at('m.refuses')).toEqual([{ kind: 'guard', articles: [52], file: 'src/domain/meetings/rules.ts', line: 3, site: 'rule' }]);
    expect(at('m.only-flags')).toEqual([{ kind: 'flag', articles: [58], file: 'src/domain/meetings/rules.ts', line: 9, site: 'rule' }]);
  });

  it('操作中的 refuseBy、violationOf（flag 与所写条号）、会签所用规则', () => {
    expect(at('m.absence')).toEqual([{ kind: 'guard', articles: [55], file: 'src/operations/meetings/attend.ts', line: 4, site: 'refuseBy' }]);
    expect(at('m.rhythm')).toEqual([{ kind: 'flag', articles: [49], file: 'src/operations/meetings/attend.ts', line: 5, site: 'violationOf' }]);
    expect(at('m.countersign')).toEqual([{ kind: 'guard', articles: [64], file: 'src/operations/meetings/attend.ts', line: 9, site: 'countersign' }]);
  });

  it('引用条款的期限（cites，常量编号读作其值）与审计记录', () => {
    expect(at('m.clock')).toEqual([{ kind: 'clock', articles: [57], file: 'src/operations/meetings/attend.ts', line: 6, site: 'clock' }]);
    expect(at('meetings.attend')).toEqual([{ kind: 'record', articles: [55], file: 'src/operations/meetings/attend.ts', line: 7, site: 'record' }]);
  });

  it('案件声明：每个动作按其条款为流转，动作的期限为时钟，行号为动作所在行', () => {
    expect(at('meeting.decide')).toEqual([{ kind: 'route', articles: [54], file: 'src/domain/meetings/case.ts', line: 4, site: 'case-action' }]);
    expect(at('meeting.sign')).toEqual([
      { kind: 'route', articles: [56, 57], file: 'src/domain/meetings/case.ts', line: 5, site: 'case-action' },
      { kind: 'clock', articles: [57], file: 'src/domain/meetings/case.ts', line: 5, site: 'case-clock' },
    ]);
  });

  it('登记了而代码中没有位置的，只是一句话：另列，不计为承载者', () => {
    expect(found.unlinked.map((c) => c.id)).toEqual(['m.sentence']);
    expect(found.carriers.some((c) => c.ruleId === 'm.sentence')).toBe(false);
  });
});

describe('规则能否拒绝', () => {
  it('有一个不是 flag 的结果即能拒绝；全部是 flag 的只提示', () => {
    expect(ruleCanRefuse("{ id: 'x', check: () => ({ message: '拒绝' }) }")).toBe(true);
    expect(ruleCanRefuse("{ id: 'x', check: (a) => (a ? { severity: 'flag', message: '提示' } : { message: '拒绝' }) }")).toBe(true);
    expect(ruleCanRefuse("{ id: 'x', check: (a) => (a ? { severity: 'flag', message: `提示${a}` } : undefined) }")).toBe(false);
    expect(ruleCanRefuse("{ id: 'x', check: (a) => { if (a) return { ruleId: 'x', severity: 'flag', message: '甲' }; return { severity: 'flag', message: '乙' }; } }")).toBe(false);
  });
});

describe('源码读取', () => {
  it('对象字面量：嵌套对象不计入外层的直接文本；字符串与模板中的花括号不算', () => {
    const objects = scanObjects("const a = { x: { severity: 'flag' }, message: `m${'{'}`, s: '}' };");
    expect(objects).toHaveLength(2);
    expect(objects[0]?.direct).toContain('message');
    expect(objects[0]?.direct).not.toContain('severity');
  });

  it('断言文本：expect 及其后的匹配器链', () => {
    const body = "const f = { article: 1 }; expect(a).toBe(2); await expect(p()).rejects.toMatchObject({ article: 3 });";
    expect(assertionTexts(body)).toEqual(['expect(a).toBe(2)', 'expect(p()).rejects.toMatchObject({ article: 3 })']);
  });
});
