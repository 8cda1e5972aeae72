import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { leaveRepository } from '../../db/leave-repository.js';
import { found, invalid } from '../../domain/errors.js';
import { leaveReportCase, type LeaveReportAction } from '../../domain/leave/case.js';
import type { LocalDate } from '../../rules/types.js';
import { takeAction } from '../case/take-action.js';
import { viewerOf } from '../case/viewer.js';
import { stopClocks } from './due-clock.js';
import { leaveScopeOf } from './scope.js';

async function closeReport(ctx: OperationContext, input: { id: string; version: number }, action: LeaveReportAction, changes: (report: { startDate: LocalDate }, today: LocalDate) => Record<string, unknown>): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const viewer = await viewerOf(trx, ctx.actor, at);
    const report = found(await leaveRepository.findReportIn(trx, input.id, leaveScopeOf(viewer)), '请假报告');
    const { audit } = await takeAction(trx, ctx, at, {
      def: leaveReportCase,
      table: 'leaveReports',
      case: report,
      action,
      version: input.version,
      viewer,
      changes: { ...changes(report, localDateOf(at)), updatedAt: at.toISOString() },
    });
    await stopClocks(trx, leaveReportCase.kind, report.id, at);
    return { result: undefined, audit: [audit] };
  });
}

/** 销假: the leader is back; the record closes, its clock stops and the cover's arrangement ends that day. */
export async function returnFromLeave(ctx: OperationContext, input: { id: string; version: number; returnedOn?: LocalDate }): Promise<void> {
  await closeReport(ctx, input, 'return', (report, today) => {
    const returnedOn = input.returnedOn ?? today;
    if (returnedOn < report.startDate) invalid('销假日期不能早于外出开始日期；尚未外出的请撤销报告');
    return { returnedOn };
  });
}

/** Withdraws a report before the absence starts (the declaration allows it only then). */
export async function cancelLeave(ctx: OperationContext, input: { id: string; version: number }): Promise<void> {
  await closeReport(ctx, input, 'cancel', () => ({}));
}
