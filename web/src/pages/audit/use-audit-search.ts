import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditFilters } from '../../api/audit';
import { isValidDate } from '../../app/dates';
import { isAuditResult } from '../../lib/audit-labels';

export const pageSizes = [20, 50, 100, 200];
const defaultPageSize = 50;

export type AuditSearch = { filters: AuditFilters; page: number; pageSize: number };

function positiveInt(raw: string | null): number | undefined {
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n > 0 ? n : undefined;
}

function text(raw: string | null): string | undefined {
  const trimmed = raw?.trim();
  return trimmed ? trimmed : undefined;
}

/** Reads the search from the URL, dropping what the server would refuse anyway. */
function parse(params: URLSearchParams): AuditSearch {
  const result = params.get('result') ?? '';
  const from = params.get('from');
  const to = params.get('to');
  const pageSize = positiveInt(params.get('pageSize'));
  const filters: AuditFilters = {
    actor: text(params.get('actor')),
    act: text(params.get('act')),
    objectType: text(params.get('objectType')),
    objectId: text(params.get('objectId')),
    article: positiveInt(params.get('article')),
    result: isAuditResult(result) ? result : undefined,
    from: isValidDate(from) ? from : undefined,
    to: isValidDate(to) ? to : undefined,
  };
  // Undefined keys out, so equal searches make equal query keys.
  const defined = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as AuditFilters;
  return {
    filters: defined,
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: pageSize && pageSizes.includes(pageSize) ? pageSize : defaultPageSize,
  };
}

/**
 * The audit search kept in the URL (`/audit?actor=…&act=…&page=2`), so a search can be reloaded, sent to a
 * colleague in the 纪委监委, or revisited with the browser's back button.
 */
export function useAuditSearch(): [AuditSearch, (next: AuditSearch) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = useMemo(() => parse(searchParams), [searchParams]);
  const setSearch = useCallback(
    (next: AuditSearch) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(next.filters)) {
        if (value !== undefined && value !== '') params.set(key, String(value));
      }
      if (next.page > 1) params.set('page', String(next.page));
      if (next.pageSize !== defaultPageSize) params.set('pageSize', String(next.pageSize));
      setSearchParams(params);
    },
    [setSearchParams],
  );
  return [search, setSearch];
}
