// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { actionsFor, authorize, type CaseDefinition, describeCase, isWorkItem, own, ofUnit, personal, standingFor, type Viewer, workStates } from './case.js';
import { DomainError } from './errors.js';

// Table-driven checks of the kernel's edges: each relation's branch, `when`, work vs. non-work actions, and
// what `authorize` answers in every case.
type C = { version: number; status: 'a' | 'b' | 'c'; personId: string | null; unitIds: (string | null)[]; isUrgent: boolean; isOpen: boolean };

const def: CaseDefinition<C['status'], C, 'go' | 'note' | 'split' | 'gated'> = {
  kind: 'thing',
  label: '事项',
  states: { a: '甲态', b: '乙态', c: '丙态' },
  stateOf: (c) => c.status,
  actions: {
    go: { label: '办理', from: ['a'], to: 'b', policy: 'leader_items.handle', relation: personal((c) => c.personId, { isUrgent: (c) => c.isUrgent }), articles: [62] },
    note: { label: '备注', from: ['b'], to: 'b', policy: 'documents.office', articles: [66], isWork: false, act: 'thing.noted' },
    split: { label: '分流', from: ['b'], to: (c) => (c.isUrgent ? 'c' : 'a'), policy: 'documents.office', relation: ofUnit((c) => c.unitIds), articles: [65] },
    gated: { label: '放行', from: ['c'], to: 'a', policy: 'documents.office', when: (c) => c.isOpen, articles: [7], isWork: false },
  },
};
const base: C = { version: 7, status: 'a', personId: 'p1', unitIds: ['u1'], isUrgent: false, isOpen: true };
const v = (over: Partial<Viewer>): Viewer => ({ userId: 'u', personId: null, unitId: null, roles: [], today: '2026-03-02', standsInFor: [], ...over });
const leader = (personId: string, standsInFor: Viewer['standsInFor'] = []) => v({ roles: ['leader'], personId, standsInFor });
const office = (unitId: string | null = null) => v({ roles: ['office_staff'], unitId });

describe('第六十二条、第七条 本人或代其办理的人（personal）', () => {
  const cases: [string, C, Viewer, ReturnType<typeof standingFor>][] = [
    ['本人', base, leader('p1'), own],
    ['无当事人', { ...base, personId: null }, leader('p1'), false],
    ['无当事人，查看者也不是某人', { ...base, personId: null }, v({ roles: ['leader'] }), false],
    ['他人且不代任何人', base, leader('p2'), false],
    ['代他人而非当事人', base, leader('p2', [{ personId: 'p9', name: '丙', basis: 'pair', isUrgentOnly: false }]), false],
    ['补位只办急件：非急件不可', base, leader('p2', [{ personId: 'p1', name: '甲', basis: 'pair', isUrgentOnly: true }]), false],
    ['补位只办急件：急件可，记为代办', { ...base, isUrgent: true }, leader('p2', [{ personId: 'p1', name: '甲', basis: 'pair', isUrgentOnly: true }]), { actingFor: { personId: 'p1', name: '甲' } }],
    ['主持工作：全部事项，记为代办', base, leader('p3', [{ personId: 'p1', name: '甲', basis: 'acting_head', isUrgentOnly: false }]), { actingFor: { personId: 'p1', name: '甲' } }],
    ['无角色', base, v({ personId: 'p1' }), false],
  ];
  it.each(cases)('%s', (_, c, viewer, expected) => {
    expect(standingFor(def.actions.go, c, viewer)).toEqual(expected);
  });

  it('补位只办急件而案件未声明何为急件时，不可办理', () => {
    const rel = personal<C>((c) => c.personId);
    expect(rel({ ...base, isUrgent: true }, leader('p2', [{ personId: 'p1', name: '甲', basis: 'pair', isUrgentOnly: true }]))).toBe(false);
    expect(rel(base, leader('p2', [{ personId: 'p1', name: '甲', basis: 'assignment', isUrgentOnly: false }]))).toEqual({ actingFor: { personId: 'p1', name: '甲' } });
  });
});

describe('本单位（ofUnit）', () => {
  it.each([
    ['本单位', ['u1'], 'u1', true],
    ['他单位', ['u1'], 'u2', false],
    ['无单位的查看者不因案件缺单位而匹配', [null], null, false],
  ] as const)('%s', (_, unitIds, unitId, has) => {
    expect(standingFor(def.actions.split, { ...base, status: 'b', unitIds: [...unitIds] }, office(unitId))).toEqual(has ? own : false);
  });
});

describe('声明驱动 actions、工作台与操作', () => {
  it('when 条件不满足时没有该动作', () => {
    expect(actionsFor(def, { ...base, status: 'c' }, office())).toEqual(['gated']);
    expect(actionsFor(def, { ...base, status: 'c', isOpen: false }, office())).toEqual([]);
    expect(() => authorize(def, 'gated', { ...base, status: 'c', isOpen: false }, office())).toThrow(/您不能对该事项进行“放行”/);
  });

  it('工作台：有一项工作动作即在，只有非工作动作不在', () => {
    expect(isWorkItem(def, { ...base, status: 'b' }, office('u1'))).toBe(true);
    expect(isWorkItem(def, { ...base, status: 'b' }, office('u2'))).toBe(false);
    expect(isWorkItem(def, { ...base, status: 'c' }, office())).toBe(false);
    expect(workStates(def).sort()).toEqual(['a', 'b']);
  });

  it('authorize：目标状态（含由案件决定的）、审计动作、条文、代办', () => {
    expect(authorize(def, 'split', { ...base, status: 'b', isUrgent: true }, office('u1'))).toEqual({ to: 'c', act: 'thing.split', articles: [65], actingFor: null, label: '分流' });
    expect(authorize(def, 'split', { ...base, status: 'b' }, office('u1')).to).toBe('a');
    expect(authorize(def, 'note', { ...base, status: 'b' }, office()).act).toBe('thing.noted');
    const cover = leader('p2', [{ personId: 'p1', name: '甲', basis: 'pair', isUrgentOnly: true }]);
    expect(authorize(def, 'go', { ...base, isUrgent: true }, cover).actingFor).toEqual({ personId: 'p1', name: '甲' });
  });

  it('案件已被推进：409，说明当前状态与版本', () => {
    const call = () => authorize(def, 'go', { ...base, status: 'b' }, leader('p1'));
    expect(call).toThrow(DomainError);
    expect(call).toThrow('该事项当前为“乙态”，不能办理，可能已被他人处理，请刷新后重试');
    try {
      call();
    } catch (e) {
      expect((e as DomainError).code).toBe('conflict');
      expect((e as DomainError).details).toEqual({ currentState: 'b', currentVersion: 7 });
    }
  });

  it('无权：403 说明事项与动作', () => {
    try {
      authorize(def, 'go', base, leader('p2'));
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe('forbidden');
      expect((e as DomainError).message).toBe('您不能对该事项进行“办理”');
    }
  });

  it('describeCase 列出种类、状态与动作的中文名', () => {
    expect(describeCase(def)).toEqual({
      kind: 'thing',
      label: '事项',
      states: { a: '甲态', b: '乙态', c: '丙态' },
      actions: { go: '办理', note: '备注', split: '分流', gated: '放行' },
    });
  });
});
