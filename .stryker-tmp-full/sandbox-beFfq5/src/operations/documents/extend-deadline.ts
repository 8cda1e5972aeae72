// @ts-nocheck
import { commitChange, type OperationContext } from '../../db/change.js';
import { invalid } from '../../domain/errors.js';
import { advance } from './advance.js';
import { loadDocument } from './office-load.js';

/**
 * A handling deadline changes only as a recorded extension naming who approved it (art. 66): the old
 * deadline closes, a new one counts from today.
 */
export async function extendDeadline(ctx: OperationContext, input: { id: string; version: number; workingDays: number; approver: string; reason: string }): Promise<void> {
  if (!input.approver.trim() || !input.reason.trim()) invalid('延期须写明批准人和理由');
  await commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, ctx, input.id);
    const audit = await advance(trx, ctx, at, {
      doc,
      version: input.version,
      action: 'extend',
      opinion: `延期${input.workingDays}个工作日，批准人：${input.approver}，理由：${input.reason}`,
      handlingWorkingDays: input.workingDays,
      restartClock: true,
      summary: { workingDays: input.workingDays, approver: input.approver, reason: input.reason },
    });
    return { result: undefined, audit: [audit] };
  });
}
