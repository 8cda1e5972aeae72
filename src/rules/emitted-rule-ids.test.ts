import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllCarriers } from './all-carriers.js';
import { findProjectRoot } from './project-root.js';
import { registryProblems } from './registry.js';

const root = findProjectRoot(process.cwd()) ?? process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const sources = [...sourceFiles(join(root, 'src/operations')), ...sourceFiles(join(root, 'src/http')), ...sourceFiles(join(root, 'src/domain'))].map((path) => ({
  file: relative(root, path),
  text: readFileSync(path, 'utf8'),
}));

describe('一条规则路径：每个可能发出的规则编号都已登记', () => {
  const registered = new Set(loadAllCarriers().map((c) => c.id));

  it('refuseBy / violationOf 所用的规则编号都已登记（登记簿中有其条款）', () => {
    const emitted = sources.flatMap(({ file, text }) => [...text.matchAll(/\b(?:(?:refuseBy|violationOf)\(\s*|principalRule:\s*)'([^']+)'/g)].map((m) => ({ file, id: m[1] as string })));
    expect(emitted.length).toBeGreaterThan(10);
    expect(emitted.filter((e) => !registered.has(e.id))).toEqual([]);
  });

  it('操作与接口不再手写违规对象：规则编号与条款只由规则引擎或登记簿加盖', () => {
    const handWritten = sources.filter(({ file }) => !file.startsWith('src/domain/')).flatMap(({ file, text }) => [...text.matchAll(/ruleId:\s*'([^']+)'/g)].map((m) => `${file}: ${m[1]}`));
    expect(handWritten).toEqual([]);
  });

  it('启动时校验：每条施行中规则所读参数，施行中的工作规则都有规定', () => {
    loadAllCarriers();
    expect(registryProblems('2026-03-02')).toEqual([]);
  });
});
