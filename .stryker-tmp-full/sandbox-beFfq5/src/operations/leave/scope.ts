// @ts-nocheck
import type { LeaderItemScope, LeaveScope } from '../../db/leave-repository.js';
import type { Viewer } from '../../domain/case.js';
import { scopeOf } from '../../domain/identity/policies.js';

/** The leave reports a viewer may see, from the policy table's data scope. */
export function leaveScopeOf(viewer: Pick<Viewer, 'roles' | 'personId'>): LeaveScope {
  return scopeOf(viewer.roles, 'leave.read') === 'all' ? { all: true } : { all: false, personId: viewer.personId };
}

/** The leader items a viewer may see: the office all; a leader their own and those of whom they stand in for. */
export function leaderItemScopeOf(viewer: Viewer): LeaderItemScope {
  return scopeOf(viewer.roles, 'leader_items.read') === 'all' ? { all: true } : { all: false, personId: viewer.personId, userId: viewer.userId, standsInFor: viewer.standsInFor };
}
