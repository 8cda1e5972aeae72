import { type Calendar, chineseDate } from '../../calendar/index.js';
import { localDateOf } from '../../clock.js';
import type { Db, Tx } from '../../db/database.js';
import { orgRepository } from '../../db/org-repository.js';
import type { TaskWithClock } from '../../db/supervision-repository.js';
import { actionsFor, type Viewer } from '../../domain/case.js';
import { daysBetween } from '../../domain/leave/types.js';
import { taskCase, type TaskAction } from '../../domain/supervision/case.js';
import { type TaskCategory, taskCategoryLabels, type TaskSource, taskSourceLabels, type TaskStatus, taskStatusLabels } from '../../domain/supervision/types.js';
import type { LocalDate } from '../../rules/types.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { taskCaseOf, taskFlagsOf } from './cases.js';

type Named = { id: string; name: string };

/** A task as the ledger and its page show it: where it comes from, who does it, its clock and whether it is late, what the viewer may do. */
export type TaskView = {
  id: string;
  number: string | null;
  title: string;
  description: string | null;
  category: TaskCategory;
  categoryLabel: string;
  source: { type: string; label: string; id: string | null; ref: string | null; href: string | null };
  parentId: string | null;
  weight: number;
  progress: number;
  leadUnitId: string;
  leadUnitName: string;
  coUnits: Named[];
  leaderPersonId: string | null;
  leaderName: string | null;
  /** Art. 75: a 批示件 is owned by the lead unit's principal head, in person (of the day). */
  owner: { personId: string; name: string } | null;
  focusArea: string | null;
  status: TaskStatus;
  statusLabel: string;
  closedAs: string | null;
  closedReason: string | null;
  closedAt: string | null;
  lookBackOn: string | null;
  lookBackOfId: string | null;
  dueOn: string;
  clock: { due: string; provisional: boolean; isOpen: boolean; explanation: string } | null;
  overdue: { isOverdue: boolean; days: number; workingDays: number; explanation: string | null };
  reportEveryWorkingDays: number | null;
  lastReportOn: string | null;
  nextReport: { due: string; isOverdue: boolean; explanation: string } | null;
  article: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  actions: TaskAction[];
};

const stripStop = (s: string) => s.replace(/[。；，\s]+$/u, '');

/**
 * Whether a task is late, counted on the official calendar and said in words: "完成时限为2026年3月2日（…），今天
 * 2026年3月5日，已逾期3天（其中工作日3天）". A task is late while its clock still runs past its due day; a closed
 * one never is.
 */
export function overdueOf(t: Pick<TaskWithClock, 'status' | 'dueOn' | 'clock'>, calendar: Calendar, today: LocalDate): TaskView['overdue'] {
  const due = t.clock?.due ?? t.dueOn;
  const running = (t.status === 'open' || t.status === 'reviewing') && (t.clock ? t.clock.isOpen === 1 : true);
  if (!running) return { isOverdue: false, days: 0, workingDays: 0, explanation: null };
  const explanation = t.clock ? stripStop((JSON.parse(t.clock.detail) as { explanation?: string }).explanation ?? '') : '';
  const head = `完成时限为${chineseDate(due)}${explanation ? `（${explanation}）` : ''}，今天${chineseDate(today)}`;
  if (due < today) {
    const days = daysBetween(due, today);
    const workingDays = calendar.workingDaysBetween(due, today);
    return { isOverdue: true, days, workingDays, explanation: `${head}，已逾期${days}天（其中工作日${workingDays}天）` };
  }
  const left = daysBetween(today, due);
  const workingLeft = calendar.workingDaysBetween(today, due);
  return { isOverdue: false, days: 0, workingDays: 0, explanation: left === 0 ? `${head}，今天到期` : `${head}，距到期还有${left}天（其中工作日${workingLeft}天）` };
}

/** The next progress report of a task that reports every N working days (art. 57): from the last accepted report, or from the day it was opened. */
export function nextReportOf(t: Pick<TaskWithClock, 'status' | 'reportEveryWorkingDays' | 'lastReportOn' | 'createdAt'>, calendar: Calendar, today: LocalDate): TaskView['nextReport'] {
  const n = t.reportEveryWorkingDays;
  if (!n || t.status !== 'open') return null;
  const from = t.lastReportOn ?? localDateOf(new Date(t.createdAt));
  const due = calendar.addWorkingDays(from, n).due;
  const since = t.lastReportOn ? `上次报送${chineseDate(from)}` : `自${chineseDate(from)}登记起`;
  const base = `每${n}个工作日报送一次进展，${since}，下次应于${chineseDate(due)}前报送`;
  if (due >= today) return { due, isOverdue: false, explanation: base };
  return { due, isOverdue: true, explanation: `${base}，今天${chineseDate(today)}，已逾期${calendar.workingDaysBetween(due, today)}个工作日` };
}

/** Where the source object is in the platform, when it is one of ours. */
function hrefOf(type: string, id: string, meetingOf: Map<string, string>): string | null {
  if (!id) return null;
  switch (type) {
    case 'meeting_decision': {
      const meetingId = meetingOf.get(id);
      return meetingId ? `/meetings/${meetingId}` : null;
    }
    case 'leader_instruction':
      return `/documents/incoming/${id}`;
    case 'deputy_suggestion':
    case 'cppcc_proposal':
      return `/supervision/suggestions/${id}`;
    case 'look_back':
      return `/supervision/tasks/${id}`;
    default:
      return null;
  }
}

/**
 * The views of many tasks in a fixed number of statements whatever their number: names of units and people,
 * the meetings behind decision items, the lead units' principal heads, the flags the declaration reads.
 */
export async function presentTasks(db: Db | Tx, tasks: readonly TaskWithClock[], viewer: Viewer, today: LocalDate): Promise<TaskView[]> {
  if (tasks.length === 0) return [];
  const calendar = await loadCalendar(db);
  const flags = await taskFlagsOf(db, tasks);
  const coUnitsOf = new Map(tasks.map((t) => [t.id, JSON.parse(t.coUnitIds) as string[]]));
  const unitIds = [...new Set(tasks.flatMap((t) => [t.leadUnitId, ...(coUnitsOf.get(t.id) ?? [])]))];
  const personIds = [...new Set(tasks.map((t) => t.leaderPersonId).filter((p): p is string => p !== null))];
  const decisionIds = tasks.filter((t) => t.sourceType === 'meeting_decision' && t.sourceId).map((t) => t.sourceId);
  const instructed = [...new Set(tasks.filter((t) => t.sourceType === 'leader_instruction').map((t) => t.leadUnitId))];
  const [units, people, decisions, principals] = await Promise.all([
    db.selectFrom('units').select(['id', 'name']).where('id', 'in', unitIds).execute(),
    personIds.length ? db.selectFrom('people').select(['id', 'name']).where('id', 'in', personIds).execute() : Promise.resolve([]),
    decisionIds.length ? db.selectFrom('decisionItems').innerJoin('meetings', 'meetings.id', 'decisionItems.meetingId').select(['decisionItems.id', 'decisionItems.meetingId', 'meetings.title', 'meetings.minutesNumber']).where('decisionItems.id', 'in', decisionIds).execute() : Promise.resolve([]),
    orgRepository.principalsOf(db, instructed, today),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const personName = new Map(people.map((p) => [p.id, p.name]));
  const meetingOf = new Map(decisions.map((d) => [d.id, d.meetingId]));
  // The meeting that decided it, and its minutes: what the lead unit quotes in its reports (art. 57).
  const decidedAt = new Map(decisions.map((d) => [d.id, d.minutesNumber ? `${d.title}（${d.minutesNumber}）` : d.title]));
  return tasks.map((t) => {
    const detail = t.clock ? (JSON.parse(t.clock.detail) as { explanation?: string }) : null;
    const owner = t.sourceType === 'leader_instruction' ? (principals.get(t.leadUnitId) ?? null) : null;
    return {
      id: t.id,
      number: t.number,
      title: t.title,
      description: t.description,
      category: t.category as TaskCategory,
      categoryLabel: taskCategoryLabels[t.category as TaskCategory] ?? t.category,
      source: { type: t.sourceType, label: taskSourceLabels[t.sourceType as TaskSource] ?? t.sourceType, id: t.sourceId || null, ref: t.sourceRef ?? (t.sourceType === 'meeting_decision' ? (decidedAt.get(t.sourceId) ?? null) : null), href: hrefOf(t.sourceType, t.sourceId, meetingOf) },
      parentId: t.parentId,
      weight: t.weight,
      progress: t.progress,
      leadUnitId: t.leadUnitId,
      leadUnitName: unitName.get(t.leadUnitId) ?? '',
      coUnits: (coUnitsOf.get(t.id) ?? []).map((id) => ({ id, name: unitName.get(id) ?? '' })),
      leaderPersonId: t.leaderPersonId,
      leaderName: t.leaderPersonId ? (personName.get(t.leaderPersonId) ?? null) : null,
      owner,
      focusArea: t.focusArea,
      status: t.status as TaskStatus,
      statusLabel: taskStatusLabels[t.status as TaskStatus] ?? t.status,
      closedAs: t.closedAs,
      closedReason: t.closedReason,
      closedAt: t.closedAt,
      lookBackOn: t.lookBackOn,
      lookBackOfId: t.lookBackOfId,
      dueOn: t.dueOn,
      clock: t.clock ? { due: t.clock.due, provisional: t.clock.isProvisional === 1, isOpen: t.clock.isOpen === 1, explanation: detail?.explanation ?? '' } : null,
      overdue: overdueOf(t, calendar, today),
      reportEveryWorkingDays: t.reportEveryWorkingDays,
      lastReportOn: t.lastReportOn,
      nextReport: nextReportOf(t, calendar, today),
      article: t.article,
      version: t.version,
      createdAt: t.createdAt,
      updatedAt: t.updatedAt,
      actions: actionsFor(taskCase, taskCaseOf(t, flags), viewer),
    };
  });
}
