import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CliCommand } from '../cli/command.js';
import { chineseDate } from '../calendar/explain.js';
import { localDateOf } from '../clock.js';
import { loadAllCarriers } from './all-carriers.js';
import { fromChineseNumeral, articleLabel } from './chinese-numerals.js';
import { findCodeCarriers, loadCaseDeclarations, readCodeSources } from './code-carriers.js';
import { computeCoverage, formatCarrier, formatCoverageTable, type ArticleCoverage, type Coverage, type TestSource } from './coverage.js';
import { findProjectRoot } from './project-root.js';
import { jurisdiction, paramsOfRule, registeredRuleIds } from './registry.js';
import type { Rulebook } from './rulebook.js';
import { rulebookInForce, rulebookVersions } from './rulebook-set.js';
import { defaultRulebookSet } from './rulebooks/index.js';
import type { CarryingKind } from './types.js';

/** Where tests live, relative to the project root, and how their files end. */
const TEST_GLOBS: readonly { dir: string; suffix: string }[] = [
  { dir: 'src', suffix: '.test.ts' },
  { dir: 'test', suffix: '.test.ts' },
  { dir: 'e2e', suffix: '.e2e.ts' },
];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.git', 'coverage', '.tmp']);

function walk(dir: string, suffix: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // A missing test/ or e2e/ folder just has no tests.
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(path, suffix, out);
    } else if (entry.isFile() && entry.name.endsWith(suffix)) {
      out.push(path);
    }
  }
}

/** Reads `src/**\/*.test.ts`, `test/**\/*.test.ts` and `e2e/**\/*.e2e.ts` under `root`, paths relative to it. */
export function readTestSources(root: string): TestSource[] {
  const files: string[] = [];
  for (const { dir, suffix } of TEST_GLOBS) walk(join(root, dir), suffix, files);
  return files
    .map((file) => ({ path: relative(root, file).split(sep).join('/'), text: readFileSync(file, 'utf8') }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The coverage of the project at `root`: carriers found in its code, tests in its test files. */
export async function projectCoverage(root: string, rulebook?: Rulebook): Promise<Coverage> {
  const registered = loadAllCarriers();
  const found = findCodeCarriers({ sources: readCodeSources(root), registered, ruleIds: registeredRuleIds(), cases: await loadCaseDeclarations() });
  return computeCoverage({ carriers: found.carriers, unlinked: found.unlinked, testSources: readTestSources(root), ...(rulebook ? { rulebook } : {}) });
}

/** One article, the one step from it to its code: text, kind, carriers (file:line, rule id), parameters by date, tests. */
export type ArticleShow = {
  rulebook: { id: string; title: string };
  number: number;
  label: string;
  text: string;
  kind: CarryingKind | null;
  kinds: readonly CarryingKind[];
  status: ArticleCoverage['status'];
  carriers: ArticleCoverage['carriers'];
  parameters: readonly { key: string; value: unknown; unit: string; summary: string; effective: { from: string; to?: string }; rulebook: string; clause: string | null; readBy: readonly string[] }[];
  tests: ArticleCoverage['tests'];
};

/**
 * Article `number` of the rulebook in force on `asOf` for the configured jurisdiction, with what `coverage`
 * says of it and the parameters it sets in every version of the jurisdiction's rulebook (each with its window).
 */
export function showArticle(coverage: Coverage, number: number, rulebook: Rulebook): ArticleShow | undefined {
  const article = rulebook.articles.find((a) => a.number === number);
  const row = coverage.articles.find((a) => a.number === number);
  if (!article || !row) return undefined;
  const readers = (key: string) => loadAllCarriers().filter((c) => paramsOfRule(c.id).includes(key as never)).map((c) => c.id);
  const parameters = rulebookVersions(defaultRulebookSet, rulebook.jurisdiction.id).flatMap((book) =>
    book.parameters
      .filter((p) => p.cites.article === number)
      .map((p) => ({ key: p.key, value: p.value as unknown, unit: p.unit, summary: p.summary, effective: p.effective, rulebook: book.id, clause: p.cites.clause ?? null, readBy: readers(p.key) })),
  );
  return { rulebook: coverage.rulebook, number, label: articleLabel(number), text: article.text, kind: row.kind, kinds: row.kinds, status: row.status, carriers: row.carriers, parameters, tests: row.tests };
}

const STATUS: Record<ArticleCoverage['status'], string> = { carried: '已承载', partly: '部分承载（无本条主类型的承载者）', uncarried: '未承载', advisory: '倡导性，不强制' };

function formatValue(value: unknown): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/** `rules show N` as text. */
export function formatArticleShow(a: ArticleShow): string {
  const lines = [`《${a.rulebook.title}》${a.label}`, '', a.text, '', `承载方式：${a.kinds.length > 0 ? a.kinds.join('+') : '—'}（${STATUS[a.status]}）`, '', `承载者（${a.carriers.length}）：`];
  for (const c of a.carriers) lines.push(`  ${formatCarrier(c)}${c.summary ? `  ${c.summary}` : ''}`);
  if (a.carriers.length === 0) lines.push('  —');
  lines.push('', `参数（${a.parameters.length}）：`);
  for (const p of a.parameters) {
    const window = `${chineseDate(p.effective.from)}起${p.effective.to ? `至${chineseDate(p.effective.to)}` : ''}`;
    lines.push(`  ${p.key} = ${formatValue(p.value)}（${p.unit}）${p.clause ? ` ${p.clause}` : ''}  ${window}（${p.rulebook}）${p.readBy.length > 0 ? `  由 ${p.readBy.join('、')} 读取` : ''}`);
    lines.push(`    ${p.summary}`);
  }
  if (a.parameters.length === 0) lines.push('  —');
  lines.push('', `测试（${a.tests.length}）：`);
  for (const t of a.tests) lines.push(`  ${t.file}  ${t.title}`);
  if (a.tests.length === 0) lines.push('  —');
  return `${lines.join('\n')}\n`;
}

const USAGE = `用法：zhengwu rules <子命令>

子命令：
  coverage [--json]     规则覆盖：每条的承载方式（来自规则库数据：guard/clock/route/record/quota/advisory）、
                        代码中承载它的位置（文件:行号、规则编号、作用）和断言它的测试，及合计
  show <条号> [--json]  一条条文：原文、承载方式、每个承载位置（文件:行号、规则编号）、各时期的参数值、测试
                        条号可写 53、五十三 或 第五十三条

承载者从代码中找出，不手工维护：规则定义（rules.ts 中的 id）、refuseBy / violationOf 调用、
案件声明（case.ts）的 articles 与 clock、引用条款的期限与审计记录。只提示（severity: 'flag'）而不能拒绝的规则记为 flag。
测试按标题识别（describe/it/test 标题含“第五十三条”“第四十八、四十九条”“第五十三至五十七条”“（第53条）”或“(art. 53)”），
且须在断言（expect）中检查该条的违反或结果（条号、本规则的“第某条”或承载它的规则编号）才计入；他法条文不计入。
`;

type Io = { cwd: string; stdout: (text: string) => void; stderr: (text: string) => void };

/** 53, 五十三, 第五十三条, 第53条. */
function articleNumber(arg: string): number | undefined {
  const m = /^第?\s*([0-9]+|[零〇一二两三四五六七八九十百]+)\s*条?$/.exec(arg.trim());
  if (!m?.[1]) return undefined;
  return /^[0-9]+$/.test(m[1]) ? Number(m[1]) : fromChineseNumeral(m[1]);
}

/** The command with its surroundings passed in, for tests. */
export async function runRulesCommand(args: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    (sub === undefined ? io.stderr : io.stdout)(USAGE);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'coverage' && sub !== 'show') {
    io.stderr(`未知子命令：${sub}\n\n${USAGE}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const positional = rest.filter((a) => !a.startsWith('--'));
  const unknown = rest.filter((a) => a.startsWith('--') && a !== '--json');
  if (unknown.length > 0 || (sub === 'coverage' && positional.length > 0) || (sub === 'show' && positional.length > 1)) {
    io.stderr(`未知参数：${[...unknown, ...(sub === 'coverage' ? positional : positional.slice(1))].join(' ')}\n\n${USAGE}`);
    return 2;
  }
  const root = findProjectRoot(io.cwd);
  if (root === undefined) {
    io.stderr(`找不到项目根目录：${io.cwd} 及其上级目录中没有 name 为“zhengwu”的 package.json\n`);
    return 1;
  }
  const json = rest.includes('--json');
  if (sub === 'coverage') {
    const coverage = await projectCoverage(root);
    io.stdout(json ? `${JSON.stringify(coverage, null, 2)}\n` : formatCoverageTable(coverage));
    return 0;
  }
  const number = positional[0] === undefined ? undefined : articleNumber(positional[0]);
  if (number === undefined) {
    io.stderr(`请给出条号，如 zhengwu rules show 53\n\n${USAGE}`);
    return 2;
  }
  const rulebook = rulebookInForce(defaultRulebookSet, jurisdiction(), localDateOf(new Date())) ?? rulebookVersions(defaultRulebookSet, jurisdiction()).at(-1);
  const shown = rulebook && showArticle(await projectCoverage(root, rulebook), number, rulebook);
  if (!shown) {
    io.stderr(`《${rulebook?.title ?? '工作规则'}》没有第${number}条\n`);
    return 1;
  }
  io.stdout(json ? `${JSON.stringify(shown, null, 2)}\n` : formatArticleShow(shown));
  return 0;
}

/** `zhengwu rules coverage [--json]` and `zhengwu rules show N`: how each article is carried and tested. */
export const rulesCommand: CliCommand = {
  name: 'rules',
  summary: '规则库：条文覆盖（承载方式、代码中的承载位置、测试）；查看一条条文的承载',
  usage: USAGE,
  run: (args) =>
    runRulesCommand(args, {
      cwd: process.cwd(),
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    }),
};
