import type { Db, Tx } from '../../db/database.js';
import { leaveRepository } from '../../db/leave-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { composition, type MeetingKind, type Seat } from '../../domain/meetings/types.js';
import { leaderPostKinds } from '../../domain/org/types.js';
import type { LocalDate } from '../../rules/types.js';
import { principalOf } from '../org/principal-of.js';

/**
 * The seats of a meeting on its date, from the organisation of that day (art. 5, 48–51), each with the leave
 * report that keeps its holder away, if any (art. 55, 82).
 */
export async function seatsFor(
  db: Db | Tx,
  kind: MeetingKind,
  day: LocalDate,
  attendeeUnitIds: readonly string[],
  chair: { personId: string; name: string },
  /** Units whose principals are not seated (yet): towns and subdistricts at a 副区长's meeting before the 区长 approved (art. 58). */
  withheldUnitIds: readonly string[] = [],
): Promise<(Seat & { leaveReportId: string | null })[]> {
  const leaders = await orgRepository.leaders(db, day, leaderPostKinds);
  const units = await orgRepository.listUnits(db);
  const departmentPrincipals = [];
  if (kind === 'plenary') {
    // Every department's principal in one lookup, not one query per department.
    const departments = units.filter((u) => u.kind === 'department');
    const principals = await orgRepository.principalsOf(db, departments.map((u) => u.id), day);
    for (const unit of departments) {
      const p = principals.get(unit.id);
      if (p) departmentPrincipals.push({ ...p, unitName: unit.name });
    }
  }
  const fixedObservers = [];
  if (kind === 'executive') {
    // Art. 49: 区纪委监委机关 and 区司法局 sit in as fixed observers — whichever units carry those functions.
    for (const fn of ['discipline_commission', 'justice_bureau'] as const) {
      const unit = units.find((u) => u.function === fn);
      const p = unit && (await principalOf(db, unit.id, day));
      if (p && unit) fixedObservers.push({ ...p, post: `${unit.name}主要负责人` });
    }
    for (const l of leaders.filter((x) => x.post.kind === 'office_deputy_director')) fixedObservers.push({ personId: l.personId, name: l.name, post: l.post.title });
    const government = units.find((u) => u.function === 'government');
    const adviser = government && (await orgRepository.postsOfUnit(db, government.id, day, false)).find((p) => p.kind === 'legal_adviser')?.holders[0];
    if (adviser) fixedObservers.push({ personId: adviser.personId, name: adviser.name, post: '区政府法律顾问' });
  }
  let seats = composition(kind, { leaders: leaders.map((l) => ({ personId: l.personId, name: l.name, kind: l.post.kind, title: l.post.title })), departmentPrincipals, fixedObservers });
  if (kind === 'topical') {
    // The one who holds the meeting sits in it: the convener, or the office director or deputy on their behalf.
    seats = [{ personId: chair.personId, name: chair.name, role: 'member', post: '主持人' }];
    const attending = attendeeUnitIds.filter((u) => !withheldUnitIds.includes(u));
    const principals = await orgRepository.principalsOf(db, attending, day);
    for (const unitId of attending) {
      const p = principals.get(unitId);
      const unit = units.find((u) => u.id === unitId);
      if (p && unit && !seats.some((s) => s.personId === p.personId)) seats.push({ ...p, role: 'member', post: `${unit.name}负责人` });
    }
  }
  const reports = await leaveRepository.reportsBetween(db, day, day, seats.map((s) => s.personId));
  return seats.map((s) => ({ ...s, leaveReportId: reports.find((r) => r.personId === s.personId && (r.returnedOn === null || r.returnedOn > day))?.id ?? null }));
}
