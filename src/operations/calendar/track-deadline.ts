import { randomUUID } from 'node:crypto';
import type { Calendar, Deadline, DeadlineBasis, DeadlineCites } from '../../calendar/index.js';
import { calendarRepository } from '../../db/calendar-repository.js';
import type { Tx } from '../../db/database.js';
import type { LocalDate } from '../../rules/types.js';

export type TrackDeadlineInput = {
  objectType: string;
  objectId: string;
  label: string;
  start: LocalDate;
  basis: DeadlineBasis;
  amount: number;
  cites?: DeadlineCites;
};

/** Computes a deadline on the calendar and keeps it, inside the caller's transaction. */
export async function trackDeadline(trx: Tx, calendar: Calendar, input: TrackDeadlineInput, at: Date): Promise<{ id: string; deadline: Deadline }> {
  const deadline = computeDeadline(calendar, input.basis, input.start, input.amount, input.cites);
  const id = randomUUID();
  await calendarRepository.insertDeadline(trx, {
    id,
    objectType: input.objectType,
    objectId: input.objectId,
    label: input.label,
    basis: input.basis,
    amount: input.amount,
    start: input.start,
    due: deadline.due,
    isProvisional: deadline.provisional ? 1 : 0,
    isOpen: 1,
    ruleId: input.cites?.ruleId ?? null,
    article: input.cites?.article ?? null,
    detail: JSON.stringify(deadline),
    version: 1,
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  });
  return { id, deadline };
}

/** One way to compute any basis of deadline. */
export function computeDeadline(calendar: Calendar, basis: DeadlineBasis, start: LocalDate, amount: number, cites?: DeadlineCites): Deadline {
  switch (basis) {
    case 'working_days':
      return calendar.addWorkingDays(start, amount, cites);
    case 'calendar_days':
      return calendar.addCalendarDays(start, amount, cites);
    case 'months':
      return calendar.addMonths(start, amount, cites);
  }
}
