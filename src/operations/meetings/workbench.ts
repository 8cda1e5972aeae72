import { localDateOf } from '../../clock.js';
import { meetingsRepository } from '../../db/meetings-repository.js';
import { actionsFor, type CaseDefinition, standingFor, type Viewer, workStates } from '../../domain/case.js';
import { absenceCase, meetingCase, taskCase, topicCase } from '../../domain/meetings/case.js';
import { meetingKindLabels, type MeetingKind } from '../../domain/meetings/types.js';
import { viewerOf } from '../case/viewer.js';
import { registerWorkbenchProvider, type WorkItem } from '../workbench/providers.js';
import { absenceCaseOf, meetingCaseOf, meetingsOrgOn, meetingsScopeOf, taskCaseOf, topicCaseOf } from './cases.js';
import { clockView } from './clock-view.js';

/** The first work action the viewer has on a case, with whom they act for: what the 工作台 item says. */
function workOf<S extends string, C, A extends string>(def: CaseDefinition<S, C, A>, c: C, viewer: Viewer): { label: string; actingFor?: { personId: string; name: string } } | null {
  const action = actionsFor(def, c, viewer).find((a) => def.actions[a].isWork !== false);
  if (!action) return null;
  const standing = standingFor(def.actions[action], c, viewer);
  const actingFor = standing === false ? null : standing.actingFor;
  return { label: def.actions[action].label, ...(actingFor ? { actingFor } : {}) };
}

/**
 * Meeting work waiting for the user, read from the declarations in `src/domain/meetings/case.ts`: an item is
 * here exactly when the user has a work action on the case — the director's review and the 区长's decision of
 * an executive meeting's arrangement, minutes to approve or sign, absence requests for the 区长, topics to
 * countersign, coordinate, review or take late, and a lead unit's follow-up tasks. Candidates come from SQL by
 * the declared work states and the viewer's scope; a fixed number of queries whatever the number of rows.
 */
registerWorkbenchProvider({
  area: 'meetings',
  label: '会议与督办',
  list: async ({ handle, clock, user }) => {
    const now = clock.now();
    const today = localDateOf(now);
    const viewer = await viewerOf(handle.db, { userId: user.id, personId: user.personId, unitId: user.unit?.id ?? null, roles: user.roles }, now);
    const scope = meetingsScopeOf(viewer);
    const org = await meetingsOrgOn(handle.db, today);
    const items: WorkItem[] = [];

    for (const m of await meetingsRepository.inStates(handle.db, workStates(meetingCase), scope)) {
      const work = workOf(meetingCase, meetingCaseOf(m, org), viewer);
      if (work) items.push({ id: `${m.id}:${work.label}`, area: 'meetings', kind: work.label, title: `${meetingKindLabels[m.kind as MeetingKind]}：${m.title}`, due: { due: m.meetingDate, provisional: false, explanation: `会议日期 ${m.meetingDate}` }, href: `/meetings/${m.id}`, createdAt: m.createdAt, ...(work.actingFor ? { actingFor: work.actingFor } : {}) });
    }

    const topics = await meetingsRepository.topicsInStates(handle.db, workStates(topicCase), scope);
    const signatures = await meetingsRepository.signaturesOf(handle.db, topics.map((t) => t.id));
    for (const t of topics) {
      const work = workOf(topicCase, topicCaseOf(t, signatures, org), viewer);
      if (work) items.push({ id: t.id, area: 'meetings', kind: `议题${work.label}`, title: t.title, href: `/meetings/topics/${t.id}`, createdAt: t.createdAt, ...(work.actingFor ? { actingFor: work.actingFor } : {}) });
    }

    const people = new Map((await handle.db.selectFrom('people').select(['id', 'name']).execute()).map((p) => [p.id, p.name]));
    for (const r of await meetingsRepository.absenceRequestsInStates(handle.db, workStates(absenceCase), scope)) {
      const work = workOf(absenceCase, absenceCaseOf(r, org), viewer);
      if (work) items.push({ id: r.id, area: 'meetings', kind: '会议请假', title: `${people.get(r.personId) ?? ''}请假：${r.meetingTitle}（${r.reason}）`, due: { due: r.meetingDate, provisional: false, explanation: `会议日期 ${r.meetingDate}` }, href: `/meetings/${r.meetingId}`, createdAt: r.createdAt, ...(work.actingFor ? { actingFor: work.actingFor } : {}) });
    }

    const tasks = await meetingsRepository.tasks(handle.db, { status: 'open' }, scope);
    const clocks = await meetingsRepository.clocks(handle.db, tasks.map((t) => t.deadlineId));
    for (const task of tasks) {
      if (!workOf(taskCase, taskCaseOf(task), viewer)) continue;
      const due = clockView(task.deadlineId ? clocks.get(task.deadlineId) : undefined, today);
      items.push({ id: task.id, area: 'meetings', kind: '会议议定事项', title: task.title, ...(due ? { due: { due: due.due, provisional: due.provisional, explanation: `第五十七条：会议议定事项，${due.explanation}` } } : {}), href: `/tasks/${task.id}`, createdAt: task.createdAt });
    }
    return items;
  },
});
