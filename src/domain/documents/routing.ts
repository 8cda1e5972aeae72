import type { LocalDate } from '../../rules/types.js';

/**
 * Who a document goes to for 批示 (art. 65): major matters to the 区长; otherwise the deputy whose portfolio
 * includes the filing unit on the day; with no deputy in charge, the 区长. While that leader is away an
 * urgent document goes to whoever covers (art. 62) or presides for the head (art. 7).
 */
export function routeForInstruction(input: {
  isMajor: boolean;
  isUrgent: boolean;
  unitId: string;
  day: LocalDate;
  head: { personId: string; name: string } | undefined;
  deputies: readonly { personId: string; name: string; unitIds: readonly string[] }[];
  isAway: (personId: string) => boolean;
  coverOf: (personId: string) => { personId: string; name: string; basis: string } | undefined;
}):
  | { leader: { personId: string; name: string }; basis: 'major_to_head' | 'portfolio' | 'no_portfolio_to_head'; actingFor: null; article: number }
  | { leader: { personId: string; name: string }; basis: 'cover'; actingFor: { personId: string; name: string }; article: number }
  | undefined {
  const inCharge = input.isMajor ? undefined : input.deputies.find((d) => d.unitIds.includes(input.unitId));
  const target = inCharge ?? input.head;
  if (!target) return undefined;
  const basis = input.isMajor ? 'major_to_head' : inCharge ? 'portfolio' : 'no_portfolio_to_head';
  if (input.isUrgent && input.isAway(target.personId)) {
    const cover = input.coverOf(target.personId);
    if (cover) return { leader: { personId: cover.personId, name: cover.name }, basis: 'cover', actingFor: target, article: cover.basis === 'acting_head' ? 7 : 62 };
  }
  return { leader: target, basis, actingFor: null, article: 65 };
}
