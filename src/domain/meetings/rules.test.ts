import { describe, expect, it } from 'vitest';
import { parameter, runRules } from '../../rules/registry.js';
import type { ParamReader } from '../../rules/types.js';
import { type DecisionFacts, decisionRules, type MinutesFacts, minutesRules, type TopicFacts, topicRules } from './rules.js';
import { quorumOf } from './types.js';

const DAY = '2026-03-02';
const lead = parameter('meetings.topicLeadWorkingDays', DAY);
const fraction = parameter('meetings.executive.quorum', DAY);

const topic = (over: Partial<TopicFacts> = {}): TopicFacts => ({ meetingKind: 'executive', major: { category: null, isOfficeCorrected: false, text: '关于优化营商环境的议题' }, workingDaysAhead: lead, hasHeadException: false, unsignedUnits: [], groundlessDisagreements: [], disagreeingUnits: [], ...over });
const ofRule = <F>(rules: Parameters<typeof runRules<F>>[0], facts: F, ruleId: string) => runRules(rules, facts, DAY).violations.filter((v) => v.ruleId === ruleId);
/** A rulebook that says something else, to show that messages are composed from the parameters, not written in. */
const reading = (values: Record<string, unknown>): ParamReader => ((key: string) => values[key]) as ParamReader;

describe('第五十三条 议题于会前规定的工作日数提报', () => {
  it.each([
    ['恰为规定工作日数（N）：接受', lead, null],
    ['多一个工作日：接受', lead + 1, null],
    ['少一个工作日（N-1）：拒绝', lead - 1, 'refusal'],
    ['会议当天：拒绝', 0, 'refusal'],
  ] as const)('%s', (_, ahead, severity) => {
    const found = ofRule(topicRules, topic({ workingDaysAhead: ahead }), 'meetings.topic-lead-time');
    expect(found.map((v) => v.severity)).toEqual(severity ? [severity] : []);
    if (severity) expect(found[0]).toMatchObject({ article: 53 });
  });

  it('经区长同意的逾期议题不拒绝，只作提示', () => {
    expect(ofRule(topicRules, topic({ workingDaysAhead: lead - 1, hasHeadException: true }), 'meetings.topic-lead-time').map((v) => v.severity)).toEqual(['flag']);
  });

  it('专题会议、全体会议的议题不受提报时限约束', () => {
    expect(ofRule(topicRules, topic({ meetingKind: 'topical', workingDaysAhead: 0 }), 'meetings.topic-lead-time')).toEqual([]);
  });

  it('提示语按当日规则参数组成：规则改为7个工作日，提示也说7个工作日', () => {
    const rule = topicRules.find((r) => r.id === 'meetings.topic-lead-time');
    const finding = rule?.check(topic({ workingDaysAhead: 6 }), reading({ 'meetings.topicLeadWorkingDays': 7 }));
    expect(finding?.message).toContain('会前7个工作日');
    expect(finding?.message).toContain('仅6个工作日');
    expect(runRules(topicRules, topic({ workingDaysAhead: lead - 1 }), DAY).refusals[0]?.message).toContain(`会前${lead}个工作日`);
  });
});

describe('第四十九条 常务会议出席人数须超过应到人数的二分之一', () => {
  const decision = (members: number, present: number, meetingKind: DecisionFacts['meetingKind'] = 'executive'): DecisionFacts => ({ meetingKind, members, present });
  it.each([
    ['8人中恰好一半（4人）：不足法定人数', 8, 4, true],
    ['8人中一半加一（5人）：符合', 8, 5, false],
    ['9人中4人：不足', 9, 4, true],
    ['9人中5人：符合', 9, 5, false],
    ['无人出席：不足', 9, 0, true],
  ] as const)('%s', (_, members, present, refused) => {
    const found = ofRule(decisionRules, decision(members, present), 'meetings.executive-quorum');
    expect(found.length > 0).toBe(refused);
    if (refused) expect(found[0]).toMatchObject({ article: 49, severity: 'refusal' });
  });

  it('只约束常务会议', () => {
    expect(ofRule(decisionRules, decision(8, 1, 'topical'), 'meetings.executive-quorum')).toEqual([]);
  });

  it('法定人数的说明按规则的比例组成（二分之一、三分之二）', () => {
    expect(quorumOf(8, 4, fraction).explanation).toBe('应到8人，实到4人；出席人数须超过应到人数的二分之一，即至少5人——不足法定人数');
    const twoThirds = quorumOf(9, 6, { numerator: 2, denominator: 3, strict: false });
    expect(twoThirds).toMatchObject({ required: 6, hasQuorum: true });
    expect(twoThirds.explanation).toContain('达到应到人数的三分之二');
    const rule = decisionRules[0];
    expect(rule?.check(decision(9, 5), reading({ 'meetings.executive.quorum': { numerator: 2, denominator: 3, strict: true } }))?.message).toContain('超过应到人数的三分之二，即至少7人');
  });
});

describe('第五十六条 纪要签发人', () => {
  const minutes = (over: Partial<MinutesFacts> = {}): MinutesFacts => ({ meetingKind: 'executive', signerPersonId: 'head', signerActsForPersonId: null, headPersonId: 'head', chairPersonId: 'head', delegatedByPersonId: null, hasDelegatorApproval: false, ...over });
  it.each([
    ['常务会议由区长签发', minutes(), false],
    ['常务副区长不能签发常务会议纪要', minutes({ signerPersonId: 'deputy' }), true],
    ['区长外出时主持工作的常务副区长代为签发', minutes({ signerPersonId: 'deputy', signerActsForPersonId: 'head' }), false],
    ['专题会议由主持人签发', minutes({ meetingKind: 'topical', signerPersonId: 'sun', chairPersonId: 'sun' }), false],
    ['专题会议非主持人不能签发', minutes({ meetingKind: 'topical', signerPersonId: 'zhao', chairPersonId: 'sun' }), true],
    ['受委托专题会议由主持人或委托领导签发', minutes({ meetingKind: 'topical', signerPersonId: 'sun', chairPersonId: 'chen', delegatedByPersonId: 'sun' }), false],
  ] as const)('%s', (_, facts, refused) => {
    expect(ofRule(minutesRules, facts, 'meetings.minutes-signer').length > 0).toBe(refused);
  });

  it('受委托召开的专题会议纪要未经委托领导审定不能签发', () => {
    const delegated = minutes({ meetingKind: 'topical', signerPersonId: 'chen', chairPersonId: 'chen', delegatedByPersonId: 'sun' });
    expect(ofRule(minutesRules, delegated, 'meetings.delegated-minutes-approval')).toHaveLength(1);
    expect(ofRule(minutesRules, { ...delegated, hasDelegatorApproval: true }, 'meetings.delegated-minutes-approval')).toEqual([]);
  });
});

describe('第八条 重大问题只能由全体会议或常务会议决定', () => {
  it.each([
    ['plenary', false],
    ['executive', false],
    ['head_office', true],
    ['topical', true],
  ] as const)('%s', (meetingKind, refused) => {
    expect(ofRule(topicRules, topic({ meetingKind, major: { category: '财政预决算', isOfficeCorrected: false, text: '' } }), 'meetings.major-only-plenary-or-executive').length > 0).toBe(refused);
    expect(ofRule(topicRules, topic({ meetingKind }), 'meetings.major-only-plenary-or-executive')).toEqual([]);
  });
});

describe('第五十二条 相关单位会签与分歧协调', () => {
  it('有未会签单位或无理据的分歧时拒绝，全部会签时通过', () => {
    expect(ofRule(topicRules, topic({ unsignedUnits: ['区财政局'] }), 'meetings.topic-coordinated')[0]?.message).toContain('区财政局');
    expect(ofRule(topicRules, topic({ groundlessDisagreements: ['区财政局'] }), 'meetings.topic-coordinated')).toHaveLength(1);
    expect(ofRule(topicRules, topic(), 'meetings.topic-coordinated')).toEqual([]);
  });
});
