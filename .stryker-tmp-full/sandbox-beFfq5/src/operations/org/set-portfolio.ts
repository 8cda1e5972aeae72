// @ts-nocheck
import { randomUUID } from 'node:crypto';
import { commitChange, type OperationContext } from '../../db/change.js';
import { orgRepository } from '../../db/org-repository.js';
import { found, invalid } from '../../domain/errors.js';
import { dayBefore } from '../../domain/org/rules.js';
import { isInForce } from '../../domain/org/types.js';
import type { LocalDate } from '../../rules/types.js';

/**
 * Replaces a leader's portfolio from a date (art. 9): items in force then end the day before, the new ones
 * start. The history stays, so routing of any past act can be explained by the portfolio of its day.
 */
export type SetPortfolioInput = { personId: string; validFrom: LocalDate; unitIds: readonly string[]; areas: readonly string[] };

export async function setPortfolio(ctx: OperationContext, input: SetPortfolioInput): Promise<void> {
  await commitChange(ctx, async (trx) => {
    found(await orgRepository.findPerson(trx, input.personId), '领导');
    for (const unitId of input.unitIds) found(await orgRepository.findUnit(trx, unitId), '分管单位');
    if (new Set(input.unitIds).size !== input.unitIds.length || new Set(input.areas).size !== input.areas.length) invalid('分管单位或领域重复');
    const current = (await orgRepository.portfolioOf(trx, input.personId)).filter(
      (i) => isInForce(i, input.validFrom) || i.validFrom > input.validFrom,
    );
    if (current.some((i) => i.validFrom > input.validFrom)) invalid('已有更晚生效的分工安排，不能在其之前调整');
    await orgRepository.endPortfolioItems(
      trx,
      current.map((i) => i.id),
      dayBefore(input.validFrom),
    );
    for (const unitId of input.unitIds) {
      await orgRepository.insertPortfolioItem(trx, { id: randomUUID(), personId: input.personId, unitId, area: null, validFrom: input.validFrom, validTo: null });
    }
    for (const area of input.areas) {
      await orgRepository.insertPortfolioItem(trx, { id: randomUUID(), personId: input.personId, unitId: null, area, validFrom: input.validFrom, validTo: null });
    }
    return {
      result: undefined,
      audit: [
        {
          act: 'org.portfolio.set',
          objectType: 'person',
          objectId: input.personId,
          result: 'success',
          article: 9,
          summary: { before: current.map((i) => i.unitId ?? i.area), after: [...input.unitIds, ...input.areas], validFrom: input.validFrom },
        },
      ],
    };
  });
}
