import { useQuery } from '@tanstack/react-query';
import { fetchParameters, rulesKeys } from '../../api/rules';
import { today } from '../../app/dates';

/** A number the rulebook sets as of today (`meetings.topicLeadWorkingDays`), or the 2022 rulebook's value while loading. */
export function useRuleNumber(key: string, fallback: number): number {
  const asOf = today();
  const parameters = useQuery({ queryKey: rulesKeys.parameters(asOf), queryFn: ({ signal }) => fetchParameters(asOf, signal), staleTime: 10 * 60_000 });
  const value = parameters.data?.items.find((item) => item.key === key)?.value;
  return typeof value === 'number' ? value : fallback;
}
