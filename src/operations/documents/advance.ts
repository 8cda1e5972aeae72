import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import { calendarRepository } from '../../db/calendar-repository.js';
import type { OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { documentsRepository, type IncomingDocumentRecord } from '../../db/documents-repository.js';
import type { AuditEntry } from '../../domain/audit/audit-event.js';
import { DomainError, invalid } from '../../domain/errors.js';
import { type IncomingStatus, pendingStep, type StepKind, stepLabels, type Urgency } from '../../domain/documents/types.js';
import { defaultRulebookSet, param } from '../../rules/index.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { trackDeadline } from '../calendar/track-deadline.js';

const JURISDICTION = 'linzi';

/**
 * Starts the clock of the step a document now waits for (art. 66): working days on the official calendar for
 * ordinary documents (tracked, so a holiday notice import recomputes it), hours for urgent ones. The previous
 * step's deadline closes.
 */
export async function startStepClock(
  trx: Tx,
  doc: Pick<IncomingDocumentRecord, 'id' | 'title' | 'urgency' | 'stepDeadlineId'>,
  status: IncomingStatus,
  at: Date,
  handlingWorkingDays?: number,
): Promise<{ stepDeadlineId: string | null; stepDueAt: string | null }> {
  if (doc.stepDeadlineId) await calendarRepository.closeDeadline(trx, doc.stepDeadlineId, at.toISOString());
  const pending = pendingStep[status];
  if (!pending) return { stepDeadlineId: null, stepDueAt: null };
  const day = localDateOf(at);
  const urgency = doc.urgency as Urgency;
  if (urgency !== 'normal' && pending.limit !== 'handling') {
    const hours = param(defaultRulebookSet, JURISDICTION, 'documents.urgentStepHours', day).value[urgency];
    return { stepDeadlineId: null, stepDueAt: new Date(at.getTime() + hours * 3600_000).toISOString() };
  }
  const days =
    pending.limit === 'handling'
      ? (handlingWorkingDays ?? param(defaultRulebookSet, JURISDICTION, 'documents.handlingWorkingDays', day).value)
      : param(defaultRulebookSet, JURISDICTION, 'documents.stepWorkingDays', day).value[pending.limit];
  const calendar = await loadCalendar(trx);
  const { id } = await trackDeadline(
    trx,
    calendar,
    { objectType: 'incoming_document', objectId: doc.id, label: `${stepLabels[pending.step]}：${doc.title}`, start: day, basis: 'working_days', amount: days, cites: { article: 66 } },
    at,
  );
  return { stepDeadlineId: id, stepDueAt: null };
}

/**
 * Moves a document from one of the expected statuses to the next, in the caller's transaction: checks the
 * status and version (a concurrent change is a conflict), records the step on the timeline, restarts the
 * step clock and returns the audit entry.
 */
export async function advance(
  trx: Tx,
  ctx: OperationContext,
  at: Date,
  input: {
    doc: IncomingDocumentRecord;
    version: number;
    from: readonly IncomingStatus[];
    to: IncomingStatus;
    step: StepKind;
    opinion?: string | null;
    article?: number;
    changes?: Parameters<typeof documentsRepository.update>[3];
    handlingWorkingDays?: number;
  },
): Promise<AuditEntry> {
  const { doc } = input;
  if (!input.from.includes(doc.status as IncomingStatus)) invalid(`该公文当前不能${stepLabels[input.step]}`);
  const clock = await startStepClock(trx, doc, input.to, at, input.handlingWorkingDays);
  const ok = await documentsRepository.update(trx, doc.id, input.version, {
    ...input.changes,
    status: input.to,
    stepStartedAt: at.toISOString(),
    ...clock,
    updatedAt: at.toISOString(),
  });
  if (!ok) throw new DomainError('conflict', '该公文已被他人处理，请刷新后重试');
  await documentsRepository.insertStep(trx, {
    id: randomUUID(),
    documentId: doc.id,
    step: input.step,
    actorUserId: ctx.actor.userId,
    actorName: ctx.actor.name,
    actingForPersonId: ctx.actor.actingFor?.personId ?? null,
    actingForName: ctx.actor.actingFor?.name ?? null,
    opinion: input.opinion ?? null,
    article: input.article ?? null,
    occurredAt: at.toISOString(),
  });
  return {
    act: `documents.incoming.${input.step}`,
    objectType: 'incoming_document',
    objectId: doc.id,
    result: 'success',
    article: input.article,
    summary: { from: doc.status, to: input.to, opinion: input.opinion ?? null, title: doc.title },
  };
}
