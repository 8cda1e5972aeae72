// @ts-nocheck
import { localDateOf } from '../../clock.js';
import type { Db, Tx } from '../../db/database.js';
import type { Actor } from '../../domain/audit/audit-event.js';
import type { StandIn, Viewer } from '../../domain/case.js';
import { availabilityOn, type Availability } from '../leave/availability.js';

/**
 * The viewer the case declarations judge: the signed-in actor, today, and the people whose work they take
 * today — each absent leader they cover (art. 62 limits a deputy's cover to urgent work; the head's own
 * assignment under art. 63 likewise) and, while the head is away, the head for the executive deputy, who
 * presides over the whole of the government's work (art. 7).
 */
export async function viewerOf(db: Db | Tx, actor: Pick<Actor, 'userId' | 'personId' | 'unitId' | 'roles'>, now: Date, known?: Availability): Promise<Viewer> {
  const today = localDateOf(now);
  const base = { userId: actor.userId ?? '', personId: actor.personId, unitId: actor.unitId, roles: actor.roles, today };
  if (!actor.personId || !actor.roles.includes('leader')) return { ...base, standsInFor: [] };
  const availability = known ?? (await availabilityOn(db, today));
  return { ...base, standsInFor: standInsOf(availability, actor.personId) };
}

/** Whom `personId` stands in for on the availability's day. */
export function standInsOf(availability: Availability, personId: string): StandIn[] {
  const standIns: StandIn[] = [];
  for (const leader of availability.leaders) {
    if (leader.personId === personId) continue;
    const cover = availability.coverOf(leader.personId);
    if (cover?.personId !== personId) continue;
    standIns.push({ personId: leader.personId, name: leader.name, basis: cover.basis, isUrgentOnly: cover.basis !== 'acting_head' });
  }
  return standIns;
}
