// @ts-nocheck
import { describe, expect, expectTypeOf, it } from 'vitest';
import { DomainError } from '../domain/errors.js';
import { PARAMETER_KEYS, meetsQuorum, quorumMinimum, type CountLimit, type CountRange, type Fraction } from './parameters.js';
import { getArticle, loadRulebook } from './rulebook.js';
import { findParam, param } from './rulebook-set.js';
import { defaultRulebookSet } from './rulebooks/index.js';
import { linzi2022, linzi2022Data } from './rulebooks/linzi-2022/index.js';

const set = defaultRulebookSet;
const asOf = '2024-06-03';
const textOf = (n: number) => getArticle(linzi2022, n)?.text ?? '';

describe('规则库参数 2022年规则', () => {
  it('第五十三条 议题于会前5个工作日提报', () => {
    const p = param(set, 'linzi', 'meetings.topicLeadWorkingDays', asOf);
    expect(p.value).toBe(5);
    expect(p.unit).toBe('working-day');
    expect(p.cites).toEqual({ article: 53 });
    expect(p.citation).toBe('《临淄区人民政府工作规则》第五十三条');
    expect(p.rulebook).toEqual({ id: 'linzi-2022', title: '临淄区人民政府工作规则', jurisdiction: 'linzi' });
    expect(textOf(53)).toContain('会前5个工作日');
  });

  it('第四十九条 常务会议出席人数须超过应到人数的二分之一；一般每月召开1次', () => {
    const quorum = param(set, 'linzi', 'meetings.executive.quorum', asOf);
    expect(quorum.value).toEqual({ numerator: 1, denominator: 2, strict: true });
    expect(quorum.cites).toEqual({ article: 49, clause: '第一款' });
    expect(param(set, 'linzi', 'meetings.executive.perMonth', asOf).value).toBe(1);
    expect(textOf(49)).toContain('出席人数须超过应到人数的二分之一');
    expect(textOf(49)).toContain('一般每月召开1次');
  });

  it('第四十九条 "超过半数"：应到9人须到5人，应到10人须到6人，恰好一半不足', () => {
    const q = param(set, 'linzi', 'meetings.executive.quorum', asOf).value;
    expect(meetsQuorum(q, 5, 9)).toBe(true);
    expect(meetsQuorum(q, 4, 9)).toBe(false);
    expect(meetsQuorum(q, 5, 10)).toBe(false);
    expect(meetsQuorum(q, 6, 10)).toBe(true);
    expect(quorumMinimum(q, 9)).toBe(5);
    expect(quorumMinimum(q, 10)).toBe(6);
    expect(quorumMinimum({ numerator: 2, denominator: 3, strict: false }, 9)).toBe(6);
  });

  it('第四十八条 全体会议一般每年召开1-2次', () => {
    expect(param(set, 'linzi', 'meetings.plenary.perYear', asOf).value).toEqual({ min: 1, max: 2 });
    expect(textOf(48)).toContain('一般每年召开1-2次');
  });

  it('第六十八条 会签意见一般3个工作日内回复', () => {
    const p = param(set, 'linzi', 'documents.countersignReplyWorkingDays', asOf);
    expect([p.value, p.unit]).toEqual([3, 'working-day']);
    expect(textOf(68)).toContain('一般3个工作日内回复意见');
  });

  it('第八十二条 提前3天报告行止；外出超过3天须附通知、方案及日程', () => {
    expect(param(set, 'linzi', 'leave.noticeDays', asOf)).toMatchObject({ value: 3, unit: 'calendar-day', cites: { article: 82 } });
    expect(param(set, 'linzi', 'leave.longAbsenceDays', asOf)).toMatchObject({ value: 3, unit: 'calendar-day', cites: { article: 82 } });
    expect(textOf(82)).toContain('应提前3天向区委书记、区长报告');
    expect(textOf(82)).toContain('外出时间超过3天的');
  });

  it('第九十条 邀请区政府领导参加重要活动应提前3天报办公室', () => {
    expect(param(set, 'linzi', 'events.invitationLeadDays', asOf)).toMatchObject({ value: 3, unit: 'calendar-day', cites: { article: 90 } });
    expect(textOf(90)).toContain('应提前3天报区政府办公室');
  });

  it('第五十八条 部门本系统全区性会议原则上每年不超过1次', () => {
    expect(param(set, 'linzi', 'events.departmentSystemMeetingsPerYear', asOf).value).toEqual({ max: 1 });
    expect(textOf(58)).toContain('原则上每年不超过1次');
  });

  it('第六十条 每月集体学习不少于1次，每季度集体学法1次，全年不少于12天', () => {
    expect(param(set, 'linzi', 'study.collectivePerMonthMin', asOf).value).toBe(1);
    expect(param(set, 'linzi', 'study.lawStudyPerQuarter', asOf).value).toBe(1);
    expect(param(set, 'linzi', 'study.daysPerYearMin', asOf).value).toBe(12);
    expect(textOf(60)).toContain('每月集体学习不少于1次，每季度集体学法1次，全年集体学习时间不少于12天');
  });

  it('第七十一条 每个部门原则上只报送1种简报', () => {
    expect(param(set, 'linzi', 'information.briefingsPerDepartment', asOf).value).toBe(1);
    expect(textOf(71)).toContain('只向区政府报送1种简报');
  });

  it('每个参数都有值、所引条文存在、摘要为中文', () => {
    for (const key of PARAMETER_KEYS) {
      const p = param(set, 'linzi', key, asOf);
      expect(getArticle(linzi2022, p.cites.article), key).toBeDefined();
      expect(p.summary).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('参数值的类型由键决定（编译期）', () => {
    expectTypeOf(param(set, 'linzi', 'meetings.topicLeadWorkingDays', asOf).value).toEqualTypeOf<number>();
    expectTypeOf(param(set, 'linzi', 'meetings.executive.quorum', asOf).value).toEqualTypeOf<Fraction>();
    expectTypeOf(param(set, 'linzi', 'meetings.plenary.perYear', asOf).value).toEqualTypeOf<CountRange>();
    expectTypeOf(param(set, 'linzi', 'events.departmentSystemMeetingsPerYear', asOf).value).toEqualTypeOf<CountLimit>();
    //  an unknown key is a compile error
    expect(() => param(set, 'linzi', 'meetings.unknown', asOf)).toThrow(DomainError);
  });

  it('施行前的行为、未知辖区：没有可适用的参数', () => {
    expect(findParam(set, 'linzi', 'meetings.topicLeadWorkingDays', '2022-01-30')).toBeUndefined();
    expect(findParam(set, 'linzi', 'meetings.topicLeadWorkingDays', '2022-01-31')?.value).toBe(5);
    expect(() => param(set, 'linzi', 'meetings.topicLeadWorkingDays', '2021-12-31')).toThrow(/没有施行中的工作规则/);
    expect(() => param(set, 'zhangdian', 'meetings.topicLeadWorkingDays', asOf)).toThrow(DomainError);
    expect(() => param(set, 'linzi', 'meetings.topicLeadWorkingDays', '2024-13-01')).toThrow(RangeError);
  });

  it('参数值与单位不合其键时拒绝载入', () => {
    const withParams = (parameters: unknown) => () => loadRulebook({ ...linzi2022Data, parameters });
    const topic = { key: 'meetings.topicLeadWorkingDays', value: 5, unit: 'working-day', cites: { article: 53 }, summary: '议题' };
    expect(withParams([topic])).not.toThrow();
    expect(withParams([{ ...topic, value: '5' }])).toThrow(/meetings\.topicLeadWorkingDays/);
    expect(withParams([{ ...topic, unit: 'calendar-day' }])).toThrow(/counted in working-day/);
    expect(withParams([{ ...topic, key: 'meetings.executive.quorum', unit: 'ratio', value: { numerator: 3, denominator: 2, strict: true } }])).toThrow(/numerator/);
    expect(withParams([{ ...topic, cites: { article: 120 } }])).toThrow(/missing article 120/);
    expect(withParams([{ ...topic, effective: { from: '2021-01-01' } }])).toThrow(/outside its rulebook/);
  });
});
