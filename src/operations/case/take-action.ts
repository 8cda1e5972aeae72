import type { Tx } from '../../db/database.js';
import type { OperationContext } from '../../db/change.js';
import { timelineRepository } from '../../db/timeline-repository.js';
import { updateVersioned, type VersionedTable } from '../../db/versioned-update.js';
import type { AuditEntry } from '../../domain/audit/audit-event.js';
import { authorize, type Authorization, type CaseDefinition, type Viewer } from '../../domain/case.js';

/**
 * Takes one declared action on a case inside the caller's transaction — the one way a case moves:
 * the declaration authorizes it (409 when the case has moved on, 403 when the viewer may not), the
 * versioned update applies it (409 when the caller's version is stale), the timeline records it with
 * whom the actor stood in for, and the audit entry is returned for `commitChange` to append.
 */
export async function takeAction<S extends string, C extends { id: string; version: number }, A extends string>(
  trx: Tx,
  ctx: OperationContext,
  at: Date,
  input: {
    def: CaseDefinition<S, C, A>;
    table: VersionedTable;
    /** The column that holds the state (default `status`). */
    stateColumn?: string;
    case: C;
    action: A;
    version: number;
    viewer: Viewer;
    changes?: Record<string, unknown>;
    opinion?: string | null;
    summary?: Record<string, unknown>;
  },
): Promise<{ audit: AuditEntry; version: number; authorization: Authorization<S> }> {
  const authorization = authorize(input.def, input.action, input.case, input.viewer, input.version);
  const stateColumn = input.stateColumn ?? 'status';
  const { version } = await updateVersioned(
    trx,
    input.table,
    input.case.id,
    input.version,
    { ...input.changes, [stateColumn]: authorization.to },
    { what: input.def.label, stateColumn },
  );
  const actor = { ...ctx.actor, actingFor: authorization.actingFor ?? undefined };
  await timelineRepository.record(trx, {
    objectType: input.def.kind,
    objectId: input.case.id,
    action: input.action,
    actor,
    opinion: input.opinion ?? null,
    article: authorization.articles[0] ?? null,
    at,
  });
  return {
    version,
    authorization,
    audit: {
      act: authorization.act,
      objectType: input.def.kind,
      objectId: input.case.id,
      result: 'success',
      article: authorization.articles[0],
      actingFor: authorization.actingFor,
      summary: { from: input.def.stateOf(input.case), to: authorization.to, ...(input.opinion ? { opinion: input.opinion } : {}), ...input.summary },
    },
  };
}
