import type { Db, Tx } from '../../db/database.js';
import type { AbsenceRequestRecord, MeetingRecord, MeetingsScope, SignatureRecord, TaskRecord, TopicRecord } from '../../db/meetings-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import type { Viewer } from '../../domain/case.js';
import { DomainError } from '../../domain/errors.js';
import { scopeOf } from '../../domain/identity/policies.js';
import type { AbsenceCase, AbsenceStatus, AgendaStage, MeetingCase, MeetingsOrg, TaskCase, TaskStatus, TopicCase, TopicStatus } from '../../domain/meetings/case.js';
import type { MeetingKind, MeetingStatus } from '../../domain/meetings/types.js';
import type { LocalDate } from '../../rules/types.js';

/** The meetings scope of a viewer (see `MeetingsScope`): from the policy table's data scope of `meetings.read`. */
export function meetingsScopeOf(viewer: Pick<Viewer, 'roles' | 'unitId'>): MeetingsScope {
  return scopeOf(viewer.roles, 'meetings.read') === 'all' ? { kind: 'all' } : { kind: 'unit', unitId: viewer.unitId };
}

/** The leaders the meetings declarations name, on a day — one query set per request, whatever the number of rows. */
export async function meetingsOrgOn(db: Db | Tx, day: LocalDate): Promise<MeetingsOrg> {
  const leaders = await orgRepository.leaders(db, day, ['head', 'executive_deputy', 'deputy', 'office_director', 'office_deputy_director']);
  const inCharge = new Map<string, string>();
  for (const l of leaders) {
    if (l.post.kind !== 'deputy' && l.post.kind !== 'executive_deputy') continue;
    for (const u of l.portfolio.units) if (!inCharge.has(u.id)) inCharge.set(u.id, l.personId);
  }
  const head = leaders.find((l) => l.post.kind === 'head')?.personId ?? null;
  return {
    headPersonId: head,
    directorPersonId: leaders.find((l) => l.post.kind === 'office_director')?.personId ?? null,
    officeDeputyDirectorIds: leaders.filter((l) => l.post.kind === 'office_deputy_director').map((l) => l.personId),
    // A unit in no deputy's portfolio goes to the 区长, who leads the whole of the government's work (art. 7).
    deputyInChargeOf: (unitId) => inCharge.get(unitId) ?? head,
  };
}

export function agendaStageOf(m: Pick<MeetingRecord, 'agendaProposedAt' | 'agendaReviewedAt' | 'agendaDecidedAt'>): AgendaStage {
  if (m.agendaDecidedAt) return 'decided';
  if (m.agendaReviewedAt) return 'reviewed';
  return m.agendaProposedAt ? 'proposed' : 'none';
}

export function meetingCaseOf(m: MeetingRecord, org: MeetingsOrg): MeetingCase {
  return {
    id: m.id,
    version: m.version,
    status: m.status as MeetingStatus,
    kind: m.kind as MeetingKind,
    meetingDate: m.meetingDate,
    chairPersonId: m.chairPersonId,
    delegatedByPersonId: m.delegatedByPersonId,
    agenda: agendaStageOf(m),
    headPersonId: org.headPersonId,
    directorPersonId: org.directorPersonId,
  };
}

export function topicCaseOf(t: TopicRecord, signatures: readonly SignatureRecord[], org: MeetingsOrg): TopicCase {
  const own = signatures.filter((s) => s.topicId === t.id);
  return {
    id: t.id,
    version: t.version,
    status: t.status as TopicStatus,
    meetingKind: t.meetingKind as MeetingKind,
    isMeetingPlanned: t.meetingStatus === 'planned',
    submittingUnitId: t.submittingUnitId,
    relatedUnitIds: JSON.parse(t.relatedUnitIds) as string[],
    signedUnitIds: own.map((s) => s.unitId),
    hasOpenDisagreement: own.some((s) => s.isAgreed === 0) && !t.coordinationNote,
    headPersonId: org.headPersonId,
    deputyInChargePersonId: org.deputyInChargeOf(t.submittingUnitId),
    officeDeputyDirectorIds: org.officeDeputyDirectorIds,
  };
}

export function absenceCaseOf(r: AbsenceRequestRecord & { meetingStatus: string }, org: MeetingsOrg): AbsenceCase {
  return { id: r.id, version: r.version, status: r.status as AbsenceStatus, headPersonId: org.headPersonId, isMeetingOpen: r.meetingStatus === 'planned' || r.meetingStatus === 'held' };
}

export function taskCaseOf(t: TaskRecord): TaskCase {
  return { id: t.id, version: t.version, status: t.status as TaskStatus, leadUnitId: t.leadUnitId };
}

/**
 * A request made on a version of the case that is no longer current has been overtaken (another request got
 * there first): 409 with the current state and version, before anything else is judged — so the loser of a
 * race hears "moved on", not "not allowed", even where the winner's act changed what the declaration allows.
 */
export function assertCurrent(c: { version: number; status: string }, version: number, what: string): void {
  if (c.version !== version) throw new DomainError('conflict', `该${what}已被他人处理或修改，请刷新后重试`, { details: { currentState: c.status, currentVersion: c.version } });
}
