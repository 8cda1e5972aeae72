import { useQuery } from '@tanstack/react-query';
import { fetchParameters, rulesKeys } from '../../api/rules';
import { today } from '../../app/dates';

/**
 * A parameter the rulebook sets as of today (`events.invitationLeadDays`, the `max` of
 * `events.departmentSystemMeetingsPerYear`), or the 2022 rulebook's value while loading.
 */
export function useRuleNumber(key: string, fallback: number): number {
  const asOf = today();
  const parameters = useQuery({ queryKey: rulesKeys.parameters(asOf), queryFn: ({ signal }) => fetchParameters(asOf, signal), staleTime: 10 * 60_000 });
  const value = parameters.data?.items.find((item) => item.key === key)?.value;
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'max' in value && !('min' in value)) return value.max;
  return fallback;
}
