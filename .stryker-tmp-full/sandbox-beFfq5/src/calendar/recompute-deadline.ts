// @ts-nocheck
import type { Calendar } from './calendar.js';
import type { Deadline, RecomputedDeadline } from './types.js';

/**
 * Re-runs a previously computed deadline (same start, basis, amount and cites) on `calendar` — typically
 * one that now includes a newly imported year notice — and says whether `due` moved. Open matters whose
 * deadlines were provisional are recomputed this way; the caller records the change and tells the handler.
 */
export function recomputeDeadline(calendar: Calendar, deadline: Deadline): RecomputedDeadline {
  const { start, amount, cites } = deadline;
  let next: Deadline;
  switch (deadline.basis) {
    case 'working_days':
      next = calendar.addWorkingDays(start, amount, cites);
      break;
    case 'calendar_days':
      next = calendar.addCalendarDays(start, amount, cites);
      break;
    case 'months':
      next = calendar.addMonths(start, amount, cites);
      break;
    default: {
      const unknown: never = deadline.basis;
      throw new Error(`unknown deadline basis ${String(unknown)}`);
    }
  }
  return { deadline: next, previousDue: deadline.due, isDueChanged: next.due !== deadline.due };
}
