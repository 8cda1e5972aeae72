// @ts-nocheck
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

export type WorkbenchContext = { handle: DatabaseHandle; clock: Clock; user: SignedInUser };

/** An area's answer to "what awaits this user?". Areas register one each. */
export type WorkbenchProvider = { area: string; label: string; list: (ctx: WorkbenchContext) => Promise<WorkItem[]> };

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

/** Every provider's items for the user, soonest due first, and a count per source. */
export async function collectWorkItems(ctx: WorkbenchContext): Promise<{ items: WorkItem[]; sources: { area: string; label: string; count: number }[] }> {
  const lists = await Promise.all(providers.map(async (p) => ({ p, items: await p.list(ctx) })));
  const items = lists.flatMap((l) => l.items).sort((a, b) => (a.due?.due ?? '9999').localeCompare(b.due?.due ?? '9999') || a.createdAt.localeCompare(b.createdAt));
  return { items, sources: lists.map((l) => ({ area: l.p.area, label: l.p.label, count: l.items.length })) };
}
