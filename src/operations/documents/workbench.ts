import { localDateOf } from '../../clock.js';
import { caseOf, documentsRepository } from '../../db/documents-repository.js';
import { actionsFor, isWorkItem, workStates } from '../../domain/case.js';
import { incomingDocumentCase } from '../../domain/documents/case.js';
import { stepLabels } from '../../domain/documents/types.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { viewerOf } from '../case/viewer.js';
import { registerWorkbenchProvider, type WorkItem } from '../workbench/providers.js';
import { stepClockOf } from './overdue.js';

const candidateStates = workStates(incomingDocumentCase);

/**
 * What incoming documents wait for the user: exactly those on which the declaration gives them a work action
 * (签发 for the filing unit's head, 会签 for related units' heads, the office's steps, 批示 for the assigned
 * leader or whoever stands in for them — shown as acting for the absent leader — 办结 for the handling unit).
 * A fixed number of statements whatever the number of documents: candidates come in one query within the
 * user's scope with names and clocks joined; the calendar is loaded once.
 */
registerWorkbenchProvider({
  area: 'documents',
  label: '收文办理',
  list: async ({ handle, clock, user }) => {
    const now = clock.now();
    const actor = { userId: user.id, personId: user.personId, unitId: user.unit?.id ?? null, roles: user.roles };
    const viewer = await viewerOf(handle.db, actor, now);
    const docs = await documentsRepository.inStates(handle.db, actor, candidateStates);
    const calendar = await loadCalendar(handle.db);
    const items: WorkItem[] = [];
    for (const d of docs) {
      const c = caseOf(d);
      if (!isWorkItem(incomingDocumentCase, c, viewer)) continue;
      const action = actionsFor(incomingDocumentCase, c, viewer).find((a) => incomingDocumentCase.actions[a].isWork !== false);
      const spec = action ? incomingDocumentCase.actions[action] : undefined;
      const stepClock = stepClockOf(calendar, d, now);
      const actingFor = action === 'instruct' && spec?.relation ? spec.relation(c, viewer) : false;
      items.push({
        id: d.id,
        area: 'documents',
        kind: `待${spec?.label ?? stepLabels.submit}`,
        title: `${d.urgency === 'very_urgent' ? '【特急】' : d.urgency === 'urgent' ? '【加急】' : ''}${d.title}`,
        ...(d.issuingUnitName ? { unitName: d.issuingUnitName } : {}),
        ...(stepClock ? { due: { due: stepClock.basis === 'hours' ? localDateOf(new Date(stepClock.due)) : stepClock.due, provisional: stepClock.provisional, explanation: stepClock.explanation } } : {}),
        ...(actingFor && actingFor.actingFor ? { actingFor: actingFor.actingFor } : {}),
        href: `/documents/incoming/${d.id}`,
        createdAt: d.createdAt,
      });
    }
    return items;
  },
});
