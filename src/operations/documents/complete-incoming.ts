import { commitChange, type OperationContext } from '../../db/change.js';
import { invalid, notFound } from '../../domain/errors.js';
import { advance } from './advance.js';
import { loadDocument } from './office-load.js';

/** 办结: the handling unit reports the result back (art. 66 第二款). */
export async function completeIncoming(ctx: OperationContext, input: { id: string; version: number; result: string }): Promise<void> {
  if (!input.result.trim()) invalid('请填写办理结果');
  await commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, input.id);
    if (doc.handlingUnitId !== ctx.actor.unitId) notFound('承办的公文');
    const audit = await advance(trx, ctx, at, { doc, version: input.version, from: ['transferred'], to: 'completed', step: 'complete', opinion: input.result, article: 66, changes: { result: input.result } });
    return { result: undefined, audit: [audit] };
  });
}
