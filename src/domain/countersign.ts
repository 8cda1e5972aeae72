/**
 * Countersigning, shared by every kind of case that needs it: an incoming document touching other units'
 * powers (art. 64), an agenda topic (art. 52), an outgoing document drafted with other departments (art. 68).
 * The related units' principal heads sign; a unit that disagrees states its grounds.
 */
export type Countersignature = { unitId: string; isAgreed: boolean; grounds: string | null };

export type CountersignGaps = {
  /** Related units that have not signed yet. */
  unsigned: string[];
  /** Units that disagreed without stating grounds. */
  groundless: string[];
  /** Units that disagreed (with or without grounds). */
  disagreeing: string[];
};

/** What is still missing from a case's countersignatures. */
export function countersignGaps(relatedUnitIds: readonly string[], signatures: readonly Countersignature[]): CountersignGaps {
  const signed = new Map(signatures.map((s) => [s.unitId, s]));
  const disagreeing = signatures.filter((s) => !s.isAgreed);
  return {
    unsigned: relatedUnitIds.filter((u) => !signed.has(u)),
    groundless: disagreeing.filter((s) => !s.grounds?.trim()).map((s) => s.unitId),
    disagreeing: disagreeing.map((s) => s.unitId),
  };
}

/** Whether every related unit has signed — the last signature sends the case on. */
export function isFullySigned(relatedUnitIds: readonly string[], signatures: readonly Countersignature[]): boolean {
  return countersignGaps(relatedUnitIds, signatures).unsigned.length === 0;
}
