import { createHash } from 'node:crypto';
import { invalid } from '../errors.js';

/**
 * Random sampling for spot checks (随机抽查, work rules art. 75), reproducible from a recorded seed: the same
 * population in the same order and the same seed always give the same sample, so anyone can re-draw a past
 * spot check and see that it was not picked by hand.
 *
 * The generator is xoshiro128** (Blackman & Vigna), its 128-bit state the first 16 bytes of SHA-256(seed);
 * indices are drawn without modulo bias, and the sample is the head of a partial Fisher–Yates shuffle.
 */

/** A generator of uniform 32-bit unsigned integers from a seed string. */
export function seededGenerator(seed: string): () => number {
  const digest = createHash('sha256').update(seed, 'utf8').digest();
  let a = digest.readUInt32LE(0);
  let b = digest.readUInt32LE(4);
  let c = digest.readUInt32LE(8);
  let d = digest.readUInt32LE(12);
  // An all-zero state never moves; SHA-256 will not give one in practice, but the generator must not hang on it.
  if ((a | b | c | d) === 0) a = 0x9e3779b9;
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

const TWO_32 = 0x1_0000_0000;

/** A uniform integer in [0, n), by rejection of the top remainder (no modulo bias). */
export function uniformBelow(next: () => number, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > TWO_32) throw new RangeError(`uniformBelow: n = ${n}`);
  const limit = TWO_32 - (TWO_32 % n);
  for (;;) {
    const x = next();
    if (x < limit) return x % n;
  }
}

/** How many of n are drawn at p percent: ⌈n·p/100⌉, at least one when there is anyone to draw. */
export function sampleSize(n: number, percent: number): number {
  if (n === 0) return 0;
  return Math.min(n, Math.max(1, Math.ceil((n * percent) / 100)));
}

/**
 * Draws ⌈n·percent/100⌉ distinct members of the population (at least one when it is not empty), in the order
 * drawn. Pure: the result depends only on the population's order, the seed and the percent.
 */
export function drawSample(population: readonly string[], seed: string, percent: number): string[] {
  if (!Number.isInteger(percent) || percent < 1 || percent > 100) invalid('抽查比例应为1至100的整数（百分比）');
  if (!seed) invalid('请提供随机种子');
  if (new Set(population).size !== population.length) invalid('抽查范围中有重复的任务');
  const k = sampleSize(population.length, percent);
  const next = seededGenerator(seed);
  const pool = [...population];
  for (let i = 0; i < k; i += 1) {
    const j = i + uniformBelow(next, pool.length - i);
    const picked = pool[j] as string;
    pool[j] = pool[i] as string;
    pool[i] = picked;
  }
  return pool.slice(0, k);
}
