import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { drawSample, sampleSize, seededGenerator, uniformBelow } from './sample.js';

const population = Array.from({ length: 57 }, (_, i) => `task-${i + 1}`);

describe('art. 75: random spot checks drawn reproducibly from a recorded seed', () => {
  it('art. 75: the same seed over the same population gives the same sample', () => {
    expect(drawSample(population, 'seed-2026-03', 10)).toEqual(drawSample(population, 'seed-2026-03', 10));
  });

  it('art. 75: a different seed gives a different sample', () => {
    const a = drawSample(population, 'seed-a', 20);
    const b = drawSample(population, 'seed-b', 20);
    expect(a).not.toEqual(b);
  });

  it('art. 75: the sample is ⌈n·p/100⌉ distinct members of the population, at least one', () => {
    const sample = drawSample(population, 'x', 10);
    expect(sample).toHaveLength(6);
    expect(new Set(sample).size).toBe(6);
    for (const id of sample) expect(population).toContain(id);
    expect(drawSample(['only'], 'x', 1)).toEqual(['only']);
    expect(drawSample(population.slice(0, 5), 'x', 1)).toHaveLength(1);
    expect(drawSample(population, 'x', 100).sort()).toEqual([...population].sort());
    expect(drawSample([], 'x', 10)).toEqual([]);
    expect(sampleSize(10, 10)).toBe(1);
    expect(sampleSize(11, 10)).toBe(2);
  });

  it('art. 75: the draw depends on the population order only through the recorded order', () => {
    const reversed = [...population].reverse();
    expect(drawSample(reversed, 'order', 30)).not.toEqual(drawSample(population, 'order', 30));
  });

  it('art. 75: every member can be drawn (the draw is not stuck on the head of the list)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 400; i += 1) for (const id of drawSample(population, `s${i}`, 2)) seen.add(id);
    expect(seen.size).toBe(population.length);
  });

  it('the generator is uniform enough: each of 10 buckets gets about a tenth of 20 000 draws', () => {
    const next = seededGenerator('uniform');
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i += 1) counts[uniformBelow(next, 10)]! += 1;
    for (const c of counts) expect(Math.abs(c - 2000)).toBeLessThan(200);
  });

  it('a percent outside 1–100 or an empty seed is refused in Chinese', () => {
    expect(() => drawSample(population, 'x', 0)).toThrow(DomainError);
    expect(() => drawSample(population, 'x', 101)).toThrow('抽查比例应为1至100的整数（百分比）');
    expect(() => drawSample(population, '', 10)).toThrow('请提供随机种子');
  });
});

describe('art. 75: a recorded draw reproduces in every later version', () => {
  it('art. 75: the generator and the draw are fixed: a spot check drawn today still verifies from its seed years on', () => {
    const g = seededGenerator('督查-2026-03');
    expect([g(), g(), g()]).toEqual([3277449610, 3916653839, 2867255496]);
    expect(drawSample(population, 'seed-2026-03', 10)).toEqual(['task-53', 'task-54', 'task-21', 'task-37', 'task-2', 'task-12']);
  });

  it('art. 75: an index is drawn only below a whole number from 1 to 2³²', () => {
    const next = seededGenerator('x');
    for (const n of [0, -1, 1.5, 2 ** 32 + 1]) expect(() => uniformBelow(next, n)).toThrow(RangeError);
    expect(uniformBelow(next, 1)).toBe(0);
    const big = uniformBelow(next, 2 ** 32);
    expect(big).toBeGreaterThanOrEqual(0);
    expect(big).toBeLessThan(2 ** 32);
  });

  it('art. 75: a population listing a task twice is refused (each task has one chance)', () => {
    expect(() => drawSample(['a', 'b', 'a'], 'x', 50)).toThrow(DomainError);
  });
});
