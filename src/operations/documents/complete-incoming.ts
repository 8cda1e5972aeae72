import { commitChange, type OperationContext } from '../../db/change.js';
import { invalid } from '../../domain/errors.js';
import { advance } from './advance.js';
import { loadDocument } from './office-load.js';

/** 办结: the handling unit reports the result back (art. 66 第二款); the declaration admits only that unit. */
export async function completeIncoming(ctx: OperationContext, input: { id: string; version: number; result: string }): Promise<void> {
  if (!input.result.trim()) invalid('请填写办理结果');
  await commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, ctx, input.id);
    const audit = await advance(trx, ctx, at, { doc, version: input.version, action: 'complete', opinion: input.result, changes: { result: input.result, completedAt: at.toISOString() } });
    return { result: undefined, audit: [audit] };
  });
}
