import { commitChange, type OperationContext } from '../../db/change.js';
import { orgRepository } from '../../db/org-repository.js';
import { caseOf } from '../../db/documents-repository.js';
import type { CirculationEntry } from '../../domain/documents/types.js';
import { found, invalid } from '../../domain/errors.js';
import { refuseBy } from '../../rules/index.js';
import { advance } from './advance.js';
import { loadDocument } from './office-load.js';

/**
 * 转办: the office sends the leader's instruction to the handling unit (and co-units) with a deadline in
 * working days (art. 65–66); the default comes from the rulebook.
 */
export async function transferIncoming(
  ctx: OperationContext,
  input: { id: string; version: number; handlingUnitId: string; coUnitIds: readonly string[]; workingDays?: number; opinion?: string },
): Promise<void> {
  await commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, ctx, input.id);
    // The office transfers what the leaders instructed (art. 65) — after the last reading it waits for.
    const waiting = caseOf(doc).blockingReaderIds;
    if (doc.status === 'instructed' && waiting.length > 0) {
      const names = (JSON.parse(doc.circulation) as CirculationEntry[]).filter((e) => waiting.includes(e.personId) && e.readAt === null).map((e) => e.name);
      refuseBy('documents.transfer-after-last-instruction', `区政府领导同志批示的公文由区政府办公室统一转办：传阅尚未阅毕（${names.join('、')}未阅），阅毕后方可转办`);
    }
    const unit = found(await orgRepository.findUnit(trx, input.handlingUnitId), '承办单位');
    for (const id of input.coUnitIds) found(await orgRepository.findUnit(trx, id), '协办单位');
    if (input.coUnitIds.includes(input.handlingUnitId)) invalid('承办单位不能同时是协办单位');
    const audit = await advance(trx, ctx, at, {
      doc,
      version: input.version,
      action: 'transfer',
      opinion: `转${unit.name}承办${input.opinion ? `：${input.opinion}` : ''}`,
      changes: { handlingUnitId: unit.id, coUnitIds: JSON.stringify(input.coUnitIds) },
      ...(input.workingDays ? { handlingWorkingDays: input.workingDays } : {}),
    });
    return { result: undefined, audit: [audit] };
  });
}
