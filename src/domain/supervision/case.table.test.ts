import { describe, expect, it } from 'vitest';
import { actionsFor, authorize, isWorkItem, type Viewer } from '../case.js';
import { type ExtensionCase, extensionCase, type ReportCase, reportCase, type SuggestionCase, suggestionCase, type TaskCase, taskCase } from './case.js';

const v = (over: Partial<Viewer>): Viewer => ({ userId: 'u', personId: null, unitId: null, roles: [], today: '2026-03-02', standsInFor: [], ...over });
const office = v({ roles: ['office_staff'] });
const staff = (unitId: string) => v({ roles: ['unit_staff'], unitId, personId: `${unitId}-staff` });
const head = (unitId: string, personId = `${unitId}-head`) => v({ roles: ['unit_head'], unitId, personId });
const leader = (personId: string, standsInFor: Viewer['standsInFor'] = []) => v({ roles: ['leader'], personId, standsInFor });
const task = (over: Partial<TaskCase> = {}): TaskCase => ({ id: 't', version: 1, status: 'open', category: 'task', leadUnitId: 'fgj', hasOpenReport: false, hasOpenExtension: false, hasChildren: false, hasOpenChildren: false, isSuggestion: false, ...over });
const report = (over: Partial<ReportCase> = {}): ReportCase => ({ id: 'r', version: 1, status: 'submitted', kind: 'progress', unitId: 'fgj', principalPersonId: 'fgj-head', ...over });
const extension = (over: Partial<ExtensionCase> = {}): ExtensionCase => ({ id: 'e', version: 1, status: 'requested', approverPersonId: 'deputy', ...over });
const suggestion = (over: Partial<SuggestionCase> = {}): SuggestionCase => ({ id: 's', version: 1, status: 'assigned', leadUnitId: 'fgj', round: 1, ...over });

describe('第三十二、五十七条 督办任务：牵头单位报送，办公室验收、退回、销号', () => {
  it.each([
    ['牵头单位经办人：报送进展、申请延期', staff('fgj'), task(), ['report', 'request_extension']],
    ['配合单位不能报送', staff('czj'), task(), []],
    ['已有待审报告时不能再报送', staff('fgj'), task({ hasOpenReport: true }), ['request_extension']],
    ['已有待批延期时不能再申请', staff('fgj'), task({ hasOpenExtension: true }), ['report']],
    ['已分解的任务由子任务报送', staff('fgj'), task({ hasChildren: true, hasOpenChildren: true }), ['request_extension']],
    ['建议提案的任务通过答复办结，不报送进展', staff('fgj'), task({ isSuggestion: true }), ['answer', 'request_extension']],
    ['办公室：分解、销号', office, task(), ['close_incomplete', 'split']],
    ['回头看不再分解', office, task({ category: 'look_back' }), ['close_incomplete']],
    ['待验收：办公室验收、退回、销号', office, task({ status: 'reviewing' }), ['accept', 'return', 'close_incomplete']],
    ['子任务均已销号的上级任务：办公室整体验收', office, task({ hasChildren: true }), ['accept', 'close_incomplete', 'split']],
    ['子任务未全部销号：不能整体验收', office, task({ hasChildren: true, hasOpenChildren: true }), ['close_incomplete', 'split']],
    ['已办结：无人再动', office, task({ status: 'done' }), []],
    ['未完成销号：无人再动', staff('fgj'), task({ status: 'closed_incomplete' }), []],
  ] as const)('%s', (_, viewer, c, actions) => {
    expect(actionsFor(taskCase, c, viewer)).toEqual(actions);
  });
  it('主要负责人审核办结报告后报请验收：本单位负责人可以，他单位不能', () => {
    expect(authorize(taskCase, 'submit', task(), head('fgj')).to).toBe('reviewing');
    expect(() => authorize(taskCase, 'submit', task(), head('czj'))).toThrow();
    expect(() => authorize(taskCase, 'submit', task({ isSuggestion: true }), head('fgj'))).toThrow();
  });
  it('牵头单位的报送、办公室的验收是工作台事项；申请延期、销号不是', () => {
    expect(isWorkItem(taskCase, task(), staff('fgj'))).toBe(true);
    expect(isWorkItem(taskCase, task({ hasOpenReport: true }), staff('fgj'))).toBe(false);
    expect(isWorkItem(taskCase, task({ status: 'reviewing' }), office)).toBe(true);
    expect(isWorkItem(taskCase, task(), office)).toBe(false);
  });
});

describe('第七十五条 报告经牵头单位主要负责人本人审核后报办公室', () => {
  it.each([
    ['主要负责人本人审核同意或退回', head('fgj'), report(), ['approve', 'decline']],
    ['本单位其他负责人不能审核', head('fgj', 'fgj-deputy'), report(), []],
    ['他单位主要负责人不能审核', head('czj'), report(), []],
    ['办公室在主要负责人审核前不能审核', office, report(), []],
    ['主要负责人审核后办公室审核通过或退回', office, report({ status: 'approved' }), ['accept', 'return']],
    ['审核通过后无人再动', office, report({ status: 'accepted' }), []],
  ] as const)('%s', (_, viewer, c, actions) => {
    expect(actionsFor(reportCase, c, viewer)).toEqual(actions);
  });
  it('单位当日没有主要负责人时无人能审核', () => {
    expect(actionsFor(reportCase, report({ principalPersonId: null }), head('fgj'))).toEqual([]);
  });
});

describe('第三十二、四十条 延期由分管领导本人批准', () => {
  it('分管领导批准或不予延期；其他领导不能；补位领导代为审批并记为代某某', () => {
    expect(actionsFor(extensionCase, extension(), leader('deputy'))).toEqual(['approve', 'refuse']);
    expect(actionsFor(extensionCase, extension(), leader('other'))).toEqual([]);
    expect(actionsFor(extensionCase, extension(), office)).toEqual([]);
    const cover = leader('cover', [{ personId: 'deputy', name: '孙立华', basis: 'pair', isUrgentOnly: false }]);
    expect(authorize(extensionCase, 'approve', extension(), cover).actingFor).toEqual({ personId: 'deputy', name: '孙立华' });
    expect(actionsFor(extensionCase, extension({ status: 'approved' }), leader('deputy'))).toEqual([]);
  });
});

describe('第四十条 建议提案：交办、退回、答复、满意度、重新办理一次', () => {
  it.each([
    ['待交办：办公室交办', office, suggestion({ status: 'registered', leadUnitId: null }), ['assign']],
    ['承办单位：申请退回或答复', staff('fgj'), suggestion(), ['send_back', 'answer']],
    ['其他单位不能答复', staff('czj'), suggestion(), []],
    ['退回后办公室重新交办', office, suggestion({ status: 'sent_back' }), ['assign']],
    ['第一次答复后：登记满意度或不满意重新办理', office, suggestion({ status: 'answered' }), ['record_satisfaction', 'reanswer']],
    ['第二次答复后只登记满意度', office, suggestion({ status: 'answered', round: 2 }), ['record_satisfaction']],
    ['办结后无人再动', office, suggestion({ status: 'closed' }), []],
  ] as const)('%s', (_, viewer, c, actions) => {
    expect(actionsFor(suggestionCase, c, viewer)).toEqual(actions);
  });
  it('重新办理回到办理中；满意度登记即办结', () => {
    expect(authorize(suggestionCase, 'reanswer', suggestion({ status: 'answered' }), office).to).toBe('assigned');
    expect(authorize(suggestionCase, 'record_satisfaction', suggestion({ status: 'answered' }), office).to).toBe('closed');
  });
});
