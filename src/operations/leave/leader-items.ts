import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { leaveRepository } from '../../db/leave-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { DomainError, found, invalid } from '../../domain/errors.js';
import type { LocalDate } from '../../rules/types.js';
import { availabilityOn } from './availability.js';

export const leaderItemKinds = ['meeting', 'reception', 'emergency', 'urgent_document', 'invitation', 'other'] as const;
export type LeaderItemKind = (typeof leaderItemKinds)[number];
export const leaderItemKindLabels: Record<LeaderItemKind, string> = {
  meeting: '出席会议',
  reception: '公务接待',
  emergency: '突发事件',
  urgent_document: '紧急公文签署',
  invitation: '活动邀请',
  other: '其他事项',
};

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

/** Adds an item for a leader inside the caller's transaction (the office, or another area such as invitations). */
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
  return id;
}

/** The office logs something a leader must attend to. */
export async function createLeaderItem(ctx: OperationContext, item: NewLeaderItem): Promise<{ id: string }> {
  return commitChange(ctx, async (trx, at) => {
    const id = await addLeaderItem(trx, item, ctx.actor.userId, at);
    return { result: { id }, audit: [{ act: 'leader_item.create', objectType: 'leader_item', objectId: id, result: 'success', summary: { kind: item.kind, title: item.title, isUrgent: item.isUrgent } }] };
  });
}

/**
 * A leader handles an item: their own, or — while its addressee is away — an urgent one as the cover
 * (art. 62) or as the executive deputy presiding for the head (art. 7). The act is recorded as done for the
 * absent leader.
 */
export async function handleLeaderItem(ctx: OperationContext, input: { id: string; version: number; note: string }): Promise<void> {
  const today = localDateOf(ctx.clock.now());
  const availability = await availabilityOn(ctx.handle.db, today);
  const item = found(await leaveRepository.findItem(ctx.handle.db, input.id), '事项');
  const me = ctx.actor.personId;
  let actingFor: { personId: string; name: string } | undefined;
  let article: number | undefined;
  if (item.addresseePersonId !== me) {
    const cover = availability.coverOf(item.addresseePersonId);
    if (!cover || cover.personId !== me || item.isUrgent !== 1) found(undefined, '事项');
    actingFor = { personId: item.addresseePersonId, name: availability.leaders.find((l) => l.personId === item.addresseePersonId)?.name ?? '' };
    article = cover?.basis === 'acting_head' ? 7 : cover?.basis === 'assignment' ? 63 : 62;
  }
  if (item.status !== 'open') invalid('该事项已办理');
  await commitChange({ ...ctx, actor: { ...ctx.actor, actingFor } }, async (trx, at) => {
    const ok = await leaveRepository.markItemHandled(trx, item.id, input.version, {
      handledByUserId: ctx.actor.userId,
      handledActingForPersonId: actingFor?.personId ?? null,
      handledAt: at.toISOString(),
      handlingNote: input.note,
    });
    if (!ok) throw new DomainError('conflict', '该事项已被他人办理或修改，请刷新');
    return {
      result: undefined,
      audit: [{ act: 'leader_item.handle', objectType: 'leader_item', objectId: item.id, result: 'success', article, summary: { note: input.note, actingFor: actingFor?.name ?? null } }],
    };
  });
}
