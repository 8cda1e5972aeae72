import { randomUUID } from 'node:crypto';
import { attachmentRepository } from '../../db/attachment-repository.js';
import type { OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import { timelineRepository } from '../../db/timeline-repository.js';
import { invalid } from '../../domain/errors.js';
import { unitFunctionLabels, type UnitFunction } from '../../domain/org/types.js';
import type { LocalDate } from '../../rules/types.js';

/**
 * An approval given outside the platform (by the 区委, the 区委书记, the 市政府), the one way every kind of case
 * records it: the office attaches the approving document (uploaded by the recorder, not used before) and the
 * record names the approving body as the organisation data has it and the clerk who recorded it from which
 * document — never as if the outsider had acted here.
 */
export async function recordOutsideApproval(
  trx: Tx,
  ctx: OperationContext,
  at: Date,
  input: { objectType: string; objectId: string; action: string; approver: UnitFunction; isApproved: boolean; attachmentId: string; documentNumber?: string | null; decidedOn: LocalDate; today: LocalDate; note?: string | null },
): Promise<{ id: string; approverName: string }> {
  if (input.decidedOn > input.today) invalid('批准文件的日期不能晚于记录当日');
  const body = await orgRepository.unitWithFunction(trx, input.approver);
  if (!body) invalid(`组织机构中没有承担${unitFunctionLabels[input.approver]}职能的单位，无法记录其批准`);
  const id = randomUUID();
  const claimed = await attachmentRepository.claim(trx, [input.attachmentId], ctx.actor.userId, 'outside_approval', id);
  if (claimed.length !== 1) invalid(`请附上${unitFunctionLabels[input.approver]}的批准文件（须为本人上传、尚未使用的附件）`);
  await timelineRepository.recordOutsideApproval(trx, {
    id,
    objectType: input.objectType,
    objectId: input.objectId,
    action: input.action,
    approver: body.name,
    isApproved: input.isApproved ? 1 : 0,
    documentNumber: input.documentNumber ?? null,
    attachmentId: input.attachmentId,
    note: input.note ?? null,
    recordedByUserId: ctx.actor.userId ?? '',
    recordedByName: ctx.actor.name,
    recordedAt: at.toISOString(),
  });
  return { id, approverName: body.name };
}
