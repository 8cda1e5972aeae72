import { localDateOf } from '../../clock.js';
import type { Calendar, Deadline } from '../../calendar/index.js';
import { calendarRepository } from '../../db/calendar-repository.js';
import type { Db, Tx } from '../../db/database.js';
import type { IncomingDocumentRecord } from '../../db/documents-repository.js';
import { pendingStep, type IncomingStatus, stepLabels } from '../../domain/documents/types.js';

/** Where a document stands against the clock of its current step, explained in Chinese (art. 66). */
export type StepClock = {
  step: string;
  due: string;
  basis: 'working_days' | 'hours';
  isOverdue: boolean;
  /** Working days (or hours, for urgent documents) past the deadline. */
  overdueBy: number;
  provisional: boolean;
  explanation: string;
  deadline: Deadline | null;
};

export async function stepClockOf(db: Db | Tx, calendar: Calendar, doc: IncomingDocumentRecord, now: Date): Promise<StepClock | undefined> {
  const pending = pendingStep[doc.status as IncomingStatus];
  if (!pending) return undefined;
  const step = stepLabels[pending.step];
  if (doc.stepDueAt) {
    const dueAt = new Date(doc.stepDueAt);
    const hours = Math.floor((now.getTime() - dueAt.getTime()) / 3600_000);
    const isOverdue = now > dueAt;
    return {
      step,
      due: doc.stepDueAt,
      basis: 'hours',
      isOverdue,
      overdueBy: isOverdue ? Math.max(hours, 0) : 0,
      provisional: false,
      explanation: `急件即到即办（第六十六条）：${step}须于${beijingTime(dueAt)}（北京时间）前完成${isOverdue ? `，已超时${Math.max(hours, 0)}小时` : ''}`,
      deadline: null,
    };
  }
  if (!doc.stepDeadlineId) return undefined;
  const row = await calendarRepository.findDeadline(db, doc.stepDeadlineId);
  if (!row) return undefined;
  const deadline = JSON.parse(row.detail) as Deadline;
  const today = localDateOf(now);
  const isOverdue = today > deadline.due;
  const overdueBy = isOverdue ? calendar.workingDaysBetween(deadline.due, today) : 0;
  return {
    step,
    due: deadline.due,
    basis: 'working_days',
    isOverdue,
    overdueBy,
    provisional: deadline.provisional,
    explanation: `${deadline.explanation.replace(/。$/, '')}${isOverdue ? `；截至${today}已逾期${overdueBy}个工作日` : ''}。`,
    deadline,
  };
}

/** `YYYY-MM-DD HH:mm` in Beijing time (UTC+8, no daylight saving). */
function beijingTime(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
