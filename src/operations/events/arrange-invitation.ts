import { commitChange, type OperationContext } from '../../db/change.js';
import { orgRepository } from '../../db/org-repository.js';
import { invalid } from '../../domain/errors.js';
import { invitationCase } from '../../domain/events/case.js';
import { invitationArrangementRules, invitationSubmissionRules, visitArrangementRules } from '../../domain/events/rules.js';
import { invitationKindLabels } from '../../domain/events/types.js';
import { daysBetween } from '../../domain/leave/types.js';
import { enforceRules, parameter, runRules } from '../../rules/index.js';
import { attachmentRepository } from '../../db/attachment-repository.js';
import { addresseeOf } from './submit-invitation.js';
import { takeAction } from '../case/take-action.js';
import { addLeaderItem } from '../leave/leader-items.js';
import { loadInvitation } from './load.js';

/**
 * The office arranges an invitation (art. 90 "一律由区政府办公室统一安排"): it becomes an item on the invited
 * leader's list, due on the activity's day, so that while the leader is away it reaches their cover (art. 62).
 * An activity nearer than the art. 90 lead time is urgent: it cannot wait for the leader's return. The kinds
 * art. 91 lists are refused until approved; art. 92 visits need the coordinated plan (city leaders) or the
 * 区长's approval to accompany throughout (city departments, other counties). The office records the addressee
 * it reads on the 请柬 (art. 90).
 */
export type ArrangeInvitationInput = {
  id: string;
  version: number;
  note: string;
  /**
   * The addressee as the office reads it on the 请柬 it registers (art. 90): a person from the org data, or null
   * for the office itself; absent, the inviting unit's statement stands.
   */
  addresseePersonId?: string | null;
  addresseeName?: string | null;
  /** Art. 92: the plan coordinated with the offices of the 区委, 区人大 and 区政协 (an uploaded attachment). */
  planAttachmentId?: string | null;
};

export async function arrangeInvitation(ctx: OperationContext, input: ArrangeInvitationInput): Promise<{ leaderItemId: string; isUrgent: boolean }> {
  return commitChange(ctx, async (trx, at) => {
    const { viewer, today, case: invitation } = await loadInvitation(trx, ctx, at, input.id);
    if (invitation.status === 'awaiting_approval') enforceRules(invitationArrangementRules, { kind: invitation.kind, approval: invitation.approval }, today);
    if (invitation.status === 'awaiting_arrangement' && invitation.activityDate < today) invalid('活动日期已过，不能再安排');
    // Art. 92: a visit of city leaders follows the coordinated plan; a peer visit is not accompanied throughout
    // unless the 区长 allowed it.
    let planAttachmentId = invitation.planAttachmentId;
    if (input.planAttachmentId) {
      const claimed = await attachmentRepository.claim(trx, [input.planAttachmentId], ctx.actor.userId, 'invitation', invitation.id);
      if (claimed.length !== 1) invalid('方案附件不存在，或不是由本人上传');
      planAttachmentId = input.planAttachmentId;
    }
    enforceRules(visitArrangementRules, { kind: invitation.kind, isFullAccompaniment: invitation.isFullAccompaniment, approval: invitation.approval, hasPlan: planAttachmentId !== null }, today);
    // Art. 90: the addressee the office reads on the card it registers; a card addressed to a leader personally is
    // kept on the record against the inviting unit.
    const recordsAddressee = input.addresseePersonId !== undefined;
    const addresseePersonId = recordsAddressee ? (input.addresseePersonId ?? null) : invitation.addresseePersonId;
    const addressee = await addresseeOf(trx, addresseePersonId, recordsAddressee ? (input.addresseeName ?? null) : invitation.addresseeName, invitation.activityDate);
    const found = runRules(invitationSubmissionRules, { invitation: { kind: invitation.kind, activityDate: invitation.activityDate, addressee, submittedOn: invitation.submittedOn }, recordedBy: 'office' }, today).flags.filter(
      (f) => f.ruleId === 'events.invitation-through-office',
    );
    const flags = [...invitation.flags.filter((f) => f.ruleId !== 'events.invitation-through-office'), ...found.map(({ ruleId, article, message }) => ({ ruleId, article, message }))];

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
      changes: {
        arrangedOn: today,
        arrangementNote: input.note || null,
        leaderItemId,
        addresseePersonId,
        addresseeName: addressee.kind === 'office' ? null : addressee.name,
        addressedTo: addressee.kind === 'leader' ? 'leader' : 'office',
        planAttachmentId,
        flags: JSON.stringify(flags),
        updatedAt: at.toISOString(),
      },
      opinion: input.note || null,
      summary: { invitedPersonId: invitation.invitedPersonId, leaderItemId, isUrgent, dueOn: invitation.activityDate, addressee: addressee.kind === 'office' ? '区政府办公室' : addressee.name, flags: found.map((f) => f.ruleId) },
    });
    return { result: { leaderItemId, isUrgent }, audit: [audit] };
  });
}
