import { commitChange, type OperationContext } from '../../db/change.js';
import { advance } from './advance.js';
import { loadDocument } from './office-load.js';

/** 签收: the office acknowledges receipt (条例 art. 24). A second 签收 finds it moved on: 409. */
export async function receiveIncoming(ctx: OperationContext, input: { id: string; version: number }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, ctx, input.id);
    // The register's 收文日期 is the first receipt: a resubmitted document keeps it.
    const audit = await advance(trx, ctx, at, { doc, version: input.version, action: 'receive', changes: doc.receivedAt ? {} : { receivedAt: at.toISOString() } });
    return { result: undefined, audit: [audit] };
  });
}
