import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain/errors.js';
import { loadAllCarriers } from './all-carriers.js';
import { RegistryError, createRulesRegistry, enforceRules, runRules } from './registry.js';
import { rulebookCarriers } from './rulebook-carriers.js';
import { linzi2022 } from './rulebooks/linzi-2022/index.js';
import type { Carrier, Rule } from './types.js';

type TopicFacts = { workingDaysAhead: number; leadDays: number; hasDeputyApproval: boolean };

const leadTime: Rule<TopicFacts> = {
  id: 'meetings.topic-lead-time',
  kind: 'clock',
  cites: [{ article: 53 }],
  effective: { from: '2022-01-31' },
  summary: '议题应于会前规定工作日数提报',
  check: (f) =>
    f.workingDaysAhead < f.leadDays
      ? { ruleId: 'meetings.topic-lead-time', article: 53, message: `议题须于会前${f.leadDays}个工作日提报（第五十三条）` }
      : undefined,
};
const approval: Rule<TopicFacts> = {
  id: 'meetings.topic-approval',
  kind: 'guard',
  cites: [{ article: 53 }],
  effective: { from: '2022-01-31', to: '2026-12-31' },
  summary: '议题须经分管副区长审定',
  check: (f) => (f.hasDeputyApproval ? undefined : { ruleId: 'meetings.topic-approval', article: 53, message: '议题未经分管副区长审定', severity: 'flag' }),
};
const late: TopicFacts = { workingDaysAhead: 2, leadDays: 5, hasDeputyApproval: false };

// The rules below are samples for the registry, not the meetings area's rules: titles name no article.
describe('规则登记与执行', () => {
  it('按区域登记规则及时钟、流转、记录、配额；同一编号不得登记两次', () => {
    const registry = createRulesRegistry();
    registry.registerRules('meetings', [leadTime, approval]);
    registry.registerCarriers('events', [{ id: 'events.invitation-lead-time', kind: 'clock', cites: [{ article: 90 }], effective: { from: '2022-01-31' }, summary: '邀请提前3天' }]);
    expect(registry.allCarriers().map((c) => [c.id, c.area])).toEqual([
      ['meetings.topic-lead-time', 'meetings'],
      ['meetings.topic-approval', 'meetings'],
      ['events.invitation-lead-time', 'events'],
    ]);
    expect(registry.allCarriers()[0]).not.toHaveProperty('check');
    expect(registry.carriersCiting(53).map((c) => c.id)).toEqual(['meetings.topic-lead-time', 'meetings.topic-approval']);
    expect(() => registry.registerRules('documents', [leadTime])).toThrow(/already registered \(by meetings\)/);
  });

  it('登记内容有误时拒绝：编号格式、无引用条文、日期格式、空摘要', () => {
    const registry = createRulesRegistry();
    const good: Omit<Carrier, 'area'> = { id: 'x.y', kind: 'record', cites: [{ article: 1 }], effective: { from: '2022-01-31' }, summary: '记录' };
    expect(() => registry.registerCarrier({ ...good, area: 'audit', id: 'Bad Id' } as Carrier)).toThrow(RegistryError);
    expect(() => registry.registerCarrier({ ...good, area: 'audit', cites: [] })).toThrow(/cites no article/);
    expect(() => registry.registerCarrier({ ...good, area: 'audit', effective: { from: '2022/01/31' } })).toThrow(/YYYY-MM-DD/);
    expect(() => registry.registerCarrier({ ...good, area: 'audit', summary: ' ' })).toThrow(/summary/);
  });

  it('只执行行为发生之日有效的规则，拒绝与提示分开', () => {
    const in2024 = runRules([leadTime, approval], late, '2024-05-06');
    expect(in2024.ran).toEqual(['meetings.topic-lead-time', 'meetings.topic-approval']);
    expect(in2024.refusals.map((v) => v.ruleId)).toEqual(['meetings.topic-lead-time']);
    expect(in2024.refusals[0]?.severity).toBe('refusal');
    expect(in2024.flags.map((v) => v.ruleId)).toEqual(['meetings.topic-approval']);

    const in2027 = runRules([leadTime, approval], late, '2027-03-01');
    expect(in2027.ran).toEqual(['meetings.topic-lead-time']);
    expect(runRules([leadTime], late, '2021-12-31').ran).toEqual([]);
  });

  it('有拒绝时以 rule_violation 拒绝并附全部违规；仅有提示时放行并返回提示', () => {
    try {
      enforceRules([leadTime, approval], late, '2024-05-06');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('rule_violation');
      expect((error as DomainError).violations.map((v) => v.article)).toEqual([53]);
      expect((error as DomainError).message).toBe('议题须于会前5个工作日提报（第五十三条）');
    }
    const flags = enforceRules([leadTime, approval], { ...late, workingDaysAhead: 6 }, '2024-05-06');
    expect(flags.map((v) => v.ruleId)).toEqual(['meetings.topic-approval']);
  });
});

describe('第九十四条 施行与废止记在规则库数据中，不以登记的句子充作承载者', () => {
  it('规则库区域不登记句子；施行日期与所废止的文件是规则库的数据', () => {
    expect(loadAllCarriers().filter((c) => c.area === 'rulebook')).toEqual([]);
    expect(rulebookCarriers).toEqual([]);
    expect(linzi2022.effective.from).toBe('2022-01-31');
    expect(linzi2022.repeals).toEqual(['临政发〔2017〕1号']);
  });

  it('重复载入不重复登记', () => {
    const first = loadAllCarriers();
    expect(loadAllCarriers()).toEqual(first);
  });
});
