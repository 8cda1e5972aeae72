import type { Db, Tx } from '../../db/database.js';
import { leaveRepository, type LeaveReportRecord } from '../../db/leave-repository.js';
import { orgRepository, type LeaderView } from '../../db/org-repository.js';
import { coverFor, isPersonAway, presidingLeader } from '../../domain/leave/cover.js';
import type { CoverAssignment } from '../../domain/leave/types.js';
import { leaderPostKinds } from '../../domain/org/types.js';
import type { LocalDate } from '../../rules/types.js';

/** Who is away on a day, who covers whom, and who presides — the facts art. 7, 62 and 63 route by. */
export type Availability = {
  day: LocalDate;
  leaders: LeaderView[];
  absences: Map<string, LeaveReportRecord[]>;
  assignments: CoverAssignment[];
  isAway: (personId: string) => boolean;
  /** The leader who handles an absent leader's urgent work today, with the basis. */
  coverOf: (personId: string) => { personId: string; name: string; basis: 'assignment' | 'pair' | 'acting_head' } | undefined;
  presiding: { personId: string; name: string; isActing: boolean } | undefined;
};

export async function availabilityOn(db: Db | Tx, day: LocalDate): Promise<Availability> {
  const leaders = await orgRepository.leaders(db, day, leaderPostKinds);
  const reports = await leaveRepository.reportsBetween(db, day, day);
  const absences = new Map<string, LeaveReportRecord[]>();
  for (const r of reports) absences.set(r.personId, [...(absences.get(r.personId) ?? []), r]);
  const assignments = await leaveRepository.assignmentsBetween(db, day, day);
  const pairs = await orgRepository.coverPairs(db);
  const nameOf = (id: string) => leaders.find((l) => l.personId === id)?.name ?? '';
  const head = leaders.find((l) => l.post.kind === 'head')?.personId;
  const executiveDeputy = leaders.find((l) => l.post.kind === 'executive_deputy')?.personId;
  const presides = presidingLeader(head, executiveDeputy, absences, day);
  return {
    day,
    leaders,
    absences,
    assignments,
    isAway: (personId) => isPersonAway(absences, personId, day),
    coverOf: (personId) => {
      if (!isPersonAway(absences, personId, day)) return undefined;
      // The head's work passes whole to the executive deputy, who presides while the head is away (art. 7). This
      // comes before any cover pair or arrangement for the head: those hand over only urgent work (art. 62, 63)
      // and apply only when the executive deputy is away too.
      if (personId === head && presides?.isActing) return { personId: presides.personId, name: nameOf(presides.personId), basis: 'acting_head' };
      const cover = coverFor(personId, day, pairs, assignments, absences);
      if (cover) return { personId: cover.personId, name: nameOf(cover.personId), basis: cover.basis };
      return undefined;
    },
    presiding: presides ? { ...presides, name: nameOf(presides.personId) } : undefined,
  };
}
