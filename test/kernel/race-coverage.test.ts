/// <reference types="vite/client" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseDefinition } from '../../src/domain/case.js';

/**
 * Issue 10, "done when": a race suite for every kind of case. The kinds are found the way
 * src/domain/cases.test.ts finds them (every declaration of that shape under src/domain), so a new area's kind
 * fails here, by name, until a test of concurrent requests on it exists: a test (describe or it) whose title
 * mentions 并发 or parallel and names the kind — its Chinese label, or its kind id.
 */
const modules = import.meta.glob<Record<string, unknown>>(['../../src/domain/**/*.ts', '!../../src/domain/**/*.test.ts', '!../../src/domain/case.ts'], { eager: true });
type AnyCase = CaseDefinition<string, unknown>;
const isCase = (x: unknown): x is AnyCase => typeof x === 'object' && x !== null && 'kind' in x && 'states' in x && 'stateOf' in x && 'actions' in x;
const kinds = [...new Map(Object.values(modules).flatMap((m) => Object.values(m).filter(isCase).map((d) => [d.kind, d] as const))).values()];

const root = join(import.meta.dirname, '..', '..');
const testFiles = ['test', 'src', 'e2e']
  .flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(root, dir, f)))
  .filter((f) => /\.(test|e2e)\.ts$/.test(f) && !f.endsWith('race-coverage.test.ts'));

/** The titles of a test file's describe/it/test blocks (the first string argument after the name and any `.each(…)`). */
export function titlesOf(source: string): string[] {
  const titles: string[] = [];
  const re = /\b(?:describe|it|test)\b[^'"`\n;]*?\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
  for (const m of source.matchAll(re)) titles.push(m[2] as string);
  return titles;
}

const isRace = (title: string) => /并发|parallel/i.test(title);

/**
 * Whether a title names the kind: its kind id as a word, or its label where the label is not only part of a
 * longer label of another kind (会议 inside 会议申请 or 会议请假 names those, not the meeting).
 */
export function names(title: string, kind: Pick<AnyCase, 'kind' | 'label'>, all: readonly Pick<AnyCase, 'label'>[]): boolean {
  if (new RegExp(`(?<![a-z_])${kind.kind}(?![a-z_])`).test(title)) return true;
  let rest = title;
  for (const other of all) if (other.label !== kind.label && other.label.includes(kind.label)) rest = rest.split(other.label).join('·');
  return rest.includes(kind.label);
}

describe('并发测试覆盖每一类案件（第六十六条 每个环节只办一次；issue 10 并发一项）', () => {
  it('找到各区域的声明与测试文件', () => {
    expect(kinds.length).toBeGreaterThanOrEqual(10);
    expect(testFiles.length).toBeGreaterThan(20);
  });

  it('判断标题是否点名某类案件：较长名称中的较短名称不算', () => {
    const all = [{ label: '会议' }, { label: '会议申请' }, { label: '会议请假' }];
    expect(names('二十个并发的会议申请审批', { kind: 'meeting', label: '会议' }, all)).toBe(false);
    expect(names('二十个并发的会议申请审批', { kind: 'department_meeting', label: '会议申请' }, all)).toBe(true);
    expect(names('会议（meeting）：二十个并发的纪要起草', { kind: 'meeting', label: '会议' }, all)).toBe(true);
    expect(names('department_meeting 并发', { kind: 'meeting', label: '会议' }, all)).toBe(false);
    expect(titlesOf("describe.each(dialects)('甲（%s）', () => { it.each(xs.map((r) => [r] as const))('乙 %s', async () => {}); it(`丙`, () => {}) })")).toEqual(['甲（%s）', '乙 %s', '丙']);
  });

  it('每一类案件都有并发测试：标题提到“并发”或 parallel，并点名该类案件', () => {
    const raceTitles = testFiles.flatMap((f) => titlesOf(readFileSync(f, 'utf8')).filter(isRace).map((title) => ({ file: relative(root, f), title })));
    expect(raceTitles.length).toBeGreaterThan(0);
    const uncovered = kinds.filter((k) => !raceTitles.some((r) => names(r.title, k, kinds))).map((k) => `${k.label}（${k.kind}）`);
    expect(uncovered, '这些案件没有并发测试（20 个相同请求同时到达：1 个成功、19 个 409、1 条审计记录）').toEqual([]);
  });
});
