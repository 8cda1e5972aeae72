import { commitChange, type OperationContext } from '../../db/change.js';
import { advance } from './advance.js';
import { loadDocument } from './office-load.js';

/**
 * 归档: the office files the document away — after 办结, or straight after 批示 for a report the leader has
 * read (阅知), which needs no handling (the declaration refuses it for a 请示).
 */
export async function archiveIncoming(ctx: OperationContext, input: { id: string; version: number }): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, ctx, input.id);
    const audit = await advance(trx, ctx, at, { doc, version: input.version, action: 'archive', opinion: doc.status === 'instructed' ? '阅知归档' : '办结归档' });
    return { result: undefined, audit: [audit] };
  });
}
