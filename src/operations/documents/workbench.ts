import { localDateOf } from '../../clock.js';
import { documentsRepository } from '../../db/documents-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { incomingStatusLabels, pendingStep, stepLabels, type IncomingStatus } from '../../domain/documents/types.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { registerWorkbenchProvider, type WorkItem } from '../workbench/providers.js';
import { stepClockOf } from './overdue.js';

const OFFICE_STATUSES: IncomingStatus[] = ['submitted', 'received', 'registered', 'reviewed', 'proposed', 'instructed', 'completed'];

/**
 * What incoming documents wait for the user: the office's steps for office staff, the 批示 for the leader it
 * was sent to (a cover's shows whom they act for), the handling for the handling unit, countersigning for
 * a related unit's head, and returned documents for the filing unit.
 */
registerWorkbenchProvider({
  area: 'documents',
  label: '收文办理',
  list: async ({ handle, clock, user }) => {
    const now = clock.now();
    const calendar = await loadCalendar(handle.db);
    const isOffice = user.roles.includes('office_staff');
    const statuses: IncomingStatus[] = [...(isOffice ? OFFICE_STATUSES : []), 'assigned', 'transferred', 'countersigning', 'returned'];
    const docs = await documentsRepository.inStatuses(handle.db, statuses);
    const mine = docs.filter((d) => {
      switch (d.status as IncomingStatus) {
        case 'assigned':
          return d.assignedLeaderPersonId === user.personId;
        case 'transferred':
          return d.handlingUnitId !== null && d.handlingUnitId === user.unit?.id;
        case 'countersigning':
          return user.roles.includes('unit_head') && (JSON.parse(d.relatedUnitIds) as string[]).includes(user.unit?.id ?? '');
        case 'returned':
          return d.issuingUnitId === user.unit?.id;
        default:
          return isOffice;
      }
    });
    const items: WorkItem[] = [];
    for (const d of mine) {
      const stepClock = await stepClockOf(handle.db, calendar, d, now);
      const step = pendingStep[d.status as IncomingStatus]?.step;
      items.push({
        id: d.id,
        area: 'documents',
        kind: step ? `待${stepLabels[step]}` : incomingStatusLabels[d.status as IncomingStatus],
        title: `${d.urgency === 'very_urgent' ? '【特急】' : d.urgency === 'urgent' ? '【加急】' : ''}${d.title}`,
        ...(stepClock ? { due: { due: stepClock.basis === 'hours' ? localDateOf(new Date(stepClock.due)) : stepClock.due, provisional: stepClock.provisional, explanation: stepClock.explanation } } : {}),
        ...(d.status === 'assigned' && d.assignedActingForPersonId
          ? { actingFor: { personId: d.assignedActingForPersonId, name: (await orgRepository.findPerson(handle.db, d.assignedActingForPersonId))?.name ?? '' } }
          : {}),
        href: `/documents/incoming/${d.id}`,
        createdAt: d.createdAt,
      });
    }
    return items;
  },
});

