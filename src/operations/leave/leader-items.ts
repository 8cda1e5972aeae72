import { randomUUID } from 'node:crypto';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { leaveRepository } from '../../db/leave-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { authorize } from '../../domain/case.js';
import { found } from '../../domain/errors.js';
import { dueClocks, leaderItemCase } from '../../domain/leave/case.js';
import type { LeaderItemKind } from '../../domain/leave/types.js';
import { localDateOf } from '../../clock.js';
import type { LocalDate } from '../../rules/types.js';
import { takeAction } from '../case/take-action.js';
import { viewerOf } from '../case/viewer.js';
import { startDueClock, stopClocks } from './due-clock.js';
import { leaderItemScopeOf } from './scope.js';

export type NewLeaderItem = {
  kind: LeaderItemKind;
  title: string;
  detail: string;
  addresseePersonId: string;
  unitId?: string | null;
  isUrgent: boolean;
  dueOn?: LocalDate | null;
  sourceType?: string;
  sourceId?: string;
};

/**
 * Adds an item for a leader inside the caller's transaction (the office, or another area such as invitations);
 * an item with a due day gets its clock on the deadlines table.
 */
export async function addLeaderItem(trx: Tx, item: NewLeaderItem, createdByUserId: string | null, at: Date): Promise<string> {
  found(await orgRepository.findPerson(trx, item.addresseePersonId), '领导');
  const id = randomUUID();
  await leaveRepository.insertItem(trx, {
    id,
    kind: item.kind,
    title: item.title,
    detail: item.detail,
    addresseePersonId: item.addresseePersonId,
    unitId: item.unitId ?? null,
    isUrgent: item.isUrgent ? 1 : 0,
    dueOn: item.dueOn ?? null,
    sourceType: item.sourceType ?? null,
    sourceId: item.sourceId ?? null,
    status: 'open',
    handledByUserId: null,
    handledActingForPersonId: null,
    handledAt: null,
    handlingNote: null,
    createdByUserId,
    version: 1,
    createdAt: at.toISOString(),
  });
  if (item.dueOn) await startDueClock(trx, { objectType: leaderItemCase.kind, objectId: id, ...dueClocks.leaderItem, from: localDateOf(at), due: item.dueOn }, at);
  return id;
}

/** The office logs something a leader must attend to. */
export async function createLeaderItem(ctx: OperationContext, item: NewLeaderItem): Promise<{ id: string }> {
  return commitChange(ctx, async (trx, at) => {
    const id = await addLeaderItem(trx, item, ctx.actor.userId, at);
    return { result: { id }, audit: [{ act: 'leader_item.create', objectType: 'leader_item', objectId: id, result: 'success', summary: { kind: item.kind, title: item.title, isUrgent: item.isUrgent } }] };
  });
}

/** Why a stand-in took the item: the cover pair (art. 62), the 区长's arrangement (63), presiding for the head (7). */
const articleOfBasis = { pair: 62, assignment: 63, acting_head: 7 } as const;

/**
 * A leader handles an item as the declaration allows: their own, or — while its addressee is away — an urgent
 * one as the cover, or any as the executive deputy presiding for the head; a stand-in's act is recorded as
 * done for the absent leader. An item already handled answers 409.
 */
export async function handleLeaderItem(ctx: OperationContext, input: { id: string; version: number; note: string }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const viewer = await viewerOf(trx, ctx.actor, at);
    const item = found(await leaveRepository.findItemIn(trx, input.id, leaderItemScopeOf(viewer)), '事项');
    const { actingFor } = authorize(leaderItemCase, 'handle', item, viewer);
    const { audit } = await takeAction(trx, ctx, at, {
      def: leaderItemCase,
      table: 'leaderItems',
      case: item,
      action: 'handle',
      version: input.version,
      viewer,
      changes: { handledByUserId: ctx.actor.userId, handledActingForPersonId: actingFor?.personId ?? null, handledAt: at.toISOString(), handlingNote: input.note },
      opinion: input.note,
      summary: { actingFor: actingFor?.name ?? null },
    });
    await stopClocks(trx, leaderItemCase.kind, item.id, at);
    const basis = actingFor && viewer.standsInFor.find((s) => s.personId === actingFor.personId)?.basis;
    const { article: _declared, ...rest } = audit;
    return { result: undefined, audit: [basis ? { ...rest, article: articleOfBasis[basis] } : rest] };
  });
}
