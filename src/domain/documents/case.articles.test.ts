import { describe, expect, it } from 'vitest';
import { actionsFor, authorize, type Viewer } from '../case.js';
import { type IncomingCase, incomingDocumentCase as def } from './case.js';

const doc = (over: Partial<IncomingCase> = {}): IncomingCase => ({
  id: 'd1', version: 1, status: 'instructed', docType: '报告', urgency: 'normal', issuingUnitId: 'fgj', relatedUnitIds: [], signedUnitIds: [],
  assignedLeaderPersonId: 'dep', assignedActingFor: null, handlingUnitId: 'jyj', sourceKind: 'platform', lastInstruction: { personId: 'dep', byHead: false },
  pendingReaderIds: [], blockingReaderIds: [], ...over,
});
const v = (over: Partial<Viewer>): Viewer => ({ userId: 'u', personId: null, unitId: null, roles: [], today: '2026-03-02', standsInFor: [], ...over });
const leader = (personId: string, standsInFor: Viewer['standsInFor'] = []) => v({ roles: ['leader'], personId, standsInFor });
const coverFor = (personId: string, isUrgentOnly: boolean) => ({ personId, name: `${personId}同志`, basis: 'pair' as const, isUrgentOnly });

describe('第六十五条 传阅：待阅的领导本人阅，或由代其工作的领导代阅（第六十二条、第七条）', () => {
  it('本人也在待阅之列的，先以本人身份阅，不记为代阅（无论名单次序）', () => {
    const both = leader('b', [coverFor('a', false)]);
    expect(authorize(def, 'read', doc({ pendingReaderIds: ['a', 'b'] }), both).actingFor).toBeNull();
    expect(authorize(def, 'read', doc({ pendingReaderIds: ['b', 'a'] }), both).actingFor).toBeNull();
  });

  it('本人不在待阅之列的，代阅记为代谁阅', () => {
    expect(authorize(def, 'read', doc({ pendingReaderIds: ['x', 'a'] }), leader('b', [coverFor('a', false)])).actingFor).toEqual({ personId: 'a', name: 'a同志' });
  });

  it.each([
    ['补位领导代阅急件', doc({ urgency: 'urgent', pendingReaderIds: ['a'] }), leader('b', [coverFor('a', true)]), ['read']],
    ['补位领导不代阅非急件', doc({ pendingReaderIds: ['a'] }), leader('b', [coverFor('a', true)]), []],
    ['不在待阅之列、也不代任何待阅者的领导', doc({ pendingReaderIds: ['a'] }), leader('c'), []],
    ['已阅完的文件谁也不再阅', doc({ pendingReaderIds: [] }), leader('a'), []],
  ] as const)('%s', (_, c, viewer, expected) => {
    expect(actionsFor(def, c, viewer).filter((a) => a === 'read')).toEqual(expected);
  });
});

describe('第六十五条 呈区长：只有作出批示的副区长本人', () => {
  const escalate = def.actions.escalate;
  it.each([
    ['作出批示的副区长', doc(), leader('dep'), ['escalate']],
    ['区长本人批示的不再呈区长', doc({ lastInstruction: { personId: 'head', byHead: true } }), leader('head'), []],
    ['其他领导', doc(), leader('other'), []],
    ['批示人不明的（办公室登记的批示）不能呈区长', doc({ lastInstruction: { personId: null, byHead: false } }), leader('dep'), []],
  ] as const)('%s', (_, c, viewer, expected) => {
    expect(actionsFor(def, c, viewer).filter((a) => a === 'escalate')).toEqual(expected);
  });
  it('尚无批示时，呈区长的关系不指向任何人', () => {
    expect(escalate.relation!(doc({ lastInstruction: null }), leader('dep'))).toBe(false);
  });
});
