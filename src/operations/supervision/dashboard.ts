import type { Db } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import { type LedgerCounts, type LedgerFilter, type SupervisionScope, supervisionRepository } from '../../db/supervision-repository.js';
import { type TaskSource, taskSourceLabels, type TaskStatus, taskStatusLabels } from '../../domain/supervision/types.js';
import type { LocalDate } from '../../rules/types.js';

export type Dashboard = {
  totals: LedgerCounts;
  byStatus: { status: TaskStatus; label: string; count: number }[];
  byUnit: (LedgerCounts & { unitId: string; unitName: string })[];
  bySource: (LedgerCounts & { sourceType: string; label: string })[];
  /** By the month a task is due, from the filter's due range, else the months of the current year. */
  byMonth: (LedgerCounts & { month: string })[];
};

/** Most months one dashboard shows. */
const MAX_MONTHS = 36;

const lastDayOf = (month: string): LocalDate => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

function monthsOf(filter: LedgerFilter, today: LocalDate): string[] {
  const first = (filter.dueFrom ?? `${today.slice(0, 4)}-01-01`).slice(0, 7);
  const last = (filter.dueTo ?? `${(filter.dueFrom ?? today).slice(0, 4)}-12-31`).slice(0, 7);
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let month = first; month <= last && months.length < MAX_MONTHS; ) {
    months.push(month);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
    month = `${y}-${String(m).padStart(2, '0')}`;
  }
  return months;
}

/**
 * The dashboard's numbers under a ledger filter, all from the ledger's own SQL (`ledgerCounts`, `ledgerCountsBy`
 * — the queries behind the ledger page's summary), so the charts show the ledger's numbers: totals and by
 * status, by lead unit, by source, and by the month tasks are due (each month the ledger's counts with the due
 * range narrowed to it).
 */
export async function dashboardOf(db: Db, filter: LedgerFilter, scope: SupervisionScope, today: LocalDate): Promise<Dashboard> {
  const totals = await supervisionRepository.ledgerCounts(db, filter, scope, today);
  const units = new Map((await orgRepository.listUnits(db)).map((u) => [u.id, u.name]));
  const byUnit = (await supervisionRepository.ledgerCountsBy(db, 'leadUnitId', filter, scope, today)).map(({ key, ...c }) => ({ ...c, unitId: key ?? '', unitName: units.get(key ?? '') ?? key ?? '' }));
  const bySource = (await supervisionRepository.ledgerCountsBy(db, 'sourceType', filter, scope, today)).map(({ key, ...c }) => ({ ...c, sourceType: key ?? '', label: taskSourceLabels[key as TaskSource] ?? key ?? '' }));
  const byMonth: Dashboard['byMonth'] = [];
  for (const month of monthsOf(filter, today)) {
    const from = filter.dueFrom && filter.dueFrom > `${month}-01` ? filter.dueFrom : `${month}-01`;
    const to = filter.dueTo && filter.dueTo < lastDayOf(month) ? filter.dueTo : lastDayOf(month);
    byMonth.push({ month, ...(await supervisionRepository.ledgerCounts(db, { ...filter, dueFrom: from, dueTo: to }, scope, today)) });
  }
  const byStatus = (['open', 'reviewing', 'done', 'closed_incomplete'] as const).map((status) => ({
    status,
    label: taskStatusLabels[status],
    count: status === 'closed_incomplete' ? totals.closedIncomplete : totals[status],
  }));
  return { totals, byStatus, byUnit, bySource, byMonth };
}
