import type { OperationContext } from '../../db/change.js';
import type { Db, Tx } from '../../db/database.js';
import { approvalColumns } from '../../db/events-repository.js';
import type { VersionedTable } from '../../db/versioned-update.js';
import type { AuditEntry } from '../../domain/audit/audit-event.js';
import { authorize, type CaseDefinition } from '../../domain/case.js';
import { takeAction } from '../case/take-action.js';
import type { EventsScope } from '../../db/events-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import type { Viewer } from '../../domain/case.js';
import type { WithHead } from '../../domain/events/case.js';
import type { ApprovalRecord } from '../../domain/events/types.js';
import { scopeOf } from '../../domain/identity/policies.js';
import { leaderPostKinds } from '../../domain/org/types.js';
import type { Actor } from '../../domain/audit/audit-event.js';
import type { LocalDate } from '../../rules/types.js';

/** The 区长 on a day: whose own act the 区政府's approvals are (art. 58, 81, 91). */
export async function headOn(db: Db | Tx, day: LocalDate): Promise<string | null> {
  return (await orgRepository.leaders(db, day, ['head']))[0]?.personId ?? null;
}

export function withHead<T>(c: T, headPersonId: string | null): WithHead<T> {
  return { ...c, headPersonId };
}

/** Whether the viewer decides for the 区长 today: the 区长 himself, or the executive deputy presiding for him (art. 7). */
export function isHeadsDesk(viewer: Viewer, headPersonId: string | null): boolean {
  if (!headPersonId) return false;
  return viewer.personId === headPersonId || viewer.standsInFor.some((s) => s.personId === headPersonId && !s.isUrgentOnly);
}

/** The requests a viewer may see, from the policy table's data scope and the viewer's relation to them. */
export function eventsScopeOf(viewer: Viewer, headPersonId: string | null): EventsScope {
  return scopeOf(viewer.roles, 'events.read') === 'all' ? { all: true } : { all: false, unitId: viewer.unitId, personId: viewer.personId, isHeadsDesk: isHeadsDesk(viewer, headPersonId) };
}

/**
 * A decision taken in the decider's own session: their name and post come from the session and the org data
 * (never typed in), and a stand-in's decision names whom they acted for.
 */
export async function decisionInSession(
  db: Tx,
  actor: Pick<Actor, 'userId' | 'name' | 'personId' | 'unitId'>,
  input: { decision: 'approved' | 'refused'; opinion: string; actingFor: { name: string } | null },
  today: LocalDate,
  at: Date,
): Promise<ApprovalRecord> {
  const post = actor.personId ? (await orgRepository.leaders(db, today, leaderPostKinds)).find((l) => l.personId === actor.personId)?.post.title : undefined;
  const unit = actor.unitId ? await orgRepository.findUnit(db, actor.unitId) : undefined;
  return {
    decision: input.decision,
    body: 'government',
    approverName: actor.name,
    approverPost: post ?? unit?.name ?? '',
    decidedOn: today,
    opinion: input.opinion,
    recordedByUserId: actor.userId,
    recordedAt: at.toISOString(),
    actingForName: input.actingFor?.name ?? null,
    attachmentId: null,
  };
}

/**
 * One decision on a request, taken in the decider's own session: the declaration says who may take it (the
 * 区长, or whoever presides for him), `check` runs the rules of an approval, the decision is stored with the
 * decider's name and post from the session (never typed in), and the case moves through `takeAction`.
 * `changes` turns the decision into the columns it is kept in (the approval columns by default).
 */
export async function decideInSession<S extends string, C extends { id: string; version: number }, A extends string>(
  trx: Tx,
  ctx: OperationContext,
  at: Date,
  input: {
    def: CaseDefinition<S, C, A>;
    table: VersionedTable;
    case: C;
    action: A;
    version: number;
    viewer: Viewer;
    today: LocalDate;
    decision: 'approved' | 'refused';
    opinion: string;
    check?: () => void;
    changes?: (approval: ApprovalRecord) => Record<string, unknown>;
  },
): Promise<AuditEntry> {
  const { actingFor } = authorize(input.def, input.action, input.case, input.viewer);
  input.check?.();
  const approval = await decisionInSession(trx, ctx.actor, { decision: input.decision, opinion: input.opinion, actingFor }, input.today, at);
  const { audit } = await takeAction(trx, ctx, at, {
    def: input.def,
    table: input.table,
    case: input.case,
    action: input.action,
    version: input.version,
    viewer: input.viewer,
    changes: { ...(input.changes ? input.changes(approval) : approvalColumns(approval)), updatedAt: at.toISOString() },
    opinion: input.opinion,
  });
  return audit;
}
