import { localDateOf } from '../../clock.js';
import type { OperationContext } from '../../db/change.js';
import { countersignRepository, type CountersignatureRecord } from '../../db/countersign-repository.js';
import type { Tx } from '../../db/database.js';
import { DomainError, invalid } from '../../domain/errors.js';
import { refuseBy } from '../../rules/index.js';
import { isPrincipalOf } from '../org/principal-of.js';

/**
 * One unit's countersignature on a case, the one way every kind of case records it: only the related unit's
 * principal head signs, in their own session (refused by the registered rule `principalRule` otherwise); a unit that disagrees must
 * state its grounds. The case's own declaration has already said the unit may sign now.
 */
export async function signCountersignature(
  trx: Tx,
  ctx: OperationContext,
  at: Date,
  input: { objectType: string; objectId: string; isAgreed: boolean; opinion?: string | null; grounds?: string | null; principalRule: string; principalMessage: string },
): Promise<CountersignatureRecord> {
  const unitId = ctx.actor.unitId;
  if (!unitId || !(await isPrincipalOf(trx, unitId, ctx.actor.personId, localDateOf(at)))) refuseBy(input.principalRule, input.principalMessage);
  const grounds = input.grounds?.trim() || null;
  if (!input.isAgreed && !grounds) invalid('不同意的，须列明理据');
  const row: CountersignatureRecord = {
    id: `${input.objectType}:${input.objectId}:${unitId}`,
    objectType: input.objectType,
    objectId: input.objectId,
    unitId,
    signerPersonId: ctx.actor.personId,
    signerName: ctx.actor.name,
    isAgreed: input.isAgreed ? 1 : 0,
    opinion: input.opinion?.trim() || null,
    grounds,
    signedAt: at.toISOString(),
  };
  await countersignRepository.insert(trx, row);
  return row;
}

/**
 * The timeline's words for a countersignature, the same for every kind: agreement or not, the opinion, and a
 * disagreeing unit's grounds (art. 52, 64, 68).
 */
export function countersignOpinion(input: { isAgreed: boolean; opinion: string; grounds?: string | null | undefined }): string {
  return `${input.isAgreed ? '同意' : '不同意'}：${input.opinion}${input.grounds ? `（理据：${input.grounds}）` : ''}`;
}

/**
 * Another request of the same unit signed between this one's reads: it lost a race (409 with the current state
 * and version), it was not refused a right (403).
 */
export function refuseIfAlreadySigned(unitId: string | null, signedUnitIds: readonly string[], current: { status: string; version: number }, what: string): void {
  if (unitId !== null && signedUnitIds.includes(unitId)) {
    throw new DomainError('conflict', `本单位已会签该${what}，请刷新后查看`, { details: { currentState: current.status, currentVersion: current.version } });
  }
}
