import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toChineseNumeral } from './chinese-numerals.js';
import { RulebookParseError, parseRulebookText } from './parse-rulebook-text.js';
import { linzi2022Source } from './rulebooks/linzi-2022/source.js';

const parsed = parseRulebookText(linzi2022Source);
const article = (n: number) => {
  const a = parsed.articles[n - 1];
  if (!a) throw new Error(`no article ${n}`);
  return a;
};

// Titles here say 六十一条, not 第六十一条: they test the parser, not the article, and must not count in coverage.
describe('规则库 2022年临淄区人民政府工作规则 分条', () => {
  it('共九十四条，序号 1–94，条号 一 … 九十四', () => {
    expect(parsed.articles).toHaveLength(94);
    parsed.articles.forEach((a, i) => {
      expect(a.number).toBe(i + 1);
      expect(a.numeral).toBe(toChineseNumeral(i + 1));
      expect(a.text.startsWith(`${a.numeral}、`)).toBe(true);
    });
  });

  it('条文与原文逐字一致：每条都是原文的一段，首尾不含空白', () => {
    for (const a of parsed.articles) {
      expect(linzi2022Source.includes(a.text)).toBe(true);
      expect(a.text).toBe(a.text.trim());
    }
  });

  it('每条的哈希是其原文的 SHA-256', () => {
    for (const a of parsed.articles) {
      expect(a.hash).toBe(createHash('sha256').update(a.text, 'utf8').digest('hex'));
    }
  });

  it('分段：按换行切分、去首尾空白、去空段', () => {
    expect(article(9).paragraphs).toEqual([
      '九、副区长按分工负责处理分管工作，对分管领域廉洁建设、安全生产、生态环保和信访维稳工作实行“一岗双责”责任制；受区长委托，负责其他方面的工作或专项任务，并可代表区政府进行外事活动。',
      '区政府领导同志实行工作补位制度，副区长出差(出访)、学习、休假期间，由补位的副区长代为处理有关工作。',
    ]);
    expect(article(48).paragraphs).toHaveLength(5);
    expect(article(53).paragraphs).toEqual(['五十三、拟提交区政府常务会议研究的议题，一般应于会前5个工作日按程序提报区长、分管副区长审定。']);
  });

  it('十五章；六十二、六十三两条属第十章，原文缺"第十章"标题，记为 title: null 并记录原文问题', () => {
    expect(parsed.chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(article(1).chapter).toEqual({ number: 1, title: '总则' });
    expect(article(61).chapter).toEqual({ number: 9, title: '学习制度' });
    expect(article(62).chapter).toEqual({ number: 10, title: null });
    expect(article(63).chapter).toEqual({ number: 10, title: null });
    expect(article(64).chapter).toEqual({ number: 11, title: '公文处理' });
    expect(article(94).chapter).toEqual({ number: 15, title: '附则' });
    expect(parsed.quirks).toContainEqual({
      code: 'missing-chapter-heading',
      message: '原文缺少“第十章”标题，第六十二条、第六十三条所在章节（工作补位制度）未编号；按原文保留',
    });
    expect(parsed.quirks.some((q) => q.code === 'chapter-number-gap')).toBe(false);
  });

  it('六十一条文本不含其后无章号的"工作补位制度"标题', () => {
    expect(article(61).text.endsWith('丰富新经验。')).toBe(true);
    expect(article(61).text).not.toContain('工作补位制度');
  });

  it('五十二条行首的全角空格不计入条文，并记录原文问题', () => {
    expect(linzi2022Source).toContain('\u3000五十二、对需区政府会议审议决定的事项');
    expect(article(52).text.startsWith('五十二、对需区政府会议审议决定的事项')).toBe(true);
    expect(parsed.quirks).toContainEqual({
      code: 'indented-article',
      message: '第五十二条行首有缩进（原文排版如此）；条文自“五十二、”起算，缩进不计入条文',
    });
  });

  it('无空行相接的章、条也能分开：四条与第二章、五十七与五十八条、九十三与九十四条', () => {
    expect(article(4).text).toBe('四、区政府工作的准则是，执政为民，依法行政，实事求是，民主公开，务实清廉。');
    expect(article(57).text).not.toContain('五十八、');
    expect(article(93).text).not.toContain('九十四、');
  });

  it('末条止于废止句，版记（抄送、印发）另存', () => {
    expect(article(94).text).toBe('九十四、本规则自印发之日起施行，临政发〔2017〕1号文件同时废止。');
    expect(parsed.colophon.startsWith('抄送：区委各部门')).toBe(true);
    expect(parsed.colophon.endsWith('2022年1月31日印发')).toBe(true);
  });

  it('印发通知在前言中，以规则标题结尾', () => {
    expect(parsed.preamble.startsWith('临淄区人民政府')).toBe(true);
    expect(parsed.preamble).toContain('已经2022年1月22日召开的区政府第1次常务会议研究通过');
    expect(parsed.preamble.endsWith('临淄区人民政府工作规则')).toBe(true);
  });
});

describe('规则文本解析 其他写法与错误', () => {
  it('支持"第N条"式条文和无章节的规则', () => {
    const r = parseRulebookText('某某规则\n\n第一条　总的要求。\n\n第二条　具体要求：\n（一）一项；\n（二）二项。\n');
    expect(r.articles.map((a) => [a.number, a.numeral, a.chapter])).toEqual([
      [1, '一', null],
      [2, '二', null],
    ]);
    expect(r.articles[1]?.paragraphs).toEqual(['第二条　具体要求：', '（一）一项；', '（二）二项。']);
    expect(r.preamble).toBe('某某规则');
  });

  it('章序号跳号时照录并记录原文问题', () => {
    const r = parseRulebookText('第一章 总则\n\n一、甲。\n\n第三章 其他\n\n二、乙。\n');
    expect(r.chapters).toEqual([
      { number: 1, title: '总则' },
      { number: 3, title: '其他' },
    ]);
    expect(r.quirks.map((q) => q.code)).toEqual(['chapter-number-gap']);
  });

  it('条序号不连续时拒绝解析并指明行号', () => {
    expect(() => parseRulebookText('第一章 总则\n\n一、甲。\n\n三、丙。\n')).toThrow(RulebookParseError);
    expect(() => parseRulebookText('第一章 总则\n\n一、甲。\n\n三、丙。\n')).toThrow(/第5行/);
  });

  it('没有条文时拒绝解析', () => {
    expect(() => parseRulebookText('只有标题')).toThrow(RulebookParseError);
  });
});
