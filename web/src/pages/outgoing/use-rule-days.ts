import { useQuery } from '@tanstack/react-query';
import { fetchParameters, rulesKeys } from '../../api/rules';
import { today } from '../../app/dates';

/** Keys of the rulebook's day counts these pages quote. */
export type DaysKey = 'documents.countersignReplyWorkingDays' | 'disclosure.proactiveWorkingDays';

/**
 * "3个工作日": a day count as the rulebook in force today sets it, so the page never quotes a number another
 * rulebook changes; "规定时限" until it has loaded.
 */
export function useWorkingDaysText(key: DaysKey): string {
  const asOf = today();
  const parameters = useQuery({ queryKey: rulesKeys.parameters(asOf), queryFn: ({ signal }) => fetchParameters(asOf, signal), staleTime: 10 * 60_000 });
  const value = parameters.data?.items.find((item) => item.key === key)?.value;
  return typeof value === 'number' ? `${value}个工作日` : '规定时限';
}
