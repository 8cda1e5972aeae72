import { describe, expect, it } from 'vitest';
import { articleView, searchArticles } from './present.js';
import { linzi2022 } from './rulebooks/linzi-2022/index.js';
import type { CodeCarrier } from './code-carriers.js';

// Titles name articles as 五十三条 without 第: these test the presentation, not the articles.
describe('规则库页面 检索条文', () => {
  it('按阿拉伯序号、中文条号或"第…条"找到该条，并列于首位', () => {
    for (const q of ['53', '五十三', '第五十三条', '第53条', ' 53 ']) {
      const hits = searchArticles(linzi2022, q);
      expect(hits[0], q).toMatchObject({ number: 53, numeral: '五十三', label: '第五十三条', matchedBy: 'number' });
    }
  });

  it('按原文子串检索，按条序排列，附摘录', () => {
    const hits = searchArticles(linzi2022, '工作补位');
    expect(hits.map((h) => h.number)).toEqual([9, 62, 63]);
    expect(hits.every((h) => h.matchedBy === 'text')).toBe(true);
    expect(hits[1]?.excerpt).toContain('工作补位');
    expect(hits[1]?.excerpt.length).toBeLessThanOrEqual(24 * 2 + 4 + 2);
  });

  it('数字既是条号又出现在原文中：条号命中在前，其余按原文', () => {
    const hits = searchArticles(linzi2022, '5');
    expect(hits[0]).toMatchObject({ number: 5, matchedBy: 'number' });
    expect(hits.slice(1).map((h) => h.number)).toContain(53);
  });

  it('空查询、无此条号且原文无此串时无结果', () => {
    expect(searchArticles(linzi2022, '  ')).toEqual([]);
    expect(searchArticles(linzi2022, '第九十五条')).toEqual([]);
  });
});

describe('规则库页面 条文视图', () => {
  const at = (ruleId: string, kind: CodeCarrier['kind'], articles: number[], effective: CodeCarrier['effective'], summary: string): CodeCarrier => ({
    ruleId, kind, articles, file: 'src/domain/meetings/rules.ts', line: 31, site: 'rule', area: 'meetings', summary, effective,
  });
  const carriers: CodeCarrier[] = [
    at('meetings.topic-lead-time', 'clock', [53], { from: '2022-01-31' }, '议题提前报送'),
    at('meetings.quorum', 'guard', [49], { from: '2022-01-31' }, '法定人数'),
    at('ancient', 'guard', [53], { from: '2001-01-01', to: '2001-12-31' }, '旧'),
  ];

  it('五十三条：原文、章、承载方式、承载者与所定参数', () => {
    const view = articleView(linzi2022, 53, carriers);
    expect(view).toMatchObject({
      rulebook: { id: 'linzi-2022', title: '临淄区人民政府工作规则' },
      number: 53,
      label: '第五十三条',
      citation: '《临淄区人民政府工作规则》第五十三条',
      chapter: { number: 8, title: '会议制度', label: '第八章 会议制度' },
      kind: 'clock',
      kinds: ['clock', 'guard'],
      areas: ['meetings'],
      carriers: [{ id: 'meetings.topic-lead-time', kind: 'clock', area: 'meetings', summary: '议题提前报送', file: 'src/domain/meetings/rules.ts', line: 31 }],
      parameters: [{ key: 'meetings.topicLeadWorkingDays', value: 5, unit: 'working-day' }],
    });
    expect(view?.text.startsWith('五十三、')).toBe(true);
    expect(view?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('缺标题的第十章照实显示；倡导性条文无承载者；可传入条文对象；无此条时为 undefined', () => {
    expect(articleView(linzi2022, 62)?.chapter).toEqual({ number: 10, title: null, label: '第十章（原文缺少本章标题）' });
    const first = linzi2022.articles[0];
    if (!first) throw new Error('no article');
    expect(articleView(linzi2022, first, carriers)).toMatchObject({ number: 1, kind: 'advisory', carriers: [], parameters: [] });
    expect(articleView(linzi2022, 95)).toBeUndefined();
  });
});
