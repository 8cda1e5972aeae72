import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from './project-root.js';
import { loadRulebook } from './rulebook.js';
import { linzi2022, linzi2022Data } from './rulebooks/linzi-2022/index.js';
import { linzi2022Carrying } from './rulebooks/linzi-2022/carrying.js';

describe('规则库 各条承载方式（rules-map）', () => {
  it('九十四条各有一项，不重不漏', () => {
    expect(linzi2022Carrying).toHaveLength(94);
    expect(linzi2022Carrying.map((c) => c.article)).toEqual(Array.from({ length: 94 }, (_, i) => i + 1));
  });

  it('主类型为所列类型之首；倡导性条文不兼他类；各条有要旨和承载区域', () => {
    for (const c of linzi2022Carrying) {
      expect(c.kind).toBe(c.kinds[0]);
      if (c.kinds.includes('advisory')) expect(c.kinds).toEqual(['advisory']);
      expect(c.gist.length).toBeGreaterThan(0);
      expect(c.areas.length).toBeGreaterThan(0);
    }
  });

  it('双类型条文按 rules-map 保留两类，前者为主', () => {
    const kinds = (n: number) => linzi2022Carrying[n - 1]?.kinds;
    expect(kinds(48)).toEqual(['route', 'quota']);
    expect(kinds(55)).toEqual(['guard', 'record']);
    expect(kinds(57)).toEqual(['clock', 'record']);
    expect(kinds(49)).toEqual(['guard', 'route']);
    expect(kinds(53)).toEqual(['clock', 'guard']);
    expect(kinds(58)).toEqual(['quota', 'guard']);
    expect(kinds(63)).toEqual(['guard', 'route']);
    expect(kinds(65)).toEqual(['route', 'guard']);
    expect(kinds(68)).toEqual(['guard', 'clock']);
    expect(kinds(69)).toEqual(['route', 'guard']);
    expect(kinds(71)).toEqual(['quota', 'record']);
    expect(kinds(82)).toEqual(['clock', 'guard']);
    expect(kinds(90)).toEqual(['clock', 'guard']);
  });

  it('倡导性条文（仅展示、不强制）共26条；2026年12月1日修订：33、61、74、80 为倡导性，24、31、59 为记录', () => {
    const advisory = linzi2022Carrying.filter((c) => c.kind === 'advisory').map((c) => c.article);
    expect(advisory).toEqual([1, 2, 4, 6, 12, 13, 14, 15, 16, 17, 18, 19, 20, 25, 33, 38, 42, 43, 61, 74, 80, 85, 86, 87, 88, 89]);
    expect([24, 31, 59].map((n) => linzi2022Carrying[n - 1]?.kinds)).toEqual([['record'], ['record'], ['record']]);
  });

  it('各条类型与 rules-map.md 的表一致（表中“1–2”“12–19”等一行管多条；括号内为说明）', () => {
    const root = findProjectRoot(process.cwd()) ?? process.cwd();
    const map = join(root, '..', 'shared', 'rules-map.md');
    expect(existsSync(map), `${map} 不存在`).toBe(true);
    const fromMap = new Map<number, string[]>();
    for (const line of readFileSync(map, 'utf8').split('\n')) {
      const m = /^\|\s*(\d+)(?:[–-](\d+))?\s*\|[^|]*\|[^|]*\|\s*([^|]+?)\s*\|/.exec(line);
      if (!m) continue;
      const kinds = (m[3] ?? '').replace(/\(.*?\)/g, '').split('+').map((k) => k.trim());
      for (let n = Number(m[1]); n <= Number(m[2] ?? m[1]); n++) fromMap.set(n, kinds);
    }
    expect(fromMap.size).toBe(94);
    expect(linzi2022Carrying.map((c) => [c.article, [...c.kinds]])).toEqual([...fromMap.entries()].sort((a, b) => a[0] - b[0]));
  });

  it('载入规则库后承载数据随条文可查', () => {
    expect(linzi2022.carrying).toHaveLength(94);
    expect(linzi2022.carrying.find((c) => c.article === 46)?.areas).toEqual(['audit']);
  });

  it('承载数据有误时拒绝载入：主类型与首类型不符、倡导性兼他类、同一条两项', () => {
    const first = linzi2022Carrying[0];
    if (!first) throw new Error('no carrying');
    const withCarrying = (carrying: unknown) => () => loadRulebook({ ...linzi2022Data, carrying });
    expect(withCarrying([{ ...first, kind: 'guard' }])).toThrow(/kind must be the first of kinds/);
    expect(withCarrying([{ ...first, kind: 'advisory', kinds: ['advisory', 'record'] }])).toThrow(/advisory stands alone/);
    expect(withCarrying([first, first])).toThrow(/carried twice/);
    expect(withCarrying([{ ...first, article: 95 }])).toThrow(/no article 95/);
  });
});
