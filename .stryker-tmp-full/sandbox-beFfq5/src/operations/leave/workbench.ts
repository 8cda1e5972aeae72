// @ts-nocheck
import { leaveRepository } from '../../db/leave-repository.js';
import { isWorkItem } from '../../domain/case.js';
import { leaderItemCase } from '../../domain/leave/case.js';
import { leaderItemKindLabels } from '../../domain/leave/types.js';
import { actorOf } from '../identity/present-user.js';
import { viewerOf } from '../case/viewer.js';
import { registerWorkbenchProvider, type WorkItem } from '../workbench/providers.js';

/**
 * A leader's 工作台 lists the leader items on which the declaration gives them work: their own, and those of
 * the absent leaders they stand in for (a cover the urgent ones, art. 62–63; the presiding executive deputy
 * all of the head's, art. 7), marked as acting for them.
 */
registerWorkbenchProvider({
  area: 'leave',
  label: '领导事项',
  list: async ({ handle, clock, user }) => {
    if (!user.personId) return [];
    const viewer = await viewerOf(handle.db, actorOf(user), clock.now());
    const candidates = await leaveRepository.openItemsFor(handle.db, [user.personId, ...viewer.standsInFor.map((s) => s.personId)]);
    const items = candidates.filter((i) => isWorkItem(leaderItemCase, i, viewer));
    // The due day shown is the item's clock on the deadlines table (one clock), with its explanation.
    const clocks = await leaveRepository.openClocksOf(handle.db, leaderItemCase.kind, items.map((i) => i.id));
    return items.map((i): WorkItem => {
      const standIn = viewer.standsInFor.find((s) => s.personId === i.addresseePersonId);
      const clock = clocks.get(i.id);
      return {
        id: i.id,
        area: 'leave',
        kind: leaderItemKindLabels[i.kind] ?? i.kind,
        title: `${i.isUrgent ? '【急】' : ''}${i.title}`,
        ...(clock ? { due: { due: clock.due, provisional: clock.isProvisional, explanation: clock.explanation } } : {}),
        ...(standIn ? { actingFor: { personId: standIn.personId, name: standIn.name } } : {}),
        href: `/leave/items/${i.id}`,
        createdAt: i.createdAt,
      };
    });
  },
});
