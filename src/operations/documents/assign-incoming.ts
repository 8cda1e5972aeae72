import { localDateOf } from '../../clock.js';
import { commitChange, type OperationContext } from '../../db/change.js';
import { invalid } from '../../domain/errors.js';
import { routeForInstruction } from '../../domain/documents/routing.js';
import { availabilityOn } from '../leave/availability.js';
import { advance } from './advance.js';
import { loadDocument } from './office-load.js';

/**
 * 批办: the office sends the document to the leader the rules name (art. 65): the deputy in charge of the
 * filing unit by the portfolio of the day, major matters to the 区长; an urgent document for a leader who
 * is away goes to the cover (art. 62) or to the executive deputy presiding for the head (art. 7).
 */
export async function assignIncoming(ctx: OperationContext, input: { id: string; version: number }): Promise<{ leader: { personId: string; name: string }; basis: 'major_to_head' | 'portfolio' | 'no_portfolio_to_head' | 'cover'; actingFor: { personId: string; name: string } | null }> {
  return commitChange(ctx, async (trx, at) => {
    const doc = await loadDocument(trx, ctx, input.id);
    const day = localDateOf(at);
    const availability = await availabilityOn(trx, day);
    const head = availability.leaders.find((l) => l.post.kind === 'head');
    const route = routeForInstruction({
      isMajor: doc.isMajor === 1,
      isUrgent: doc.urgency !== 'normal',
      // A unit's filing goes by the filer's portfolio; a body's document by the unit whose remit it concerns, if
      // the office named one (none: to the 区长).
      unitId: doc.sourceKind === 'platform' ? doc.issuingUnitId : (doc.routingUnitId ?? ''),
      day,
      head: head && { personId: head.personId, name: head.name },
      deputies: availability.leaders
        .filter((l) => l.post.kind === 'deputy' || l.post.kind === 'executive_deputy')
        .map((l) => ({ personId: l.personId, name: l.name, unitIds: l.portfolio.units.map((u) => u.id) })),
      isAway: availability.isAway,
      coverOf: availability.coverOf,
    });
    if (!route) invalid('找不到批办的领导：请先在组织机构中登记区长与分管副区长');
    const basisLabel = { major_to_head: '重大事项报区长', portfolio: '按分工报分管副区长', no_portfolio_to_head: '无分管副区长，报区长', cover: `${route.actingFor?.name ?? ''}外出，急件转补位领导` }[route.basis];
    const audit = await advance(trx, ctx, at, {
      doc,
      version: input.version,
      action: 'assign',
      opinion: `呈${route.leader.name}同志阅批（${basisLabel}）`,
      article: route.article,
      changes: { assignedLeaderPersonId: route.leader.personId, assignedActingForPersonId: route.actingFor?.personId ?? null, assignmentBasis: route.basis },
    });
    return { result: { leader: route.leader, basis: route.basis, actingFor: route.actingFor }, audit: [audit] };
  });
}
