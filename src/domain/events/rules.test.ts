import { describe, expect, it } from 'vitest';
import { runRules } from '../../rules/registry.js';
import { invitationArrangementRules, invitationSubmissionRules, type MeetingRequestFacts, meetingRequestRules, needsHeadApproval, speechRules } from './rules.js';

const submission = (activityDate: string, overrides: Partial<{ kind: 'work_activity' | 'reception'; addressee: { kind: 'office' } | { kind: 'leader'; name: string } }> = {}) =>
  runRules(invitationSubmissionRules, { invitation: { kind: 'work_activity', activityDate, addressee: { kind: 'office' }, submittedOn: '2026-03-02', ...overrides } }, '2026-03-02');

const meetingFacts = (overrides: Partial<MeetingRequestFacts['meeting']> = {}, sameYearCount = 0): MeetingRequestFacts => ({
  meeting: { meetingDate: '2026-04-10', format: 'video', chairedBy: 'department_head', invitees: [], headApproval: null, ...overrides },
  sameYearCount,
});
const ids = (facts: MeetingRequestFacts) => runRules(meetingRequestRules, facts, '2026-03-02').violations.map((v) => `${v.ruleId}:${v.severity}`);
const town = (kind: 'town_principal' | 'town_deputy') => ({ kind, unitName: '齐都镇人民政府', postTitle: kind === 'town_principal' ? '镇长' : '副镇长', holderName: '某某' });

describe('第九十条 邀请提前3天报区政府办公室（报送当日不计入）', () => {
  it('第九十条 提前3天可以，提前2天或当天被拒绝；来访接待（第九十二条）不足3天的只标注', () => {
    expect(submission('2026-03-05').violations).toEqual([]);
    expect(submission('2026-03-04').refusals.map((v) => v.ruleId)).toEqual(['events.invitation-lead-days']);
    expect(submission('2026-03-02').refusals[0]?.message).toContain('活动当日才报送');
    expect(submission('2026-02-20').refusals[0]?.message).toContain('活动日期2026年2月20日已过');
    expect(submission('2026-03-03', { kind: 'reception' }).flags.map((v) => v.article)).toEqual([90]);
  });

  it('第九十条 请柬直接送领导个人被拒绝', () => {
    expect(submission('2026-03-10', { addressee: { kind: 'leader', name: '副区长周文博' } }).refusals.map((v) => v.ruleId)).toEqual(['events.invitation-through-office']);
  });
});

describe('第九十一条 所列活动须经区委、区政府批准', () => {
  it('第九十一条 剪彩未批准不能安排；一般工作活动无须批准', () => {
    expect(runRules(invitationArrangementRules, { kind: 'ribbon_cutting', approval: null }, '2026-03-02').refusals).toHaveLength(1);
    expect(runRules(invitationArrangementRules, { kind: 'ribbon_cutting', approval: { decision: 'refused' } }, '2026-03-02').refusals).toHaveLength(1);
    expect(runRules(invitationArrangementRules, { kind: 'ribbon_cutting', approval: { decision: 'approved' } }, '2026-03-02').refusals).toEqual([]);
    expect(runRules(invitationArrangementRules, { kind: 'work_activity', approval: null }, '2026-03-02').refusals).toEqual([]);
  });
});

describe('第五十八条 会议控制', () => {
  it('第五十八条 每年原则上不超过1次：已有1次的再申请送区长批准（提示），区长批准后不再提示', () => {
    expect(ids(meetingFacts({}, 0))).toEqual([]);
    expect(ids(meetingFacts({}, 1))).toEqual(['events.meeting-yearly-limit:flag']);
    expect(ids(meetingFacts({ headApproval: { approverName: '区长林志远', approvedOn: '2026-03-01', opinion: '同意' } }, 1))).toEqual([]);
    expect(needsHeadApproval({ chairedBy: 'department_head', invitees: [] }, true)).toBe(true);
    expect(needsHeadApproval({ chairedBy: 'department_head', invitees: [] }, false)).toBe(false);
  });

  it('第五十八条 不邀请区长；邀请副区长、集中开会只标注', () => {
    expect(ids(meetingFacts({ invitees: [{ kind: 'head', unitName: '区政府', postTitle: '区长', holderName: '林志远' }] }))).toEqual(['events.meeting-never-invite-head:refusal']);
    expect(ids(meetingFacts({ format: 'in_person', invitees: [{ kind: 'deputy', unitName: '区政府', postTitle: '副区长', holderName: '孙立华' }] }))).toEqual([
      'events.meeting-deputy-by-approval:flag',
      'events.meeting-video-first:flag',
    ]);
  });

  it('第五十八条 部门会议只开到镇街分管负责人；副区长主持的请主要负责人须送区长批准', () => {
    expect(ids(meetingFacts({ invitees: [town('town_deputy')] }))).toEqual([]);
    expect(ids(meetingFacts({ invitees: [town('town_principal')] }))).toEqual(['events.meeting-town-deputies-only:refusal']);
    expect(ids(meetingFacts({ chairedBy: 'deputy', invitees: [town('town_principal')] }))).toEqual(['events.meeting-deputy-chair-town-principals:flag']);
    expect(needsHeadApproval({ chairedBy: 'deputy', invitees: [town('town_principal')] })).toBe(true);
    expect(needsHeadApproval({ chairedBy: 'deputy', invitees: [town('town_deputy')] })).toBe(false);
    expect(needsHeadApproval({ chairedBy: 'department_head', invitees: [town('town_principal')] })).toBe(false);
    expect(ids(meetingFacts({ chairedBy: 'deputy', invitees: [town('town_principal')], headApproval: { approverName: '林志远', approvedOn: '2026-03-01', opinion: '同意' } }))).toEqual([]);
  });
});

describe('第八十一条 事先须经区政府同意', () => {
  it('第八十一条 发表当日及之前可以同意，之后被拒绝', () => {
    expect(runRules(speechRules, { actOn: '2026-03-05', eventDate: '2026-03-05', act: 'approval' }, '2026-03-05').refusals).toEqual([]);
    expect(runRules(speechRules, { actOn: '2026-03-06', eventDate: '2026-03-05', act: 'approval' }, '2026-03-06').refusals.map((v) => v.article)).toEqual([81]);
  });
});
