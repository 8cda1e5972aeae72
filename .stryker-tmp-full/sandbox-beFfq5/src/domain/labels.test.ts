// @ts-nocheck
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';

// The Chinese names the server hands the web app (states, kinds, steps …) and the value lists they name: every
// exported `…Labels` table and every exported list of codes in src/domain, found by name so a new area is
// checked too. A name must be Chinese and not empty, and one table must not give two codes the same name.
const modules = import.meta.glob<Record<string, unknown>>(['./**/*.ts', '!./**/*.test.ts'], { eager: true });

const labelTables = Object.entries(modules).flatMap(([path, m]) =>
  Object.entries(m)
    .filter(([name, v]) => name.endsWith('Labels') && typeof v === 'object' && v !== null && !Array.isArray(v))
    .map(([name, v]) => [`${path} ${name}`, v as Record<string, unknown>] as const),
);
const codeLists = Object.entries(modules).flatMap(([path, m]) =>
  Object.entries(m)
    .filter(([, v]) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string'))
    .map(([name, v]) => [`${path} ${name}`, v as string[]] as const),
);

describe('状态、类别、环节的中文名', () => {
  it('找到各区域的名称表与代码表', () => {
    expect(labelTables.length).toBeGreaterThanOrEqual(15);
    expect(codeLists.length).toBeGreaterThanOrEqual(15);
  });

  it.each(labelTables)('%s：每项一个中文名，互不相同', (_, table) => {
    const names = Object.values(table);
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const n of names) expect(n).toMatch(/^[\u4e00-\u9fa5（）、—]+$/);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(codeLists)('%s：代码非空且不重复', (_, list) => {
    for (const code of list) expect(code.trim()).not.toBe('');
    expect(new Set(list).size).toBe(list.length);
  });
});
