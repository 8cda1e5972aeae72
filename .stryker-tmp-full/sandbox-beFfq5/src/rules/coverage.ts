// @ts-nocheck
import { CHINESE_NUMERAL_CHARS, fromChineseNumeral } from './chinese-numerals.js';
import { effectiveOverlaps } from './effective.js';
import { CARRYING_KINDS, getCarrying, type Rulebook } from './rulebook.js';
import { linzi2022 } from './rulebooks/linzi-2022/index.js';
import type { Carrier, CarryingKind } from './types.js';

/** A test file's path (relative to the project root) and text. */
export type TestSource = { path: string; text: string };
export type TestRef = { title: string; file: string };
/** A test call found in a file: its title and the text of its body (everything inside the call's parentheses). */
export type TestCall = { title: string; body: string };

export type ArticleCoverage = {
  number: number;
  numeral: string;
  /** Primary kind; null if the rulebook has no carrying data for the article. */
  kind: CarryingKind | null;
  kinds: readonly CarryingKind[];
  carriers: readonly string[];
  tests: readonly TestRef[];
};

export type CoverageTotals = {
  articles: number;
  /** Articles per primary kind. */
  byKind: Record<CarryingKind, number>;
  /** Articles cited by at least one carrier. */
  carried: number;
  /** Articles named by at least one test title whose body asserts the article's violation or outcome. */
  tested: number;
  advisory: number;
  /** Articles that are not advisory and have no carrier yet. */
  uncarried: number;
};

export type Coverage = {
  rulebook: { id: string; title: string };
  articles: readonly ArticleCoverage[];
  totals: CoverageTotals;
  /** Carriers citing an article the rulebook does not have. */
  unknownCitations: readonly { carrier: string; article: number }[];
  /** Test titles naming an article the rulebook does not have. */
  strayTests: readonly (TestRef & { article: number })[];
  /** Tests that name an article in their title but assert nothing of it (e.g. only read a parameter): not credited. */
  uncreditedTests: readonly (TestRef & { article: number })[];
};

const STRING = String.raw`'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|` + '`((?:[^`\\\\]|\\\\.)*)`';
const ARGS = String.raw`\((?:[^()]|\([^()]*\))*\)`;
/** describe/it/test, with modifiers such as .skip, .only, .skipIf(cond), .each(table), then the title. */
const TEST_CALL = new RegExp(String.raw`(?<![\w$.])(?:describe|it|test)(?:\s*\.\s*(?:only|skip|todo|concurrent|sequential|fails|shuffle|(?:skipIf|runIf|each|for)\s*${ARGS}))*\s*\(\s*(?:${STRING})`, 'g');
/** 第五十三条 | 第53条 | (art. 53) / (arts. 53, 54), in one pass so that lists keep their order. */
const ARTICLE_REF = new RegExp(`第([${CHINESE_NUMERAL_CHARS}]+)条|第\\s*(\\d+)\\s*条|\\(arts?\\.\\s*(\\d+(?:\\s*,\\s*\\d+)*)\\)`, 'g');
/** 《民法典》 right before a reference: it names another instrument's article. */
const INSTRUMENT_BEFORE = /《([^《》]+)》\s*$/;
/** Between two references of one list: 第二百零一条、第二百零二条. */
const LIST_CONNECTOR = /^\s*[、，,和及与]\s*$/;

function unescape(raw: string): string {
  return raw.replace(/\\(.)/g, (_, ch: string) => (ch === 'n' ? '\n' : ch === 't' ? '\t' : ch));
}

/** The describe/it/test titles in a test file's text. */
export function findTestTitles(text: string): string[] {
  return findTestCalls(text).map((c) => c.title);
}

/**
 * The index just past the parenthesis that closes the one opened before `from`, skipping strings, template
 * literals and comments (enough for test files; not a full parser).
 */
function closingParen(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'" || ch === '"' || ch === '`') {
      for (i++; i < text.length && text[i] !== ch; i++) if (text[i] === '\\') i++;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return text.length;
}

/** Every describe/it/test call in a test file's text, with its title and body. */
export function findTestCalls(text: string): TestCall[] {
  const calls: TestCall[] = [];
  for (const m of text.matchAll(TEST_CALL)) {
    const afterTitle = m.index + m[0].length;
    const open = text.lastIndexOf('(', m.index + m[0].length - 1 - (m[1] ?? m[2] ?? m[3] ?? '').length);
    const end = closingParen(text, open + 1);
    calls.push({ title: unescape(m[1] ?? m[2] ?? m[3] ?? ''), body: text.slice(afterTitle, end) });
  }
  return calls;
}

/**
 * Whether a test body asserts an article's violation or outcome: it expects something and names the article
 * as a violation would (`article: 53`, `articles: [53]`, 第五十三条 in an expected text) or names the id of a
 * rule that carries it. A body that only reads a parameter (its `cites: { article: 53 }` does not count)
 * tests the rulebook's data, not the article.
 */
export function assertsArticle(body: string, article: number, numeral: string, ruleIds: readonly string[]): boolean {
  if (!/\bexpect\s*[.(]/.test(body)) return false;
  // `cites: { article: 53 }` or `expect(p.cites).toEqual({ article: 53 })` names where a parameter comes from.
  const withoutCites = body.replace(/cites[^{}]{0,40}\{[^}]*\}/g, '');
  if (new RegExp(`\\barticles?\\s*:\\s*\\[?\\s*(?:\\d+\\s*,\\s*)*${article}\\b`).test(withoutCites)) return true;
  if (withoutCites.includes(`第${numeral}条`) || new RegExp(`第\\s*${article}\\s*条`).test(withoutCites)) return true;
  return ruleIds.some((id) => withoutCites.includes(`'${id}'`) || withoutCites.includes(`"${id}"`) || withoutCites.includes(`\`${id}\``));
}

/**
 * The articles a test title names: 第五十三条, （第53条）, (art. 53), (arts. 53, 54). A span such as 第一至九十四条
 * names no single article and counts for none: a drift test over the whole text tests no rule. An article of
 * another instrument (《民法典》第二百零一条、第二百零二条) is not ours and is skipped, unless the instrument is
 * `rulebookTitle`.
 */
export function articlesNamedIn(title: string, rulebookTitle?: string): number[] {
  const found = new Set<number>();
  let previousEnd = 0;
  let instrument: string | undefined;
  for (const m of title.matchAll(ARTICLE_REF)) {
    const gap = title.slice(previousEnd, m.index);
    const named = INSTRUMENT_BEFORE.exec(gap)?.[1];
    if (named !== undefined) instrument = named;
    else if (!(instrument !== undefined && previousEnd > 0 && LIST_CONNECTOR.test(gap))) instrument = undefined;
    previousEnd = m.index + m[0].length;
    if (instrument !== undefined && instrument !== rulebookTitle) continue;
    if (m[1] !== undefined) {
      const n = fromChineseNumeral(m[1]);
      if (n !== undefined && n > 0) found.add(n);
    } else if (m[2] !== undefined) {
      found.add(Number(m[2]));
    } else {
      for (const n of (m[3] ?? '').split(',')) found.add(Number(n.trim()));
    }
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * Per article of `rulebook` (default: the 2022 Linzi rules): its kind, the carriers that cite it, and the tests
 * that name it. Carriers count only if their window overlaps the rulebook's, so rules written for a later
 * version do not claim to carry an article of an earlier one.
 */
export function computeCoverage(input: { carriers: readonly Carrier[]; testSources: readonly TestSource[]; rulebook?: Rulebook }): Coverage {
  const rulebook = input.rulebook ?? linzi2022;
  const numbers = new Set(rulebook.articles.map((a) => a.number));
  const carriersByArticle = new Map<number, string[]>();
  const unknownCitations: { carrier: string; article: number }[] = [];
  for (const carrier of input.carriers) {
    if (!effectiveOverlaps(carrier.effective, rulebook.effective)) continue;
    for (const article of new Set(carrier.cites.map((c) => c.article))) {
      if (!numbers.has(article)) unknownCitations.push({ carrier: carrier.id, article });
      else carriersByArticle.set(article, [...(carriersByArticle.get(article) ?? []), carrier.id]);
    }
  }

  const testsByArticle = new Map<number, TestRef[]>();
  const strayTests: (TestRef & { article: number })[] = [];
  const uncreditedTests: (TestRef & { article: number })[] = [];
  const numeralOf = new Map(rulebook.articles.map((a) => [a.number, a.numeral]));
  for (const source of input.testSources) {
    for (const { title, body } of findTestCalls(source.text)) {
      for (const article of articlesNamedIn(title, rulebook.title)) {
        const ref = { title, file: source.path };
        if (!numbers.has(article)) strayTests.push({ ...ref, article });
        else if (!assertsArticle(body, article, numeralOf.get(article) ?? '', carriersByArticle.get(article) ?? [])) uncreditedTests.push({ ...ref, article });
        else testsByArticle.set(article, [...(testsByArticle.get(article) ?? []), ref]);
      }
    }
  }

  const articles: ArticleCoverage[] = rulebook.articles.map((a) => {
    const carrying = getCarrying(rulebook, a.number);
    return {
      number: a.number,
      numeral: a.numeral,
      kind: carrying?.kind ?? null,
      kinds: carrying?.kinds ?? [],
      carriers: carriersByArticle.get(a.number) ?? [],
      tests: testsByArticle.get(a.number) ?? [],
    };
  });

  const byKind = Object.fromEntries(CARRYING_KINDS.map((k) => [k, articles.filter((a) => a.kind === k).length])) as Record<CarryingKind, number>;
  return {
    rulebook: { id: rulebook.id, title: rulebook.title },
    articles,
    totals: {
      articles: articles.length,
      byKind,
      carried: articles.filter((a) => a.carriers.length > 0).length,
      tested: articles.filter((a) => a.tests.length > 0).length,
      advisory: byKind.advisory,
      uncarried: articles.filter((a) => a.kind !== 'advisory' && a.carriers.length === 0).length,
    },
    unknownCitations,
    strayTests,
    uncreditedTests,
  };
}

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const isWide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    width += isWide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** The coverage as an aligned text table (widths counted for CJK), with totals underneath. */
export function formatCoverageTable(coverage: Coverage): string {
  const header = ['条', '条号', '类型', '测试', '承载者'];
  const rows = coverage.articles.map((a) => [
    String(a.number),
    `第${a.numeral}条`,
    a.kinds.length > 0 ? a.kinds.join('+') : '—',
    a.tests.length > 0 ? String(a.tests.length) : '—',
    a.carriers.length > 0 ? a.carriers.join(', ') : a.kind === 'advisory' ? '（倡导性，不强制）' : '—',
  ]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const rightAligned = new Set([0, 3]);
  const render = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : pad(cell, widths[i] ?? 0, rightAligned.has(i) ? 'right' : 'left')))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? Math.min(w, 40) : w)).join('  ');
  const t = coverage.totals;
  const kinds = CARRYING_KINDS.map((k) => `${k} ${t.byKind[k]}`).join(' · ');
  const lines = [
    `《${coverage.rulebook.title}》（${coverage.rulebook.id}）规则覆盖`,
    '',
    render(header),
    rule,
    ...rows.map(render),
    rule,
    `合计 ${t.articles} 条：${kinds}`,
    `已承载 ${t.carried} 条；须承载而未承载 ${t.uncarried} 条（倡导性 ${t.advisory} 条不强制）`,
    `已测试 ${t.tested} 条`,
  ];
  for (const u of coverage.unknownCitations) lines.push(`注意：${u.carrier} 引用的第${u.article}条不在本规则中`);
  for (const s of coverage.strayTests) lines.push(`注意：测试"${s.title}"（${s.file}）所称第${s.article}条不在本规则中`);
  if (coverage.uncreditedTests.length > 0) lines.push(`未计入：${coverage.uncreditedTests.length} 个测试标题称某条，但未断言该条的违反或结果（如只读取参数值）`);
  return `${lines.join('\n')}\n`;
}
