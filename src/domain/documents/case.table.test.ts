import { describe, expect, it } from 'vitest';
import { actionsFor, authorize, type Viewer } from '../case.js';
import { clockedStates, type IncomingAction, type IncomingCase, incomingDocumentCase as def, stepClocks, unsignedUnits } from './case.js';

const doc = (over: Partial<IncomingCase> = {}): IncomingCase => ({
  id: 'd1', version: 1, status: 'submitted', docType: '请示', urgency: 'normal', issuingUnitId: 'fgj', relatedUnitIds: [], signedUnitIds: [],
  assignedLeaderPersonId: 'dep', assignedActingFor: null, handlingUnitId: 'jyj', sourceKind: 'platform', lastInstruction: null,
  pendingReaderIds: [], blockingReaderIds: [], ...over,
});
const v = (over: Partial<Viewer>): Viewer => ({ userId: 'u', personId: null, unitId: null, roles: [], today: '2026-03-02', standsInFor: [], ...over });
const office = v({ roles: ['office_staff'], unitId: 'bgs' });
const head = (unitId: string) => v({ roles: ['unit_head'], unitId, personId: `${unitId}-head` });
const clerk = (unitId: string) => v({ roles: ['unit_staff'], unitId });
const leader = (personId: string, standsInFor: Viewer['standsInFor'] = []) => v({ roles: ['leader'], personId, standsInFor });

describe('第六十四条 请示由报送单位主要负责人签发', () => {
  it.each([
    ['报送单位主要负责人', head('fgj'), ['sign_off']],
    ['报送单位经办人员', clerk('fgj'), []],
    ['他单位主要负责人', head('czj'), []],
    ['办公室（只能催办）', office, ['chase']],
  ] as const)('%s', (_, viewer, actions) => {
    expect(actionsFor(def, doc({ status: 'awaiting_sign_off' }), viewer)).toEqual(actions);
  });
  it('签发后：涉及他单位的进入会签，否则送办公室', () => {
    expect(authorize(def, 'sign_off', doc({ status: 'awaiting_sign_off' }), head('fgj')).to).toBe('submitted');
    expect(authorize(def, 'sign_off', doc({ status: 'awaiting_sign_off', relatedUnitIds: ['czj'] }), head('fgj')).to).toBe('countersigning');
  });
});

describe('第六十四条第三款 相关单位主要负责人会签', () => {
  const c = doc({ status: 'countersigning', relatedUnitIds: ['czj', 'jyj'], signedUnitIds: ['jyj'] });
  it.each([
    ['未会签单位的主要负责人', head('czj'), ['countersign']],
    ['已会签单位的主要负责人', head('jyj'), []],
    ['未会签单位的经办人员', clerk('czj'), []],
    ['报送单位主要负责人', head('fgj'), []],
  ] as const)('%s', (_, viewer, actions) => {
    expect(actionsFor(def, c, viewer).filter((a) => a !== 'chase')).toEqual(actions);
  });
  it('最后一个单位会签后送办公室，之前的仍待会签', () => {
    expect(unsignedUnits(c)).toEqual(['czj']);
    expect(authorize(def, 'countersign', c, head('czj')).to).toBe('submitted');
    expect(authorize(def, 'countersign', doc({ status: 'countersigning', relatedUnitIds: ['czj', 'jyj'] }), head('czj')).to).toBe('countersigning');
  });
});

describe('第六十五条、第六十六条 办公室的环节', () => {
  it.each([
    ['submitted', ['receive', 'chase']],
    ['received', ['register', 'chase']],
    ['registered', ['review', 'return', 'chase']],
    ['reviewed', ['propose', 'chase']],
    ['proposed', ['assign', 'chase']],
    ['assigned', ['chase']],
    ['instructed', ['circulate', 'transfer', 'chase']],
    ['transferred', ['extend', 'chase']],
    ['completed', ['archive']],
    ['returned', []],
    ['archived', []],
  ] as const)('%s：办公室可以 %j', (status, actions) => {
    expect(actionsFor(def, doc({ status }), office)).toEqual(actions);
  });
  it('批示后的报告可直接归档（阅知），请示须办结', () => {
    expect(actionsFor(def, doc({ status: 'instructed', docType: '报告' }), office)).toContain('archive');
    expect(actionsFor(def, doc({ status: 'instructed', docType: '请示' }), office)).not.toContain('archive');
  });
  it('每一步的去向', () => {
    const to = (action: IncomingAction, status: IncomingCase['status']) => authorize(def, action, doc({ status, docType: '报告' }), office).to;
    expect([to('receive', 'submitted'), to('register', 'received'), to('review', 'registered'), to('return', 'registered'), to('propose', 'reviewed'), to('assign', 'proposed'), to('transfer', 'instructed'), to('extend', 'transferred'), to('archive', 'completed'), to('archive', 'instructed'), to('chase', 'assigned')])
      .toEqual(['received', 'registered', 'reviewed', 'returned', 'proposed', 'assigned', 'transferred', 'transferred', 'archived', 'archived', 'assigned']);
  });
  it('催办与延期不上工作台', () => {
    expect(def.actions.chase.isWork).toBe(false);
    expect(def.actions.extend.isWork).toBe(false);
    expect(def.actions.receive.isWork).not.toBe(false);
  });
});

describe('第六十五条 领导批示；第六十二条、第七条 代为批示', () => {
  it.each([
    ['所送领导', doc({ status: 'assigned' }), leader('dep'), ['instruct'], null],
    ['其他领导', doc({ status: 'assigned' }), leader('other'), [], null],
    ['补位领导：急件', doc({ status: 'assigned', urgency: 'urgent' }), leader('cov', [{ personId: 'dep', name: '甲', basis: 'pair', isUrgentOnly: true }]), ['instruct'], 'dep'],
    ['补位领导：平件', doc({ status: 'assigned' }), leader('cov', [{ personId: 'dep', name: '甲', basis: 'pair', isUrgentOnly: true }]), [], null],
    ['办公室已把急件送补位领导：记为代原领导批示', doc({ status: 'assigned', assignedLeaderPersonId: 'cov', assignedActingFor: { personId: 'dep', name: '甲' } }), leader('cov'), ['instruct'], 'dep'],
    ['办公室已送补位领导：原领导不能批示', doc({ status: 'assigned', assignedLeaderPersonId: 'cov', assignedActingFor: { personId: 'dep', name: '甲' } }), leader('dep'), [], null],
  ] as const)('%s', (_, c, viewer, actions, actingFor) => {
    expect(actionsFor(def, c, viewer)).toEqual(actions);
    if (actions.length > 0) expect(authorize(def, 'instruct', c, viewer).actingFor?.personId ?? null).toBe(actingFor);
  });
});

describe('第六十六条 承办单位办结；各环节限时', () => {
  it.each([
    ['承办单位', clerk('jyj'), ['complete']],
    ['报送单位', clerk('fgj'), []],
  ] as const)('%s', (_, viewer, actions) => {
    expect(actionsFor(def, doc({ status: 'transferred' }), viewer)).toEqual(actions);
  });
  it('无承办单位时无人可办结', () => {
    expect(actionsFor(def, doc({ status: 'transferred', handlingUnitId: null }), v({ roles: ['unit_staff'], unitId: null }))).toEqual([]);
  });
  it('每个等待的状态都有限时，办结、归档、退回后没有', () => {
    expect(clockedStates).toEqual(['awaiting_sign_off', 'countersigning', 'submitted', 'received', 'registered', 'reviewed', 'proposed', 'assigned', 'instructed', 'transferred']);
    expect(clockedStates).toEqual(def.actions.chase.from);
    expect(stepClocks.countersigning).toEqual({ step: 'countersign', limit: { kind: 'countersign' } });
    expect(stepClocks.transferred).toEqual({ step: 'complete', limit: { kind: 'handling' } });
    expect(Object.values(stepClocks).map((s) => `${s?.step}:${s?.limit.kind === 'step' ? s.limit.key : s?.limit.kind}`)).toEqual([
      'sign_off:receive', 'countersign:countersign', 'receive:receive', 'register:receive', 'review:review', 'propose:propose', 'assign:assign', 'instruct:instruct', 'transfer:transfer', 'complete:handling',
    ]);
  });
  it('时钟随动作：会签、签收后登记、批办后批示……', () => {
    const clocks = Object.fromEntries(Object.entries(def.actions).map(([a, s]) => [a, s.clock ? `${s.clock.label}:${s.clock.article}` : null]));
    expect(clocks).toEqual({
      sign_off: null, countersign: '会签:64', receive: '登记:66', register: '初审:66', review: '拟办:66', return: null, resubmit: null, withdraw: null, propose: '批办:66',
      assign: '批示:66', instruct: '转办:66', escalate: '批示:66', circulate: null, read: null, transfer: '承办:66', complete: null, archive: null, extend: '承办:66', chase: null,
    });
  });
});

describe('第六十四条 退回的公文由报送单位修改后重新报送（同一公文）', () => {
  const returned = doc({ status: 'returned' });
  it.each([
    ['报送单位经办人员', clerk('fgj'), ['resubmit', 'withdraw']],
    ['报送单位负责人', head('fgj'), ['resubmit', 'withdraw']],
    ['其他单位', clerk('czj'), []],
    ['办公室', office, []],
  ] as const)('%s', (_, viewer, actions) => {
    expect(actionsFor(def, returned, viewer)).toEqual(actions);
  });
  it('办公室登记的上级来文没有报送单位可以重报', () => {
    expect(actionsFor(def, doc({ status: 'returned', sourceKind: 'higher', issuingUnitId: 'bgs' }), v({ roles: ['unit_staff', 'office_staff'], unitId: 'bgs' }))).toEqual([]);
  });
  it('重报的去向如首次报送：请示非主要负责人重报的待签发，主要负责人重报的送会签或办公室；报告直接送办公室', () => {
    expect(authorize(def, 'resubmit', returned, clerk('fgj')).to).toBe('awaiting_sign_off');
    expect(authorize(def, 'resubmit', { ...returned, resubmittedByPrincipal: true }, head('fgj')).to).toBe('submitted');
    expect(authorize(def, 'resubmit', { ...returned, resubmittedByPrincipal: true, relatedUnitIds: ['czj'] }, head('fgj')).to).toBe('countersigning');
    expect(authorize(def, 'resubmit', { ...returned, docType: '报告' }, clerk('fgj')).to).toBe('submitted');
  });
  it('撤回不上工作台，重报上工作台', () => {
    expect(def.actions.withdraw.isWork).toBe(false);
    expect(def.actions.resubmit.isWork).not.toBe(false);
  });
});

describe('第六十五条 批示之后：呈区长、传阅', () => {
  const byDeputy = doc({ status: 'instructed', lastInstruction: { personId: 'dep', byHead: false } });
  it('批示的副区长可以呈区长；区长的批示不再上呈；其他领导不能', () => {
    expect(actionsFor(def, byDeputy, leader('dep'))).toEqual(['escalate']);
    expect(authorize(def, 'escalate', byDeputy, leader('dep')).to).toBe('assigned');
    expect(actionsFor(def, doc({ status: 'instructed', lastInstruction: { personId: 'head', byHead: true } }), leader('head'))).toEqual([]);
    expect(actionsFor(def, byDeputy, leader('other'))).toEqual([]);
    expect(def.actions.escalate.isWork).toBe(false);
  });
  const circulating = doc({ status: 'instructed', pendingReaderIds: ['r1', 'r2'], blockingReaderIds: ['r1', 'r2'] });
  it.each([
    ['传阅的领导', leader('r1'), ['read'], null],
    ['未传阅的领导', leader('other'), [], null],
    ['补位领导：平件不代阅', leader('cov', [{ personId: 'r1', name: '甲', basis: 'pair', isUrgentOnly: true }]), [], null],
    ['主持工作的常务副区长代区长阅', leader('exec', [{ personId: 'r2', name: '区长', basis: 'acting_head', isUrgentOnly: false }]), ['read'], 'r2'],
  ] as const)('%s', (_, viewer, actions, actingFor) => {
    expect(actionsFor(def, circulating, viewer)).toEqual(actions);
    if (actions.length > 0) expect(authorize(def, 'read', circulating, viewer).actingFor?.personId ?? null).toBe(actingFor);
  });
  it('阅不改变状态；转办须在阅毕之后（规则在操作中）', () => {
    expect(authorize(def, 'read', circulating, leader('r1')).to).toBe('instructed');
    expect(def.actions.transfer.rules).toEqual(['documents.transfer-after-last-instruction']);
  });
});
