import { commitChange, type OperationContext } from '../../db/change.js';
import { documentsRepository } from '../../db/documents-repository.js';
import { DomainError, invalid } from '../../domain/errors.js';
import { startStepClock } from './advance.js';
import { loadDocument } from './office-load.js';
import { randomUUID } from 'node:crypto';

/**
 * A handling deadline changes only as a recorded extension naming who approved it (art. 66): the old
 * deadline closes, a new one counts from today.
 */
export async function extendDeadline(ctx: OperationContext, input: { id: string; version: number; workingDays: number; approver: string; reason: string }): Promise<void> {
  if (!input.approver.trim() || !input.reason.trim()) invalid('延期须写明批准人和理由');
  await commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, input.id);
    if (doc.status !== 'transferred') invalid('只有承办中的公文可以延期');
    const clock = await startStepClock(trx, doc, 'transferred', at, input.workingDays);
    if (!(await documentsRepository.update(trx, doc.id, input.version, { ...clock, updatedAt: at.toISOString() }))) throw new DomainError('conflict', '该公文已被他人处理，请刷新后重试');
    const opinion = `延期${input.workingDays}个工作日，批准人：${input.approver}，理由：${input.reason}`;
    await documentsRepository.insertStep(trx, { id: randomUUID(), documentId: doc.id, step: 'extend', actorUserId: ctx.actor.userId, actorName: ctx.actor.name, actingForPersonId: null, actingForName: null, opinion, article: 66, occurredAt: at.toISOString() });
    return { result: undefined, audit: [{ act: 'documents.incoming.extend', objectType: 'incoming_document', objectId: doc.id, result: 'success', article: 66, summary: { workingDays: input.workingDays, approver: input.approver, reason: input.reason } }] };
  });
}
