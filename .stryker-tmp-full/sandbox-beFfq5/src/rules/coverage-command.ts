// @ts-nocheck
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CliCommand } from '../cli/command.js';
import { loadAllCarriers } from './all-carriers.js';
import { computeCoverage, formatCoverageTable, type TestSource } from './coverage.js';
import { findProjectRoot } from './project-root.js';

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

const USAGE = `用法：zhengwu rules <子命令>

子命令：
  coverage [--json]   规则覆盖：每条的承载方式（guard/clock/route/record/quota/advisory）、
                      承载者（已登记的规则、时钟、流转、记录、配额）和以条文命名的测试
                      --json  输出 JSON 而非表格

测试按标题识别：describe/it/test 标题含"第五十三条"、"（第53条）"或"(art. 53)"。
`;

type Io = { cwd: string; stdout: (text: string) => void; stderr: (text: string) => void };

/** The command with its surroundings passed in, for tests. */
export async function runRulesCommand(args: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    (sub === undefined ? io.stderr : io.stdout)(USAGE);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'coverage') {
    io.stderr(`未知子命令：${sub}\n\n${USAGE}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const unknown = rest.filter((a) => a !== '--json');
  if (unknown.length > 0) {
    io.stderr(`未知参数：${unknown.join(' ')}\n\n${USAGE}`);
    return 2;
  }
  const root = findProjectRoot(io.cwd);
  if (root === undefined) {
    io.stderr(`找不到项目根目录：${io.cwd} 及其上级目录中没有 name 为 "zhengwu" 的 package.json\n`);
    return 1;
  }
  const coverage = computeCoverage({ carriers: loadAllCarriers(), testSources: readTestSources(root) });
  io.stdout(rest.includes('--json') ? `${JSON.stringify(coverage, null, 2)}\n` : formatCoverageTable(coverage));
  return 0;
}

/** `zhengwu rules coverage [--json]`: how each article of the rulebook is carried and tested. */
export const rulesCommand: CliCommand = {
  name: 'rules',
  summary: '规则库：条文覆盖（承载方式、承载者、测试）',
  usage: USAGE,
  run: (args) =>
    runRulesCommand(args, {
      cwd: process.cwd(),
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    }),
};
