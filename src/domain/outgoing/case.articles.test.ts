import { describe, expect, it } from 'vitest';
import { actionsFor, authorize, isWorkItem, type Viewer } from '../case.js';
import { type OutgoingAction, type OutgoingCase, outgoingDocumentCase as def, outgoingReceiptCase, type ReceiptCase } from './case.js';
import { officeClerk, outgoingCase, viewer } from './fixtures.js';
import { isNumberedFor, plainTextOf } from './types.js';

const doc = outgoingCase;
const unitHead = (unitId: string) => viewer({ unitId, personId: `${unitId}-principal`, roles: ['unit_head'] });
const unitClerk = (unitId: string) => viewer({ unitId, personId: `${unitId}-clerk`, roles: ['unit_staff'] });
const office = officeClerk;
const leader = (personId: string, standsInFor: Viewer['standsInFor'] = []) => viewer({ unitId: 'gov', personId, roles: ['leader'], standsInFor });
const urgentCover = (forPerson: string) => leader('cover', [{ personId: forPerson, name: '被代者', basis: 'pair', isUrgentOnly: true }]);
const presiding = (forPerson: string) => leader('exec', [{ personId: forPerson, name: '区长', basis: 'acting_head', isUrgentOnly: false }]);

describe('第六十八条 起草、报送与会签：每个状态下谁能做什么', () => {
  it.each([
    ['起草中：起草单位主要负责人修改、报送', doc(), unitHead('fgj'), ['revise', 'submit']],
    ['起草中：起草单位经办人员只修改，不报送（主要负责人审核把关）', doc(), unitClerk('fgj'), ['revise']],
    ['已退回：起草单位主要负责人修改后重新报送', doc({ status: 'returned' }), unitHead('fgj'), ['revise', 'submit']],
    ['已退回：办公室不代为修改（文稿属起草单位）', doc({ status: 'returned', draftingUnitId: 'fgj' }), office, []],
    ['办公室起草的：办公室修改、报送', doc({ draftingUnitId: 'office' }), office, ['revise', 'submit']],
    ['会签中：未会签单位主要负责人会签', doc({ status: 'countersigning', countersignUnitIds: ['czj', 'jyj'], signedUnitIds: ['jyj'] }), unitHead('czj'), ['countersign']],
    ['会签中：未会签单位经办人员不能会签', doc({ status: 'countersigning', countersignUnitIds: ['czj'] }), unitClerk('czj'), []],
    ['会签中：起草单位不会签', doc({ status: 'countersigning', countersignUnitIds: ['czj'] }), unitHead('fgj'), []],
    ['会签中无分歧：办公室无事可做', doc({ status: 'countersigning', countersignUnitIds: ['czj'] }), office, []],
    ['会签有分歧：办公室协调（第五十二条）', doc({ status: 'countersigning', countersignUnitIds: ['czj'], hasOpenDisagreement: true }), office, ['coordinate']],
  ] as const)('%s', (_, c, v, expected) => {
    expect(actionsFor(def, c, v)).toEqual(expected);
  });
});

describe('第六十八条、第六十九条、第七十条 审核、审签、审定、签发、印发', () => {
  it.each([
    ['区政府公文待审核：办公室核改、审核、退回', doc({ status: 'office_review' }), office, ['office_revise', 'review', 'return']],
    ['第七十条 部门指令性公文待审核：办公室审核、退回，不核改部门的文稿', doc({ status: 'office_review', issuer: 'department', issuingUnitId: 'fgj' }), office, ['review', 'return']],
    ['待审签：分管副区长审签', doc({ status: 'leader_review' }), leader('deputy'), ['leader_review']],
    ['待审签：办公室可退回', doc({ status: 'leader_review' }), office, ['return']],
    ['待审签：不是审签人的领导无事可做', doc({ status: 'leader_review' }), leader('other'), []],
    ['第七十条 部门指令性公文待审定：审定领导审定（不是审签）', doc({ status: 'leader_review', issuer: 'department', issuingUnitId: 'fgj' }), leader('deputy'), ['approve_directive']],
    ['第七十条 部门指令性公文待审定：办公室可退回', doc({ status: 'leader_review', issuer: 'department', issuingUnitId: 'fgj' }), office, ['return']],
    ['待签发：签发人签发', doc({ status: 'awaiting_sign_off' }), leader('head'), ['sign_off']],
    ['待签发：区政府公文办公室可退回', doc({ status: 'awaiting_sign_off' }), office, ['return']],
    ['待签发：部门自己的公文不经办公室，办公室不退回', doc({ status: 'awaiting_sign_off', issuer: 'department', issuingUnitId: 'fgj', signerPersonId: 'fgj-principal' }), office, []],
    ['待签发：部门主要负责人签发本部门公文', doc({ status: 'awaiting_sign_off', issuer: 'department', issuingUnitId: 'fgj', signerPersonId: 'fgj-principal' }), unitHead('fgj'), ['sign_off']],
    ['已签发：办公室签发后修改、印发', doc({ status: 'signed' }), office, ['revise_signed', 'issue']],
    ['已签发：部门公文由部门印发，办公室不改', doc({ status: 'signed', issuer: 'department', issuingUnitId: 'fgj' }), office, []],
    ['已签发：部门经办人员印发本部门公文', doc({ status: 'signed', issuer: 'department', issuingUnitId: 'fgj' }), unitClerk('fgj'), ['issue']],
    ['已印发：谁也不能再改', doc({ status: 'issued' }), office, []],
  ] as const)('%s', (_, c, v, expected) => {
    expect(actionsFor(def, c, v)).toEqual(expected);
  });
});

describe('第六十二条、第七条 不在岗的审签人、签发人由谁代', () => {
  it.each([
    ['sign_off', 'awaiting_sign_off', 'head'],
    ['leader_review', 'leader_review', 'deputy'],
  ] as const)('%s：补位领导只代急件，急件时间线记为代签', (action, status, person) => {
    expect(actionsFor(def, doc({ status }), urgentCover(person))).toEqual([]);
    expect(actionsFor(def, doc({ status, urgency: 'urgent' }), urgentCover(person))).toEqual([action]);
    expect(authorize(def, action, doc({ status, urgency: 'urgent' }), urgentCover(person)).actingFor).toEqual({ personId: person, name: '被代者' });
    expect(authorize(def, action, doc({ status }), leader(person)).actingFor).toBeNull();
  });

  it('第七条 主持工作的常务副区长代区长签发一切公文，第七十条 审定亦然', () => {
    expect(authorize(def, 'sign_off', doc({ status: 'awaiting_sign_off' }), presiding('head')).actingFor).toEqual({ personId: 'head', name: '区长' });
    expect(authorize(def, 'approve_directive', doc({ status: 'leader_review', issuer: 'department', leaderReviewerPersonId: 'head' }), presiding('head')).actingFor).toEqual({ personId: 'head', name: '区长' });
  });

  it('无人可审签、签发时谁也不能审签、签发', () => {
    expect(actionsFor(def, doc({ status: 'awaiting_sign_off', signerPersonId: null }), leader('head'))).toEqual([]);
    expect(actionsFor(def, doc({ status: 'leader_review', leaderReviewerPersonId: null }), leader('deputy'))).toEqual([]);
  });
});

describe('第六十八条 每一步把文稿送到哪里', () => {
  const to = (action: OutgoingAction, c: OutgoingCase, v: Viewer) => authorize(def, action, c, v).to;
  it.each([
    ['submit', doc(), unitHead('fgj'), 'office_review'],
    ['submit', doc({ onward: 'countersigning' }), unitHead('fgj'), 'countersigning'],
    ['submit', doc({ status: 'returned', onward: 'awaiting_sign_off' }), unitHead('fgj'), 'awaiting_sign_off'],
    ['revise', doc(), unitHead('fgj'), 'drafting'],
    ['revise', doc({ status: 'returned', onward: 'office_review' }), unitHead('fgj'), 'returned'],
    ['countersign', doc({ status: 'countersigning', countersignUnitIds: ['czj'] }), unitHead('czj'), 'countersigning'],
    ['countersign', doc({ status: 'countersigning', countersignUnitIds: ['czj'], onward: 'office_review' }), unitHead('czj'), 'office_review'],
    ['coordinate', doc({ status: 'countersigning', hasOpenDisagreement: true, onward: 'office_review' }), office, 'countersigning'],
    ['office_revise', doc({ status: 'office_review' }), office, 'office_review'],
    ['review', doc({ status: 'office_review' }), office, 'awaiting_sign_off'],
    ['review', doc({ status: 'office_review', onward: 'leader_review' }), office, 'leader_review'],
    ['return', doc({ status: 'awaiting_sign_off' }), office, 'returned'],
    ['leader_review', doc({ status: 'leader_review' }), leader('deputy'), 'awaiting_sign_off'],
    ['approve_directive', doc({ status: 'leader_review', issuer: 'department' }), leader('deputy'), 'awaiting_sign_off'],
    ['sign_off', doc({ status: 'awaiting_sign_off' }), leader('head'), 'signed'],
    ['revise_signed', doc({ status: 'signed' }), office, 'signed'],
    ['revise_signed', doc({ status: 'signed', onward: 'awaiting_sign_off' }), office, 'awaiting_sign_off'],
    ['issue', doc({ status: 'signed' }), office, 'issued'],
  ] as const)('%s → %s', (action, c, v, expected) => {
    expect(to(action, c, v)).toBe(expected);
  });

  it('工作台：报送、会签、审核、签发、印发是工作；修改、核改、退回不是', () => {
    expect(isWorkItem(def, doc(), unitClerk('fgj'))).toBe(false);
    expect(isWorkItem(def, doc(), unitHead('fgj'))).toBe(true);
    expect(isWorkItem(def, doc({ status: 'leader_review' }), office)).toBe(false);
    expect(isWorkItem(def, doc({ status: 'office_review' }), office)).toBe(true);
    expect(isWorkItem(def, doc({ status: 'signed', issuer: 'department', issuingUnitId: 'fgj' }), unitClerk('fgj'))).toBe(true);
  });
});

describe('第七十一条 平台内收文单位签收', () => {
  const receipt = (o: Partial<ReceiptCase> = {}): ReceiptCase => ({ id: 'r', version: 1, status: 'pending', unitId: 'czj', ...o });
  it.each([
    ['收文单位签收', receipt(), unitClerk('czj'), ['acknowledge']],
    ['其他单位不能签收', receipt(), unitClerk('fgj'), []],
    ['已签收的不再签收', receipt({ status: 'acknowledged' }), unitClerk('czj'), []],
  ] as const)('%s', (_, c, v, expected) => {
    expect(actionsFor(outgoingReceiptCase, c, v)).toEqual(expected);
  });
  it('签收后为已签收', () => {
    expect(authorize(outgoingReceiptCase, 'acknowledge', receipt(), unitClerk('czj')).to).toBe('acknowledged');
  });
});

describe('GB/T 9704 7.3.3 正文结构层次序数；第七十条 正文检索', () => {
  it('标题首尾的空白不影响序数判断', () => {
    expect(isNumberedFor(1, '  一、总体要求')).toBe(true);
    expect(isNumberedFor(4, '\t（2）按期开工 ')).toBe(true);
    expect(isNumberedFor(3, '总体要求 1.')).toBe(false);
  });
  it('正文各段按行连成全文', () => {
    expect(plainTextOf([{ kind: 'heading', level: 1, text: '一、总体要求' }, { kind: 'paragraph', text: '经区政府同意，现通知如下。' }])).toBe('一、总体要求\n经区政府同意，现通知如下。');
    expect(plainTextOf([])).toBe('');
  });
});
