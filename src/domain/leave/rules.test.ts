import { describe, expect, it } from 'vitest';
import { loadRulebook } from '../../rules/rulebook.js';
import { createRulebookSet } from '../../rules/rulebook-set.js';
import { linzi2022Data } from '../../rules/rulebooks/linzi-2022/index.js';
import { runRules } from '../../rules/registry.js';
import { type LeaveFacts, leaveRules } from './rules.js';

/** A revision that asks 5 days' notice and attachments beyond 2 days: data, not code. */
const revised = createRulebookSet([
  loadRulebook({
    ...linzi2022Data,
    id: 'linzi-2022-revised',
    parameters: [
      ...linzi2022Data.parameters.filter((p) => p.key !== 'leave.noticeDays' && p.key !== 'leave.longAbsenceDays'),
      { key: 'leave.noticeDays', value: 5, unit: 'calendar-day', cites: { article: 82 }, summary: '提前5天' },
      { key: 'leave.longAbsenceDays', value: 2, unit: 'calendar-day', cites: { article: 82 }, summary: '超过2天' },
    ],
  }),
]);

const facts = (over: Partial<LeaveFacts['report']> = {}, rest: Partial<Omit<LeaveFacts, 'report'>> = {}): LeaveFacts => ({
  report: { startDate: '2026-03-06', endDate: '2026-03-06', isEmergency: false, emergencyReason: null, reportedOn: '2026-03-02', actingPersonName: '副局长', personId: 'p', ...over },
  hasContact: true,
  attachmentKinds: [],
  coverPartner: null,
  partnerAbsences: [],
  assignments: [],
  ...rest,
});
const refusals = (f: LeaveFacts, source = {}) => runRules(leaveRules, f, f.report.reportedOn, source).refusals;

describe('第八十二条 请假外出按规定天数提前报告', () => {
  it('第八十二条 提前4天按2022年规则可以；规则改为提前5天后被拒绝，说明随之改为“提前5天”', () => {
    expect(refusals(facts())).toEqual([]);
    const under = refusals(facts(), { set: revised });
    expect(under.map((v) => [v.ruleId, v.article])).toEqual([['leave.notice-days-ahead', 82]]);
    expect(under[0]?.message).toContain('外出须提前5天报告，本次仅提前4天');
  });

  it('第八十二条 紧急外出不足天数的只标注并写明理由，不说明理由的被拒绝', () => {
    const late = facts({ startDate: '2026-03-03', endDate: '2026-03-03', isEmergency: true, emergencyReason: '突发险情' });
    const outcome = runRules(leaveRules, late, '2026-03-02');
    expect(outcome.refusals).toEqual([]);
    expect(outcome.flags.map((f) => f.ruleId)).toEqual(['leave.notice-days-ahead']);
    expect(refusals(facts({ startDate: '2026-03-03', endDate: '2026-03-03', isEmergency: true, emergencyReason: ' ' })).map((v) => v.ruleId)).toEqual(['leave.emergency-reason']);
  });

  it('第八十二条 外出超过规定天数须附通知、方案、日程：3天不必，改为2天后须附', () => {
    const threeDays = facts({ startDate: '2026-03-10', endDate: '2026-03-12' });
    expect(refusals(threeDays)).toEqual([]);
    const under = refusals(threeDays, { set: revised });
    expect(under.map((v) => v.ruleId)).toEqual(['leave.long-absence-attachments']);
    expect(under[0]?.message).toContain('超过2天的，要附有关通知、方案及日程安排');
    expect(refusals({ ...threeDays, attachmentKinds: ['notice'] }, { set: revised }).map((v) => v.ruleId)).toEqual(['leave.long-absence-attachments']);
    expect(refusals({ ...threeDays, attachmentKinds: ['notice', 'plan', 'schedule'] }, { set: revised })).toEqual([]);
  });
});

describe('第六十三条 互相补位的领导不同时外出', () => {
  it('第六十三条 互相补位的领导重叠外出被拒绝；不重叠、已撤销、或区长已另行安排补位的不拒绝', () => {
    const partner = { personId: 'q', name: '乙' };
    const away = { startDate: '2026-03-06', endDate: '2026-03-07', status: 'reported' as const, returnedOn: null };
    expect(refusals(facts({}, { coverPartner: partner, partnerAbsences: [away] })).map((v) => [v.ruleId, v.article])).toEqual([['cover.partners-not-away-together', 63]]);
    expect(refusals(facts({}, { coverPartner: partner, partnerAbsences: [{ ...away, startDate: '2026-03-07' }] }))).toEqual([]);
    expect(refusals(facts({}, { coverPartner: partner, partnerAbsences: [{ ...away, status: 'cancelled' }] }))).toEqual([]);
    expect(refusals(facts({}, { coverPartner: partner, partnerAbsences: [away], assignments: [{ absentPersonId: 'p', validFrom: '2026-03-06', validTo: '2026-03-06' }] }))).toEqual([]);
  });
});
