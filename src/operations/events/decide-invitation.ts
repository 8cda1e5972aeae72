import { commitChange, type OperationContext } from '../../db/change.js';
import { approvalColumns } from '../../db/events-repository.js';
import { authorize } from '../../domain/case.js';
import { invitationCase } from '../../domain/events/case.js';
import { invitationApprovalRules } from '../../domain/events/rules.js';
import type { ApprovalRecord } from '../../domain/events/types.js';
import { enforceRules } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { takeAction } from '../case/take-action.js';
import { recordOutsideApproval } from '../case/outside-approval.js';
import { decideInSession } from './decision.js';
import { loadInvitation } from './load.js';

/**
 * The 区政府's decision on an invitation of a kind art. 91 lists, taken by the 区长 in his own session (or by
 * the executive deputy presiding for him, recorded as acting for him). Approved, it goes on to be arranged;
 * refused, it ends there. An approval after the activity's day is refused.
 */
export async function decideInvitation(ctx: OperationContext, input: { id: string; version: number; decision: 'approved' | 'refused'; opinion: string }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const { viewer, today, case: invitation } = await loadInvitation(trx, ctx, at, input.id);
    const action = input.decision === 'approved' ? 'approve' : 'refuse';
    const audit = await decideInSession(trx, ctx, at, {
      def: invitationCase,
      table: 'eventInvitations',
      case: invitation,
      action,
      version: input.version,
      viewer,
      today,
      decision: input.decision,
      opinion: input.opinion,
      check: () => action === 'approve' && enforceRules(invitationApprovalRules, { actOn: today, eventDate: invitation.activityDate }, today),
    });
    return { result: undefined, audit: [audit] };
  });
}

export type OutsideApprovalInput = {
  id: string;
  version: number;
  decision: 'approved' | 'refused';
  /** The uploaded approving document (the 区委's reply, a meeting record …), bound to the record. */
  attachmentId: string;
  documentNumber?: string | null;
  /** The day on the document. */
  decidedOn: LocalDate;
  note?: string | null;
};

/**
 * The 区委's decision on an art. 91 invitation, which it takes outside the platform: the office records it
 * from the 区委's document, attached. The record names the 区委 as the document does, and the office clerk as
 * who recorded it from which document — never as if a member of the 区委 had acted here.
 */
export async function recordOutsideInvitationApproval(ctx: OperationContext, input: OutsideApprovalInput): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const { viewer, today, case: invitation } = await loadInvitation(trx, ctx, at, input.id);
    const action = input.decision === 'approved' ? 'record_outside_approval' : 'record_outside_refusal';
    authorize(invitationCase, action, invitation, viewer);
    if (action === 'record_outside_approval') enforceRules(invitationApprovalRules, { actOn: input.decidedOn, eventDate: invitation.activityDate }, today);
    const { approverName } = await recordOutsideApproval(trx, ctx, at, {
      objectType: invitationCase.kind,
      objectId: invitation.id,
      action,
      approver: 'party_committee',
      isApproved: input.decision === 'approved',
      attachmentId: input.attachmentId,
      documentNumber: input.documentNumber ?? null,
      decidedOn: input.decidedOn,
      today,
      note: input.note ?? null,
    });
    const approval: ApprovalRecord = {
      decision: input.decision,
      body: 'party_committee',
      approverName,
      approverPost: '',
      decidedOn: input.decidedOn,
      opinion: input.note ?? '',
      recordedByUserId: ctx.actor.userId,
      recordedAt: at.toISOString(),
      actingForName: null,
      attachmentId: input.attachmentId,
    };
    const { audit } = await takeAction(trx, ctx, at, {
      def: invitationCase,
      table: 'eventInvitations',
      case: invitation,
      action,
      version: input.version,
      viewer,
      changes: { ...approvalColumns(approval), updatedAt: at.toISOString() },
      opinion: input.note ?? null,
      summary: { recordedFromDocument: { approver: approverName, attachmentId: input.attachmentId, documentNumber: input.documentNumber ?? null, decidedOn: input.decidedOn } },
    });
    return { result: undefined, audit: [audit] };
  });
}
