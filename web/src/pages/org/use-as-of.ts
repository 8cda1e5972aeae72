import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { isValidDate, today } from '../../app/dates';

/**
 * The org pages' 截至日期, kept in the URL (`?asOf=`) so the units and leaders tabs agree and a link shows the
 * same day to a colleague. Defaults to today.
 */
export function useAsOf(): [string, (next: string) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('asOf');
  const asOf = isValidDate(raw) ? raw : today();
  const setAsOf = useCallback(
    (next: string) => {
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          if (next === today()) params.delete('asOf');
          else params.set('asOf', next);
          return params;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );
  return [asOf, setAsOf];
}
