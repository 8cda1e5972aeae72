import { CHINESE_NUMERAL_CHARS, fromChineseNumeral } from './chinese-numerals.js';
import { effectiveOverlaps } from './effective.js';
import { CARRYING_KINDS, getCarrying, type Rulebook } from './rulebook.js';
import { linzi2022 } from './rulebooks/linzi-2022/index.js';
import type { CodeCarrier } from './code-carriers.js';
import { assertionTexts } from './source-scan.js';
import type { Carrier, CarryingKind } from './types.js';

/** A test file's path (relative to the project root) and text. */
export type TestSource = { path: string; text: string };
export type TestRef = { title: string; file: string };
/** A test call found in a file: its title and the text of its body (everything inside the call's parentheses). */
export type TestCall = { title: string; body: string };

/** Whether an article is carried as its rulebook kind says: by a carrier of its primary kind, by others only, or not at all. */
export type CarriedStatus = 'carried' | 'partly' | 'uncarried' | 'advisory';

export type ArticleCoverage = {
  number: number;
  numeral: string;
  /** Primary kind, from the rulebook's data; null if the rulebook has no carrying data for the article. */
  kind: CarryingKind | null;
  kinds: readonly CarryingKind[];
  status: CarriedStatus;
  /** The places in code that carry it, with file:line and rule id. */
  carriers: readonly CodeCarrier[];
  tests: readonly TestRef[];
};

export type CoverageTotals = {
  articles: number;
  /** Articles per primary kind. */
  byKind: Record<CarryingKind, number>;
  /** Articles with a carrier in code of their primary kind (a guard article: a place that can refuse). */
  carried: number;
  /** Articles with carriers in code, none of their primary kind (e.g. a guard article only flagged). */
  partly: number;
  /** Articles named by at least one test title whose assertions check the article's violation or outcome. */
  tested: number;
  advisory: number;
  /** Articles that are not advisory and not carried as their kind says (including `partly`). */
  uncarried: number;
};

export type Coverage = {
  rulebook: { id: string; title: string };
  articles: readonly ArticleCoverage[];
  totals: CoverageTotals;
  /** Carriers citing an article the rulebook does not have. */
  unknownCitations: readonly { carrier: string; article: number; file: string; line: number }[];
  /** Registered carriers that no place in the code uses (a sentence, not a carrier): not counted. */
  unlinked: readonly { id: string; area: string; articles: readonly number[] }[];
  /** Test titles naming an article the rulebook does not have. */
  strayTests: readonly (TestRef & { article: number })[];
  /** Tests that name an article in their title but assert nothing of it (e.g. only read a parameter): not credited. */
  uncreditedTests: readonly (TestRef & { article: number })[];
};

const STRING = String.raw`'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|` + '`((?:[^`\\\\]|\\\\.)*)`';
const ARGS = String.raw`\((?:[^()]|\([^()]*\))*\)`;
/** describe/it/test, with modifiers such as .skip, .only, .skipIf(cond), .each(table), then the title. */
const TEST_CALL = new RegExp(String.raw`(?<![\w$.])(?:describe|it|test)(?:\s*\.\s*(?:only|skip|todo|concurrent|sequential|fails|shuffle|(?:skipIf|runIf|each|for)\s*${ARGS}))*\s*\(\s*(?:${STRING})`, 'g');
const N = `[${CHINESE_NUMERAL_CHARS}]+`;
/** Between numbers of one reference: 第四十八、四十九条; a range: 第五十三至五十七条. */
const SEP = String.raw`\s*[、，,和及与至到]\s*`;
/**
 * 第五十三条 | 第四十八、四十九条 | 第四十九、五十三至五十七条 | 第53条 | 第53至57条 | (art. 53) / (arts. 53, 54),
 * in one pass so that lists keep their order.
 */
const ARTICLE_REF = new RegExp(String.raw`第(${N}(?:${SEP}${N})*)条|第\s*(\d+(?:${SEP}\d+)*)\s*条|\(arts?\.\s*(\d+(?:\s*,\s*\d+)*)\)`, 'g');
/** 《民法典》 right before a reference: it names another instrument's article. */
const INSTRUMENT_BEFORE = /《([^《》]+)》\s*$/;
/** 网络安全法第二十一条, 条例第二十四条: another instrument named without 《》. */
const BARE_INSTRUMENT_BEFORE = /[\u4e00-\u9fa5](?:法|条例|办法|细则|章程|准则)\s*$/;
/** Between two references of one list: 第二百零一条、第二百零二条. */
const LIST_CONNECTOR = /^\s*[、，,和及与]\s*$/;

/** The numbers a reference's inner text names: 四十九、五十三至五十七 → 49, 53, 54, 55, 56, 57. */
function numbersOfReference(inner: string, read: (n: string) => number | undefined): number[] {
  const parts = inner.split(/\s*[、，,和及与]\s*/);
  const out: number[] = [];
  for (const part of parts) {
    const [from, to] = part.split(/\s*[至到]\s*/).map((x) => read(x.trim()));
    if (from === undefined || from < 1) continue;
    if (to === undefined) out.push(from);
    else for (let n = from; n <= to; n++) out.push(n);
  }
  return out;
}

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

/** An assertion about a parameter's value or source (`expect(p.citation).toBe('…第五十三条')`): the rulebook's data, not the article. */
const PARAMETER_READ = /\.(?:cites|citation)\b|(?<![\w$.])(?:param|parameter|findParam)\s*\(/;

/** The article numbers `第…条` references in `text` name, other instruments' articles left out. */
function articlesReferencedIn(text: string, rulebookTitle?: string): number[] {
  return articlesNamedIn(text, rulebookTitle);
}

/**
 * Whether a test body asserts an article's violation or outcome: one of its assertions (`expect(…)` and the
 * matcher chain after it) names the article as a violation would (`article: 53`, `articles: [53]`, 第五十三条
 * in an expected text — of this rulebook, never 网络安全法第二十一条) or names the id of a rule that carries
 * it. A fixture's `article: 53` outside any assertion does not count, nor does a parameter's source
 * (`cites: { article: 53 }`): a test that reads the rulebook's data tests the data, not the article.
 */
export function assertsArticle(body: string, article: number, numeral: string, ruleIds: readonly string[], rulebookTitle?: string): boolean {
  void numeral;
  const assertions = assertionTexts(body)
    .filter((t) => !PARAMETER_READ.test(t))
    .map((t) => t.replace(/cites[^{}]{0,40}\{[^}]*\}/g, ''));
  return assertions.some((text) => {
    if (new RegExp(String.raw`\barticles?\s*:\s*\[?\s*(?:\d+\s*,\s*)*${article}\b`).test(text)) return true;
    if (articlesReferencedIn(text, rulebookTitle).includes(article)) return true;
    // The id quoted, alone or with a suffix a test adds ('events.meeting-never-invite-head:refusal').
    return ruleIds.some((id) => new RegExp(String.raw`['"\`]${id.replace(/[.]/g, '\\.')}(?![a-z0-9.-])`).test(text));
  });
}

/**
 * The articles a test title names: 第五十三条, （第53条）, (art. 53), (arts. 53, 54), lists 第四十八、四十九条 and
 * ranges 第四十九、五十三至五十七条. An article of
 * another instrument (《民法典》第二百零一条、第二百零二条) is not ours and is skipped, unless the instrument is
 * `rulebookTitle`; so is one of an instrument named without 《》 (网络安全法第二十一条).
 */
export function articlesNamedIn(title: string, rulebookTitle?: string): number[] {
  const found = new Set<number>();
  let previousEnd = 0;
  let instrument: string | undefined;
  for (const m of title.matchAll(ARTICLE_REF)) {
    const gap = title.slice(previousEnd, m.index);
    const named = INSTRUMENT_BEFORE.exec(gap)?.[1] ?? (BARE_INSTRUMENT_BEFORE.test(gap) ? gap.trim() : undefined);
    if (named !== undefined) instrument = named;
    else if (!(instrument !== undefined && previousEnd > 0 && LIST_CONNECTOR.test(gap))) instrument = undefined;
    previousEnd = m.index + m[0].length;
    if (instrument !== undefined && instrument !== rulebookTitle) continue;
    if (m[1] !== undefined) {
      for (const n of numbersOfReference(m[1], fromChineseNumeral)) found.add(n);
    } else if (m[2] !== undefined) {
      for (const n of numbersOfReference(m[2], (x) => (/^\d+$/.test(x) ? Number(x) : undefined))) found.add(n);
    } else {
      for (const n of (m[3] ?? '').split(',')) found.add(Number(n.trim()));
    }
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * Per article of `rulebook` (default: the 2022 Linzi rules): its kind (from the rulebook's data), the places in
 * code that carry it, and the tests that name it and assert it. Carriers whose registered window does not
 * overlap the rulebook's do not count, so rules written for a later version do not claim an earlier one. A
 * title naming every article of the rulebook (第一至九十四条: a drift test of the text) names none.
 */
export function computeCoverage(input: { carriers: readonly CodeCarrier[]; unlinked?: readonly Carrier[]; testSources: readonly TestSource[]; rulebook?: Rulebook }): Coverage {
  const rulebook = input.rulebook ?? linzi2022;
  const numbers = new Set(rulebook.articles.map((a) => a.number));
  const carriersByArticle = new Map<number, CodeCarrier[]>();
  const unknownCitations: { carrier: string; article: number; file: string; line: number }[] = [];
  for (const carrier of input.carriers) {
    if (carrier.effective && !effectiveOverlaps(carrier.effective, rulebook.effective)) continue;
    for (const article of new Set(carrier.articles)) {
      if (!numbers.has(article)) unknownCitations.push({ carrier: carrier.ruleId, article, file: carrier.file, line: carrier.line });
      else carriersByArticle.set(article, [...(carriersByArticle.get(article) ?? []), carrier]);
    }
  }

  const testsByArticle = new Map<number, TestRef[]>();
  const strayTests: (TestRef & { article: number })[] = [];
  const uncreditedTests: (TestRef & { article: number })[] = [];
  const numeralOf = new Map(rulebook.articles.map((a) => [a.number, a.numeral]));
  for (const source of input.testSources) {
    for (const { title, body } of findTestCalls(source.text)) {
      const named = articlesNamedIn(title, rulebook.title);
      if (named.length >= numbers.size && [...numbers].every((n) => named.includes(n))) continue;
      for (const article of named) {
        const ref = { title, file: source.path };
        const ids = [...new Set((carriersByArticle.get(article) ?? []).map((c) => c.ruleId))];
        if (!numbers.has(article)) strayTests.push({ ...ref, article });
        else if (!assertsArticle(body, article, numeralOf.get(article) ?? '', ids, rulebook.title)) uncreditedTests.push({ ...ref, article });
        else testsByArticle.set(article, [...(testsByArticle.get(article) ?? []), ref]);
      }
    }
  }

  const articles: ArticleCoverage[] = rulebook.articles.map((a) => {
    const carrying = getCarrying(rulebook, a.number);
    const carriers = carriersByArticle.get(a.number) ?? [];
    const kind = carrying?.kind ?? null;
    const status: CarriedStatus = kind === 'advisory' ? 'advisory' : carriers.some((c) => c.kind === kind) ? 'carried' : carriers.length > 0 ? 'partly' : 'uncarried';
    return { number: a.number, numeral: a.numeral, kind, kinds: carrying?.kinds ?? [], status, carriers, tests: testsByArticle.get(a.number) ?? [] };
  });

  const byKind = Object.fromEntries(CARRYING_KINDS.map((k) => [k, articles.filter((a) => a.kind === k).length])) as Record<CarryingKind, number>;
  const carried = articles.filter((a) => a.status === 'carried').length;
  return {
    rulebook: { id: rulebook.id, title: rulebook.title },
    articles,
    totals: {
      articles: articles.length,
      byKind,
      carried,
      partly: articles.filter((a) => a.status === 'partly').length,
      tested: articles.filter((a) => a.tests.length > 0).length,
      advisory: byKind.advisory,
      uncarried: articles.filter((a) => a.status === 'partly' || a.status === 'uncarried').length,
    },
    unknownCitations,
    unlinked: (input.unlinked ?? []).map((c) => ({ id: c.id, area: c.area, articles: [...new Set(c.cites.map((x) => x.article))] })),
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

const STATUS_LABELS: Record<CarriedStatus, string> = { carried: '已承载', partly: '部分', uncarried: '未承载', advisory: '倡导性' };

/** One carrier as the report prints it: what it does, the rule id, file:line. */
export function formatCarrier(c: CodeCarrier): string {
  return `${c.kind.padEnd(6)} ${c.ruleId}  ${c.file}:${c.line}`;
}

/**
 * The coverage as an aligned text table (widths counted for CJK), each article followed by its carriers (kind,
 * rule id, file:line), with totals underneath.
 */
export function formatCoverageTable(coverage: Coverage): string {
  const header = ['条', '条号', '类型', '承载', '测试'];
  const rows = coverage.articles.map((a) => [
    String(a.number),
    `第${a.numeral}条`,
    a.kinds.length > 0 ? a.kinds.join('+') : '—',
    STATUS_LABELS[a.status],
    a.tests.length > 0 ? String(a.tests.length) : '—',
  ]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const rightAligned = new Set([0, 4]);
  const render = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => pad(cell, widths[i] ?? 0, rightAligned.has(i) ? 'right' : 'left'))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const t = coverage.totals;
  const kinds = CARRYING_KINDS.map((k) => `${k} ${t.byKind[k]}`).join(' · ');
  const lines = [`《${coverage.rulebook.title}》（${coverage.rulebook.id}）规则覆盖`, '', render(header), rule];
  coverage.articles.forEach((a, i) => {
    lines.push(render(rows[i] ?? []));
    for (const c of a.carriers) lines.push(`      ${formatCarrier(c)}`);
  });
  lines.push(
    rule,
    `合计 ${t.articles} 条：${kinds}`,
    `已承载 ${t.carried} 条（有本条主类型的代码位置）；须承载而未承载 ${t.uncarried} 条，其中只有其他类型承载者的 ${t.partly} 条（倡导性 ${t.advisory} 条不强制）`,
    `已测试 ${t.tested} 条`,
  );
  for (const u of coverage.unknownCitations) lines.push(`注意：${u.carrier}（${u.file}:${u.line}）引用的第${u.article}条不在本规则中`);
  for (const s of coverage.strayTests) lines.push(`注意：测试“${s.title}”（${s.file}）所称第${s.article}条不在本规则中`);
  if (coverage.unlinked.length > 0) lines.push(`未计入：${coverage.unlinked.length} 个登记的承载者在代码中没有位置（只是一句话）：${coverage.unlinked.map((u) => u.id).join('、')}`);
  if (coverage.uncreditedTests.length > 0) lines.push(`未计入：${coverage.uncreditedTests.length} 个测试标题称某条，但断言中未检查该条的违反或结果（如只读取参数值）`);
  return `${lines.join('\n')}\n`;
}
