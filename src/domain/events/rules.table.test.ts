import { describe, expect, it } from 'vitest';
import { parameter, runRules } from '../../rules/registry.js';
import type { Rule } from '../../rules/types.js';
import {
  type InvitationSubmissionFacts, type VisitArrangementFacts, visitArrangementRules,
  invitationApprovalRules, invitationArrangementRules, invitationSubmissionRules, meetingApprovalRules, type MeetingRequestFacts, meetingRequestRules, needsHeadApproval, isOverYearlyLimit, speechRules,
} from './rules.js';
import { approvalRequiredKinds, headApprovalGrounds, invitationKinds, needsHeadApprovalOf, needsPriorApproval, textRequestKinds, visitKinds } from './types.js';
import { chineseDate } from '../../calendar/explain.js';

const DAY = '2026-03-02';
const plus = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
// Every finding tells the user, in Chinese, what the rule requires.
const said = <V extends { message: string }>(violations: readonly V[]): V[] => {
  for (const v of violations) expect(v.message).toMatch(/[\u4e00-\u9fa5]{6}/);
  return [...violations];
};
const of = <F>(rules: readonly Rule<F>[], f: F, ruleId: string) => said(runRules(rules, f, DAY).violations).filter((v) => v.ruleId === ruleId);

describe('第九十条 邀请一律由区政府办公室统一安排', () => {
  const leadDays = parameter('events.invitationLeadDays', DAY);
  type Addressee = InvitationSubmissionFacts['invitation']['addressee'];
  const invite = (ahead: number, over: Partial<{ kind: 'work_activity' | 'reception' | 'peer_visit' | 'forum'; addressee: Addressee }> = {}) =>
    ({ invitation: { kind: 'work_activity' as const, activityDate: plus(DAY, ahead), addressee: { kind: 'office' } as Addressee, submittedOn: DAY, ...over } });

  it.each([
    ['恰提前规定天数', leadDays, 'work_activity', null],
    ['少一天', leadDays - 1, 'work_activity', 'refusal'],
    ['活动已过', -1, 'work_activity', 'refusal'],
    ['来访接待少一天：提示（第九十二条）', leadDays - 1, 'reception', 'flag'],
    ['外区县来宾考察少一天：提示（第九十二条）', leadDays - 1, 'peer_visit', 'flag'],
    ['来访接待提前足够：不提示', leadDays, 'reception', null],
  ] as const)('%s', (_, ahead, kind, severity) => {
    const v = of(invitationSubmissionRules, invite(ahead, { kind }), 'events.invitation-lead-days');
    expect(v.map((x) => x.severity)).toEqual(severity ? [severity] : []);
    for (const x of v) {
      expect(x.article).toBe(90);
      expect(x.message).toContain(`${leadDays}天`);
      if (ahead > 0) expect(x.message).toContain(`${ahead}天`);
    }
  });

  it.each([
    ['当日报送', 0, '活动当日才报送'],
    ['活动已过十天', -10, '活动日期2026年2月20日已过'],
  ] as const)('第九十条 报送时距活动不足的，措辞合乎实际：%s', (_, ahead, words) => {
    const [v] = of(invitationSubmissionRules, invite(ahead), 'events.invitation-lead-days');
    expect(v?.message).toContain(words);
    expect(v?.message).not.toContain('提前0天');
    expect(v?.message).not.toMatch(/提前-?\d+天（报送/);
  });

  it('第九十条 请柬抬头为区政府领导个人（依组织机构数据）：报送时拒绝，办公室登记时标注；抬头为办公室或其他人员的放行', () => {
    const leader: Addressee = { kind: 'leader', name: '副区长周文博' };
    const [refused] = of(invitationSubmissionRules, invite(leadDays, { addressee: leader }), 'events.invitation-through-office');
    expect(refused).toMatchObject({ article: 90, severity: 'refusal' });
    expect(refused?.message).toContain('“副区长周文博”');
    expect(of(invitationSubmissionRules, { ...invite(leadDays, { addressee: leader }), recordedBy: 'office' }, 'events.invitation-through-office')).toMatchObject([{ article: 90, severity: 'flag' }]);
    expect(of(invitationSubmissionRules, invite(leadDays), 'events.invitation-through-office')).toEqual([]);
    expect(of(invitationSubmissionRules, invite(leadDays, { addressee: { kind: 'person', name: '王芳' } }), 'events.invitation-through-office')).toEqual([]);
  });
});

describe('第九十二条 视察调研与来访接待', () => {
  const visit = (over: Partial<VisitArrangementFacts> = {}): VisitArrangementFacts => ({ kind: 'city_leader_visit', isFullAccompaniment: false, approval: null, hasPlan: false, ...over });
  it('第九十二条 市级领导视察调研：须附与区委、区人大、区政协办公室协调确定的方案后安排', () => {
    expect(of(visitArrangementRules, visit(), 'events.visit-coordinated-plan')).toMatchObject([{ article: 92, severity: 'refusal' }]);
    expect(of(visitArrangementRules, visit({ hasPlan: true }), 'events.visit-coordinated-plan')).toEqual([]);
    expect(of(visitArrangementRules, visit({ kind: 'peer_visit' }), 'events.visit-coordinated-plan')).toEqual([]);
  });
  it('第九十二条 市直部门、外区县来宾：原则上不全程陪同，确需全程陪同的经区长批准', () => {
    expect(of(visitArrangementRules, visit({ kind: 'peer_visit', isFullAccompaniment: true }), 'events.visit-no-full-accompaniment')).toMatchObject([{ article: 92, severity: 'refusal' }]);
    expect(of(visitArrangementRules, visit({ kind: 'peer_visit', isFullAccompaniment: true, approval: { decision: 'approved' } }), 'events.visit-no-full-accompaniment')).toEqual([]);
    expect(of(visitArrangementRules, visit({ kind: 'peer_visit' }), 'events.visit-no-full-accompaniment')).toEqual([]);
    expect(needsHeadApprovalOf({ kind: 'peer_visit', isFullAccompaniment: true })).toBe(true);
    expect(needsHeadApprovalOf({ kind: 'peer_visit', isFullAccompaniment: false })).toBe(false);
    expect(needsHeadApprovalOf({ kind: 'forum', isFullAccompaniment: false })).toBe(true);
  });
});

describe('第九十一条 所列活动须经区委、区政府批准', () => {
  it.each(invitationKinds.map((k) => [k, approvalRequiredKinds.includes(k)] as const))('%s 须先批准：%s', (kind, needs) => {
    expect(needsPriorApproval(kind)).toBe(needs);
    const refused = of(invitationArrangementRules, { kind, approval: null }, 'events.invitation-prior-approval');
    expect(refused).toMatchObject(needs ? [{ article: 91, severity: 'refusal' }] : []);
    expect(of(invitationArrangementRules, { kind, approval: { decision: 'approved' } }, 'events.invitation-prior-approval')).toEqual([]);
  });
  it('所列活动：剪彩、奠基及各类会、论坛、贺信、题词、作序、出版，一般工作活动与来访接待不在其列', () => {
    expect([...approvalRequiredKinds].sort()).toEqual(invitationKinds.filter((k) => k !== 'work_activity' && !visitKinds.includes(k)).sort());
    expect(textRequestKinds).toEqual(['congratulatory_letter', 'inscription', 'preface', 'publication']);
  });
  it('未批准（不批准）仍不能安排，理由写明活动类别', () => {
    const [v] = of(invitationArrangementRules, { kind: 'ribbon_cutting', approval: { decision: 'refused' } }, 'events.invitation-prior-approval');
    expect(v).toMatchObject({ article: 91, severity: 'refusal' });
    expect(v?.message).toContain('剪彩活动');
  });
  it.each([
    ['活动当天批准', 0, false],
    ['活动之前批准', -1, false],
    ['活动之后批准', 1, true],
  ] as const)('批准在活动之前：%s', (_, after, refused) => {
    const eventDate = plus(DAY, -after);
    const v = of(invitationApprovalRules, { actOn: DAY, eventDate }, 'events.invitation-approval-beforehand');
    expect(v).toMatchObject(refused ? [{ article: 91, severity: 'refusal' }] : []);
    if (refused) expect(v[0]?.message).toContain(chineseDate(eventDate));
  });
});

describe('第五十八条 部门本系统全区性会议', () => {
  const perYear = parameter('events.departmentSystemMeetingsPerYear', DAY).max;
  const facts = (over: Partial<MeetingRequestFacts['meeting']> = {}, sameYearCount = 0): MeetingRequestFacts => ({
    meeting: { meetingDate: '2026-04-10', format: 'video', chairedBy: 'department_head', invitees: [], headApproval: null, ...over },
    sameYearCount,
  });
  const invitee = (kind: 'head' | 'deputy' | 'town_principal' | 'town_deputy', holderName: string | null = '某某') => ({ kind, unitName: '齐都镇人民政府', postTitle: kind === 'town_principal' ? '镇长' : '副镇长', holderName });
  const find = (f: MeetingRequestFacts, ruleId: string) => of(meetingRequestRules, f, ruleId);

  it('合规的申请不受拒绝、不被提示', () => {
    expect(runRules(meetingRequestRules, facts({ invitees: [invitee('town_deputy')] }), DAY).violations).toEqual([]);
  });

  it.each([
    ['本年已有规定次数少一次', perYear - 1, false],
    ['本年已达规定次数', perYear, true],
  ] as const)('每年次数（原则上）：%s', (_, count, isOver) => {
    const v = find(facts({}, count), 'events.meeting-yearly-limit');
    expect(v).toHaveLength(isOver ? 1 : 0);
    expect(isOverYearlyLimit(count, { max: perYear })).toBe(isOver);
    if (isOver) {
      // Not a bar: the request goes to the 区长 first.
      expect(v[0]).toMatchObject({ article: 58, severity: 'flag' });
      expect(v[0]?.message).toContain(`原则上每年不超过${perYear}次`);
      expect(v[0]?.message).toContain(`2026年已有${count}次`);
      expect(v[0]?.message).toContain(`本次为第${count + 1}次，已送区长审批`);
    }
  });

  it('一律不邀请区长出席', () => {
    expect(find(facts({ invitees: [invitee('head')] }), 'events.meeting-never-invite-head')).toMatchObject([{ article: 58, severity: 'refusal' }]);
    expect(find(facts({ invitees: [invitee('deputy')] }), 'events.meeting-never-invite-head')).toEqual([]);
  });

  it('邀请副区长：提示按程序报批，写明邀请谁（无姓名时写职务）', () => {
    const [v] = find(facts({ invitees: [invitee('deputy', '王五'), { ...invitee('deputy', null), postTitle: '常务副区长' }, invitee('town_deputy', '赵六')] }), 'events.meeting-deputy-by-approval');
    expect(v).toMatchObject({ article: 58, severity: 'flag' });
    expect(v?.message).toContain('王五、常务副区长');
    expect(v?.message).not.toContain('赵六');
    expect(find(facts({ invitees: [invitee('town_deputy')] }), 'events.meeting-deputy-by-approval')).toEqual([]);
  });

  it.each([
    ['副区长主持请镇主要负责人，未经区长批准：送区长审批（提示）', 'deputy', [invitee('town_principal')], null, 'events.meeting-deputy-chair-town-principals', 'flag'],
    ['副区长主持请镇主要负责人，区长已批准', 'deputy', [invitee('town_principal')], { approverName: '区长', approvedOn: DAY, opinion: '同意' }, 'events.meeting-deputy-chair-town-principals', null],
    ['副区长主持只请镇分管负责人', 'deputy', [invitee('town_deputy')], null, 'events.meeting-deputy-chair-town-principals', null],
    ['部门主持请镇主要负责人：拒绝', 'department_head', [invitee('town_principal')], null, 'events.meeting-town-deputies-only', 'refusal'],
    ['部门主持只请镇分管负责人', 'department_head', [invitee('town_deputy')], null, 'events.meeting-town-deputies-only', null],
    ['副区长主持请镇主要负责人不属部门会议之限', 'deputy', [invitee('town_principal')], null, 'events.meeting-town-deputies-only', null],
    ['部门主持请镇主要负责人不属副区长会议之限', 'department_head', [invitee('town_principal')], null, 'events.meeting-deputy-chair-town-principals', null],
  ] as const)('%s', (_, chairedBy, invitees, headApproval, ruleId, severity) => {
    const v = find(facts({ chairedBy, invitees: [...invitees], headApproval }), ruleId);
    expect(v.map((x) => x.severity)).toEqual(severity ? [severity] : []);
    for (const x of v) {
      expect(x.article).toBe(58);
      expect(x.message).toContain('齐都镇人民政府镇长某某');
    }
  });

  it('多位镇主要负责人逐一列出', () => {
    const two = [invitee('town_principal', '甲'), { ...invitee('town_principal', '乙'), unitName: '凤凰镇人民政府' }];
    expect(find(facts({ chairedBy: 'department_head', invitees: two }), 'events.meeting-town-deputies-only')[0]?.message).toContain('齐都镇人民政府镇长甲、凤凰镇人民政府镇长乙');
    expect(find(facts({ chairedBy: 'deputy', invitees: two }), 'events.meeting-deputy-chair-town-principals')[0]?.message).toContain('齐都镇人民政府镇长甲、凤凰镇人民政府镇长乙');
  });

  it('被邀请人无姓名时只写单位与职务', () => {
    const [v] = find(facts({ invitees: [invitee('town_principal', null)] }), 'events.meeting-town-deputies-only');
    expect(v?.message).toContain('请将齐都镇人民政府镇长改为');
  });

  it('能开电视会议的不集中开会：集中开会提示', () => {
    expect(find(facts({ format: 'in_person' }), 'events.meeting-video-first')).toMatchObject([{ article: 58, severity: 'flag' }]);
    expect(find(facts(), 'events.meeting-video-first')).toEqual([]);
  });

  it.each([
    ['副区长主持请镇主要负责人', 'deputy', ['town_principal'], true],
    ['副区长主持只请分管负责人', 'deputy', ['town_deputy'], false],
    ['部门主持请镇主要负责人', 'department_head', ['town_principal'], false],
    ['副区长主持无人', 'deputy', [], false],
  ] as const)('须先经区长本人批准：%s', (_, chairedBy, kinds, needs) => {
    expect(needsHeadApproval({ chairedBy, invitees: kinds.map((kind) => ({ kind })) })).toBe(needs);
  });

  it.each([
    ['会议当天批准', 0, false],
    ['会议之后批准', 1, true],
  ] as const)('会议审批在召开之前：%s', (_, after, refused) => {
    const eventDate = plus(DAY, -after);
    const v = of(meetingApprovalRules, { actOn: DAY, eventDate }, 'events.meeting-approval-beforehand');
    expect(v).toMatchObject(refused ? [{ article: 58, severity: 'refusal' }] : []);
    if (refused) expect(v[0]?.message).toContain(chineseDate(eventDate));
  });
});

describe('第八十一条 讲话、文章事先须经区政府同意', () => {
  it.each([
    ['发表当天报批', 0, 'request', false],
    ['发表之后报批', 1, 'request', true],
    ['发表之后同意', 1, 'approval', true],
    ['发表之前同意', -1, 'approval', false],
  ] as const)('%s', (_, after, act, refused) => {
    const eventDate = plus(DAY, -after);
    const v = of(speechRules, { actOn: DAY, eventDate, act }, 'events.speech-prior-consent');
    expect(v).toMatchObject(refused ? [{ article: 81, severity: 'refusal' }] : []);
    if (refused) expect(v[0]?.message).toContain(chineseDate(eventDate));
  });
  it('事后报批与事后同意的理由不同', () => {
    const eventDate = plus(DAY, -1);
    expect(of(speechRules, { actOn: DAY, eventDate, act: 'request' }, 'events.speech-prior-consent')[0]?.message).toContain('事后报批');
    expect(of(speechRules, { actOn: DAY, eventDate, act: 'approval' }, 'events.speech-prior-consent')[0]?.message).toContain('事后同意');
  });
});

describe('第九十二条 来访视察调研报送不足天数的提示措辞，只全程陪同外区县来宾须经区长批准', () => {
  const leadDays = parameter('events.invitationLeadDays', DAY);
  const visitOn = (ahead: number, kind: 'reception' | 'city_leader_visit' | 'peer_visit') =>
    of(invitationSubmissionRules, { invitation: { kind, activityDate: plus(DAY, ahead), addressee: { kind: 'office' }, submittedOn: DAY } }, 'events.invitation-lead-days');
  it.each([
    ['尚有天数：距活动仅几天', 'reception', leadDays - 1, `距活动仅${leadDays - 1}天`, '本次仅提前'],
    ['市级领导视察尚有一天', 'city_leader_visit', 1, '距活动仅1天', '本次仅提前'],
    ['活动当日报送', 'peer_visit', 0, '活动当日才报送', '距活动仅0天'],
    ['活动已过', 'reception', -3, `活动日期${chineseDate(plus(DAY, -3))}已过`, '距活动仅'],
  ] as const)('第九十二条 %s', (_, kind, ahead, words, never) => {
    expect(leadDays).toBeGreaterThan(1);
    const [v, ...rest] = visitOn(ahead, kind);
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ article: 90, severity: 'flag' });
    expect(v?.message).toContain(words);
    expect(v?.message).not.toContain(never);
    expect(v?.message).toContain('按第九十二条办理');
  });

  const arrangement = (over: Partial<VisitArrangementFacts>): VisitArrangementFacts => ({ kind: 'peer_visit', isFullAccompaniment: true, approval: null, hasPlan: true, ...over });
  it.each([
    ['外区县来宾全程陪同未经区长批准：拒绝', arrangement({}), true, true],
    ['外区县来宾全程陪同经区长批准', arrangement({ approval: { decision: 'approved' } }), false, true],
    ['市级领导视察全程陪同：不在此限（按协调确定的方案）', arrangement({ kind: 'city_leader_visit' }), false, false],
    ['来访接待全程陪同：不在此限', arrangement({ kind: 'reception' }), false, false],
  ] as const)('第九十二条 %s', (_, facts, refused, needsHead) => {
    expect(of(visitArrangementRules, facts, 'events.visit-no-full-accompaniment')).toMatchObject(refused ? [{ article: 92, severity: 'refusal' }] : []);
    // Whether the office waits for the 区长 before arranging it (the approval itself is recorded on the request).
    expect(needsHeadApprovalOf(facts)).toBe(needsHead);
  });
});

describe('第五十八条 区长批准的事由取自申请所附提示', () => {
  const town = { ruleId: 'events.meeting-deputy-chair-town-principals' };
  const yearly = { ruleId: 'events.meeting-yearly-limit' };
  const other = { ruleId: 'events.meeting-video-first' };
  it.each([
    ['无提示：无事由', [], []],
    ['与区长批准无关的提示：无事由', [other], []],
    ['副区长会议请镇街主要负责人', [other, town], ['请镇政府（街道办事处）主要负责人参加']],
    ['超过年度次数', [yearly, other], ['超过年度次数召开本系统全区性会议']],
    ['两项都有', [yearly, town], ['请镇政府（街道办事处）主要负责人参加', '超过年度次数召开本系统全区性会议']],
  ] as const)('第五十八条 %s', (_, flags, grounds) => {
    expect(headApprovalGrounds(flags)).toEqual(grounds);
  });
});
