/** The only source of "now" outside tests; domain code takes times as arguments instead. */
// @ts-nocheck

export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock the tests can move, for timeouts and deadlines. */
export function fixedClock(start: Date | string): Clock & { set: (d: Date | string) => void; advance: (ms: number) => void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (d) => {
      current = new Date(d);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

/** Today's date in the government's time zone (Asia/Shanghai, UTC+8, no daylight saving). */
export function localDateOf(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
