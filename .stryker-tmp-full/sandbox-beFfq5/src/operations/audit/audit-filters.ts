// @ts-nocheck
import type { AuditEventFilter } from '../../db/audit-repository.js';
import { invalid } from '../../domain/errors.js';
import type { LocalDate } from '../../rules/types.js';

/** What the audit administrator filters by. Dates are days in Beijing time, both included. */
export type AuditSearchFilters = {
  actor?: string | undefined;
  act?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  article?: number | undefined;
  result?: 'success' | 'refused' | 'failure' | undefined;
  from?: LocalDate | undefined;
  to?: LocalDate | undefined;
};

const DAY_MS = 86_400_000;

/** Midnight of a Beijing day, as the UTC instant stored in `occurred_at`. */
export function beijingMidnight(day: LocalDate): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

const text = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** Turns the administrator's filters into the stored form: blanks dropped, days into a UTC range. */
export function toEventFilter(filters: AuditSearchFilters): AuditEventFilter {
  if (filters.from && filters.to && filters.from > filters.to) invalid('起始日期不能晚于结束日期');
  return {
    actor: text(filters.actor),
    act: text(filters.act),
    objectType: text(filters.objectType),
    objectId: text(filters.objectId),
    article: filters.article,
    result: filters.result,
    from: filters.from ? beijingMidnight(filters.from).toISOString() : undefined,
    until: filters.to ? new Date(beijingMidnight(filters.to).getTime() + DAY_MS).toISOString() : undefined,
  };
}

/** The filters actually applied, for the record of who looked at what. */
export function describeFilters(filters: AuditSearchFilters): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== ''));
}
