// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { DomainError } from '../domain/errors.js';
import { loadRulebook, rulebookDataSchema, type RulebookData } from './rulebook.js';
import { createRulebookSet, findParam, param, rulebookInForce, rulebookVersions } from './rulebook-set.js';
import { linzi2022, linzi2022Data } from './rulebooks/linzi-2022/index.js';

/** A made-up revision: what a revised year would look like as data, read from JSON. */
const linzi2027Json = JSON.stringify({
  id: 'linzi-2027',
  jurisdiction: { id: 'linzi', name: '临淄区' },
  title: '临淄区人民政府工作规则',
  issuer: '临淄区人民政府',
  issued: '2026-12-20',
  effective: { from: '2027-01-01' },
  repeals: ['临政发〔2022〕1号'],
  articles: [
    { number: 1, chapter: { number: 1, title: '总则' }, text: '一、为规范区政府工作，制定本规则。' },
    { number: 2, chapter: { number: 2, title: '会议制度' }, text: '二、拟提交区政府常务会议研究的议题，一般应于会前7个工作日提报。' },
    { number: 3, chapter: { number: 3, title: '附则' }, text: '三、本规则自2027年1月1日起施行。' },
  ],
  carrying: [{ article: 2, kinds: ['clock', 'guard'], gist: 'Topics 7 working days ahead', areas: ['meetings'] }],
  parameters: [
    { key: 'meetings.topicLeadWorkingDays', value: 7, unit: 'working-day', cites: { article: 2 }, summary: '议题一般应于会前7个工作日提报' },
  ],
} satisfies RulebookData);

/** Another district: same code, different data. */
const zhangdian2023: RulebookData = {
  id: 'zhangdian-2023',
  jurisdiction: { id: 'zhangdian', name: '张店区' },
  title: '张店区人民政府工作规则',
  issuer: '张店区人民政府',
  issued: '2023-03-01',
  effective: { from: '2023-03-01' },
  articles: [{ number: 1, chapter: null, text: '第一条　议题应于会前4个工作日报送。' }],
  parameters: [{ key: 'meetings.topicLeadWorkingDays', value: 4, unit: 'working-day', cites: { article: 1 }, summary: '议题应于会前4个工作日报送' }],
};

const linzi2027 = loadRulebook(JSON.parse(linzi2027Json));
const set = createRulebookSet([linzi2027, linzi2022, loadRulebook(zhangdian2023)]);

describe('规则库 多版本与多辖区', () => {
  it('第五十三条 议题提前5个工作日：2027年修订后为7个工作日', () => {
    const before = param(set, 'linzi', 'meetings.topicLeadWorkingDays', '2026-12-31');
    expect(before.value).toBe(5);
    expect(before.rulebook.id).toBe('linzi-2022');
    expect(before.cites).toEqual({ article: 53 });
    expect(before.citation).toBe('《临淄区人民政府工作规则》第五十三条');

    const onTheDay = param(set, 'linzi', 'meetings.topicLeadWorkingDays', '2027-01-01');
    expect(onTheDay.value).toBe(7);
    expect(onTheDay.rulebook.id).toBe('linzi-2027');
    expect(onTheDay.cites).toEqual({ article: 2 });
    expect(onTheDay.citation).toBe('《临淄区人民政府工作规则》第二条');

    expect(param(set, 'linzi', 'meetings.topicLeadWorkingDays', '2030-06-30').value).toBe(7);
  });

  it('按行为发生之日而非今日取规则：同一天查询，2026年的议题仍按2022年规则', () => {
    const dates = ['2022-01-31', '2024-02-29', '2026-12-31', '2027-01-01', '2027-01-02'];
    expect(dates.map((d) => rulebookInForce(set, 'linzi', d)?.id)).toEqual(['linzi-2022', 'linzi-2022', 'linzi-2022', 'linzi-2027', 'linzi-2027']);
    expect(rulebookInForce(set, 'linzi', '2022-01-30')).toBeUndefined();
  });

  it('新版本施行后旧版参数不再适用：2027年规则未规定的参数即无', () => {
    expect(findParam(set, 'linzi', 'study.daysPerYearMin', '2026-12-31')?.value).toBe(12);
    expect(findParam(set, 'linzi', 'study.daysPerYearMin', '2027-01-01')).toBeUndefined();
    expect(() => param(set, 'linzi', 'study.daysPerYearMin', '2027-01-01')).toThrow(/未规定参数 study\.daysPerYearMin/);
  });

  it('其他辖区各用其规则', () => {
    expect(param(set, 'zhangdian', 'meetings.topicLeadWorkingDays', '2024-01-02')).toMatchObject({ value: 4, citation: '《张店区人民政府工作规则》第一条' });
    expect(findParam(set, 'zhangdian', 'meetings.topicLeadWorkingDays', '2023-02-28')).toBeUndefined();
    expect(rulebookVersions(set, 'linzi').map((r) => r.id)).toEqual(['linzi-2022', 'linzi-2027']);
  });

  it('版本自有截止日的，过后无规则施行，已被取代的旧版也不复活', () => {
    const ending = loadRulebook({ ...JSON.parse(linzi2027Json), effective: { from: '2027-01-01', to: '2027-12-31' } });
    const s = createRulebookSet([linzi2022, ending]);
    expect(rulebookInForce(s, 'linzi', '2027-12-31')?.id).toBe('linzi-2027');
    expect(rulebookInForce(s, 'linzi', '2028-01-01')).toBeUndefined();
  });

  it('同一版本内，参数可自某日起另定', () => {
    const amended = loadRulebook({
      ...linzi2022Data,
      id: 'linzi-2022-amended',
      parameters: [
        { key: 'leave.noticeDays', value: 3, unit: 'calendar-day', cites: { article: 82 }, effective: { from: '2022-01-31', to: '2024-12-31' }, summary: '提前3天' },
        { key: 'leave.noticeDays', value: 5, unit: 'calendar-day', cites: { article: 82 }, effective: { from: '2025-01-01' }, summary: '提前5天' },
      ],
    });
    const s = createRulebookSet([amended]);
    expect(param(s, 'linzi', 'leave.noticeDays', '2024-12-31').value).toBe(3);
    expect(param(s, 'linzi', 'leave.noticeDays', '2025-01-01').value).toBe(5);
  });

  it('规则集拒绝重复的编号和同日施行的两个版本', () => {
    expect(() => createRulebookSet([linzi2022, linzi2022])).toThrow(/appears twice/);
    const sameDay = loadRulebook({ ...JSON.parse(linzi2027Json), id: 'linzi-2027b' });
    expect(() => createRulebookSet([linzi2027, sameDay])).toThrow(/take effect on 2027-01-01/);
  });
});

describe('规则库数据 载入与校验', () => {
  it('载入时补全条号、分段、哈希，参数施行期默认随规则', () => {
    expect(linzi2027.articles[1]).toMatchObject({ number: 2, numeral: '二', paragraphs: ['二、拟提交区政府常务会议研究的议题，一般应于会前7个工作日提报。'] });
    expect(linzi2027.articles[1]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(linzi2027.parameters[0]?.effective).toEqual({ from: '2027-01-01' });
    expect(linzi2027.carrying[0]).toMatchObject({ kind: 'clock', where: '' });
    expect(linzi2027.chapters).toEqual([
      { number: 1, title: '总则' },
      { number: 2, title: '会议制度' },
      { number: 3, title: '附则' },
    ]);
  });

  it('2022年规则载入后：元数据、九十四条、十五章、原文问题', () => {
    expect(linzi2022).toMatchObject({
      id: 'linzi-2022',
      jurisdiction: { id: 'linzi', name: '临淄区' },
      title: '临淄区人民政府工作规则',
      issuer: '临淄区人民政府',
      issued: '2022-01-31',
      adopted: { date: '2022-01-22', meeting: '区政府第1次常务会议' },
      effective: { from: '2022-01-31' },
      repeals: ['临政发〔2017〕1号'],
    });
    expect(linzi2022.articles).toHaveLength(94);
    expect(linzi2022.chapters).toHaveLength(15);
    expect(linzi2022.quirks.map((q) => q.code)).toEqual(['indented-article', 'missing-chapter-heading']);
    // A JSON round trip loses nothing: the data is plain.
    expect(loadRulebook(JSON.parse(JSON.stringify(linzi2022)))).toEqual(linzi2022);
  });

  it('数据有误时以 invalid_input 拒绝并列出问题', () => {
    const bad = { ...JSON.parse(linzi2027Json), issued: '2026-02-30', articles: [{ number: 1, chapter: null, text: '一、甲。', hash: '0'.repeat(64) }] };
    expect(rulebookDataSchema.safeParse(bad).success).toBe(false);
    try {
      loadRulebook(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('invalid_input');
      expect((error as DomainError).message).toMatch(/issued/);
      expect((error as DomainError).message).toMatch(/does not match its hash/);
    }
  });

  it('重复条号、错误施行期被拒绝', () => {
    const base = JSON.parse(linzi2027Json) as Record<string, unknown>;
    const dup = { number: 1, chapter: null, text: '一、甲。' };
    expect(() => loadRulebook({ ...base, articles: [dup, dup], carrying: [], parameters: [] })).toThrow(/appears twice/);
    expect(() => loadRulebook({ ...base, effective: { from: '2027-01-01', to: '2026-01-01' } })).toThrow(/before effective.from/);
  });
});
