import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { approvalColumns, eventsRepository } from '../../db/events-repository.js';
import { DomainError, found, invalid } from '../../domain/errors.js';
import { speechRules } from '../../domain/events/rules.js';
import { enforceRules } from '../../rules/index.js';
import { type ApprovalInput, approvalRecord, approvalSummary } from './approval-input.js';

/**
 * The office records the government's consent (or refusal) to a speech or article, with approver, date and
 * opinion (art. 81). Consent is "事先": recorded after the day of the speech or publication, it is refused.
 */
export async function recordSpeechApproval(ctx: OperationContext, input: ApprovalInput): Promise<void> {
  const today = localDateOf(ctx.clock.now());
  await commitChange(ctx, async (trx, at) => {
    const speech = found(await eventsRepository.findSpeech(trx, input.id), '讲话文章报批');
    if (speech.status !== 'awaiting_approval') invalid('该报批不在待审批状态');
    const approval = approvalRecord(input, today, ctx.actor.userId, at);
    if (approval.decision === 'approved') enforceRules(speechRules, { actOn: today, eventDate: speech.eventDate, act: 'approval' }, today);
    const status = approval.decision === 'approved' ? 'approved' : 'not_approved';
    const ok = await eventsRepository.updateSpeech(trx, speech.id, { version: input.version, status: 'awaiting_approval' }, { ...approvalColumns(approval), status, updatedAt: at.toISOString() });
    if (!ok) throw new DomainError('conflict', '该报批已被他人办理或修改，请刷新后重试');
    return {
      result: undefined,
      audit: [{ act: 'speech.approval', objectType: 'speech', objectId: speech.id, result: 'success', article: 81, summary: { ...approvalSummary(approval), status } }],
    };
  });
}
