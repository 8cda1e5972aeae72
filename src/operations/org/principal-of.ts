import type { Db, Tx } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import type { LocalDate } from '../../rules/types.js';

/** The principal head (主要负责人) of a unit on a day. */
export async function principalOf(db: Db | Tx, unitId: string, day: LocalDate): Promise<{ personId: string; name: string } | undefined> {
  const holder = (await orgRepository.postsOfUnit(db, unitId, day, false)).find((p) => p.kind === 'principal')?.holders[0];
  return holder && { personId: holder.personId, name: holder.name };
}

/** Whether the person holds the unit's principal post on the day. */
export async function isPrincipalOf(db: Db | Tx, unitId: string, personId: string | null, day: LocalDate): Promise<boolean> {
  if (!personId) return false;
  const posts = await orgRepository.postsOfUnit(db, unitId, day, false);
  return posts.some((p) => p.kind === 'principal' && p.holders.some((h) => h.personId === personId));
}
