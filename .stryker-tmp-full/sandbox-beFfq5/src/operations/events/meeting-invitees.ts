// @ts-nocheck
import type { Db, Tx } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import type { InviteeKind, MeetingInvitee } from '../../domain/events/types.js';
import type { PostKind, UnitKind } from '../../domain/org/types.js';
import type { LocalDate } from '../../rules/types.js';

/** How art. 58 sorts the posts a department meeting may invite; other posts are not invitees it speaks of. */
function inviteeKindOf(unitKind: UnitKind, postKind: PostKind): InviteeKind | undefined {
  if (unitKind === 'government') {
    if (postKind === 'head') return 'head';
    if (postKind === 'executive_deputy' || postKind === 'deputy') return 'deputy';
    return undefined;
  }
  if (unitKind === 'town' || unitKind === 'subdistrict') {
    if (postKind === 'principal') return 'town_principal';
    if (postKind === 'deputy_head') return 'town_deputy';
  }
  return undefined;
}

/**
 * The posts a department's system-wide meeting may name as invitees on a day, from the org: the government's
 * 区长 and 副区长 (the 区长 is listed so that inviting them is refused with the article, not hidden), and the
 * principal and deputy heads of towns and subdistricts, each with who holds it that day.
 */
export async function meetingInviteeOptions(db: Db | Tx, on: LocalDate): Promise<MeetingInvitee[]> {
  const units = (await orgRepository.listUnits(db)).filter((u) => u.kind === 'government' || u.kind === 'town' || u.kind === 'subdistrict');
  const options: MeetingInvitee[] = [];
  for (const unit of units) {
    for (const post of await orgRepository.postsOfUnit(db, unit.id, on, false)) {
      const kind = inviteeKindOf(unit.kind, post.kind);
      if (!kind) continue;
      const holder = post.holders[0];
      options.push({ postId: post.id, kind, postTitle: post.title, unitId: unit.id, unitName: unit.shortName ?? unit.name, holderPersonId: holder?.personId ?? null, holderName: holder?.name ?? null });
    }
  }
  return options;
}
