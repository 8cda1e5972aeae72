// @ts-nocheck
import { calendarRepository } from '../../db/calendar-repository.js';
import type { Tx } from '../../db/database.js';
import { daysBetween } from '../../domain/leave/types.js';
import type { LocalDate } from '../../rules/types.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { trackDeadline } from '../calendar/track-deadline.js';

/**
 * The one clock of a leave report or a leader item with a due day, on the deadlines table like every other
 * step clock (counted in calendar days from the act, explained, listed with the case's deadlines).
 */
export async function startDueClock(trx: Tx, input: { objectType: string; objectId: string; label: string; from: LocalDate; due: LocalDate; article: number; ruleId?: string }, at: Date): Promise<void> {
  const calendar = await loadCalendar(trx);
  await trackDeadline(
    trx,
    calendar,
    { objectType: input.objectType, objectId: input.objectId, label: input.label, start: input.from, basis: 'calendar_days', amount: Math.max(daysBetween(input.from, input.due), 0), cites: { article: input.article, ...(input.ruleId ? { ruleId: input.ruleId } : {}) } },
    at,
  );
}

/** Stops the case's open clocks: the step they count is done. */
export async function stopClocks(trx: Tx, objectType: string, objectId: string, at: Date): Promise<void> {
  for (const d of await calendarRepository.deadlinesOf(trx, objectType, objectId)) {
    if (d.isOpen === 1) await calendarRepository.closeDeadline(trx, d.id, at.toISOString());
  }
}
