import { describe, expect, it } from 'vitest';
import { actionsFor, authorize } from '../case.js';
import { type OutgoingCase, outgoingDocumentCase, statusAfterCountersign, statusAfterDrafting } from './case.js';
import { officeClerk, outgoingCase, viewer } from './fixtures.js';
import { isNumberedFor } from './types.js';

const doc = (o: Partial<OutgoingCase> = {}): OutgoingCase => outgoingCase({ leaderReviewerPersonId: null, ...o });
const unitHead = (unitId: string, personId = `${unitId}-principal`) => viewer({ unitId, personId, roles: ['unit_head'] });
const office = officeClerk;
const theHead = viewer({ unitId: 'gov', personId: 'head', roles: ['leader'] });

describe('发文的声明：谁在何时可以做什么（第六十八至七十条）', () => {
  it.each([
    ['起草中：起草单位负责人报送、修改', doc(), unitHead('fgj'), ['revise', 'submit']],
    ['起草中：其他单位什么也不能做', doc(), unitHead('czj'), []],
    ['会签中：未会签的有关单位会签', doc({ status: 'countersigning', countersignUnitIds: ['czj'] }), unitHead('czj'), ['countersign']],
    ['会签中：已会签的单位不再会签', doc({ status: 'countersigning', countersignUnitIds: ['czj'], signedUnitIds: ['czj'] }), unitHead('czj'), []],
    ['会签有分歧：办公室协调', doc({ status: 'countersigning', countersignUnitIds: ['czj'], signedUnitIds: ['czj'], hasOpenDisagreement: true }), office, ['coordinate']],
    ['待审核：办公室审核、核改、退回', doc({ status: 'office_review' }), office, ['office_revise', 'review', 'return']],
    ['第六十八条 待审核：区长没有任何可做的事（不呈送未经审核的文稿）', doc({ status: 'office_review' }), theHead, []],
    ['待签发：签发人签发', doc({ status: 'awaiting_sign_off' }), theHead, ['sign_off']],
    ['已签发：办公室印发，或修改后退回复核', doc({ status: 'signed' }), office, ['revise_signed', 'issue']],
    ['第七十条 部门指令性公文待审定：审定领导审定', doc({ status: 'leader_review', issuer: 'department', issuingUnitId: 'fgj', leaderReviewerPersonId: 'head' }), theHead, ['approve_directive']],
  ])('%s', (_, c, v, expected) => {
    expect(actionsFor(outgoingDocumentCase, c, v)).toEqual(expected);
  });

  it('补位领导只代签急件（第六十二条），时间线记为代签', () => {
    const cover = viewer({ personId: 'cover', roles: ['leader'], standsInFor: [{ personId: 'head', name: '区长', basis: 'pair', isUrgentOnly: true }] });
    expect(actionsFor(outgoingDocumentCase, doc({ status: 'awaiting_sign_off' }), cover)).toEqual([]);
    expect(authorize(outgoingDocumentCase, 'sign_off', doc({ status: 'awaiting_sign_off', urgency: 'urgent' }), cover).actingFor).toEqual({ personId: 'head', name: '区长' });
  });

  it('报送后去向：有会签单位先会签；部门自己的非指令性公文直接由部门负责人签发；其余经办公室审核', () => {
    expect(statusAfterDrafting({ issuer: 'government', countersignUnitIds: ['czj'] }, false)).toBe('countersigning');
    expect(statusAfterDrafting({ issuer: 'government', countersignUnitIds: [] }, false)).toBe('office_review');
    expect(statusAfterCountersign({ issuer: 'department' }, false)).toBe('awaiting_sign_off');
    expect(statusAfterCountersign({ issuer: 'department' }, true)).toBe('office_review');
  });

  it('正文各级标题须以规定的序号开头：一、（一）1.（1）', () => {
    expect(isNumberedFor(1, '一、总体要求')).toBe(true);
    expect(isNumberedFor(2, '（三）加强保障')).toBe(true);
    expect(isNumberedFor(3, '1.明确责任')).toBe(true);
    expect(isNumberedFor(4, '（1）按期开工')).toBe(true);
    expect(isNumberedFor(1, '（一）总体要求')).toBe(false);
    expect(isNumberedFor(2, '一、总体要求')).toBe(false);
    expect(isNumberedFor(3, '（1）按期开工')).toBe(false);
  });
});
