/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { createRulesRegistry } from '../rules/registry.js';
import type { Area, Carrier } from '../rules/types.js';

// Every area's carriers and rules, found by file name so that an area refitted onto the kernel (or a new one)
// is checked without editing this test: each must register cleanly (id, cites, dates, summary) and say how it
// carries its article.
const modules = import.meta.glob<Record<string, unknown>>(['./*/carriers.ts', './*/rules.ts'], { eager: true });

const isCarrierLike = (x: unknown): x is Omit<Carrier, 'area'> => typeof x === 'object' && x !== null && 'id' in x && 'cites' in x && 'summary' in x;
const carriersOf = (path: string): { area: Area; carriers: Omit<Carrier, 'area'>[] } => {
  const area = path.split('/')[1] as Area;
  // A list with one carrier in it is a list of carriers: every element must then be one (an emptied entry fails).
  // One rule may run in two exported lists (art. 8's check runs on topics and on decisions): the same object
  // counts once; two objects with one id still fail.
  const carriers = [...new Set(Object.values(modules[path] ?? {}).flatMap((v) => (Array.isArray(v) && v.some(isCarrierLike) ? (v as Omit<Carrier, 'area'>[]) : [])))];
  return { area, carriers };
};
// org/rules.ts holds checks, not rules; a rules file without carriers is not an area's rule list.
const paths = Object.keys(modules).filter((p) => carriersOf(p).carriers.length > 0);
const all = paths.map(carriersOf);

describe('各区域登记的承载者（规则、时钟、流转、记录、配额）', () => {
  // A carrier is a place in code (issue 13): an area whose carriers are all its rules, case actions and cited
  // entries registers no sentence, so its carriers.ts may export an empty list — but it must export the list.
  it('每个区域的 carriers.ts 都导出承载者清单（可以为空），有规则的区域其 rules.ts 都登记', () => {
    const carrierFiles = Object.keys(modules).filter((p) => p.endsWith('/carriers.ts'));
    expect(carrierFiles.length).toBeGreaterThanOrEqual(6);
    for (const p of carrierFiles) expect(Object.values(modules[p] ?? {}).some(Array.isArray), p).toBe(true);
    const ruleFiles = paths.filter((p) => p.endsWith('/rules.ts'));
    expect(ruleFiles).toEqual(expect.arrayContaining(['./documents/rules.ts', './events/rules.ts', './leave/rules.ts', './meetings/rules.ts']));
  });

  it.each(paths)('%s：全部可登记，编号不重复', (path) => {
    const registry = createRulesRegistry();
    const { area, carriers } = carriersOf(path);
    expect(() => registry.registerCarriers(area, carriers)).not.toThrow();
    expect(registry.allCarriers()).toHaveLength(carriers.length);
  });

  it.each(paths)('%s：类型、条文、款项、摘要', (path) => {
    for (const c of carriersOf(path).carriers) {
      expect(['guard', 'clock', 'route', 'record', 'quota'], c.id).toContain(c.kind);
      expect(c.effective.from, c.id).toBe('2022-01-31');
      expect(c.summary, c.id).toMatch(/[\u4e00-\u9fa5]{4}/);
      for (const cite of c.cites) {
        expect(cite.article, c.id).toBeGreaterThanOrEqual(1);
        expect(cite.article, c.id).toBeLessThanOrEqual(94);
        if ('clause' in cite) expect(cite.clause, c.id).toMatch(/^第[一二三四五六七八九十]+[款项]$/);
      }
    }
  });

  it('全部区域一起登记时编号也不重复', () => {
    const registry = createRulesRegistry();
    for (const { area, carriers } of all) registry.registerCarriers(area, carriers);
    expect(registry.allCarriers().length).toBe(all.reduce((n, a) => n + a.carriers.length, 0));
  });
});
