import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { eventsRepository } from '../../db/events-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { DomainError, found, invalid } from '../../domain/errors.js';
import { invitationArrangementRules } from '../../domain/events/rules.js';
import { invitationKindLabels } from '../../domain/events/types.js';
import { daysBetween } from '../../domain/leave/types.js';
import { defaultRulebookSet, enforceRules, param } from '../../rules/index.js';
import { addLeaderItem } from '../leave/leader-items.js';

const JURISDICTION = 'linzi';

/**
 * The office arranges an invitation (art. 90 "一律由区政府办公室统一安排"): it becomes an item on the invited
 * leader's list, due on the activity's day, so that while the leader is away it reaches their cover (art. 62).
 * An activity nearer than the art. 90 lead time is urgent: it cannot wait for the leader's return. The kinds
 * art. 91 lists are refused until the approval is recorded.
 */
export async function arrangeInvitation(ctx: OperationContext, input: { id: string; version: number; note: string }): Promise<{ leaderItemId: string; isUrgent: boolean }> {
  const today = localDateOf(ctx.clock.now());
  return commitChange(ctx, async (trx, at) => {
    const invitation = found(await eventsRepository.findInvitation(trx, input.id), '邀请');
    if (invitation.status !== 'awaiting_approval' && invitation.status !== 'awaiting_arrangement') invalid('该邀请已办理');
    enforceRules(invitationArrangementRules, { kind: invitation.kind, approval: invitation.approval }, today);
    if (invitation.activityDate < today) invalid('活动日期已过，不能再安排');

    const unit = await orgRepository.findUnit(trx, invitation.invitingUnitId);
    const leadDays = param(defaultRulebookSet, JURISDICTION, 'events.invitationLeadDays', today).value;
    const isUrgent = daysBetween(today, invitation.activityDate) <= leadDays;
    const when = [invitation.activityDate, invitation.startTime].filter(Boolean).join(' ');
    const leaderItemId = await addLeaderItem(
      trx,
      {
        kind: 'invitation',
        title: `${invitation.title}（${unit?.shortName ?? unit?.name ?? ''}邀请）`,
        detail: [`${invitationKindLabels[invitation.kind]}，${when}${invitation.place ? `，${invitation.place}` : ''}`, invitation.detail, input.note].filter((s) => s.trim()).join('\n'),
        addresseePersonId: invitation.invitedPersonId,
        unitId: invitation.invitingUnitId,
        isUrgent,
        dueOn: invitation.activityDate,
        sourceType: 'invitation',
        sourceId: invitation.id,
      },
      ctx.actor.userId,
      at,
    );
    const ok = await eventsRepository.updateInvitation(
      trx,
      invitation.id,
      { version: input.version, status: 'awaiting_arrangement' },
      { status: 'arranged', arrangedOn: today, arrangementNote: input.note || null, leaderItemId, updatedAt: at.toISOString() },
    );
    if (!ok) throw new DomainError('conflict', '该邀请已被他人办理或修改，请刷新后重试');
    return {
      result: { leaderItemId, isUrgent },
      audit: [{ act: 'invitation.arrange', objectType: 'invitation', objectId: invitation.id, result: 'success', article: 90, summary: { invitedPersonId: invitation.invitedPersonId, leaderItemId, isUrgent, dueOn: invitation.activityDate } }],
    };
  });
}
