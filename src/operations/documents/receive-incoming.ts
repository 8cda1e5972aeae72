import { commitChange, type OperationContext } from '../../db/change.js';
import { advance } from './advance.js';
import { loadDocument } from './office-load.js';

/** 签收: the office acknowledges receipt (条例 art. 24). */
export async function receiveIncoming(ctx: OperationContext, input: { id: string; version: number }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, input.id);
    const audit = await advance(trx, ctx, at, { doc, version: input.version, from: ['submitted'], to: 'received', step: 'receive', article: 66 });
    return { result: undefined, audit: [audit] };
  });
}
