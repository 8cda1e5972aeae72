import { chineseDate } from '../../calendar/index.js';
import { sql } from 'kysely';
import { localDateOf } from '../../clock.js';
import { orgRepository } from '../../db/org-repository.js';
import { supervisionWorkRepository } from '../../db/supervision-work-repository.js';
import { personal, type Viewer, workOf } from '../../domain/case.js';
import { extensionCase, reportCase, suggestionCase, taskCase } from '../../domain/supervision/case.js';
import { suggestionKindLabels, type SuggestionKind, type TaskSource, taskSourceLabels } from '../../domain/supervision/types.js';
import { viewerOf } from '../case/viewer.js';
import { clockView } from '../meetings/clock-view.js';
import { NO_DUE, registerWorkbenchProvider, type WorkItem } from '../workbench/providers.js';
import { afterKeySql, allOf, inList, ofUnitSql, personalSql, sqlFalse, workPredicateSql } from '../workbench/sql.js';
import { extensionCaseOf, reportCaseOf, suggestionCaseOf, supervisionScopeOf, taskCaseOf, taskFlagsOf } from './cases.js';

const AREA = 'supervision';


/** The principal head of each unit today (art. 75): whose approval a unit's report needs. */
export type Principals = ReadonlyMap<string, { personId: string; name: string }>;

/**
 * The declarations' work predicates in SQL (src/domain/supervision/case.ts). The task's `report` is the lead
 * unit's while the task has no report undecided and no sub-tasks and is not a suggestion's (answered through
 * the suggestion, art. 40); a report's `approve` is its unit's principal head's in person or whoever stands in
 * for them — the principals are the organisation's of the day, so the relation becomes the set of units whose
 * principal the viewer is or stands in for; an extension's `approve` is its approver's. The office's `accept`,
 * `assign` and `record_satisfaction` hold by role and state alone.
 */
export function supervisionWorkSql(viewer: Viewer, principals: Principals) {
  const unitsHeadedBy = [...principals.entries()].filter(([, p]) => personal<unknown>(() => p.personId)(null, viewer) !== false).map(([unitId]) => unitId);
  return {
    tasks: workPredicateSql(taskCase, viewer, sql.ref('tasks.status'), {
      report: viewer.unitId
        ? allOf([
            ofUnitSql(sql.ref('tasks.leadUnitId'), viewer),
            sql`not exists (select 1 from task_reports r where r.task_id = tasks.id and r.status in ('submitted', 'approved'))`,
            sql`not exists (select 1 from tasks c where c.parent_id = tasks.id)`,
            sql`tasks.source_type not in ('deputy_suggestion', 'cppcc_proposal')`,
          ])
        : sqlFalse,
      accept: sql`(tasks.status = 'reviewing' or (exists (select 1 from tasks c where c.parent_id = tasks.id) and not exists (select 1 from tasks c where c.parent_id = tasks.id and c.status in ('open', 'reviewing'))))`,
    }),
    reports: workPredicateSql(reportCase, viewer, sql.ref('taskReports.status'), { approve: inList(sql.ref('taskReports.unitId'), unitsHeadedBy) }),
    extensions: workPredicateSql(extensionCase, viewer, sql.ref('taskExtensions.status'), { approve: personalSql(sql.ref('taskExtensions.approverPersonId'), viewer) }),
    suggestions: workPredicateSql(suggestionCase, viewer, sql.ref('supervisionSuggestions.status'), { answer: ofUnitSql(sql.ref('supervisionSuggestions.leadUnitId'), viewer) }),
  };
}

/** The due of an item: its task's clock, explained (art. 32, 57; 40 for a suggestion's three months). */
function dueOf(clock: Parameters<typeof clockView>[0] | null, today: string, what: string): Pick<WorkItem, 'due'> {
  const due = clockView(clock ?? undefined, today);
  return due ? { due: { due: due.due, provisional: due.provisional, explanation: `${what}：${due.explanation}` } } : {};
}

const numbered = (number: string | null, title: string) => (number ? `${number} ${title}` : title);

/**
 * Supervision work waiting for the user (督查督办), read from the declarations in `src/domain/supervision/case.ts`:
 * an item is here exactly when the user has a work action on the case — the lead unit's progress report on an
 * open task, the unit's principal head's approval of its report (art. 75), the office's review of reports and of
 * tasks put to it, the leader's decision on an extension (art. 32), and a suggestion or proposal to assign,
 * answer or measure (art. 40). Each item opens its task, is due on the task's clock and says how it was counted.
 * Each kind's page and count come from SQL by the declared work predicate and the viewer's scope; a fixed number
 * of statements.
 */
registerWorkbenchProvider({
  area: AREA,
  label: '督查督办',
  page: async ({ handle, clock, user }, { after, limit }) => {
    const now = clock.now();
    const today = localDateOf(now);
    const viewer = await viewerOf(handle.db, { userId: user.id, personId: user.personId, unitId: user.unit?.id ?? null, roles: user.roles }, now);
    const scope = supervisionScopeOf(viewer);
    const units = await orgRepository.listUnits(handle.db);
    const principals = await orgRepository.principalsOf(handle.db, units.map((u) => u.id), today);
    const work = supervisionWorkSql(viewer, principals);
    const keyset = (createdAt: string, id: string) => (due: Parameters<typeof afterKeySql>[0]) => afterKeySql(due, sql.ref(createdAt), sql.ref(id), AREA, after);
    const [tasks, reports, extensions, suggestions] = await Promise.all([
      supervisionWorkRepository.taskWorkPage(handle.db, scope, { work: work.tasks, after: keyset('tasks.createdAt', 'tasks.id'), noDue: NO_DUE, limit }),
      supervisionWorkRepository.reportWorkPage(handle.db, scope, { work: work.reports, after: keyset('taskReports.createdAt', 'taskReports.id'), noDue: NO_DUE, limit }),
      supervisionWorkRepository.extensionWorkPage(handle.db, scope, { work: work.extensions, after: keyset('taskExtensions.createdAt', 'taskExtensions.id'), noDue: NO_DUE, limit }),
      supervisionWorkRepository.suggestionWorkPage(handle.db, scope, { work: work.suggestions, after: keyset('supervisionSuggestions.createdAt', 'supervisionSuggestions.id'), noDue: NO_DUE, limit }),
    ]);
    const flags = await taskFlagsOf(handle.db, tasks.rows);
    const items: WorkItem[] = [];
    const acting = (w: { actingFor?: { personId: string; name: string } }) => (w.actingFor ? { actingFor: w.actingFor } : {});
    // The declarations stay the truth: the SQL only chooses the candidates.
    for (const t of tasks.rows) {
      const w = workOf(taskCase, taskCaseOf(t, flags), viewer);
      if (w) items.push({ id: t.id, area: AREA, kind: `${w.label}（${taskSourceLabels[t.sourceType as TaskSource] ?? taskCase.label}）`, title: numbered(t.number, t.title), ...dueOf(t.clock, today, '督办任务完成时限'), href: `/supervision/tasks/${t.id}`, createdAt: t.createdAt, ...acting(w) });
    }
    for (const r of reports.rows) {
      const w = workOf(reportCase, reportCaseOf(r, principals.get(r.unitId)?.personId ?? null), viewer);
      if (w) items.push({ id: r.id, area: AREA, kind: `${w.label}（${reportCase.label}）`, title: numbered(r.taskNumber, r.taskTitle), ...dueOf(r.clock, today, '督办任务完成时限'), href: `/supervision/tasks/${r.taskId}`, createdAt: r.createdAt, ...acting(w) });
    }
    for (const e of extensions.rows) {
      const w = workOf(extensionCase, extensionCaseOf(e), viewer);
      if (w) items.push({ id: e.id, area: AREA, kind: `${w.label}（${extensionCase.label}）`, title: `${numbered(e.taskNumber, e.taskTitle)}（申请延期至${chineseDate(e.requestedDueOn)}）`, ...dueOf(e.clock, today, '督办任务完成时限'), href: `/supervision/tasks/${e.taskId}`, createdAt: e.createdAt, ...acting(w) });
    }
    for (const s of suggestions.rows) {
      const w = workOf(suggestionCase, suggestionCaseOf(s), viewer);
      if (!w) continue;
      // A suggestion not yet assigned has no task: it opens the list of suggestions and proposals.
      const href = s.taskId ? `/supervision/tasks/${s.taskId}` : '/supervision/suggestions';
      const kindLabel = suggestionKindLabels[s.kind as SuggestionKind] ?? suggestionCase.label;
      items.push({ id: s.id, area: AREA, kind: `${w.label}（${kindLabel}）`, title: `${s.code ? `${s.code} ` : ''}${s.title}`, ...dueOf(s.clock, today, '第四十条：建议提案办理时限'), href, createdAt: s.createdAt, ...acting(w) });
    }
    return { items, count: tasks.count + reports.count + extensions.count + suggestions.count };
  },
});
