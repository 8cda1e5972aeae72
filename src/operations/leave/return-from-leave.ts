import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { leaveRepository } from '../../db/leave-repository.js';
import { DomainError, found, invalid } from '../../domain/errors.js';
import type { LocalDate } from '../../rules/types.js';

/** 销假: the leader is back; the record closes and the cover's arrangement ends that day. */
export async function returnFromLeave(ctx: OperationContext, input: { id: string; version: number; returnedOn?: LocalDate }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const report = found(await leaveRepository.findReport(trx, input.id), '请假报告');
    if (report.personId !== ctx.actor.personId && !ctx.actor.roles.includes('office_staff')) throw new DomainError('forbidden', '只能为本人销假；代为销假由区政府办公室办理');
    if (report.status !== 'reported') invalid('该报告已销假或已撤销');
    const returnedOn = input.returnedOn ?? localDateOf(at);
    if (returnedOn < report.startDate) invalid('销假日期不能早于外出开始日期；尚未外出的请撤销报告');
    if (!(await leaveRepository.updateReportStatus(trx, report.id, input.version, { status: 'returned', returnedOn, updatedAt: at.toISOString() }))) {
      throw new DomainError('conflict', '该报告已被他人修改，请刷新后重试');
    }
    return { result: undefined, audit: [{ act: 'leave.return', objectType: 'leave_report', objectId: report.id, result: 'success', article: 82, summary: { returnedOn } }] };
  });
}

/** Withdraws a report before the absence starts. */
export async function cancelLeave(ctx: OperationContext, input: { id: string; version: number }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const report = found(await leaveRepository.findReport(trx, input.id), '请假报告');
    if (report.personId !== ctx.actor.personId && !ctx.actor.roles.includes('office_staff')) throw new DomainError('forbidden', '只能撤销本人的报告');
    if (report.status !== 'reported') invalid('该报告已销假或已撤销');
    if (report.startDate <= localDateOf(at)) invalid('外出已开始，请办理销假');
    if (!(await leaveRepository.updateReportStatus(trx, report.id, input.version, { status: 'cancelled', updatedAt: at.toISOString() }))) {
      throw new DomainError('conflict', '该报告已被他人修改，请刷新后重试');
    }
    return { result: undefined, audit: [{ act: 'leave.cancel', objectType: 'leave_report', objectId: report.id, result: 'success', summary: {} }] };
  });
}
