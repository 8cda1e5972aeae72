import { localDateOf } from '../../clock.js';
import { type Calendar, chineseDate, type Deadline } from '../../calendar/index.js';
import type { IncomingDocumentView } from '../../db/documents-repository.js';
import { stepClocks } from '../../domain/documents/case.js';
import { type IncomingStatus, stepLabels } from '../../domain/documents/types.js';

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
};

/**
 * The clock of the document's current step, from the deadline row joined into the view (no query of its own,
 * so a page of documents costs no statement per row); the calendar is loaded once per request.
 */
export function stepClockOf(calendar: Calendar, doc: IncomingDocumentView, now: Date): StepClock | undefined {
  const pending = stepClocks[doc.status as IncomingStatus];
  if (!pending || !doc.clockDue || !doc.clockDetail) return undefined;
  const step = stepLabels[pending.step];
  if (doc.clockBasis === 'hours') {
    const dueAt = new Date(doc.clockDue);
    const hours = Math.floor((now.getTime() - dueAt.getTime()) / 3600_000);
    const isOverdue = now > dueAt;
    const counted = (JSON.parse(doc.clockDetail) as { explanation: string }).explanation;
    return {
      step,
      due: doc.clockDue,
      basis: 'hours',
      isOverdue,
      overdueBy: isOverdue ? Math.max(hours, 0) : 0,
      provisional: false,
      explanation: `急件即到即办（第六十六条）：${step}须${counted}完成${isOverdue ? `，已超时${Math.max(hours, 0)}小时` : ''}`,
    };
  }
  const deadline = JSON.parse(doc.clockDetail) as Deadline;
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
    explanation: `${deadline.explanation.replace(/。$/, '')}${isOverdue ? `；截至${chineseDate(today)}已逾期${overdueBy}个工作日` : ''}。`,
  };
}
