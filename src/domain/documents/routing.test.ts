import { describe, expect, it } from 'vitest';
import { routeForInstruction } from './routing.js';

const head = { personId: 'head', name: '区长' };
const deputies = [
  { personId: 'd1', name: '甲副区长', unitIds: ['fgj'] },
  { personId: 'd2', name: '乙副区长', unitIds: ['czj', 'jyj'] },
];
type Input = Parameters<typeof routeForInstruction>[0];
const input = (over: Partial<Input>): Input => ({
  isMajor: false, isUrgent: false, unitId: 'jyj', day: '2026-03-02', head, deputies, isAway: () => false, coverOf: () => undefined, ...over,
});
const away = (...ids: string[]) => (p: string) => ids.includes(p);
const covers = (map: Record<string, { personId: string; name: string; basis: string }>) => (p: string) => map[p];

describe('第六十五条 按领导分工呈送批示', () => {
  it.each([
    ['一般事项送分管副区长', {}, { leader: { personId: 'd2', name: '乙副区长' }, basis: 'portfolio', actingFor: null, article: 65 }],
    ['重大事项报区长（即使有分管副区长）', { isMajor: true }, { leader: head, basis: 'major_to_head', actingFor: null, article: 65 }],
    ['无分管副区长的单位报区长', { unitId: 'xx' }, { leader: head, basis: 'no_portfolio_to_head', actingFor: null, article: 65 }],
    ['无区长且无分管', { unitId: 'xx', head: undefined }, undefined],
    ['领导外出，非急件仍送本人', { isAway: away('d2'), coverOf: covers({ d2: { personId: 'd1', name: '甲副区长', basis: 'pair' } }) }, { leader: { personId: 'd2', name: '乙副区长' }, basis: 'portfolio', actingFor: null, article: 65 }],
    ['领导在岗，急件送本人', { isUrgent: true, coverOf: covers({ d2: { personId: 'd1', name: '甲副区长', basis: 'pair' } }) }, { leader: { personId: 'd2', name: '乙副区长' }, basis: 'portfolio', actingFor: null, article: 65 }],
    ['领导外出且无人补位，急件仍送本人', { isUrgent: true, isAway: away('d2') }, { leader: { personId: 'd2', name: '乙副区长' }, basis: 'portfolio', actingFor: null, article: 65 }],
  ] as [string, Partial<Input>, unknown][])('%s', (_, over, route) => {
    // The leader is returned as the organisation gave them (a deputy with their portfolio): compare the parts that route.
    if (route === undefined) expect(routeForInstruction(input(over))).toBeUndefined();
    else expect(routeForInstruction(input(over))).toMatchObject(route as object);
  });
});

describe('第六十二条 领导外出时急件转补位领导', () => {
  it('补位领导代为批示，记为代其办理', () => {
    expect(routeForInstruction(input({ isUrgent: true, isAway: away('d2'), coverOf: covers({ d2: { personId: 'd1', name: '甲副区长', basis: 'pair' } }) }))).toMatchObject({
      leader: { personId: 'd1', name: '甲副区长' }, basis: 'cover', actingFor: { personId: 'd2', name: '乙副区长' }, article: 62,
    });
  });
});

describe('第七条 区长外出时由常务副区长主持', () => {
  it('重大急件转主持工作的常务副区长', () => {
    expect(routeForInstruction(input({ isMajor: true, isUrgent: true, isAway: away('head'), coverOf: covers({ head: { personId: 'd1', name: '甲副区长', basis: 'acting_head' } }) }))).toEqual({
      leader: { personId: 'd1', name: '甲副区长' }, basis: 'cover', actingFor: head, article: 7,
    });
  });
});
