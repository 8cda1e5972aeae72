// @ts-nocheck
import { commitChange, type OperationContext } from '../../db/change.js';
import { invalid } from '../../domain/errors.js';
import { advance } from './advance.js';
import { loadDocument } from './office-load.js';

/** 拟办: the office proposes how to handle the document and whether it is a major matter for the 区长. */
export async function proposeIncoming(ctx: OperationContext, input: { id: string; version: number; proposal: string; isMajor?: boolean }): Promise<void> {
  if (!input.proposal.trim()) invalid('请填写拟办意见');
  await commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, ctx, input.id);
    const audit = await advance(trx, ctx, at, {
      doc,
      version: input.version,
      action: 'propose',
      opinion: input.proposal,
      changes: { proposal: input.proposal, ...(input.isMajor === undefined ? {} : { isMajor: input.isMajor ? 1 : 0 }) },
    });
    return { result: undefined, audit: [audit] };
  });
}
