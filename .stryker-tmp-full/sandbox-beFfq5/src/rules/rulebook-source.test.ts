// @ts-nocheck
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRulebookText, hashArticleText } from './parse-rulebook-text.js';
import { linzi2022Manifest } from './rulebooks/linzi-2022/manifest.js';
import { linzi2022Source } from './rulebooks/linzi-2022/source.js';
import { compareWithManifest, renderSourceModule, toTemplateLiteral } from './source-module.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const seedPath = join(repoRoot, '..', 'shared', 'seed', 'linzi-government-work-rules-2022.txt');

describe('规则库 原文内嵌与种子文件逐字节一致', () => {
  it.skipIf(!existsSync(seedPath))('内嵌文本与 ../shared/seed 中的原文逐字节相同', () => {
    expect(Buffer.from(linzi2022Source, 'utf8').equals(readFileSync(seedPath))).toBe(true);
  });

  it('内嵌文本的整体哈希与清单一致', () => {
    expect(hashArticleText(linzi2022Source)).toBe(linzi2022Manifest.sourceHash);
  });

  it('生成的模块以模板字符串逐行保留原文，任意文本往返不变', () => {
    const evaluate = (literal: string): unknown => new Function(`return ${literal};`)();
    expect(evaluate(toTemplateLiteral(linzi2022Source))).toBe(linzi2022Source);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), fc.string({ unit: 'binary' }), (a, b) => {
        const text = `${a}\n \u3000\`\${x}\\ ${b} \n`;
        return evaluate(toTemplateLiteral(text)) === text;
      }),
    );
    const module = renderSourceModule('甲 \n\u3000乙', { exportName: 'x', seedPath: 'seed.txt' });
    expect(module).toContain('`甲\\x20\n\\u3000乙`');
    expect(module.split('\n').some((line) => / $/.test(line))).toBe(false);
  });
});

describe('规则库 第一至九十四条 原文不漂移', () => {
  it('每条哈希与已登记的清单一致', () => {
    const { articles } = parseRulebookText(linzi2022Source);
    expect(linzi2022Manifest.articles).toHaveLength(94);
    expect(compareWithManifest(articles, linzi2022Manifest)).toEqual({ isClean: true, changed: [], missing: [], added: [] });
  });

  it('改动一个字即被发现，并指出是哪一条', () => {
    const original = '一般应于会前5个工作日按程序提报';
    expect(linzi2022Source).toContain(original);
    const mutated = linzi2022Source.replace(original, '一般应于会前3个工作日按程序提报');
    expect(mutated.length).toBe(linzi2022Source.length);
    const comparison = compareWithManifest(parseRulebookText(mutated).articles, linzi2022Manifest);
    expect(comparison.isClean).toBe(false);
    expect(comparison.changed).toEqual([53]);
  });

  it('任选一条、改动其中任一字符，只报告该条', () => {
    const { articles } = parseRulebookText(linzi2022Source);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 94 }), fc.nat(), (n, at) => {
        const a = articles[n - 1];
        if (!a) return false;
        // Change a character after the numeral so the article keeps its number.
        const offset = a.numeral.length + 1 + (at % (a.text.length - a.numeral.length - 1));
        const ch = a.text[offset] === '甲' ? '乙' : '甲';
        const start = linzi2022Source.indexOf(a.text);
        const mutated = linzi2022Source.slice(0, start + offset) + ch + linzi2022Source.slice(start + offset + 1);
        const comparison = compareWithManifest(parseRulebookText(mutated).articles, linzi2022Manifest);
        return comparison.changed.length === 1 && comparison.changed[0] === n && comparison.missing.length === 0;
      }),
      { numRuns: 50 },
    );
  });

  it('删去一条时报告缺失', () => {
    const manifest = { ...linzi2022Manifest, articles: [...linzi2022Manifest.articles, { number: 95, numeral: '九十五', hash: '0'.repeat(64) }] };
    const comparison = compareWithManifest(parseRulebookText(linzi2022Source).articles, manifest);
    expect(comparison).toEqual({ isClean: false, changed: [], missing: [95], added: [] });
  });
});
