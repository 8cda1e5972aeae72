import { describe, expect, it } from 'vitest';
import { coverFor, isPersonAway, presidingLeader } from './cover.js';
import type { LeaveReport } from './types.js';

type Absence = Pick<LeaveReport, 'startDate' | 'endDate' | 'status' | 'returnedOn'>;
const away = (startDate: string, endDate: string, over: Partial<Absence> = {}): Absence => ({ startDate, endDate, status: 'reported', returnedOn: null, ...over });
const absences = (entries: Record<string, Absence[]>) => new Map(Object.entries(entries));
const pair = { firstPersonId: 'a', secondPersonId: 'b', validFrom: '2026-01-01', validTo: '2026-12-31' };
const assignment = { id: 's1', absentPersonId: 'a', coverPersonId: 'c', validFrom: '2026-03-01', validTo: '2026-03-05', assignedByPersonId: 'head' };

describe('外出', () => {
  it('某日是否外出：无记录、外出中、已销假', () => {
    const m = absences({ a: [away('2026-03-01', '2026-03-05')], b: [away('2026-03-01', '2026-03-05', { returnedOn: '2026-03-03' })] });
    expect(isPersonAway(m, 'x', '2026-03-02')).toBe(false);
    expect(isPersonAway(m, 'a', '2026-03-02')).toBe(true);
    expect(isPersonAway(m, 'b', '2026-03-02')).toBe(true);
    expect(isPersonAway(m, 'b', '2026-03-03')).toBe(false);
  });
});

describe('第六十二条、第六十三条 补位领导', () => {
  const none = absences({});
  it.each([
    ['固定补位：第一位的补位是第二位', 'a', '2026-06-01', [pair], [], none, { personId: 'b', basis: 'pair' }],
    ['固定补位：第二位的补位是第一位', 'b', '2026-06-01', [pair], [], none, { personId: 'a', basis: 'pair' }],
    ['补位期间开始当天', 'a', '2026-01-01', [pair], [], none, { personId: 'b', basis: 'pair' }],
    ['补位期间结束当天', 'a', '2026-12-31', [pair], [], none, { personId: 'b', basis: 'pair' }],
    ['补位期间之前', 'a', '2025-12-31', [pair], [], none, undefined],
    ['补位期间之后', 'a', '2027-01-01', [pair], [], none, undefined],
    ['无结束日的补位', 'a', '2030-01-01', [{ ...pair, validTo: null }], [], none, { personId: 'b', basis: 'pair' }],
    ['不在补位中的人', 'x', '2026-06-01', [pair], [], none, undefined],
    ['补位领导也外出：无人补位', 'a', '2026-06-01', [pair], [], absences({ b: [away('2026-06-01', '2026-06-02')] }), undefined],
    ['区长另行安排优先于固定补位', 'a', '2026-03-03', [pair], [assignment], none, { personId: 'c', basis: 'assignment' }],
    ['安排开始当天', 'a', '2026-03-01', [pair], [assignment], none, { personId: 'c', basis: 'assignment' }],
    ['安排结束当天', 'a', '2026-03-05', [pair], [assignment], none, { personId: 'c', basis: 'assignment' }],
    ['安排之前', 'a', '2026-02-28', [pair], [assignment], none, { personId: 'b', basis: 'pair' }],
    ['安排之后', 'a', '2026-03-06', [pair], [assignment], none, { personId: 'b', basis: 'pair' }],
    ['安排的是别人的补位', 'b', '2026-03-03', [pair], [assignment], none, { personId: 'a', basis: 'pair' }],
    ['安排的补位领导外出：回到固定补位', 'a', '2026-03-03', [pair], [assignment], absences({ c: [away('2026-03-03', '2026-03-03')] }), { personId: 'b', basis: 'pair' }],
  ] as const)('%s', (_, person, day, pairs, assignments, m, expected) => {
    expect(coverFor(person, day, pairs, assignments, m)).toEqual(expected);
  });
});

describe('第七条 区长外出期间由常务副区长主持', () => {
  it.each([
    ['区长在岗', absences({}), { personId: 'head', isActing: false }],
    ['区长外出', absences({ head: [away('2026-03-01', '2026-03-03')] }), { personId: 'exec', isActing: true }],
    ['区长、常务副区长都外出', absences({ head: [away('2026-03-01', '2026-03-03')], exec: [away('2026-03-02', '2026-03-02')] }), undefined],
  ] as const)('%s', (_, m, expected) => {
    expect(presidingLeader('head', 'exec', m, '2026-03-02')).toEqual(expected);
  });
  it('未设区长或常务副区长', () => {
    expect(presidingLeader(undefined, 'exec', absences({}), '2026-03-02')).toEqual({ personId: 'exec', isActing: true });
    expect(presidingLeader(undefined, undefined, absences({}), '2026-03-02')).toBeUndefined();
    expect(presidingLeader('head', undefined, absences({ head: [away('2026-03-02', '2026-03-02')] }), '2026-03-02')).toBeUndefined();
  });
});
