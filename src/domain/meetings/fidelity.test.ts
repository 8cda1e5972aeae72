import { describe, expect, it } from 'vitest';
import { createOfficialCalendar } from '../../calendar/index.js';
import { meetsQuorum, quorumMinimum } from '../../rules/parameters.js';
import { parameter, runRules } from '../../rules/registry.js';
import '../../rules/all-carriers.js';
import { decisionRules, majorRules, minutesRules, seatingRules, type TopicFacts, topicRules, type TownPrincipalsFacts } from './rules.js';
import { quorumOf, workingDaysBefore } from './types.js';

// Issue 13: the meetings articles read as an office reads them.
const DAY = '2026-03-02';
const lead = parameter('meetings.topicLeadWorkingDays', DAY);
const none = { category: null, isOfficeCorrected: false, text: '关于优化营商环境的议题' };
const topic = (over: Partial<TopicFacts> = {}): TopicFacts => ({ meetingKind: 'executive', major: none, workingDaysAhead: lead, hasHeadException: false, unsignedUnits: [], groundlessDisagreements: [], disagreeingUnits: [], ...over });
const of = <F>(rules: Parameters<typeof runRules<F>>[0], facts: F, ruleId: string) => runRules(rules, facts, DAY).violations.filter((v) => v.ruleId === ruleId);

describe('规则提示不自带条号（页面在前面加条号）', () => {
  it('会议各规则的提示语不以“第…条”开头', () => {
    const messages = [
      ...runRules(topicRules, topic({ meetingKind: 'topical', major: { ...none, category: '财政预决算' }, unsignedUnits: ['甲'] }), DAY).violations,
      ...runRules(topicRules, topic({ workingDaysAhead: 0, disagreeingUnits: ['乙'] }), DAY).violations,
      ...runRules(minutesRules, { meetingKind: 'executive', signerPersonId: 'x', signerActsForPersonId: null, headPersonId: 'h', chairPersonId: 'h', delegatedByPersonId: null, hasDelegatorApproval: false }, DAY).violations,
      ...runRules(decisionRules, { meetingKind: 'executive', members: 9, present: 1 }, DAY).violations,
      ...runRules(seatingRules, { isDeputysMeeting: true, townUnits: ['齐都镇'], isHeadApproved: false, stage: 'seating' }, DAY).violations,
    ];
    expect(messages.length).toBeGreaterThanOrEqual(6);
    for (const v of messages) expect(v.message, v.ruleId).not.toMatch(/^第[一二三四五六七八九十百、至]+条/);
  });
});

describe('第八条、第二十七条 重大事项按第二十七条所列事项认定，不只凭提交单位勾选', () => {
  const matters = parameter('meetings.majorMatters', DAY);
  it('第二十七条所列事项在规则参数中（有施行日期），不在代码里', () => {
    expect(matters.map((m) => m.category)).toEqual(expect.arrayContaining(['中长期规划', '年度计划', '财政预决算', '区级社会管理事务', '重要政策措施', '重大建设项目']));
    expect(() => parameter('meetings.majorMatters', '2022-01-30')).toThrow();
  });
  it('“审议通过2027年度区级财政预算草案”未勾选重大，也不能在专题会议上决定；引第八条并说明属第二十七条所列事项', () => {
    const v = of(majorRules, { meetingKind: 'topical', major: { category: null, isOfficeCorrected: false, text: '审议通过2027年度区级财政预算草案' } }, 'meetings.major-only-plenary-or-executive');
    expect(v).toMatchObject([{ article: 8, severity: 'refusal' }]);
    expect(v[0]?.message).toContain('第二十七条所列“财政预决算”');
    expect(of(majorRules, { meetingKind: 'executive', major: { category: null, isOfficeCorrected: false, text: '审议通过2027年度区级财政预算草案' } }, 'meetings.major-only-plenary-or-executive')).toEqual([]);
  });
  it('办公室更正为非重大事项的，以办公室的认定为准；更正为重大的，也以其为准', () => {
    expect(of(majorRules, { meetingKind: 'topical', major: { category: null, isOfficeCorrected: true, text: '区级财政预算执行情况通报' } }, 'meetings.major-only-plenary-or-executive')).toEqual([]);
    expect(of(majorRules, { meetingKind: 'topical', major: { category: '重要政策措施', isOfficeCorrected: true, text: '一般事项' } }, 'meetings.major-only-plenary-or-executive')).toHaveLength(1);
  });
});

describe('第五十二条 有分歧的议题：协调说明不能代替各单位的同意', () => {
  it('有单位不同意时拒绝，无论是否已有协调说明；提示报分管副区长或协助其工作的办公室副主任协调', () => {
    const v = of(topicRules, topic({ disagreeingUnits: ['区财政局'] }), 'meetings.topic-coordinated');
    expect(v).toMatchObject([{ article: 52, severity: 'refusal' }]);
    expect(v[0]?.message).toContain('区财政局不同意');
    expect(v[0]?.message).toContain('协助其工作的区政府办公室副主任');
    expect(v[0]?.message).toContain('主要负责人必须在会签意见上签字');
  });
});

describe('第五十六条 纪要签发只及全体会议、常务会议和专题会议', () => {
  it('区长办公会议不受第五十六条约束', () => {
    expect(of(minutesRules, { meetingKind: 'head_office', signerPersonId: 'x', signerActsForPersonId: null, headPersonId: 'h', chairPersonId: 'h', delegatedByPersonId: null, hasDelegatorApproval: false }, 'meetings.minutes-signer')).toEqual([]);
    expect(of(minutesRules, { meetingKind: 'plenary', signerPersonId: 'x', signerActsForPersonId: null, headPersonId: 'h', chairPersonId: 'h', delegatedByPersonId: null, hasDelegatorApproval: false }, 'meetings.minutes-signer')).toHaveLength(1);
  });
});

describe('第五十八条、第五十一条 副区长召开的专题会议请镇（街道）主要负责人须经区长批准', () => {
  const facts = (over: Partial<TownPrincipalsFacts>): TownPrincipalsFacts => ({ isDeputysMeeting: true, townUnits: ['齐都镇', '辛店街道'], isHeadApproved: false, stage: 'planning', ...over });
  it.each([
    ['安排时提示（送区长审批）', facts({}), 'flag'],
    ['未经批准不能列为出席人员', facts({ stage: 'seating' }), 'refusal'],
    ['区长已批准', facts({ isHeadApproved: true, stage: 'seating' }), null],
    ['区长召开的会议不受此限', facts({ isDeputysMeeting: false }), null],
    ['未请镇街', facts({ townUnits: [] }), null],
  ] as const)('%s', (_, f, severity) => {
    const v = of(seatingRules, f, 'meetings.deputy-meeting-town-principals');
    expect(v.map((x) => x.severity)).toEqual(severity ? [severity] : []);
    if (severity) expect(v[0]).toMatchObject({ article: 58 });
    if (severity) expect(v[0]?.message).toContain('齐都镇、辛店街道');
  });
});

describe('第五十三条 会前5个工作日：会议在休息日的，不少算一个工作日', () => {
  const calendar = createOfficialCalendar();
  it.each([
    ['周四开会，前一周周四提报：5个工作日', '2026-03-05', '2026-03-12', 5],
    ['周四开会，前一周周五提报：4个工作日', '2026-03-06', '2026-03-12', 4],
    ['周六开会，当周周一提报：5个工作日', '2026-03-09', '2026-03-14', 5],
    ['周六开会，当周周二提报：4个工作日', '2026-03-10', '2026-03-14', 4],
    ['周日开会，当周周一提报：5个工作日', '2026-03-09', '2026-03-15', 5],
    ['劳动节后周日开会（5月9日周六调休上班），4月30日提报：5个工作日', '2026-04-30', '2026-05-10', 5],
    ['同上，5月6日提报：4个工作日', '2026-05-06', '2026-05-10', 4],
    ['在5月9日（调休上班）开会，4月29日提报：5个工作日', '2026-04-29', '2026-05-09', 5],
  ] as const)('%s', (_, submittedOn, meetingDate, days) => {
    expect(workingDaysBefore(calendar, submittedOn, meetingDate)).toBe(days);
    const v = of(topicRules, topic({ workingDaysAhead: workingDaysBefore(calendar, submittedOn, meetingDate) }), 'meetings.topic-lead-time');
    expect(v).toHaveLength(days >= lead ? 0 : 1);
  });
});

describe('第四十九条 出席人数须超过应到人数的二分之一：每个计算法定人数的函数都在边界上检验', () => {
  const half = parameter('meetings.executive.quorum', DAY);
  it.each([
    [8, 4, false],
    [8, 5, true],
    [9, 4, false],
    [9, 5, true],
    [10, 5, false],
    [10, 6, true],
  ] as const)('应到%i人，实到%i人', (members, present, met) => {
    expect(meetsQuorum(half, present, members)).toBe(met);
    expect(quorumMinimum(half, members) <= present).toBe(met);
    expect(quorumOf(members, present, half).hasQuorum).toBe(met);
    expect(of(decisionRules, { meetingKind: 'executive', members, present }, 'meetings.executive-quorum')).toHaveLength(met ? 0 : 1);
    expect(quorumOf(members, present, half).explanation).toContain('超过应到人数的二分之一');
  });
});
