import type { LocalDate } from '../../rules/types.js';
import { type CoverAssignment, isAwayOn, type LeaveReport } from './types.js';

type Absences = ReadonlyMap<string, readonly Pick<LeaveReport, 'startDate' | 'endDate' | 'status' | 'returnedOn'>[]>;

/** Who is away on a day. */
export function isPersonAway(absences: Absences, personId: string, day: LocalDate): boolean {
  return (absences.get(personId) ?? []).some((a) => isAwayOn(a, day));
}

/**
 * Who handles an absent leader's urgent and temporary work on a day (art. 62–63): the cover the 区长
 * arranged for the period if any, otherwise the fixed cover partner — provided that person is not away too.
 */
export function coverFor(
  personId: string,
  day: LocalDate,
  pairs: readonly { firstPersonId: string; secondPersonId: string; validFrom: LocalDate; validTo: LocalDate | null }[],
  assignments: readonly CoverAssignment[],
  absences: Absences,
): { personId: string; basis: 'assignment' | 'pair' } | undefined {
  const assigned = assignments.find((a) => a.absentPersonId === personId && a.validFrom <= day && day <= a.validTo);
  if (assigned && !isPersonAway(absences, assigned.coverPersonId, day)) return { personId: assigned.coverPersonId, basis: 'assignment' };
  const pair = pairs.find((p) => (p.firstPersonId === personId || p.secondPersonId === personId) && p.validFrom <= day && (p.validTo === null || day <= p.validTo));
  if (!pair) return undefined;
  const partner = pair.firstPersonId === personId ? pair.secondPersonId : pair.firstPersonId;
  return isPersonAway(absences, partner, day) ? undefined : { personId: partner, basis: 'pair' };
}

/**
 * Who presides over the government's work on a day (art. 7): the 区长, or while the 区长 is away the
 * executive deputy.
 */
export function presidingLeader(head: string | undefined, executiveDeputy: string | undefined, absences: Absences, day: LocalDate): { personId: string; isActing: boolean } | undefined {
  if (head && !isPersonAway(absences, head, day)) return { personId: head, isActing: false };
  if (executiveDeputy && !isPersonAway(absences, executiveDeputy, day)) return { personId: executiveDeputy, isActing: true };
  return undefined;
}
