import { localDateOf } from '../../clock.js';
import { calendarRepository } from '../../db/calendar-repository.js';
import type { OperationContext } from '../../db/change.js';
import type { Tx } from '../../db/database.js';
import { caseOf, type IncomingDocumentView } from '../../db/documents-repository.js';
import type { AuditEntry } from '../../domain/audit/audit-event.js';
import { authorize } from '../../domain/case.js';
import { type IncomingAction, type IncomingCase, incomingDocumentCase, stepClocks, stepLimitsCarrier } from '../../domain/documents/case.js';
import { type IncomingStatus, stepLabels, type Urgency } from '../../domain/documents/types.js';
import { parameter } from '../../rules/index.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { trackDeadline, trackHoursDeadline } from '../calendar/track-deadline.js';
import { takeAction } from '../case/take-action.js';
import { viewerOf } from '../case/viewer.js';

/**
 * Starts the clock of the step a document now waits for (art. 66), on the deadlines table: working days on
 * the official calendar (so a holiday notice import recomputes it) for ordinary documents, hours for urgent
 * ones (except the handling unit's time, which the office sets in working days). Each length is the rulebook
 * parameter in force on the day; the previous step's clock closes.
 */
export async function startStepClock(
  trx: Tx,
  doc: { id: string; title: string; urgency: string; stepDeadlineId: string | null },
  status: IncomingStatus,
  at: Date,
  handlingWorkingDays?: number,
): Promise<{ stepDeadlineId: string | null; stepDueAt: null }> {
  if (doc.stepDeadlineId) await calendarRepository.closeDeadline(trx, doc.stepDeadlineId, at.toISOString());
  const pending = stepClocks[status];
  if (!pending) return { stepDeadlineId: null, stepDueAt: null };
  const day = localDateOf(at);
  const step = stepLabels[pending.step];
  const urgency = doc.urgency as Urgency;
  const target = { objectType: incomingDocumentCase.kind, objectId: doc.id, cites: { ruleId: stepLimitsCarrier, article: 66 } };
  if (urgency !== 'normal' && pending.limit.kind !== 'handling') {
    const hours = parameter('documents.urgentStepHours', day)[urgency];
    const { id } = await trackHoursDeadline(trx, { ...target, label: `${step}（急件${hours}小时内）：${doc.title}`, hours }, at);
    return { stepDeadlineId: id, stepDueAt: null };
  }
  let days: number;
  let label: string;
  switch (pending.limit.kind) {
    case 'handling':
      days = handlingWorkingDays ?? parameter('documents.handlingWorkingDays', day);
      label = `${step}（${days}个工作日内办结并回复）：${doc.title}`;
      break;
    case 'countersign':
      days = parameter('documents.countersignReplyWorkingDays', day);
      label = `${step}（相关单位主要负责人${days}个工作日内会签）：${doc.title}`;
      break;
    case 'step':
      days = parameter('documents.stepWorkingDays', day)[pending.limit.key];
      label = `${step}（${days}个工作日内）：${doc.title}`;
      break;
  }
  const calendar = await loadCalendar(trx);
  const { id } = await trackDeadline(trx, calendar, { ...target, label, start: day, basis: 'working_days', amount: days }, at);
  return { stepDeadlineId: id, stepDueAt: null };
}

/**
 * Takes one declared action on a document in the caller's transaction: the declaration decides whether the
 * actor may take it now and where it leads (409 when another request moved the document on, 403 when the
 * actor may not), the step clock of the state it leads to starts, and `takeAction` applies the versioned
 * update, records the timeline entry (with whom the actor stands in for) and returns the audit entry.
 */
export async function advance(
  trx: Tx,
  ctx: OperationContext,
  at: Date,
  input: {
    doc: IncomingDocumentView;
    version: number;
    action: IncomingAction;
    opinion?: string | null;
    /** The article the audit entry cites when it is not the action's first (批办 to a cover: art. 62 or 7). */
    article?: number;
    changes?: Record<string, unknown>;
    handlingWorkingDays?: number;
    /** Restart the step clock even though the state stays (延期). */
    restartClock?: boolean;
    summary?: Record<string, unknown>;
    /** Facts of the act the stored row cannot tell (whether a resubmitting member is the principal head). */
    caseFacts?: Pick<IncomingCase, 'resubmittedByPrincipal'>;
  },
): Promise<AuditEntry> {
  const { doc } = input;
  const c = { ...caseOf(doc), ...input.caseFacts };
  const viewer = await viewerOf(trx, ctx.actor, at);
  const { to } = authorize(incomingDocumentCase, input.action, c, viewer, input.version);
  const moves = to !== doc.status || input.restartClock === true;
  const clock = moves ? await startStepClock(trx, doc, to, at, input.handlingWorkingDays) : {};
  const { audit } = await takeAction(trx, ctx, at, {
    def: incomingDocumentCase,
    table: 'incomingDocuments',
    case: c,
    action: input.action,
    version: input.version,
    viewer,
    changes: { ...input.changes, ...clock, ...(moves ? { stepStartedAt: at.toISOString() } : {}), updatedAt: at.toISOString() },
    opinion: input.opinion ?? null,
    summary: { title: doc.title, ...input.summary },
  });
  return input.article === undefined ? audit : { ...audit, article: input.article };
}
