import type { Clock } from '../../clock.js';
import type { DatabaseHandle } from '../../db/database.js';
import type { SignedInUser } from '../identity/present-user.js';

/** One thing waiting for the user, as the 工作台 lists it. */
export type WorkItem = {
  id: string;
  area: string;
  kind: string;
  title: string;
  unitName?: string;
  due?: { due: string; provisional: boolean; explanation: string };
  /** Set when the user sees this item because they cover for an absent leader (art. 62). */
  actingFor?: { personId: string; name: string };
  href: string;
  createdAt: string;
};

/**
 * Where an item stands in the 工作台's one order: soonest due day first (items without a due day last), then
 * the oldest, then by area and id so that the order is total and a cursor names one place in it.
 */
export type WorkKey = { due: string; createdAt: string; area: string; id: string };

/** The due key of an item without a due day: after every real day. */
export const NO_DUE = '9999-12-31';

export function keyOf(item: WorkItem): WorkKey {
  return { due: item.due?.due ?? NO_DUE, createdAt: item.createdAt, area: item.area, id: item.id };
}

export function compareKeys(a: WorkKey, b: WorkKey): number {
  return cmp(a.due, b.due) || cmp(a.createdAt, b.createdAt) || cmp(a.area, b.area) || cmp(a.id, b.id);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What a provider is asked for: at most `limit` of its items strictly after `after` in the 工作台's order (every
 * item from the start when null), selected in SQL with the work predicate and ordered by the same key, and how
 * many items it has for the user in all (a COUNT, not a load).
 */
export type WorkbenchPageRequest = { after: WorkKey | null; limit: number };
export type WorkbenchPage = { items: WorkItem[]; count: number };

export type WorkbenchContext = { handle: DatabaseHandle; clock: Clock; user: SignedInUser };

/** An area's answer to "what awaits this user?". Areas register one each. */
export type WorkbenchProvider = { area: string; label: string; page: (ctx: WorkbenchContext, request: WorkbenchPageRequest) => Promise<WorkbenchPage> };

const providers: WorkbenchProvider[] = [];

/** Registers an area's provider; registering the same area again replaces it (one provider per area). */
export function registerWorkbenchProvider(provider: WorkbenchProvider): () => void {
  const existing = providers.findIndex((p) => p.area === provider.area);
  if (existing >= 0) providers.splice(existing, 1);
  providers.push(provider);
  return () => {
    const i = providers.indexOf(provider);
    if (i >= 0) providers.splice(i, 1);
  };
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 200;

/** The opaque cursor the client sends back for the next page: the key of the last item it was given. */
export function encodeCursor(key: WorkKey): string {
  return Buffer.from(JSON.stringify([key.due, key.createdAt, key.area, key.id]), 'utf8').toString('base64url');
}

/** The key a cursor names; null when the cursor is not one this server gave (the caller answers 400). */
export function decodeCursor(cursor: string): WorkKey | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 4 || !parsed.every((p) => typeof p === 'string')) return null;
    const [due, createdAt, area, id] = parsed as string[];
    return { due: due!, createdAt: createdAt!, area: area!, id: id! };
  } catch {
    return null;
  }
}

/**
 * One page of the user's 工作台 in the one order (`WorkKey`), and how many items each source has in all. Each
 * provider is asked for `pageSize + 1` items after the cursor, so the statements are a fixed number per provider
 * and the rows read are bounded by the page, whatever the number of cases.
 */
export async function collectWorkItems(
  ctx: WorkbenchContext,
  options: { pageSize?: number; after?: WorkKey | null } = {},
): Promise<{ items: WorkItem[]; nextCursor: string | null; sources: { area: string; label: string; count: number }[] }> {
  const pageSize = Math.min(Math.max(options.pageSize ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const request: WorkbenchPageRequest = { after: options.after ?? null, limit: pageSize + 1 };
  const pages = await Promise.all(providers.map(async (p) => ({ p, page: await p.page(ctx, request) })));
  const merged = pages.flatMap((l) => l.page.items).sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
  const items = merged.slice(0, pageSize);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: merged.length > pageSize && last ? encodeCursor(keyOf(last)) : null,
    sources: pages.map((l) => ({ area: l.p.area, label: l.p.label, count: l.page.count })),
  };
}
