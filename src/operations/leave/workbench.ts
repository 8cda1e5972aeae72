import { sql } from 'kysely';
import { leaveRepository } from '../../db/leave-repository.js';
import { isWorkItem, type Viewer } from '../../domain/case.js';
import { leaderItemCase } from '../../domain/leave/case.js';
import { leaderItemKindLabels } from '../../domain/leave/types.js';
import { actorOf } from '../identity/present-user.js';
import { viewerOf } from '../case/viewer.js';
import { NO_DUE, registerWorkbenchProvider, type WorkItem } from '../workbench/providers.js';
import { afterKeySql, personalSql, workPredicateSql } from '../workbench/sql.js';

const AREA = 'leave';

/** The declaration's work predicate for leader items in SQL: open, addressed to the viewer or to someone they stand in for (a cover only the urgent ones). */
export function leaderItemWorkSql(viewer: Viewer) {
  return workPredicateSql(leaderItemCase, viewer, sql.ref('li.status'), { handle: personalSql(sql.ref('li.addresseePersonId'), viewer, sql`li.is_urgent = 1`) });
}

/**
 * A leader's 工作台 lists the leader items on which the declaration gives them work: their own, and those of
 * the absent leaders they stand in for (a cover the urgent ones, art. 62–63; the presiding executive deputy
 * all of the head's, art. 7), marked as acting for them. The page comes from SQL with its clocks joined.
 */
registerWorkbenchProvider({
  area: AREA,
  label: '领导事项',
  page: async ({ handle, clock, user }, { after, limit }) => {
    if (!user.personId) return { items: [], count: 0 };
    const viewer = await viewerOf(handle.db, actorOf(user), clock.now());
    const { rows, count } = await leaveRepository.workPage(handle.db, {
      work: leaderItemWorkSql(viewer),
      after: (dueKey) => afterKeySql(dueKey, sql.ref('li.createdAt'), sql.ref('li.id'), AREA, after),
      noDue: NO_DUE,
      limit,
    });
    // The declaration stays the truth: the SQL only chooses the candidates.
    const items = rows.filter((i) => isWorkItem(leaderItemCase, i, viewer));
    return {
      count,
      items: items.map((i): WorkItem => {
        const standIn = viewer.standsInFor.find((s) => s.personId === i.addresseePersonId);
        return {
          id: i.id,
          area: AREA,
          kind: leaderItemKindLabels[i.kind] ?? i.kind,
          title: `${i.isUrgent ? '【急】' : ''}${i.title}`,
          ...(i.clock ? { due: { due: i.clock.due, provisional: i.clock.isProvisional, explanation: i.clock.explanation } } : {}),
          ...(standIn ? { actingFor: { personId: standIn.personId, name: standIn.name } } : {}),
          href: `/leave/items/${i.id}`,
          createdAt: i.createdAt,
        };
      }),
    };
  },
});
