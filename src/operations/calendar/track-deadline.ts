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

/**
 * Counts a kept deadline again from a new start, inside the caller's transaction (the same clock row, open
 * again, recomputed and explained), e.g. a suggestion reassigned after a send-back or answered again.
 */
export async function restartDeadline(trx: Tx, calendar: Calendar, id: string, input: Omit<TrackDeadlineInput, 'objectType' | 'objectId'>, at: Date): Promise<Deadline> {
  const deadline = computeDeadline(calendar, input.basis, input.start, input.amount, input.cites);
  await calendarRepository.restartDeadline(trx, id, {
    label: input.label,
    basis: input.basis,
    amount: input.amount,
    start: input.start,
    due: deadline.due,
    isProvisional: deadline.provisional ? 1 : 0,
    ruleId: input.cites?.ruleId ?? null,
    article: input.cites?.article ?? null,
    detail: JSON.stringify(deadline),
    updatedAt: at.toISOString(),
  });
  return deadline;
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

/**
 * A clock counted in hours from the instant of the act (urgent documents, art. 66 "急件即到即办"), kept on
 * the deadlines table beside the day-counted ones with basis `hours`: `due` holds the instant (ISO), and a
 * holiday notice never moves it (only working-day deadlines are recomputed on import).
 */
export async function trackHoursDeadline(
  trx: Tx,
  input: { objectType: string; objectId: string; label: string; hours: number; cites?: DeadlineCites },
  at: Date,
): Promise<{ id: string; dueAt: string }> {
  const dueAt = new Date(at.getTime() + input.hours * 3600_000);
  const beijing = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
  const id = randomUUID();
  const detail = {
    start: at.toISOString(),
    due: dueAt.toISOString(),
    basis: 'hours',
    amount: input.hours,
    provisional: false,
    explanation: `自${beijing(at)}起${input.hours}小时内，截至${beijing(dueAt)}（北京时间）`,
    cites: input.cites,
  };
  await calendarRepository.insertDeadline(trx, {
    id,
    objectType: input.objectType,
    objectId: input.objectId,
    label: input.label,
    basis: 'hours',
    amount: input.hours,
    start: at.toISOString(),
    due: dueAt.toISOString(),
    isProvisional: 0,
    isOpen: 1,
    ruleId: input.cites?.ruleId ?? null,
    article: input.cites?.article ?? null,
    detail: JSON.stringify(detail),
    version: 1,
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  });
  return { id, dueAt: dueAt.toISOString() };
}
