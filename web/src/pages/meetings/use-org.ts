import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { fetchLeaders, fetchUnits, orgKeys } from '../../api/org';
import type { Leader } from '../../api/org';
import { today } from '../../app/dates';

/** Units by id and as choices (departments, towns, subdistricts, zones — not the government or outside bodies). */
export function useUnits() {
  const asOf = today();
  const units = useQuery({ queryKey: orgKeys.units(asOf), queryFn: ({ signal }) => fetchUnits(asOf, signal), staleTime: 10 * 60_000 });
  const names = useMemo(() => new Map((units.data?.items ?? []).map((unit) => [unit.id, unit.name])), [units.data]);
  const unitName = useCallback((id: string) => names.get(id) ?? id, [names]);
  const options = useMemo(
    () =>
      (units.data?.items ?? [])
        .filter((unit) => unit.kind !== 'government' && unit.kind !== 'outside_body')
        .map((unit) => ({ value: unit.id, label: unit.name })),
    [units.data],
  );
  return { unitName, options, isPending: units.isPending };
}

/** The government's leaders on a day: who may convene and chair, and whose absence the 区长 grants (art. 55). */
export function useLeaders(asOf: string | undefined) {
  const day = asOf ?? today();
  const leaders = useQuery({ queryKey: orgKeys.leaders(day), queryFn: ({ signal }) => fetchLeaders(day, signal), staleTime: 10 * 60_000, enabled: asOf !== undefined });
  const byPerson = useMemo(() => new Map<string, Leader>((leaders.data?.items ?? []).map((leader) => [leader.personId, leader])), [leaders.data]);
  return { items: leaders.data?.items ?? [], byPerson, isPending: leaders.isPending };
}
