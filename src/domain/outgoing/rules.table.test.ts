import { describe, expect, it } from 'vitest';
import { runRules } from '../../rules/index.js';
import { loadAllCarriers } from '../../rules/all-carriers.js';
import { type DraftFacts, draftRules, type SignOffFacts, signOffRules } from './rules.js';
import { checklist, draftFacts, signOffFacts } from './fixtures.js';

loadAllCarriers();
const day = '2026-03-02';
const draft = draftFacts;
const ids = (facts: DraftFacts) => runRules(draftRules, facts, day).violations.map((v) => [v.ruleId, v.article, v.severity]);

describe('发文审核清单（第六十七、六十八、七十一、八十四条，第三十六条）', () => {
  it('合格的区政府通知不触发任何规则', () => {
    expect(ids(draft())).toEqual([]);
  });

  it.each([
    ['第八十四条 涉密', draft({ classification: 'secret' }), 'outgoing.classified-refused', 84],
    ['第六十七条 不属于重要事项', draft({ checklist: { ...checklist, contentKind: 'none' } }), 'outgoing.content-of-government-documents', 67],
    ['第六十八条 部门职权范围内事项', draft({ checklist: { ...checklist, isDepartmentRemit: true } }), 'outgoing.department-remit', 68],
    ['第七十一条 法律法规已有规定', draft({ checklist: { ...checklist, isProvidedByLaw: true } }), 'outgoing.provided-by-law', 71],
    ['第七十一条 现行文件仍适用', draft({ checklist: { ...checklist, isCoveredByCurrentDocument: true } }), 'outgoing.current-document-applies', 71],
    ['第七十一条 没有新内容', draft({ checklist: { ...checklist, hasNewContent: false } }), 'outgoing.no-new-content', 71],
    ['第六十八条 批复未对应请示', draft({ docType: '批复' }), 'outgoing.reply-answers-request', 68],
    ['第六十八条 批复答复的不是请示', draft({ docType: '批复', answers: { docType: '报告' } }), 'outgoing.reply-answers-request', 68],
    ['第三十六条 政策文件没有解读', draft({ isPolicy: true }), 'outgoing.policy-with-interpretation', 36],
    ['第三十六条 审核时解读未一并审核', draft({ isPolicy: true, hasInterpretation: true, stage: 'review' }), 'outgoing.policy-with-interpretation', 36],
  ])('%s：拒绝并注明条款', (_, facts, ruleId, article) => {
    expect(ids(facts)).toEqual([[ruleId, article, 'refusal']]);
  });

  it('第七十一条 单独印发分工方案只作提示，不拒绝', () => {
    expect(ids(draft({ checklist: { ...checklist, isSeparateDivisionPlan: true } }))).toEqual([['outgoing.division-plan-separate', 71, 'flag']]);
  });

  it('第六十七、六十八条 只约束以区政府、区政府办公室名义的公文；部门自己的公文不受此限', () => {
    expect(ids(draft({ issuer: 'department', checklist: { ...checklist, contentKind: 'none', isDepartmentRemit: true } }))).toEqual([]);
  });

  it('批复答复请示、政策文件解读已起草并审核的，通过', () => {
    expect(ids(draft({ docType: '批复', answers: { docType: '请示' } }))).toEqual([]);
    expect(ids(draft({ isPolicy: true, hasInterpretation: true, isInterpretationReviewed: true, stage: 'review' }))).toEqual([]);
  });
});

const signOff = signOffFacts;
const signOffIds = (facts: SignOffFacts) => runRules(signOffRules, facts, day).violations.map((v) => [v.ruleId, v.article]);

describe('第六十九条 公文签发权限（规则库参数）', () => {
  const meetingGrant = [{ basis: 'executive_meeting' }] as const;
  it.each([
    ['区长签发区政府公文', signOff(), []],
    ['副区长未经授权签发区政府公文', signOff({ signerName: '孙立华', signerPostKinds: ['deputy'], matterBasis: 'executive_meeting' }), [['outgoing.sign-off-authority', 69]]],
    ['副区长经区长授权签发常务会议决定事项的区政府公文', signOff({ signerPostKinds: ['deputy'], authorizations: meetingGrant, matterBasis: 'executive_meeting' }), []],
    ['办公室主任经授权签发例行批准手续的区政府公文', signOff({ signerPostKinds: ['office_director'], authorizations: [{ basis: 'routine_approval' }], matterBasis: 'routine_approval' }), []],
    ['经授权也不签发既非常务会议决定、也非例行批准的区政府公文', signOff({ signerPostKinds: ['deputy'], authorizations: meetingGrant, matterBasis: null }), [['outgoing.sign-off-authority', 69]]],
    ['授权依据与本件事项不符的不签发', signOff({ signerPostKinds: ['deputy'], authorizations: meetingGrant, matterBasis: 'routine_approval' }), [['outgoing.sign-off-authority', 69]]],
    ['办公室主任签发办公室公文', signOff({ issuer: 'office', signerPostKinds: ['office_director'] }), []],
    ['区长如有需要签发办公室公文', signOff({ issuer: 'office', signerPostKinds: ['head'] }), []],
    ['分管副区长签发办公室公文', signOff({ issuer: 'office', signerPostKinds: ['deputy'], signerOverseesIssuer: true }), []],
    ['不分管办公室的副区长不签发办公室公文', signOff({ issuer: 'office', signerPostKinds: ['deputy'], signerOverseesIssuer: false }), [['outgoing.sign-off-authority', 69]]],
    ['办公室副主任未经授权签发办公室公文', signOff({ issuer: 'office', signerName: '刘晓明', signerPostKinds: ['office_deputy_director'] }), [['outgoing.sign-off-authority', 69]]],
    ['办公室副主任经授权签发办公室公文', signOff({ issuer: 'office', signerPostKinds: ['office_deputy_director'], authorizations: [{ basis: null }] }), []],
    ['办公室副主任即使获授权也不签发区政府公文', signOff({ signerPostKinds: ['office_deputy_director'], authorizations: meetingGrant, matterBasis: 'executive_meeting' }), [['outgoing.sign-off-authority', 69]]],
    ['部门公文由部门主要负责人签发，不适用本条', signOff({ issuer: 'department', signerPostKinds: [] }), []],
  ] as const)('%s', (_, facts, expected) => {
    expect(signOffIds(facts)).toEqual(expected);
  });

  it('拒绝的说明由参数写成：谁签发、如有需要谁签发、谁经授权可以签发', () => {
    const [v] = runRules(signOffRules, signOff({ issuer: 'office', signerName: '刘晓明', signerPostKinds: ['office_deputy_director'] }), day).violations;
    expect(v?.message).toBe('以区政府办公室名义制发的公文由办公室主任签发，如有需要可由分管副区长或区长签发，经授权的可由办公室副主任签发；刘晓明未获授权签发本件');
  });

  it('区长授权签发限于经区政府常务会议决定的事项和属于例行批准手续的事项（事项由参数写成）', () => {
    const [v] = runRules(signOffRules, signOff({ signerName: '孙立华', signerPostKinds: ['deputy'], authorizations: meetingGrant, matterBasis: null }), day).violations;
    expect(v?.message).toContain('区长授权签发限于经区政府常务会议决定的事项和属于例行批准手续的事项，本件未写明属于其中之一，应由区长签发');
  });

  it('第七十条 部门指令性公文未经审定不得签发；第三十六条 政策文件解读未审核不得签发；圈阅视为同意', () => {
    expect(signOffIds(signOff({ issuer: 'department', signerPostKinds: [], directsLowerGovernments: true }))).toEqual([['outgoing.directive-approved', 70]]);
    expect(signOffIds(signOff({ issuer: 'department', signerPostKinds: [], directsLowerGovernments: true, isDirectiveApproved: true }))).toEqual([]);
    expect(signOffIds(signOff({ isPolicy: true, hasInterpretation: true }))).toEqual([['outgoing.policy-interpretation-at-sign-off', 36]]);
    expect(signOffIds(signOff({ opinion: '' }))).toEqual([['outgoing.sign-off-opinion', 69]]);
    expect(signOffIds(signOff({ opinion: '', isCircled: true }))).toEqual([]);
  });
});
