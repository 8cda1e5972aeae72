import type { LocalDate } from '../../rules/types.js';

/** A decision item's or task's clock as the API shows it: due date, whether provisional, how it was counted, whether overdue. */
export type ClockView = { due: string; provisional: boolean; explanation: string; isOverdue: boolean };

/**
 * Reads a clock row of the deadlines table (the one clock of decision items and their tasks, art. 57). A task
 * is overdue when its clock is still running after the day it was due.
 */
export function clockView(row: { due: string; isProvisional: number; isOpen: number; detail: string } | undefined, today: LocalDate): ClockView | null {
  if (!row) return null;
  const detail = JSON.parse(row.detail) as { explanation?: string };
  return { due: row.due, provisional: row.isProvisional === 1, explanation: detail.explanation ?? '', isOverdue: row.isOpen === 1 && row.due < today };
}
