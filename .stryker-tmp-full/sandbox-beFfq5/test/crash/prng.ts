/**
 * A small seeded PRNG (mulberry32) so a crash run can be replayed: the same seed gives the same writes,
 * the same kill delays and the same names (the server's own timing still varies from run to run).
 */
// @ts-nocheck

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Mixes a seed with indices (dialect, round, worker) into an independent 32-bit seed. */
export function deriveSeed(...parts: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
  }
  return h >>> 0;
}

/** An integer in [0, n). */
export function randomInt(random: () => number, n: number): number {
  return Math.floor(random() * n);
}

/** Reads a 32-bit seed from the environment (decimal or 0x-hex), or picks a new one for this run. */
export function seedFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return Math.floor(Math.random() * 4_294_967_296);
  const seed = Number(value.trim());
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`ZHENGWU_CRASH_SEED 应为 0–4294967295 的整数：${value}`);
  return seed;
}
