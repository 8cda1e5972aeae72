import { describe, expect, it } from 'vitest';
import { quorumOf } from '../domain/meetings/types.js';
import { readCodeSources } from './code-carriers.js';
import { messageStyleOffences, type StyleOffence } from './message-style.js';
import { findProjectRoot } from './project-root.js';
import { linzi2022 } from './rulebooks/linzi-2022/index.js';

/**
 * Messages in the style of official Chinese (issue 13): dates as 2026年3月5日, Chinese quotation marks, one way
 * of writing a fraction in one sentence. Checked per area, so that a failure names the area and every
 * offending literal with file:line.
 */
const root = findProjectRoot(process.cwd()) ?? process.cwd();
const sources = readCodeSources(root).filter((s) => /^src\/(?:domain|operations|http|rules|calendar)\//.test(s.path));
const areaOf = (path: string) => (/^src\/(rules|calendar)\//.exec(path)?.[1] ?? /^src\/(?:domain|operations|http)\/([a-z-]+)\//.exec(path)?.[1] ?? 'kernel');
const byArea = new Map<string, StyleOffence[]>();
for (const s of sources) {
  const area = areaOf(s.path);
  byArea.set(area, [...(byArea.get(area) ?? []), ...messageStyleOffences(s.path, s.text)]);
}
const show = (offences: readonly StyleOffence[]) => offences.map((o) => `${o.rule} ${o.file}:${o.line} ${o.text}`);

describe('消息文体 检查本身', () => {
  it('ISO 日期（写死的或按日期名插入而未经 chineseDate 的）、ASCII 双引号、“二分之一”与“1/2”混用', () => {
    const rules = (text: string) => messageStyleOffences('x.ts', text).map((o) => o.rule);
    expect(rules('const m = `活动日期${eventDate}已过`;')).toEqual(['iso-date']);
    expect(rules("const m = '截止2026-03-05';")).toEqual(['iso-date']);
    expect(rules('const m = `活动日期${chineseDate(eventDate)}已过`;')).toEqual([]);
    expect(rules('const m = `${year}年${month}月没有${day}日`;')).toEqual([]);
    expect(rules('const m = `日期“${date}”无效，应为YYYY-MM-DD格式`;')).toEqual([]);
    expect(rules('const m = `按"紧急外出"报备`;')).toEqual(['ascii-quote']);
    expect(rules('const m = `按“紧急外出”报备`; const e = "english \\"quoted\\"";')).toEqual([]);
    expect(rules("const m = `超过二分之一（${n}/${d}）`;")).toEqual(['mixed-fraction']);
    expect(rules("// 注释里的 2026-03-05 与 \"引号\" 不是消息\nconst r = /\"/; const f = `审计记录-${day}.xlsx`;")).toEqual([]);
  });
});

describe('消息文体 各区域的中文消息', () => {
  it.each(['rules', 'calendar'])('%s：日期写作某年某月某日，中文引号，分数一种写法', (area) => {
    expect(show(byArea.get(area) ?? [])).toEqual([]);
  });

  // Areas other helpers are refitting in this round: listed one by one so that a failure says exactly where.
  const others = [...byArea.keys()].filter((a) => a !== 'rules' && a !== 'calendar').sort();
  it.each(others)('%s：日期写作某年某月某日，中文引号，分数一种写法', (area) => {
    expect(show(byArea.get(area) ?? [])).toEqual([]);
  });

  it('常务会议法定人数的说明按规则原文写分数（二分之一），不混用 1/2', () => {
    const quorum = linzi2022.parameters.find((p) => p.key === 'meetings.executive.quorum')?.value as { numerator: number; denominator: number; strict: boolean };
    for (const [members, present] of [[9, 4], [9, 5], [10, 5]] as const) {
      const { explanation } = quorumOf(members, present, quorum);
      expect(explanation).toContain('二分之一');
      expect(explanation).not.toMatch(/\d\s*\/\s*\d/);
    }
  });
});
