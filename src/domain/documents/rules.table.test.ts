import { describe, expect, it } from 'vitest';
import { runRules } from '../../rules/registry.js';
import { type FilingFacts, filingRules, type InstructionFacts, instructionRules } from './rules.js';

// Each rule run through the engine as an operation runs it: the engine stamps id and article; a finding without
// severity refuses, a flag lets the filing through for the office to see.
const DAY = '2026-03-02';
const filing = (over: Partial<FilingFacts> = {}): FilingFacts => ({
  docType: '请示',
  classification: 'none',
  addressedTo: 'government',
  exception: null,
  declaredMatters: ['拨付资金'],
  body: '关于拨付资金的请示。妥否，请批示。',
  signerIsPrincipal: true,
  filer: { relation: 'subordinate' },
  skipLevelApproval: null,
  mainRecipients: [],
  earlierFiling: null,
  relatedUnits: [],
  ...over,
});
// Every finding tells the user, in Chinese, what the rule requires.
const said = <V extends { message: string }>(violations: readonly V[]): V[] => {
  for (const v of violations) expect(v.message).toMatch(/[\u4e00-\u9fa5]{6}/);
  return [...violations];
};
const found = (facts: FilingFacts) => said(runRules(filingRules, facts, DAY).violations);
const only = (facts: FilingFacts, ruleId: string) => found(facts).filter((v) => v.ruleId === ruleId);

describe('报送区政府的公文', () => {
  it('合规的请示不受拒绝、不被提示；所有规则都在施行', () => {
    expect(found(filing())).toEqual([]);
    expect(found(filing({ docType: '报告', body: '现将情况报告如下。', declaredMatters: [] }))).toEqual([]);
    expect(runRules(filingRules, filing(), DAY).ran).toHaveLength(filingRules.length);
    expect(runRules(filingRules, filing(), '2022-01-30').ran).toEqual([]);
  });
});

describe('第八十四条 涉密公文不得通过本平台报送', () => {
  it.each(['secret', 'confidential', 'top_secret'] as const)('%s 拒绝', (classification) => {
    expect(only(filing({ classification }), 'documents.classified-refused')).toMatchObject([{ article: 84, severity: 'refusal', message: expect.stringContaining('涉密') }]);
  });
  it('非密放行', () => {
    expect(only(filing(), 'documents.classified-refused')).toEqual([]);
  });
});

describe('第六十四条 公文一律送区政府办公室统一办理', () => {
  it('直接报送领导个人：拒绝', () => {
    expect(only(filing({ addressedTo: 'leader' }), 'documents.through-the-office')).toMatchObject([{ article: 64, severity: 'refusal' }]);
  });
  it.each([
    ['leader_assigned', '区政府领导同志直接交办事项'],
    ['major_emergency', '重大突发事件'],
    ['foreign_affairs', '涉外事项'],
  ] as const)('所称例外（%s）：提示办公室核实，写明例外', (exception, label) => {
    const [v] = only(filing({ addressedTo: 'leader', exception }), 'documents.through-the-office');
    expect(v).toMatchObject({ article: 64, severity: 'flag' });
    expect(v?.message).toContain(label);
  });
  it('送办公室时不看例外', () => {
    expect(only(filing({ exception: 'major_emergency' }), 'documents.through-the-office')).toEqual([]);
  });
});

describe('第六十四条 请示一文一事', () => {
  it.each([
    [0, ['documents.one-matter-per-request']],
    [1, []],
    [2, ['documents.one-matter-per-request']],
  ])('请示申报 %i 个事项', (n, ids) => {
    const matters = ['甲', '乙'].slice(0, n);
    const v = only(filing({ declaredMatters: matters }), 'documents.one-matter-per-request');
    expect(v.map((x) => x.ruleId)).toEqual(ids);
    for (const x of v) {
      expect(x).toMatchObject({ article: 64, severity: 'refusal' });
      expect(x.message).toContain(`${n}个事项`);
    }
  });
  it('报告不问事项数', () => {
    expect(only(filing({ docType: '报告', declaredMatters: ['甲', '乙'], body: '' }), 'documents.one-matter-per-request')).toEqual([]);
  });

  it.each([
    ['请示正文分列两项请求：提示', '请示', '一、请求拨付资金\n二、申请增加编制', 2],
    ['请示正文只一项请求：不提示', '请示', '一、请求拨付资金', 0],
    ['报告正文分列两项：不由此规则提示', '报告', '一、请求拨付资金\n二、申请增加编制', 0],
  ] as const)('%s', (_, docType, body, asks) => {
    const v = only(filing({ docType, body, declaredMatters: docType === '请示' ? ['甲'] : [] }), 'documents.one-matter-text-check');
    expect(v).toHaveLength(asks > 0 ? 1 : 0);
    if (asks > 0) {
      expect(v[0]).toMatchObject({ article: 64, severity: 'flag' });
      expect(v[0]?.message).toContain(`${asks}项`);
    }
  });
});

describe('第六十四条 报告不得夹带请示事项', () => {
  it('报告正文有请示性用语：提示办公室，列出用语（重复的只列一次）', () => {
    const [v] = only(filing({ docType: '报告', declaredMatters: [], body: '妥否，请批示。妥否' }), 'documents.no-request-in-report');
    expect(v).toMatchObject({ article: 64, severity: 'flag' });
    expect(v?.message).toContain('“妥否”、“请批示”');
    expect(v?.message.match(/妥否/g)).toHaveLength(1);
  });
  it('请示中的请示性用语、报告中无此用语：不提示', () => {
    expect(only(filing(), 'documents.no-request-in-report')).toEqual([]);
    expect(only(filing({ docType: '报告', body: '现将情况报告如下。' }), 'documents.no-request-in-report')).toEqual([]);
  });
});

describe('第六十四条第三款 请示由报送单位主要负责人签发', () => {
  it.each([
    ['请示，非主要负责人签发', '请示', false, true],
    ['请示，主要负责人签发', '请示', true, false],
    ['报告，非主要负责人签发', '报告', false, false],
  ] as const)('%s', (_, docType, signerIsPrincipal, refused) => {
    const v = only(filing({ docType, signerIsPrincipal, body: '' }), 'documents.request-signed-by-principal');
    expect(v).toHaveLength(refused ? 1 : 0);
    if (refused) expect(v[0]).toMatchObject({ article: 64, severity: 'refusal' });
  });
});

describe('第六十四条 未经批准不得越级行文', () => {
  const below = { relation: 'below', bypassed: '区发展和改革局' } as const;
  it('隶属于部门、镇街的单位越过上级直接报区政府：未经批准拒绝，写明被越过的机关', () => {
    const [v] = only(filing({ filer: below }), 'documents.no-skip-level');
    expect(v).toMatchObject({ article: 64, severity: 'refusal' });
    expect(v?.message).toContain('隶属于区发展和改革局');
  });
  it('经批准越级的：提示办公室核实所称批准，并应抄送被越过的机关', () => {
    const [v] = only(filing({ filer: below, skipLevelApproval: '区政府办公室同意（电话记录）' }), 'documents.no-skip-level');
    expect(v).toMatchObject({ article: 64, severity: 'flag' });
    expect(v?.message).toContain('“区政府办公室同意（电话记录）”');
    expect(only(filing({ filer: below, skipLevelApproval: '  ' }), 'documents.no-skip-level')[0]?.severity).toBe('refusal');
    // The approval is quoted as cited, without the blanks around it.
    expect(only(filing({ filer: below, skipLevelApproval: ' 区政府办公室同意 ' }), 'documents.no-skip-level')[0]?.message).toContain('所称批准：“区政府办公室同意”');
  });
  it('不相隶属的机关（区人大常委会、区政协、法院、检察院）不属越级：函放行，请示、报告只提示用函', () => {
    const equal = { relation: 'not_subordinate' } as const;
    expect(only(filing({ filer: equal, docType: '函' }), 'documents.no-skip-level')).toEqual([]);
    expect(only(filing({ filer: equal, docType: '请示' }), 'documents.no-skip-level')).toMatchObject([{ severity: 'flag' }]);
    expect(only(filing({ filer: equal, docType: '报告', body: '' }), 'documents.no-skip-level')).toMatchObject([{ severity: 'flag' }]);
    expect(only(filing(), 'documents.no-skip-level')).toEqual([]);
  });
});

describe('第六十四条 不得多头报文', () => {
  it('请示主送两个以上机关：拒绝；主送一个、未写明（即区政府）的放行；报告不受此限', () => {
    const [v] = only(filing({ mainRecipients: ['区政府', '区财政局'] }), 'documents.one-main-recipient');
    expect(v).toMatchObject({ article: 64, severity: 'refusal' });
    expect(v?.message).toContain('“区政府”、“区财政局”共2个');
    expect(only(filing({ mainRecipients: ['区政府'] }), 'documents.one-main-recipient')).toEqual([]);
    expect(only(filing({ mainRecipients: [] }), 'documents.one-main-recipient')).toEqual([]);
    expect(only(filing({ docType: '报告', body: '', mainRecipients: ['区政府', '区财政局'] }), 'documents.one-main-recipient')).toEqual([]);
  });
  it('同一公文已报送、尚在办理的：再次报送被拒绝，写明首次报送的日期（中文日期）', () => {
    const [v] = only(filing({ earlierFiling: { title: '关于拨付资金的请示', submittedOn: '2026-03-05' } }), 'documents.no-duplicate-filing');
    expect(v).toMatchObject({ article: 64, severity: 'refusal' });
    expect(v?.message).toContain('2026年3月5日');
    expect(only(filing(), 'documents.no-duplicate-filing')).toEqual([]);
  });
});

describe('第六十四条第三款 涉及其他单位职权的须会签', () => {
  const unit = (name: string, over: Partial<FilingFacts['relatedUnits'][number]> = {}) => ({ unitId: name, name, hasSigned: true, disagrees: false, grounds: null, ...over });
  it.each([
    ['全部会签，无分歧', [unit('财政局'), unit('教育局')], null],
    ['未会签的单位逐一列出', [unit('财政局', { hasSigned: false }), unit('教育局'), unit('人社局', { hasSigned: false })], '财政局、人社局'],
    ['有分歧但列明理据', [unit('财政局', { disagrees: true, grounds: '预算已定' })], null],
    ['有分歧未列理据（空白不算理据）', [unit('财政局', { disagrees: true, grounds: '  ' }), unit('教育局', { disagrees: true, grounds: null }), unit('人社局', { disagrees: true, grounds: '有' })], '财政局、教育局'],
    ['未列理据但无分歧', [unit('财政局', { grounds: null })], null],
  ] as [string, FilingFacts['relatedUnits'], string | null][])('%s', (_, relatedUnits, named) => {
    const v = only(filing({ relatedUnits }), 'documents.cross-unit-countersign');
    expect(v).toHaveLength(named ? 1 : 0);
    if (named) {
      expect(v[0]).toMatchObject({ article: 64, severity: 'refusal' });
      expect(v[0]?.message).toContain(named);
    }
  });
  it('未会签先于理据：两者都有时只说未会签', () => {
    const [v] = only(filing({ relatedUnits: [unit('财政局', { hasSigned: false }), unit('教育局', { disagrees: true })] }), 'documents.cross-unit-countersign');
    expect(v?.message).toContain('财政局');
    expect(v?.message).not.toContain('教育局');
  });
});

describe('第六十五条 批示意见', () => {
  const instruct = (over: Partial<InstructionFacts>) => runRules(instructionRules, { docType: '请示', opinion: '同意。', isCircled: false, ...over }, DAY).violations;
  it.each([
    ['请示签署明确意见', '请示', '同意', false, false],
    ['请示只圈阅', '请示', '同意', true, true],
    ['请示意见不足两字（去空白）', '请示', ' 阅 ', false, true],
    ['报告圈阅', '报告', '', true, false],
    ['报告签署意见', '报告', '阅', false, false],
    ['报告既无意见又未圈阅', '报告', '  ', false, true],
  ] as const)('%s', (_, docType, opinion, isCircled, refused) => {
    const v = instruct({ docType, opinion, isCircled });
    expect(v).toHaveLength(refused ? 1 : 0);
    if (refused) expect(v[0]).toMatchObject({ ruleId: 'documents.instruction-opinion', article: 65, severity: 'refusal' });
  });
  it('请示与报告的拒绝理由不同', () => {
    expect(instruct({ isCircled: true })[0]?.message).toContain('不能只圈阅');
    expect(instruct({ docType: '报告', opinion: '' })[0]?.message).toContain('圈阅');
    expect(instruct({ docType: '报告', opinion: '' })[0]?.message).not.toContain('不能只圈阅');
  });
});
