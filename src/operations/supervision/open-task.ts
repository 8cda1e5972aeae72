import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../clock.js';
import type { Tx } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import { supervisionRepository } from '../../db/supervision-repository.js';
import { nextInSequence } from '../../db/versioned-update.js';
import type { AuditEntry } from '../../domain/audit/audit-event.js';
import { found, invalid } from '../../domain/errors.js';
import { supervisionClocks } from './clocks.js';
import { daysBetween } from '../../domain/leave/types.js';
import { type TaskCategory, type TaskSource, taskSourceArticles } from '../../domain/supervision/types.js';
import type { LocalDate } from '../../rules/types.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { trackDeadline } from '../calendar/track-deadline.js';
import { meetingsOrgOn } from '../meetings/cases.js';

/** How a task's deadline is set: a date (the meeting's 完成时限, the office's date), or months from a day (a suggestion's 3 months, art. 40). */
export type TaskDue = { kind: 'date'; dueOn: LocalDate } | { kind: 'months'; months: number; from: LocalDate; ruleId: string };

export type OpenTaskInput = {
  sourceType: TaskSource;
  /** The source object's id; '' for an outside source named in `sourceRef`. */
  sourceId: string;
  sourceRef?: string | null;
  title: string;
  description?: string | null;
  category?: TaskCategory;
  parentId?: string | null;
  weight?: number;
  leadUnitId: string;
  coUnitIds: readonly string[];
  /** The leader in charge; by default the deputy whose portfolio holds the lead unit (the 区长 for a unit in none). */
  leaderPersonId?: string | null;
  focusArea?: string | null;
  due: TaskDue;
  /** An existing clock to run on (a decision item's, art. 57), instead of a new one. */
  deadlineId?: string | null;
  reportEveryWorkingDays?: number | null;
  lookBackOfId?: string | null;
  createdByUserId: string | null;
};

/**
 * Opens a task in the ledger — the one way a task comes into being, whatever its source (minutes signed off,
 * an instruction, the annual plan, a suggestion assigned, an audit finding, a look-back falling due): it gets
 * the next number of the year's series (督〔2026〕N号, gap-free under concurrency), its leader in charge, and a
 * clock on the deadlines table with its explanation. Returns the audit entry for the caller's `commitChange`.
 */
export async function openTask(trx: Tx, at: Date, input: OpenTaskInput): Promise<{ id: string; number: string; dueOn: LocalDate; deadlineId: string; audit: AuditEntry }> {
  const today = localDateOf(at);
  found(await orgRepository.findUnit(trx, input.leadUnitId), '牵头单位');
  for (const u of input.coUnitIds) {
    found(await orgRepository.findUnit(trx, u), '配合单位');
    if (u === input.leadUnitId) invalid('配合单位不能与牵头单位相同');
  }
  // A task on an existing clock (a decision item's) keeps its date even when the minutes are signed after it.
  if (input.due.kind === 'date' && !input.deadlineId && input.due.dueOn < today) invalid('完成时限不能早于今天');
  const id = randomUUID();
  const year = today.slice(0, 4);
  const number = `督〔${year}〕${await nextInSequence(trx, `supervision:${year}`)}号`;
  const leaderPersonId = input.leaderPersonId === undefined ? (await meetingsOrgOn(trx, today)).deputyInChargeOf(input.leadUnitId) : input.leaderPersonId;
  const article = taskSourceArticles[input.sourceType];
  const clock = input.deadlineId ? { id: input.deadlineId, due: input.due.kind === 'date' ? input.due.dueOn : today } : await trackTaskClock(trx, at, { id, label: `${number}：${input.title}`, article, due: input.due });
  await supervisionRepository.insertTask(trx, {
    id,
    number,
    sourceType: input.sourceType,
    sourceId: input.sourceId,
    sourceRef: input.sourceRef ?? null,
    title: input.title,
    description: input.description ?? null,
    category: input.category ?? 'task',
    parentId: input.parentId ?? null,
    weight: input.weight ?? 1,
    progress: 0,
    leadUnitId: input.leadUnitId,
    coUnitIds: JSON.stringify(input.coUnitIds),
    leaderPersonId,
    focusArea: input.focusArea ?? null,
    dueOn: clock.due,
    deadlineId: clock.id,
    reportEveryWorkingDays: input.reportEveryWorkingDays ?? null,
    lastReportOn: null,
    status: 'open',
    closedAs: null,
    closedReason: null,
    closedAt: null,
    lookBackOn: null,
    lookBackOfId: input.lookBackOfId ?? null,
    createdByUserId: input.createdByUserId,
    article,
    version: 1,
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  });
  return {
    id,
    number,
    dueOn: clock.due,
    deadlineId: clock.id,
    audit: { act: 'supervision.task.open', objectType: 'task', objectId: id, result: 'success', article, summary: { number, source: input.sourceType, sourceId: input.sourceId || null, leadUnitId: input.leadUnitId, dueOn: clock.due, parentId: input.parentId ?? null } },
  };
}

/**
 * A task's clock: to a date, counted in calendar days from today (the date is the one set, art. 57); in
 * months from a day otherwise (a suggestion from its assignment, art. 40). Kept on the deadlines table with
 * its explanation, like every other clock.
 */
async function trackTaskClock(trx: Tx, at: Date, input: { id: string; label: string; article: number; due: TaskDue }): Promise<{ id: string; due: LocalDate }> {
  const calendar = await loadCalendar(trx);
  const today = localDateOf(at);
  const { id, deadline } =
    input.due.kind === 'date'
      ? await trackDeadline(trx, calendar, { objectType: 'task', objectId: input.id, label: input.label, start: today, basis: 'calendar_days', amount: Math.max(daysBetween(today, input.due.dueOn), 0), cites: supervisionClocks.task(input.article) }, at)
      : await trackDeadline(trx, calendar, { objectType: 'task', objectId: input.id, label: input.label, start: input.due.from, basis: 'months', amount: input.due.months, cites: { article: input.article, ruleId: input.due.ruleId } }, at);
  return { id, due: deadline.due };
}
