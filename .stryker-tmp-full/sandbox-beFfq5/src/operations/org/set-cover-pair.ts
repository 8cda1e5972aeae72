// @ts-nocheck
import { randomUUID } from 'node:crypto';
import { commitChange, type OperationContext } from '../../db/change.js';
import { orgRepository } from '../../db/org-repository.js';
import { found, invalid } from '../../domain/errors.js';
import { checkCoverPair } from '../../domain/org/rules.js';
import type { CoverPair } from '../../domain/org/types.js';
import type { LocalDate } from '../../rules/types.js';

/** Records two leaders who cover each other from a date (art. 9, 62). */
export type SetCoverPairInput = { firstPersonId: string; secondPersonId: string; validFrom: LocalDate; validTo?: LocalDate | null };

export async function setCoverPair(ctx: OperationContext, input: SetCoverPairInput): Promise<CoverPair> {
  return commitChange(ctx, async (trx) => {
    for (const id of [input.firstPersonId, input.secondPersonId]) found(await orgRepository.findPerson(trx, id), '领导');
    const period = { validFrom: input.validFrom, validTo: input.validTo ?? null };
    checkCoverPair(input.firstPersonId, input.secondPersonId, period, await orgRepository.coverPairs(trx));
    const pair: CoverPair = { id: randomUUID(), firstPersonId: input.firstPersonId, secondPersonId: input.secondPersonId, ...period };
    await orgRepository.insertCoverPair(trx, pair);
    return {
      result: pair,
      audit: [{ act: 'org.cover_pair.create', objectType: 'cover_pair', objectId: pair.id, result: 'success', article: 62, summary: { after: pair } }],
    };
  });
}

/** Ends a cover arrangement on a day (inclusive). */
export async function endCoverPair(ctx: OperationContext, input: { id: string; validTo: LocalDate }): Promise<void> {
  await commitChange(ctx, async (trx) => {
    const pair = found(await orgRepository.findCoverPair(trx, input.id), '补位安排');
    if (pair.validTo !== null) invalid('该补位安排已结束');
    if (input.validTo < pair.validFrom) invalid('结束日期不能早于开始日期');
    await orgRepository.endCoverPair(trx, pair.id, input.validTo);
    return {
      result: undefined,
      audit: [{ act: 'org.cover_pair.end', objectType: 'cover_pair', objectId: pair.id, result: 'success', article: 62, summary: { before: pair, after: { validTo: input.validTo } } }],
    };
  });
}
