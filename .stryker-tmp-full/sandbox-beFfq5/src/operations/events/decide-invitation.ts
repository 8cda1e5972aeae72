// @ts-nocheck
import { randomUUID } from 'node:crypto';
import { attachmentRepository } from '../../db/attachment-repository.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { approvalColumns } from '../../db/events-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { timelineRepository } from '../../db/timeline-repository.js';
import { authorize } from '../../domain/case.js';
import { invalid } from '../../domain/errors.js';
import { invitationCase } from '../../domain/events/case.js';
import { invitationApprovalRules } from '../../domain/events/rules.js';
import type { ApprovalRecord } from '../../domain/events/types.js';
import { enforceRules } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';
import { takeAction } from '../case/take-action.js';
import { decisionInSession } from './decision.js';
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
    const { actingFor } = authorize(invitationCase, action, invitation, viewer);
    if (action === 'approve') enforceRules(invitationApprovalRules, { actOn: today, eventDate: invitation.activityDate }, today);
    const approval = await decisionInSession(trx, ctx.actor, { decision: input.decision, opinion: input.opinion, actingFor }, today, at);
    const { audit } = await takeAction(trx, ctx, at, {
      def: invitationCase,
      table: 'eventInvitations',
      case: invitation,
      action,
      version: input.version,
      viewer,
      changes: { ...approvalColumns(approval), updatedAt: at.toISOString() },
      opinion: input.opinion,
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
    if (input.decidedOn > today) invalid('批准文件的日期不能晚于记录当日');
    if (action === 'record_outside_approval') enforceRules(invitationApprovalRules, { actOn: input.decidedOn, eventDate: invitation.activityDate }, today);
    const partyCommittee = await orgRepository.unitWithFunction(trx, 'party_committee');
    if (!partyCommittee) invalid('组织机构中没有承担区委职能的单位，无法记录区委批准');
    const outsideId = randomUUID();
    const claimed = await attachmentRepository.claim(trx, [input.attachmentId], ctx.actor.userId, 'outside_approval', outsideId);
    if (claimed.length !== 1) invalid('请附上区委的批准文件（须为本人上传、尚未使用的附件）');
    await timelineRepository.recordOutsideApproval(trx, {
      id: outsideId,
      objectType: invitationCase.kind,
      objectId: invitation.id,
      action,
      approver: partyCommittee.name,
      isApproved: input.decision === 'approved' ? 1 : 0,
      documentNumber: input.documentNumber ?? null,
      attachmentId: input.attachmentId,
      note: input.note ?? null,
      recordedByUserId: ctx.actor.userId ?? '',
      recordedByName: ctx.actor.name,
      recordedAt: at.toISOString(),
    });
    const approval: ApprovalRecord = {
      decision: input.decision,
      body: 'party_committee',
      approverName: partyCommittee.name,
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
      summary: { recordedFromDocument: { approver: partyCommittee.name, attachmentId: input.attachmentId, documentNumber: input.documentNumber ?? null, decidedOn: input.decidedOn } },
    });
    return { result: undefined, audit: [audit] };
  });
}
