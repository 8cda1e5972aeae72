import type { Db, Tx } from '../../db/database.js';
import type { AbsenceRequestRecord, MeetingRecord, MeetingsScope, SignatureRecord, TopicRecord } from '../../db/meetings-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import type { Viewer } from '../../domain/case.js';
import { DomainError } from '../../domain/errors.js';
import { scopeOf } from '../../domain/identity/policies.js';
import type { AbsenceCase, AbsenceStatus, AgendaStage, MeetingCase, MeetingsOrg, TopicCase, TopicStatus } from '../../domain/meetings/case.js';
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
  // Art. 52 "协助其工作的区政府办公室副主任": the org states whom each office deputy director assists in their
  // portfolio ("协助副区长孙立华、周文博工作", "协助常务副区长工作"): by the deputy's name, or by a post title
  // only one leader holds.
  const assisting = new Map<string, string[]>();
  const deputies = leaders.filter((l) => l.post.kind === 'deputy' || l.post.kind === 'executive_deputy');
  for (const d of deputies) {
    const titleIsUnique = leaders.filter((l) => l.post.title === d.post.title).length === 1;
    const ids = leaders
      .filter((l) => l.post.kind === 'office_deputy_director' && l.portfolio.areas.some((a) => a.includes('协助') && (a.includes(d.name) || (titleIsUnique && a.includes(d.post.title)))))
      .map((l) => l.personId);
    assisting.set(d.personId, ids);
  }
  return {
    headPersonId: head,
    directorPersonId: leaders.find((l) => l.post.kind === 'office_director')?.personId ?? null,
    officeDeputyDirectorIds: leaders.filter((l) => l.post.kind === 'office_deputy_director').map((l) => l.personId),
    // A unit in no deputy's portfolio goes to the 区长, who leads the whole of the government's work (art. 7).
    deputyInChargeOf: (unitId) => inCharge.get(unitId) ?? head,
    assistantsOf: (deputy) => (deputy ? (assisting.get(deputy) ?? []) : []),
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
    townPrincipals: townPrincipalsOf(m),
    chairEntrustment: m.chairEntrustment ? ((JSON.parse(m.chairEntrustment) as ChairEntrustment).status === 'entrusted' ? 'entrusted' : 'pending') : null,
  };
}

/** The 区长's decision on town and subdistrict principals at a 副区长's meeting (art. 51, 58), as kept on the meeting. */
export type TownPrincipalsApproval = { status: 'pending' | 'approved' | 'refused'; unitIds: string[]; approverName?: string; actingForName?: string | null; decidedAt?: string; opinion?: string | null };
/** The 区长's entrustment of the executive meeting's chair (art. 49): his own act, or his leave report naming the deputy. */
export type ChairEntrustment = { status: 'pending' | 'entrusted'; basis?: 'entrustment' | 'leave_report'; headName?: string; leaveReportId?: string; entrustedAt?: string; opinion?: string | null };

export function townPrincipalsOf(m: Pick<MeetingRecord, 'townPrincipalsApproval'>): MeetingCase['townPrincipals'] {
  return m.townPrincipalsApproval ? (JSON.parse(m.townPrincipalsApproval) as TownPrincipalsApproval).status : null;
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
    // A disagreement stays open until the unit itself agrees after coordination (art. 52): a note alone closes nothing.
    hasOpenDisagreement: own.some((s) => s.isAgreed === 0),
    headPersonId: org.headPersonId,
    deputyInChargePersonId: org.deputyInChargeOf(t.submittingUnitId),
    assistingDeputyDirectorIds: org.assistantsOf(org.deputyInChargeOf(t.submittingUnitId)),
    isDeputyReviewed: t.reviewedByPersonId !== null,
    isHeadReviewed: t.headReviewedByPersonId !== null,
  };
}

export function absenceCaseOf(r: AbsenceRequestRecord & { meetingStatus: string }, org: MeetingsOrg): AbsenceCase {
  return { id: r.id, version: r.version, status: r.status as AbsenceStatus, headPersonId: org.headPersonId, isMeetingOpen: r.meetingStatus === 'planned' || r.meetingStatus === 'held' };
}

/**
 * A request made on a version of the case that is no longer current has been overtaken (another request got
 * there first): 409 with the current state and version, before anything else is judged — so the loser of a
 * race hears "moved on", not "not allowed", even where the winner's act changed what the declaration allows.
 */
export function assertCurrent(c: { version: number; status: string }, version: number, what: string): void {
  if (c.version !== version) throw new DomainError('conflict', `该${what}已被他人处理或修改，请刷新后重试`, { details: { currentState: c.status, currentVersion: c.version } });
}
