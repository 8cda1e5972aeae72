import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { fetchUnits, orgKeys } from '../../api/org';
import type { Unit } from '../../api/org';
import { today } from '../../app/dates';

export type UnitOption = { value: string; label: string };

/** The units of today's organisation, their names and the options a recipient picker offers. */
export function useUnits() {
  const asOf = today();
  const units = useQuery({ queryKey: orgKeys.units(asOf), queryFn: ({ signal }) => fetchUnits(asOf, signal), staleTime: 10 * 60_000 });
  const items = useMemo<readonly Unit[]>(() => units.data?.items ?? [], [units.data]);
  const names = useMemo(() => new Map(items.map((unit) => [unit.id, unit.name])), [items]);
  const unitName = useCallback((id: string) => names.get(id) ?? id, [names]);
  // The government itself is never its own recipient.
  const options = useMemo<UnitOption[]>(() => items.filter((unit) => unit.kind !== 'government').map((unit) => ({ value: unit.id, label: unit.name })), [items]);
  /** The towns, subdistricts and the development zone: the lower governments a 通知 is usually sent to. */
  const lowerGovernments = useMemo(() => items.filter((unit) => unit.kind === 'town' || unit.kind === 'subdistrict' || unit.kind === 'development_zone').map((unit) => unit.id), [items]);
  const departments = useMemo(() => items.filter((unit) => unit.kind === 'department').map((unit) => unit.id), [items]);
  return { isPending: units.isPending, items, unitName, options, lowerGovernments, departments };
}
