import { chineseDate } from '../../calendar/explain.js';
import { describe, expect, it } from 'vitest';
import { parameter, runRules } from '../../rules/registry.js';
import { type LeaveFacts, leaveRules } from './rules.js';
import { absenceDays, absencesOverlap, daysBetween, isAwayOn } from './types.js';

// Edge cases of each leave rule through the engine (id, article, severity), at the parameters in force.
const DAY = '2026-03-02';
const notice = parameter('leave.noticeDays', DAY);
const longDays = parameter('leave.longAbsenceDays', DAY);
const plus = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const facts = (over: Partial<LeaveFacts['report']> = {}, rest: Partial<Omit<LeaveFacts, 'report'>> = {}): LeaveFacts => ({
  report: { startDate: plus(DAY, notice), endDate: plus(DAY, notice), isEmergency: false, emergencyReason: null, reportedOn: DAY, actingPersonName: '李四', personId: 'a', ...over },
  hasContact: true,
  attachmentKinds: [],
  coverPartner: null,
  partnerAbsences: [],
  assignments: [],
  ...rest,
});
// Every finding tells the user, in Chinese, what the rule requires.
const said = <V extends { message: string }>(violations: readonly V[]): V[] => {
  for (const v of violations) expect(v.message).toMatch(/[\u4e00-\u9fa5]{6}/);
  return [...violations];
};
const of = (f: LeaveFacts, ruleId: string) => said(runRules(leaveRules, f, DAY).violations).filter((v) => v.ruleId === ruleId);

describe('第八十二条 请假报告（边界）', () => {
  it('合规的报告不受拒绝、不被提示', () => {
    expect(runRules(leaveRules, facts(), DAY).violations).toEqual([]);
  });

  it.each([
    ['恰提前规定天数', notice, false, null],
    ['少一天', notice - 1, false, 'refusal'],
    ['当天报告', 0, false, 'refusal'],
    ['开始日已过', -2, false, 'refusal'],
    ['紧急外出少一天：提示', notice - 1, true, 'flag'],
    ['紧急外出提前足够：不提示', notice, true, null],
    ['紧急外出当天报备：提示，写明未提前报告', 0, true, 'flag'],
    ['紧急外出开始后才报备：提示，写明未提前报告', -1, true, 'flag'],
  ] as const)('提前报告：%s', (_, ahead, isEmergency, severity) => {
    const start = plus(DAY, ahead);
    const v = of(facts({ startDate: start, endDate: start, isEmergency, emergencyReason: isEmergency ? '防汛' : null }), 'leave.notice-days-ahead');
    expect(v.map((x) => x.severity)).toEqual(severity ? [severity] : []);
    for (const x of v) {
      expect(x.article).toBe(82);
      expect(x.message).toContain(`${notice}天`);
      // Reported on the day or after it: "未提前报告", never "仅提前0天".
      expect(x.message).toContain(ahead > 0 ? `提前${ahead}天` : '未提前报告');
      expect(x.message).not.toContain('提前0天');
    }
  });
  it('紧急外出未写理由：提示中理由为空（另由说明理由一条拒绝）', () => {
    const v = runRules(leaveRules, facts({ startDate: DAY, endDate: DAY, isEmergency: true, emergencyReason: null }), DAY).violations;
    expect(v.find((x) => x.ruleId === 'leave.notice-days-ahead')?.message).toMatch(/理由：$/);
    expect(v.find((x) => x.ruleId === 'leave.emergency-reason')?.severity).toBe('refusal');
  });
  it('紧急外出的提示写明理由', () => {
    expect(of(facts({ startDate: DAY, endDate: DAY, isEmergency: true, emergencyReason: '防汛' }), 'leave.notice-days-ahead')[0]?.message).toContain('防汛');
  });

  it.each([
    ['有理由', true, '防汛', false],
    ['无理由', true, null, true],
    ['理由为空白', true, '  ', true],
    ['非紧急无理由', false, null, false],
  ] as const)('紧急外出须说明理由：%s', (_, isEmergency, emergencyReason, refused) => {
    expect(of(facts({ isEmergency, emergencyReason }), 'leave.emergency-reason')).toMatchObject(refused ? [{ article: 82, severity: 'refusal' }] : []);
  });

  it.each([
    ['恰为规定天数，无附件', longDays, [], false],
    ['多一天，无附件', longDays + 1, [], true],
    ['多一天，只附通知', longDays + 1, ['notice'], true],
    ['多一天，附通知与方案', longDays + 1, ['notice', 'plan'], true],
    ['多一天，通知、方案及日程安排齐全', longDays + 1, ['notice', 'plan', 'schedule'], false],
  ] as const)('第八十二条 超过规定天数须附通知、方案及日程安排（三者都附）：%s', (_, days, attachmentKinds, refused) => {
    const start = plus(DAY, notice);
    const v = of(facts({ startDate: start, endDate: plus(start, days - 1) }, { attachmentKinds }), 'leave.long-absence-attachments');
    expect(v).toHaveLength(refused ? 1 : 0);
    if (refused) {
      expect(v[0]).toMatchObject({ article: 82, severity: 'refusal' });
      expect(v[0]?.message).toContain(`外出${days}天`);
      expect(v[0]?.message).toContain(`${longDays}天`);
    }
  });

  it.each([
    ['只附通知', ['notice'], '尚缺方案、日程安排'],
    ['只附日程安排', ['schedule'], '尚缺有关通知、方案'],
    ['都未附', [], '尚缺有关通知、方案、日程安排'],
  ] as const)('第八十二条 超过规定天数未附齐的，写明尚缺哪几项：%s', (_, attachmentKinds, words) => {
    const start = plus(DAY, notice);
    const [v] = of(facts({ startDate: start, endDate: plus(start, longDays) }, { attachmentKinds }), 'leave.long-absence-attachments');
    expect(v).toMatchObject({ article: 82, severity: 'refusal' });
    expect(v?.message).toMatch(new RegExp(`${words}$`));
  });

  it('第二款 无24小时联系电话：拒绝', () => {
    expect(of(facts({}, { hasContact: false }), 'leave.contact-24h')).toMatchObject([{ article: 82, severity: 'refusal' }]);
    expect(of(facts(), 'leave.contact-24h')).toEqual([]);
  });
  it('代为主持工作的负责人为空白：拒绝', () => {
    expect(of(facts({ actingPersonName: ' ' }), 'leave.acting-person')).toMatchObject([{ article: 82, severity: 'refusal' }]);
    expect(of(facts(), 'leave.acting-person')).toEqual([]);
  });
});

describe('第八十二条 因紧急事项临时外出的，要及时报备（边界）', () => {
  const limit = parameter('leave.emergencyReportDays', DAY);
  it.each([
    ['外出当天报备', true, 0, false],
    ['恰在时限内报备', true, limit, false],
    ['超过时限一天报备：标注（仍登记）', true, limit + 1, true],
    ['非紧急外出不适用（另按提前报告一条办理）', false, limit + 1, false],
  ] as const)('%s', (_, isEmergency, after, late) => {
    const start = plus(DAY, -after);
    const v = of(facts({ startDate: start, endDate: DAY, isEmergency, emergencyReason: isEmergency ? '防汛' : null }), 'leave.emergency-reported-promptly');
    expect(v).toMatchObject(late ? [{ article: 82, severity: 'flag' }] : []);
    if (late) expect(v[0]?.message).toContain(`本次于外出${after}天后报备，超过外出之日起${limit}天内报备的时限`);
  });
});

describe('第六十三条 互相补位的领导不同时外出（边界）', () => {
  const start = plus(DAY, notice);
  const end = plus(start, 2);
  const partner = { personId: 'b', name: '王五' };
  const absence = (startDate: string, endDate: string, status: 'reported' | 'returned' | 'cancelled' = 'reported') => ({ startDate, endDate, status, returnedOn: null });
  it.each([
    ['补位领导同期外出：拒绝，写明其外出日期', [absence(end, plus(end, 3))], [], true],
    ['补位领导外出已撤销', [absence(end, plus(end, 3), 'cancelled')], [], false],
    ['补位领导外出在此之前结束', [absence(plus(start, -5), plus(start, -1))], [], false],
    ['补位领导外出在此之后开始', [absence(plus(end, 1), plus(end, 3))], [], false],
    ['区长已另行安排覆盖全程', [absence(start, end)], [{ absentPersonId: 'a', validFrom: start, validTo: end }], false],
    ['区长的安排只覆盖部分', [absence(start, end)], [{ absentPersonId: 'a', validFrom: plus(start, 1), validTo: end }], true],
    ['区长的安排结束过早', [absence(start, end)], [{ absentPersonId: 'a', validFrom: start, validTo: plus(end, -1) }], true],
    ['区长的安排是给别人的', [absence(start, end)], [{ absentPersonId: 'x', validFrom: start, validTo: end }], true],
  ] as const)('%s', (_, partnerAbsences, assignments, refused) => {
    const v = of(facts({ startDate: start, endDate: end }, { coverPartner: partner, partnerAbsences: [...partnerAbsences], assignments: [...assignments] }), 'cover.partners-not-away-together');
    expect(v).toHaveLength(refused ? 1 : 0);
    if (refused) {
      expect(v[0]).toMatchObject({ article: 63, severity: 'refusal' });
      expect(v[0]?.message).toContain('王五');
      // Dates as an office writes them (2026年3月5日), not 2026-03-05.
      expect(v[0]?.message).toContain(`${chineseDate(partnerAbsences[0]?.startDate ?? '')}至${chineseDate(partnerAbsences[0]?.endDate ?? '')}`);
    }
  });
  it('没有补位领导的人不受此限', () => {
    expect(of(facts({ startDate: start, endDate: end }, { partnerAbsences: [absence(start, end)] }), 'cover.partners-not-away-together')).toEqual([]);
  });
});

describe('第八十二条 外出日期的计算', () => {
  it('天数两端都算；相隔天数可为负；跨月', () => {
    expect(absenceDays('2026-02-27', '2026-03-02')).toBe(4);
    expect(absenceDays('2026-03-02', '2026-03-02')).toBe(1);
    expect(daysBetween('2026-03-02', '2026-02-27')).toBe(-3);
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1);
  });
  it.each([
    ['开始当天', { startDate: '2026-03-02', endDate: '2026-03-04', status: 'reported', returnedOn: null }, '2026-03-02', true],
    ['结束当天', { startDate: '2026-03-02', endDate: '2026-03-04', status: 'reported', returnedOn: null }, '2026-03-04', true],
    ['开始之前', { startDate: '2026-03-02', endDate: '2026-03-04', status: 'reported', returnedOn: null }, '2026-03-01', false],
    ['结束之后', { startDate: '2026-03-02', endDate: '2026-03-04', status: 'reported', returnedOn: null }, '2026-03-05', false],
    ['已撤销', { startDate: '2026-03-02', endDate: '2026-03-04', status: 'cancelled', returnedOn: null }, '2026-03-03', false],
    ['销假当天起不算外出', { startDate: '2026-03-02', endDate: '2026-03-04', status: 'returned', returnedOn: '2026-03-03' }, '2026-03-03', false],
    ['销假前一天仍外出', { startDate: '2026-03-02', endDate: '2026-03-04', status: 'returned', returnedOn: '2026-03-03' }, '2026-03-02', true],
  ] as const)('是否外出：%s', (_, report, day, isAway) => {
    expect(isAwayOn(report, day)).toBe(isAway);
  });
  it('两次外出是否重叠（同一天算重叠）', () => {
    expect(absencesOverlap({ startDate: '2026-03-01', endDate: '2026-03-03' }, { startDate: '2026-03-03', endDate: '2026-03-05' })).toBe(true);
    expect(absencesOverlap({ startDate: '2026-03-04', endDate: '2026-03-06' }, { startDate: '2026-03-01', endDate: '2026-03-03' })).toBe(false);
    expect(absencesOverlap({ startDate: '2026-03-01', endDate: '2026-03-03' }, { startDate: '2026-03-04', endDate: '2026-03-06' })).toBe(false);
  });
});
