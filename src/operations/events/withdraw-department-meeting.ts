import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { eventsRepository } from '../../db/events-repository.js';
import { DomainError, found, invalid, notFound } from '../../domain/errors.js';

/**
 * The department withdraws a pending request, or calls off an approved meeting before its day; either way it
 * no longer counts towards the year's limit (art. 58).
 */
export async function withdrawDepartmentMeeting(ctx: OperationContext, input: { id: string; version: number }): Promise<void> {
  const today = localDateOf(ctx.clock.now());
  await commitChange(ctx, async (trx, at) => {
    const meeting = found(await eventsRepository.findMeeting(trx, input.id), '会议申请');
    if (meeting.unitId !== ctx.actor.unitId) notFound('会议申请');
    if (meeting.status !== 'awaiting_approval' && meeting.status !== 'approved') invalid('该会议申请已办结，不能撤回');
    if (meeting.meetingDate < today) invalid('会议日期已过，不能撤回');
    const ok = await eventsRepository.updateMeeting(trx, meeting.id, { version: input.version, status: meeting.status }, { status: 'withdrawn', updatedAt: at.toISOString() });
    if (!ok) throw new DomainError('conflict', '该会议申请已被他人办理或修改，请刷新后重试');
    return { result: undefined, audit: [{ act: 'department_meeting.withdraw', objectType: 'department_meeting', objectId: meeting.id, result: 'success', article: 58, summary: { previousStatus: meeting.status } }] };
  });
}
