import { describe, expect, it } from 'vitest';
import { parameter, runRules } from '../../rules/registry.js';
import type { Rule } from '../../rules/types.js';
import { type DecisionFacts, decisionRules, type MinutesFacts, minutesRules, seatingRules, type TopicFacts, topicRules } from './rules.js';
import { composition, type LeaderOnDay, type MeetingKind, quorumOf } from './types.js';

// Edge cases of each meetings rule through the engine (id, article, severity), at the parameters in force.
const DAY = '2026-03-02';
const lead = parameter('meetings.topicLeadWorkingDays', DAY);
const topic = (over: Partial<TopicFacts> = {}): TopicFacts => ({ meetingKind: 'executive', major: { category: null, isOfficeCorrected: false, text: '关于优化营商环境的议题' }, workingDaysAhead: lead, hasHeadException: false, unsignedUnits: [], groundlessDisagreements: [], disagreeingUnits: [], ...over });
// Every finding tells the user, in Chinese, what the rule requires.
const said = <V extends { message: string }>(violations: readonly V[]): V[] => {
  for (const v of violations) expect(v.message).toMatch(/[\u4e00-\u9fa5]{6}/);
  return [...violations];
};
const of = <F>(rules: readonly Rule<F>[], f: F, ruleId: string) => said(runRules(rules, f, DAY).violations).filter((v) => v.ruleId === ruleId);

describe('第八条、第二十七条 重大问题须经全体会议或常务会议', () => {
  it.each([
    ['plenary', true, false],
    ['executive', true, false],
    ['head_office', true, true],
    ['topical', true, true],
    ['topical', false, false],
  ] as const)('%s，重大=%s', (meetingKind, isMajor, refused) => {
    expect(of(topicRules, topic({ meetingKind, major: { category: isMajor ? '重大建设项目' : null, isOfficeCorrected: false, text: '' } }), 'meetings.major-only-plenary-or-executive')).toMatchObject(refused ? [{ article: 8, severity: 'refusal' }] : []);
  });
});

describe('第五十三条 议题会前规定工作日数提报（边界）', () => {
  it.each([
    ['恰为规定工作日数', 'executive', lead, false, null],
    ['少一个工作日', 'executive', lead - 1, false, 'refusal'],
    ['少一个工作日，经区长同意：提示', 'executive', lead - 1, true, 'flag'],
    ['恰为规定工作日数，经区长同意：不提示', 'executive', lead, true, null],
    ['非常务会议不受此限', 'topical', 0, false, null],
  ] as const)('%s', (_, meetingKind, workingDaysAhead, hasHeadException, severity) => {
    const v = of(topicRules, topic({ meetingKind, workingDaysAhead, hasHeadException }), 'meetings.topic-lead-time');
    expect(v.map((x) => x.severity)).toEqual(severity ? [severity] : []);
    for (const x of v) {
      expect(x.article).toBe(53);
      expect(x.message).toContain(`${lead}个工作日`);
      expect(x.message).toContain(`${workingDaysAhead}个工作日`);
    }
  });
});

describe('第五十二条 议题须协调一致、会签（边界）', () => {
  it.each([
    ['全部会签', [], [], null],
    ['有未会签的单位', ['财政局', '教育局'], [], '财政局、教育局'],
    ['分歧未列理据', [], ['财政局', '人社局'], '财政局、人社局'],
    ['两者都有时先说分歧的理据', ['教育局'], ['人社局'], '人社局'],
  ] as const)('%s', (_, unsignedUnits, groundlessDisagreements, named) => {
    const v = of(topicRules, topic({ unsignedUnits, groundlessDisagreements }), 'meetings.topic-coordinated');
    expect(v).toHaveLength(named ? 1 : 0);
    if (named) {
      expect(v[0]).toMatchObject({ article: 52, severity: 'refusal' });
      expect(v[0]?.message).toContain(named);
    }
  });
  it('未会签与分歧的拒绝理由不同', () => {
    const unsigned = of(topicRules, topic({ unsignedUnits: ['甲'] }), 'meetings.topic-coordinated')[0]?.message;
    const groundless = of(topicRules, topic({ groundlessDisagreements: ['甲'] }), 'meetings.topic-coordinated')[0]?.message;
    expect(unsigned).not.toBe(groundless);
    expect(unsigned).toContain('会签');
    expect(groundless).toContain('理据');
  });
});

describe('第五十六条 纪要签发（边界）', () => {
  const minutes = (over: Partial<MinutesFacts>): MinutesFacts => ({ meetingKind: 'executive', signerPersonId: 'head', signerActsForPersonId: null, headPersonId: 'head', chairPersonId: 'chair', delegatedByPersonId: null, hasDelegatorApproval: false, ...over });
  it.each([
    ['常务会议：区长签发', { signerPersonId: 'head' }, false],
    ['全体会议：区长签发', { meetingKind: 'plenary', signerPersonId: 'head' }, false],
    ['常务会议：主持的常务副区长签发', { signerPersonId: 'chair' }, true],
    ['常务会议：代区长签发（区长外出）', { signerPersonId: 'exec', signerActsForPersonId: 'head' }, false],
    ['常务会议：未设区长', { headPersonId: null, signerPersonId: 'x' }, true],
    ['专题会议：主持人签发', { meetingKind: 'topical', signerPersonId: 'chair' }, false],
    ['专题会议：代主持人签发', { meetingKind: 'topical', signerPersonId: 'x', signerActsForPersonId: 'chair' }, false],
    ['专题会议：委托人签发', { meetingKind: 'topical', signerPersonId: 'dep', delegatedByPersonId: 'dep' }, false],
    ['专题会议：区长签发但非主持人', { meetingKind: 'topical', signerPersonId: 'head' }, true],
    ['专题会议：他人签发', { meetingKind: 'topical', signerPersonId: 'x', signerActsForPersonId: 'y' }, true],
    // Art. 56 names the plenary, executive and topical meetings; the 区长办公会议 is not among them.
    ['区长办公会议：第五十六条不适用', { meetingKind: 'head_office', signerPersonId: 'x' }, false],
  ] as [string, Partial<MinutesFacts>, boolean][])('%s', (_, over, refused) => {
    expect(of(minutesRules, minutes(over), 'meetings.minutes-signer')).toMatchObject(refused ? [{ article: 56, severity: 'refusal' }] : []);
  });
  it('常务会议与专题会议的拒绝理由不同', () => {
    const a = of(minutesRules, minutes({ signerPersonId: 'x' }), 'meetings.minutes-signer')[0]?.message;
    const b = of(minutesRules, minutes({ meetingKind: 'topical', signerPersonId: 'x' }), 'meetings.minutes-signer')[0]?.message;
    expect(a).toContain('区长签发');
    expect(b).toContain('主持人签发');
  });
  it.each([
    ['受委托的专题会议未经委托人同意', 'topical', 'dep', false, true],
    ['受委托的专题会议经委托人同意', 'topical', 'dep', true, false],
    ['非受委托的专题会议', 'topical', null, false, false],
    ['常务会议', 'executive', 'dep', false, false],
  ] as const)('%s', (_, meetingKind, delegatedByPersonId, hasDelegatorApproval, refused) => {
    const v = of(minutesRules, minutes({ meetingKind, delegatedByPersonId, hasDelegatorApproval, signerPersonId: meetingKind === 'topical' ? 'chair' : 'head' }), 'meetings.delegated-minutes-approval');
    expect(v).toMatchObject(refused ? [{ article: 56, severity: 'refusal' }] : []);
    expect(v).toHaveLength(refused ? 1 : 0);
  });
});

describe('第四十九条 常务会议法定人数（恰好一半与过半）', () => {
  const decide = (over: Partial<DecisionFacts>) => of(decisionRules, { meetingKind: 'executive', members: 10, present: 6, ...over }, 'meetings.executive-quorum');
  it.each([
    ['10人到6人：超过半数', 10, 6, false],
    ['10人恰到一半不算', 10, 5, true],
    ['9人到5人', 9, 5, false],
    ['9人到4人', 9, 4, true],
  ] as const)('%s', (_, members, present, refused) => {
    const v = decide({ members, present });
    expect(v).toHaveLength(refused ? 1 : 0);
    if (refused) {
      expect(v[0]).toMatchObject({ article: 49, severity: 'refusal' });
      expect(v[0]?.message).toContain(`应到${members}人，实到${present}人`);
    }
  });
  it('非常务会议不查', () => {
    expect(decide({ meetingKind: 'topical', present: 0 })).toEqual([]);
  });
  it.each([
    ['超过二分之一：10人至少6人', 10, 6, { numerator: 1, denominator: 2, strict: true }, 6, true, '超过应到人数的二分之一'],
    ['超过二分之一：10人5人不足', 10, 5, { numerator: 1, denominator: 2, strict: true }, 6, false, '超过应到人数的二分之一'],
    ['达到二分之一：10人5人即可', 10, 5, { numerator: 1, denominator: 2, strict: false }, 5, true, '达到应到人数的二分之一'],
    ['达到二分之一：9人须5人', 9, 4, { numerator: 1, denominator: 2, strict: false }, 5, false, '达到应到人数的二分之一'],
    ['超过三分之二：9人须7人', 9, 7, { numerator: 2, denominator: 3, strict: true }, 7, true, '超过应到人数的三分之二'],
  ] as const)('quorumOf %s', (_, members, present, fraction, required, hasQuorum, share) => {
    const q = quorumOf(members, present, fraction);
    expect(q).toMatchObject({ members, present, required, hasQuorum });
    expect(q.explanation).toBe(`应到${members}人，实到${present}人；出席人数须${share}，即至少${required}人——${hasQuorum ? '符合' : '不足'}法定人数`);
  });
});

describe('第四十八条至第五十一条 各类会议的组成', () => {
  const leaders: LeaderOnDay[] = [
    { personId: 'h', name: '区长甲', kind: 'head', title: '区长' },
    { personId: 'e', name: '常务乙', kind: 'executive_deputy', title: '常务副区长' },
    { personId: 'd', name: '副区长丙', kind: 'deputy', title: '副区长' },
    { personId: 'o', name: '主任丁', kind: 'office_director', title: '办公室主任' },
    { personId: 'od', name: '副主任戊', kind: 'office_deputy_director', title: '办公室副主任' },
  ];
  const org = {
    leaders,
    departmentPrincipals: [{ personId: 'p', name: '局长己', unitName: '发改局' }],
    fixedObservers: [{ personId: 'j', name: '纪委庚', post: '区纪委监委' }],
  };
  const seats = (kind: MeetingKind) => composition(kind, org).map((s) => `${s.personId}:${s.role}:${s.post}`);
  it('第四十八条、第五条 全体会议：区长、副区长、各工作部门主要负责人——区政府办公室是工作部门，其主任在内', () => {
    expect(seats('plenary')).toEqual(['h:member:区长', 'e:member:常务副区长', 'd:member:副区长', 'o:member:办公室主任', 'p:member:发改局主要负责人']);
    expect(composition('plenary', org)[4]?.name).toBe('局长己');
  });
  it('第四十九条 常务会议：区长、副区长、办公室主任，固定列席者列席', () => {
    expect(seats('executive')).toEqual(['h:member:区长', 'e:member:常务副区长', 'd:member:副区长', 'o:member:办公室主任', 'j:observer:区纪委监委']);
    expect(composition('executive', org)[0]?.name).toBe('区长甲');
  });
  it('第五十条 区长办公会议：区长、副区长、办公室主任', () => {
    expect(seats('head_office')).toEqual(['h:member:区长', 'e:member:常务副区长', 'd:member:副区长', 'o:member:办公室主任']);
  });
  it('第五十一条 专题会议：逐次确定', () => {
    expect(seats('topical')).toEqual([]);
  });
});

describe('第五十三条 议题提报不足规定工作日数的，写明实际相距', () => {
  it.each([
    ['尚有工作日', lead - 1, `本议题距会议仅${lead - 1}个工作日`, '不足一个工作日'],
    ['会前一个工作日', 1, '本议题距会议仅1个工作日', '不足一个工作日'],
    ['会议当日提报', 0, '本议题提报时距会议已不足一个工作日', '仅0个工作日'],
  ] as const)('第五十三条 %s', (_, workingDaysAhead, words, never) => {
    expect(lead).toBeGreaterThan(1);
    const [v, ...rest] = of(topicRules, topic({ workingDaysAhead }), 'meetings.topic-lead-time');
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ article: 53, severity: 'refusal' });
    expect(v?.message).toContain(words);
    expect(v?.message).not.toContain(never);
  });
});

describe('第五十二条 不同意的单位逐一列明', () => {
  it('第五十二条 多个单位不同意：以顿号列出，须报分管副区长或协助其工作的办公室副主任协调', () => {
    const [v] = of(topicRules, topic({ disagreeingUnits: ['区财政局', '区教育局'] }), 'meetings.topic-coordinated');
    expect(v).toMatchObject({ article: 52, severity: 'refusal' });
    expect(v?.message).toMatch(/^区财政局、区教育局不同意，须报请分管副区长或协助其工作的区政府办公室副主任协调/);
  });
});

describe('第五十八条 副区长主持的会议请镇街主要负责人：提示与拒绝写明条文要求', () => {
  it.each([
    ['安排时', 'planning', 'flag'],
    ['列为出席人员时', 'seating', 'refusal'],
  ] as const)('第五十八条 %s', (_, stage, severity) => {
    const [v] = of(seatingRules, { isDeputysMeeting: true, townUnits: ['齐都镇'], isHeadApproved: false, stage }, 'meetings.deputy-meeting-town-principals');
    expect(v).toMatchObject({ article: 58, severity });
    expect(v?.message).toMatch(/^副区长主持召开的会议，一般不请镇政府（街道办事处）主要负责人参加，因工作需要确需参加的，须经区长批准；/);
  });
});
