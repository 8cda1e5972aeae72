import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Db, Tx } from '../../db/database.js';
import { type LedgerFilter, type SupervisionScope, supervisionRepository, type TaskWithClock } from '../../db/supervision-repository.js';

/** Rows read per statement when a whole ledger is walked (export, spot-check population, overdue list). */
export const LEDGER_CHUNK = 500;

/**
 * Walks the ledger under a filter page by page (the same keyset-paged query as the ledger page), handing each
 * page to `visit` and yielding to the event loop in between: never the whole ledger in memory at once.
 */
export async function forEachLedgerPage(db: Db | Tx, filter: LedgerFilter, scope: SupervisionScope, today: string, visit: (rows: TaskWithClock[]) => Promise<void> | void): Promise<void> {
  let after: string[] | null = null;
  for (;;) {
    const rows = await supervisionRepository.ledger(db, filter, scope, today, { after, limit: LEDGER_CHUNK });
    if (rows.length > 0) await visit(rows);
    const last = rows.at(-1);
    if (!last || rows.length < LEDGER_CHUNK) return;
    after = [last.dueOn, last.createdAt, last.id];
    await yieldToEventLoop();
  }
}

/** The parts of 督〔2026〕N号 (year, N), to order tasks by number; tasks without one sort last. */
export function numberKey(number: string | null): [number, number] {
  const m = /〔(\d{4})〕(\d+)号$/.exec(number ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
}

/** Orders tasks by their number (year, then N), then by id: a fixed order that does not depend on the query's. */
export function byNumber(a: { number: string | null; id: string }, b: { number: string | null; id: string }): number {
  const [ay, an] = numberKey(a.number);
  const [by, bn] = numberKey(b.number);
  return ay - by || an - bn || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
