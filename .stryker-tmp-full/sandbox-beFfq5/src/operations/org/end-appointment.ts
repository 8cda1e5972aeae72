// @ts-nocheck
import { commitChange, type OperationContext } from '../../db/change.js';
import { orgRepository } from '../../db/org-repository.js';
import { found, invalid } from '../../domain/errors.js';
import type { LocalDate } from '../../rules/types.js';

/** Ends a tenure on a day (inclusive); the record stays as history. */
export async function endAppointment(ctx: OperationContext, input: { id: string; validTo: LocalDate }): Promise<void> {
  await commitChange(ctx, async (trx) => {
    const a = found(await orgRepository.findAppointment(trx, input.id), '任职记录');
    if (a.validTo !== null) invalid('该任职已结束');
    if (input.validTo < a.validFrom) invalid('免职日期不能早于任职日期');
    await orgRepository.endAppointment(trx, a.id, input.validTo);
    return {
      result: undefined,
      audit: [{ act: 'org.appointment.end', objectType: 'appointment', objectId: a.id, result: 'success', summary: { before: a, after: { validTo: input.validTo } } }],
    };
  });
}
