import { describe, expect, it } from 'vitest';
import { actionsFor, authorize, type CaseDefinition, isWorkItem, ofUnit, personal, type Viewer, workStates } from './case.js';
import { DomainError } from './errors.js';

type Doc = { id: string; version: number; status: 'filed' | 'assigned' | 'done'; unitId: string; leaderId: string | null; isUrgent: boolean };

const doc: CaseDefinition<Doc['status'], Doc, 'receive' | 'instruct' | 'chase' | 'withdraw'> = {
  kind: 'doc',
  label: '公文',
  states: { filed: '待签收', assigned: '待批示', done: '已办结' },
  stateOf: (d) => d.status,
  actions: {
    receive: { label: '签收', from: ['filed'], to: 'assigned', policy: 'documents.office', articles: [66] },
    instruct: { label: '批示', from: ['assigned'], to: 'done', policy: 'documents.instruct', relation: personal((d) => d.leaderId, { isUrgent: (d) => d.isUrgent }), articles: [65] },
    chase: { label: '催办', from: ['assigned'], to: 'assigned', policy: 'documents.office', articles: [66], isWork: false },
    withdraw: { label: '撤回', from: ['filed'], to: 'done', policy: 'documents.submit', relation: ofUnit((d) => [d.unitId]), articles: [64] },
  },
};

const viewer = (over: Partial<Viewer>): Viewer => ({ userId: 'u', personId: null, unitId: null, roles: [], today: '2026-03-02', standsInFor: [], ...over });
const office = viewer({ roles: ['office_staff'] });
const leader = viewer({ roles: ['leader'], personId: 'p1' });
const cover = viewer({ roles: ['leader'], personId: 'p2', standsInFor: [{ personId: 'p1', name: '甲', basis: 'pair', isUrgentOnly: true }] });
const actingHead = viewer({ roles: ['leader'], personId: 'p3', standsInFor: [{ personId: 'p1', name: '甲', basis: 'acting_head', isUrgentOnly: false }] });
const unit = viewer({ roles: ['unit_staff'], unitId: 'fgj' });
const base: Doc = { id: 'd', version: 3, status: 'filed', unitId: 'fgj', leaderId: 'p1', isUrgent: false };

describe('one declaration drives actions, the 工作台 and the operation', () => {
  it('gives each viewer exactly the actions the declaration allows in the state', () => {
    expect(actionsFor(doc, base, office)).toEqual(['receive']);
    expect(actionsFor(doc, base, unit)).toEqual(['withdraw']);
    expect(actionsFor(doc, { ...base, unitId: 'czj' }, unit)).toEqual([]);
    expect(actionsFor(doc, { ...base, status: 'assigned' }, office)).toEqual(['chase']);
    expect(actionsFor(doc, { ...base, status: 'assigned' }, leader)).toEqual(['instruct']);
    expect(actionsFor(doc, { ...base, status: 'done' }, office)).toEqual([]);
  });

  it('puts a case on the 工作台 only for an action that is work', () => {
    expect(isWorkItem(doc, { ...base, status: 'assigned' }, office)).toBe(false);
    expect(isWorkItem(doc, { ...base, status: 'assigned' }, leader)).toBe(true);
    expect(workStates(doc).sort()).toEqual(['assigned', 'filed']);
  });

  it('第六十二条 a cover takes only urgent work of the absent leader, as acting for them', () => {
    expect(actionsFor(doc, { ...base, status: 'assigned' }, cover)).toEqual([]);
    const urgent = { ...base, status: 'assigned' as const, isUrgent: true };
    expect(authorize(doc, 'instruct', urgent, cover).actingFor).toEqual({ personId: 'p1', name: '甲' });
  });

  it('第七条 the executive deputy presiding for the head takes all of the head\'s work', () => {
    expect(authorize(doc, 'instruct', { ...base, status: 'assigned' }, actingHead)).toMatchObject({ to: 'done', actingFor: { personId: 'p1' }, act: 'doc.instruct', articles: [65] });
  });

  it('answers 409 with the current state and version when the case has moved on, 403 when the viewer may not act', () => {
    const moved = () => authorize(doc, 'receive', { ...base, status: 'assigned' }, office);
    expect(moved).toThrowError(DomainError);
    try {
      moved();
    } catch (e) {
      expect((e as DomainError).code).toBe('conflict');
      expect((e as DomainError).details).toEqual({ currentState: 'assigned', currentVersion: 3 });
    }
    try {
      authorize(doc, 'receive', base, unit);
    } catch (e) {
      expect((e as DomainError).code).toBe('forbidden');
    }
    expect.assertions(4);
  });

  it('a request on an older version loses with 409 before its standing is judged (the winner may have changed it)', () => {
    const stale = () => authorize(doc, 'withdraw', base, viewer({ roles: ['unit_staff'], unitId: 'czj' }), 2);
    expect(stale).toThrowError(expect.objectContaining({ code: 'conflict', details: { currentState: 'filed', currentVersion: 3 } }));
    expect(stale).toThrowError('该公文已被他人处理或修改，请刷新后重试');
    expect(authorize(doc, 'receive', base, office, 3).to).toBe('assigned');
  });
});
