import { localDateOf } from '../../clock.js';
import { leaveRepository } from '../../db/leave-repository.js';
import { registerWorkbenchProvider, type WorkItem } from '../workbench/providers.js';
import { availabilityOn } from './availability.js';
import { leaderItemKindLabels, type LeaderItemKind } from './leader-items.js';

/**
 * A leader's 工作台 lists the items addressed to them and, while another leader is away and they cover
 * (art. 62–63) or preside for the head (art. 7), that leader's urgent items marked as acting for them.
 */
registerWorkbenchProvider({
  area: 'leave',
  label: '领导事项',
  list: async ({ handle, clock, user }) => {
    if (!user.personId) return [];
    const availability = await availabilityOn(handle.db, localDateOf(clock.now()));
    const covered = availability.leaders.filter((l) => availability.coverOf(l.personId)?.personId === user.personId);
    const items = await leaveRepository.openItemsFor(handle.db, [user.personId, ...covered.map((l) => l.personId)]);
    return items
      .filter((i) => i.addresseePersonId === user.personId || i.isUrgent === 1)
      .map((i): WorkItem => {
        const absent = covered.find((l) => l.personId === i.addresseePersonId);
        return {
          id: i.id,
          area: 'leave',
          kind: leaderItemKindLabels[i.kind as LeaderItemKind] ?? i.kind,
          title: `${i.isUrgent ? '【急】' : ''}${i.title}`,
          ...(i.dueOn ? { due: { due: i.dueOn, provisional: false, explanation: `须于${i.dueOn}前办理` } } : {}),
          ...(absent ? { actingFor: { personId: absent.personId, name: absent.name } } : {}),
          href: `/leave/items/${i.id}`,
          createdAt: i.createdAt,
        };
      });
  },
});
