// @ts-nocheck
import { commitChange, type OperationContext } from '../../db/change.js';
import { orgRepository } from '../../db/org-repository.js';
import { invalid } from '../../domain/errors.js';
import { invitationCase } from '../../domain/events/case.js';
import { invitationArrangementRules } from '../../domain/events/rules.js';
import { invitationKindLabels } from '../../domain/events/types.js';
import { daysBetween } from '../../domain/leave/types.js';
import { enforceRules, parameter } from '../../rules/index.js';
import { takeAction } from '../case/take-action.js';
import { addLeaderItem } from '../leave/leader-items.js';
import { loadInvitation } from './load.js';

/**
 * The office arranges an invitation (art. 90 "一律由区政府办公室统一安排"): it becomes an item on the invited
 * leader's list, due on the activity's day, so that while the leader is away it reaches their cover (art. 62).
 * An activity nearer than the art. 90 lead time is urgent: it cannot wait for the leader's return. The kinds
 * art. 91 lists are refused until approved.
 */
export async function arrangeInvitation(ctx: OperationContext, input: { id: string; version: number; note: string }): Promise<{ leaderItemId: string; isUrgent: boolean }> {
  return commitChange(ctx, async (trx, at) => {
    const { viewer, today, case: invitation } = await loadInvitation(trx, ctx, at, input.id);
    if (invitation.status === 'awaiting_approval') enforceRules(invitationArrangementRules, { kind: invitation.kind, approval: invitation.approval }, today);
    if (invitation.status === 'awaiting_arrangement' && invitation.activityDate < today) invalid('活动日期已过，不能再安排');

    const unit = await orgRepository.findUnit(trx, invitation.invitingUnitId);
    const isUrgent = daysBetween(today, invitation.activityDate) <= parameter('events.invitationLeadDays', today);
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
    const { audit } = await takeAction(trx, ctx, at, {
      def: invitationCase,
      table: 'eventInvitations',
      case: invitation,
      action: 'arrange',
      version: input.version,
      viewer,
      changes: { arrangedOn: today, arrangementNote: input.note || null, leaderItemId, updatedAt: at.toISOString() },
      opinion: input.note || null,
      summary: { invitedPersonId: invitation.invitedPersonId, leaderItemId, isUrgent, dueOn: invitation.activityDate },
    });
    return { result: { leaderItemId, isUrgent }, audit: [audit] };
  });
}
