import type { LocalDate } from '../../rules/types.js';
import { invalid } from '../errors.js';
import { type CoverPair, type Period, periodsOverlap, type UnitKind } from './types.js';

/** Which kinds of unit may sit under which; outside bodies and the government stand alone. */
const allowedParents: Record<UnitKind, readonly (UnitKind | null)[]> = {
  government: [null],
  office: ['government'],
  department: ['government'],
  town: ['government'],
  subdistrict: ['government'],
  development_zone: ['government'],
  outside_body: [null],
  dispatched_body: ['government', 'department'],
  managed_body: ['department'],
  affiliated_institution: ['government'],
  village_committee: ['town', 'subdistrict'],
};

export function checkUnitPlacement(kind: UnitKind, parentKind: UnitKind | null): void {
  if (!allowedParents[kind].includes(parentKind)) {
    invalid(parentKind === null ? '该类单位须隶属于区政府' : '该类单位不能隶属于所选上级单位');
  }
}

export function checkPeriod(p: Period): void {
  // An open end (null) never precedes the start.
  if ((p.validTo ?? p.validFrom) < p.validFrom) invalid('结束日期不能早于开始日期');
}

/**
 * Cover pairs are "相对固定" (art. 62): one leader has at most one cover partner at a time, and a leader
 * cannot cover themself.
 */
export function checkCoverPair(first: string, second: string, period: Period, existing: readonly CoverPair[]): void {
  if (first === second) invalid('补位领导不能是本人');
  checkPeriod(period);
  const clash = existing.find(
    (p) =>
      periodsOverlap(p, period) &&
      [p.firstPersonId, p.secondPersonId].some((id) => id === first || id === second),
  );
  if (clash) invalid('该领导在此期间已有补位安排，请先结束原安排', { coverPairId: clash.id });
}

/** The day before a date, used to end a record when its successor starts. */
export function dayBefore(date: LocalDate): LocalDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
