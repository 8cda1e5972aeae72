import { describe, expect, it } from 'vitest';
import { runRules } from '../../rules/index.js';
import { loadAllCarriers } from '../../rules/all-carriers.js';
import type { PostKind } from '../org/types.js';
import { type DraftFacts, draftRules, holdsTitle, type SignOffFacts, signOffRules, signOffTitles } from './rules.js';
import { checklist, draftFacts, signOffFacts } from './fixtures.js';

// Each rule's message and severity, and the boundary of each of its conditions, so that a rule that refuses
// the wrong thing (or says nothing) fails here.
loadAllCarriers();
const day = '2026-03-02';
const draft = draftFacts;
const findings = (facts: DraftFacts) => runRules(draftRules, facts, day).violations.map((v) => ({ ruleId: v.ruleId, message: v.message, severity: v.severity }));

describe('第八十四条、第六十七条、第六十八条、第七十一条 发文前的审核清单：拒绝什么、说明什么', () => {
  it.each([
    ['第八十四条 秘密', draft({ classification: 'secret' }), 'outgoing.classified-refused', '严守保密纪律，涉密公文不得在本平台起草和制发，请按涉密载体管理规定办理', 'refusal'],
    ['第六十七条 区政府办公室名义而内容不属三类事项', draft({ issuer: 'office', checklist: { ...checklist, contentKind: 'none' } }), 'outgoing.content-of-government-documents', '以区政府或区政府办公室名义制发的公文，其内容应属于关系全区经济社会发展的重要决定、政策措施以及需全区各级行政机关、企事业单位执行和周知的重要事项', 'refusal'],
    ['第六十八条 区政府办公室名义而属部门职权', draft({ issuer: 'office', checklist: { ...checklist, isDepartmentRemit: true } }), 'outgoing.department-remit', '属部门职权范围内事务、应由部门自行发文或联合发文的，不以区政府或区政府办公室名义发文', 'refusal'],
    ['第七十一条 部门公文法律法规已有规定', draft({ issuer: 'department', checklist: { ...checklist, isProvidedByLaw: true } }), 'outgoing.provided-by-law', '法律法规已作出明确规定的，一律不再制发文件', 'refusal'],
    ['第七十一条 部门公文现行文件仍适用', draft({ issuer: 'department', checklist: { ...checklist, isCoveredByCurrentDocument: true } }), 'outgoing.current-document-applies', '现行文件规定仍适用的，不再重复发文', 'refusal'],
    ['第七十一条 部门公文没有新内容', draft({ issuer: 'department', checklist: { ...checklist, hasNewContent: false } }), 'outgoing.no-new-content', '没有新内容、新政策的，一律不制发文件', 'refusal'],
    ['第七十一条 单独印发分工方案', draft({ checklist: { ...checklist, isSeparateDivisionPlan: true } }), 'outgoing.division-plan-separate', '分工方案原则上应与文件合并印发，不单独发文；确需单独印发的，请在审核意见中说明', 'flag'],
    ['第六十八条 批复未选所答复的请示', draft({ docType: '批复' }), 'outgoing.reply-answers-request', '批复用于答复下级机关的请示事项，请选择所答复的请示（收文登记簿中的来文）', 'refusal'],
    ['第六十八条 批复所答复的是函', draft({ docType: '批复', answers: { docType: '函' } }), 'outgoing.reply-answers-request', '批复只答复请示，所选来文的文种为“函”', 'refusal'],
    ['第三十六条 报送政策文件未起草解读', draft({ isPolicy: true }), 'outgoing.policy-with-interpretation', '政策文件与解读材料要“同步组织、同步审签、同步部署”，请随文起草政策解读', 'refusal'],
    ['第三十六条 审核政策文件时解读未审核', draft({ isPolicy: true, hasInterpretation: true, stage: 'review' }), 'outgoing.policy-with-interpretation', '政策文件与解读材料要“同步审签”，请与文件一并审核政策解读', 'refusal'],
  ] as const)('%s', (_, facts, ruleId, message, severity) => {
    expect(findings(facts)).toEqual([{ ruleId, message, severity }]);
  });

  it.each([
    ['第八十四条 非涉密', draft()],
    ['第七十一条 部门的合格公文', draft({ issuer: 'department' })],
    ['第六十七、六十八条 部门自己的公文不受“区政府名义”的限制', draft({ issuer: 'department', checklist: { ...checklist, contentKind: 'none', isDepartmentRemit: true } })],
    ['第六十八条 非批复不问所答复的来文', draft({ docType: '通知', answers: { docType: '函' } })],
    ['第六十八条 批复答复请示', draft({ docType: '批复', answers: { docType: '请示' } })],
    ['第三十六条 报送时解读已起草即可，审核在后', draft({ isPolicy: true, hasInterpretation: true, stage: 'submit' })],
    ['第三十六条 审核时解读已审核', draft({ isPolicy: true, hasInterpretation: true, isInterpretationReviewed: true, stage: 'review' })],
    ['第三十六条 非政策文件不需解读', draft({ isPolicy: false, stage: 'review' })],
  ] as const)('通过：%s', (_, facts) => {
    expect(findings(facts)).toEqual([]);
  });
});

const signOff = (o: Partial<SignOffFacts> = {}): SignOffFacts => signOffFacts({ signerName: '孙立华', ...o });
const signOffFindings = (facts: SignOffFacts) => runRules(signOffRules, facts, day).violations.map((v) => ({ ruleId: v.ruleId, message: v.message, severity: v.severity }));
const authorityRule = signOffRules.find((r) => r.id === 'outgoing.sign-off-authority')!;
type MatterList = readonly { category: string; keywords: readonly string[] }[];
/** The authority rule against a rulebook other than the one in force: the rule must read every title from it. */
const withList = (facts: SignOffFacts, list: MatterList) => authorityRule.check(facts, (() => list) as never);
const governmentRule = '以区政府名义制发的公文由区长签发，经区政府常务会议决定的事项和属于例行批准手续的事项经区长授权可由常务副区长、副区长、办公室主任签发';
const officeRule = '以区政府办公室名义制发的公文由办公室主任签发，如有需要可由分管副区长或区长签发，经授权的可由办公室副主任签发';

describe('第六十九条 公文签发权限：谁可以签发、拒绝时怎么说', () => {
  it.each([
    ['区政府公文：不在签发人之列', signOff({ signerPostKinds: ['office_deputy_director'] }), `${governmentRule}；孙立华不在签发人之列`],
    ['区政府公文：副区长未获授权', signOff({ signerPostKinds: ['deputy'], matterBasis: 'executive_meeting' }), `${governmentRule}；孙立华未获区长授权签发本件`],
    ['区政府公文：事项未写明', signOff({ signerPostKinds: ['deputy'], authorizations: [{ basis: 'executive_meeting' }] }), `${governmentRule}；区长授权签发限于经区政府常务会议决定的事项和属于例行批准手续的事项，本件未写明属于其中之一，应由区长签发`],
    ['区政府公文：授权不是针对本件事项', signOff({ signerPostKinds: ['office_director'], authorizations: [{ basis: 'executive_meeting' }], matterBasis: 'routine_approval' }), `${governmentRule}；孙立华所获授权不是针对“属于例行批准手续的事项”，本件应由区长签发`],
    ['区政府办公室公文：办公室副主任未获授权', signOff({ issuer: 'office', signerPostKinds: ['office_deputy_director'] }), `${officeRule}；孙立华未获授权签发本件`],
    ['区政府办公室公文：办公室副主任即使分管办公室也须授权', signOff({ issuer: 'office', signerPostKinds: ['office_deputy_director'], signerOverseesIssuer: true }), `${officeRule}；孙立华未获授权签发本件`],
    ['区政府办公室公文：常务副区长不分管办公室', signOff({ issuer: 'office', signerPostKinds: ['executive_deputy'], signerOverseesIssuer: false }), `${officeRule}；孙立华未获授权签发本件`],
    ['区政府办公室公文：副区长获授权也不是办公室副主任', signOff({ issuer: 'office', signerPostKinds: ['deputy'], authorizations: [{ basis: null }] }), `${officeRule}；孙立华未获授权签发本件`],
  ] as const)('拒绝：%s', (_, facts, message) => {
    expect(signOffFindings(facts)).toEqual([{ ruleId: 'outgoing.sign-off-authority', message, severity: 'refusal' }]);
  });

  it.each([
    ['区长兼任其他职务，签发区政府公文', signOff({ signerPostKinds: ['deputy', 'head'] })],
    ['常务副区长经授权签发常务会议决定事项', signOff({ signerPostKinds: ['executive_deputy'], authorizations: [{ basis: 'executive_meeting' }], matterBasis: 'executive_meeting' })],
    ['多项授权中有一项针对本件事项', signOff({ signerPostKinds: ['deputy'], authorizations: [{ basis: 'routine_approval' }, { basis: 'executive_meeting' }], matterBasis: 'executive_meeting' })],
    ['分管办公室的常务副区长签发办公室公文', signOff({ issuer: 'office', signerPostKinds: ['executive_deputy'], signerOverseesIssuer: true })],
    ['兼任办公室主任的签发办公室公文', signOff({ issuer: 'office', signerPostKinds: ['staff', 'office_director'] })],
    ['部门公文不问签发人的政府职务', signOff({ issuer: 'department', signerPostKinds: ['staff'] })],
  ] as const)('允许：%s', (_, facts) => {
    expect(signOffFindings(facts)).toEqual([]);
  });

  it('签发人与事项由规则库参数写成：缺少的标题即无人、缺少的事项即不可授权', () => {
    const onlyHead: MatterList = [{ category: '区政府公文签发', keywords: ['区长'] }, { category: '区政府办公室公文签发', keywords: ['办公室主任'] }];
    expect(withList(signOff({ signerPostKinds: ['deputy'], authorizations: [{ basis: 'executive_meeting' }], matterBasis: 'executive_meeting' }), onlyHead)).toEqual({ message: '以区政府名义制发的公文由区长签发；孙立华不在签发人之列' });
    expect(withList(signOff({ issuer: 'office', signerPostKinds: ['head'] }), onlyHead)).toEqual({ message: '以区政府办公室名义制发的公文由办公室主任签发；孙立华未获授权签发本件' });
    const meetingsOnly: MatterList = [
      { category: '区政府公文签发', keywords: ['区长'] },
      { category: '区政府公文经区长授权签发', keywords: ['副区长'] },
      { category: '区长可授权签发的事项', keywords: ['经区政府常务会议决定的事项'] },
    ];
    expect(withList(signOff({ signerPostKinds: ['deputy'], authorizations: [{ basis: 'routine_approval' }], matterBasis: 'routine_approval' }), meetingsOnly)).toEqual({
      message: '以区政府名义制发的公文由区长签发，经区政府常务会议决定的事项经区长授权可由副区长签发；区长授权签发限于经区政府常务会议决定的事项，本件未写明属于其中之一，应由区长签发',
    });
    expect(withList(signOff({ signerPostKinds: ['deputy'], authorizations: [{ basis: 'executive_meeting' }], matterBasis: 'executive_meeting' }), meetingsOnly)).toBeUndefined();
  });

  it('多个签发人、多个经授权的签发人以顿号并列', () => {
    const several: MatterList = [
      { category: '区政府公文签发', keywords: ['区长', '常务副区长'] },
      { category: '区政府办公室公文签发', keywords: ['办公室主任', '常务副区长'] },
      { category: '区政府办公室公文经授权签发', keywords: ['办公室副主任', '工作人员'] },
    ];
    expect(withList(signOff({ signerPostKinds: ['deputy'] }), several)).toEqual({ message: '以区政府名义制发的公文由区长、常务副区长签发；孙立华不在签发人之列' });
    expect(withList(signOff({ issuer: 'office', signerPostKinds: ['deputy'] }), several)).toEqual({ message: '以区政府办公室名义制发的公文由办公室主任、常务副区长签发，经授权的可由办公室副主任、工作人员签发；孙立华未获授权签发本件' });
  });

  it('“分管X”只指分管发文单位的X；常务副区长也是“副区长”，别的职务不是', () => {
    const overseeingDirector: MatterList = [{ category: '区政府办公室公文签发', keywords: ['分管办公室主任'] }];
    expect(withList(signOff({ issuer: 'office', signerPostKinds: ['executive_deputy'], signerOverseesIssuer: true }), overseeingDirector)).toBeDefined();
    expect(withList(signOff({ issuer: 'office', signerPostKinds: ['office_director'], signerOverseesIssuer: true }), overseeingDirector)).toBeUndefined();
    expect(withList(signOff({ issuer: 'office', signerPostKinds: ['office_director'], signerOverseesIssuer: false }), overseeingDirector)).toBeDefined();
    const plainDeputy: MatterList = [{ category: '区政府办公室公文签发', keywords: ['副区长'] }];
    expect(withList(signOff({ issuer: 'office', signerPostKinds: ['executive_deputy'], signerOverseesIssuer: true }), plainDeputy)).toBeDefined();
    expect(withList(signOff({ issuer: 'office', signerPostKinds: ['deputy'] }), plainDeputy)).toBeUndefined();
  });
});

describe('第六十九条 可签发人的职务（规则库参数）', () => {
  const list: MatterList = [
    { category: '区政府公文签发', keywords: ['区长'] },
    { category: '区政府公文经区长授权签发', keywords: ['副区长', '办公室主任'] },
    { category: '区政府办公室公文签发', keywords: ['办公室主任'] },
    { category: '区政府办公室公文如有需要签发', keywords: ['分管副区长', '区长'] },
    { category: '区政府办公室公文经授权签发', keywords: ['办公室副主任', '办公室主任'] },
  ];
  it.each([
    ['government', { delegates: ['副区长', '办公室主任'], all: ['区长', '副区长', '办公室主任'] }],
    ['office', { delegates: ['办公室副主任', '办公室主任'], all: ['办公室主任', '副区长', '区长', '办公室副主任'] }],
  ] as const)('%s：可经授权的与所有可签发的职务（“分管副区长”按副区长计，不重复）', (issuer, expected) => {
    expect(signOffTitles(list, issuer)).toEqual(expected);
  });
  it('缺少的标题即无人', () => {
    expect(signOffTitles([], 'office')).toEqual({ delegates: [], all: [] });
  });

  it.each([
    [['executive_deputy'], ['副区长'], true],
    [['deputy'], ['副区长'], true],
    [['staff', 'head'], ['区长'], true],
    [['head'], ['副区长'], false],
    [['office_director'], ['副区长'], false],
    [['executive_deputy'], ['区长'], false],
    [[], ['区长'], false],
  ] as const)('%j 担任 %j 之一：%s', (kinds, titles, expected) => {
    expect(holdsTitle(kinds as readonly PostKind[], titles)).toBe(expected);
  });
});

describe('第三十六条、第七十条、第六十九条 签发时的其他条件', () => {
  it.each([
    ['第三十六条 政策文件解读未起草（即使标为已审核）', signOff({ isPolicy: true, isInterpretationReviewed: true }), 'outgoing.policy-interpretation-at-sign-off', '政策文件与解读材料要“同步组织、同步审签、同步部署”，解读材料未起草或未经审核的，不得签发'],
    ['第三十六条 政策文件解读未审核', signOff({ isPolicy: true, hasInterpretation: true }), 'outgoing.policy-interpretation-at-sign-off', '政策文件与解读材料要“同步组织、同步审签、同步部署”，解读材料未起草或未经审核的，不得签发'],
    ['第七十条 部门指令性公文未经审定', signOff({ issuer: 'department', directsLowerGovernments: true }), 'outgoing.directive-approved', '未经区政府批准，部门不得直接向下级政府发布指令性公文或在公文中提出指令性要求；请报区政府领导同志审定后加“经区政府同意”字样行文'],
    ['第六十九条 意见只有空白', signOff({ opinion: '  ' }), 'outgoing.sign-off-opinion', '签发公文须签署意见（或圈阅，圈阅视为同意）'],
  ] as const)('拒绝：%s', (_, facts, ruleId, message) => {
    expect(signOffFindings(facts)).toEqual([{ ruleId, message, severity: 'refusal' }]);
  });

  it.each([
    ['第三十六条 政策文件解读已起草并审核', signOff({ isPolicy: true, hasInterpretation: true, isInterpretationReviewed: true })],
    ['第三十六条 非政策文件', signOff({ isPolicy: false })],
    ['第七十条 区政府公文面向下级政府不需部门审定', signOff({ directsLowerGovernments: true })],
    ['第七十条 部门非指令性公文', signOff({ issuer: 'department', directsLowerGovernments: false })],
    ['第七十条 部门指令性公文已审定', signOff({ issuer: 'department', directsLowerGovernments: true, isDirectiveApproved: true })],
    ['第六十九条 圈阅', signOff({ opinion: '', isCircled: true })],
  ] as const)('允许：%s', (_, facts) => {
    expect(signOffFindings(facts)).toEqual([]);
  });
});
