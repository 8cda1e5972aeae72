import { sql } from 'kysely';
import type { Deadline } from '../../calendar/index.js';
import { outgoingCaseOf, outgoingRepository, receiptCaseOf } from '../../db/outgoing-repository.js';
import { actionsFor, isWorkItem, type Viewer } from '../../domain/case.js';
import { can } from '../../domain/identity/policies.js';
import { outgoingDocumentCase, outgoingReceiptCase } from '../../domain/outgoing/case.js';
import { viewerOf } from '../case/viewer.js';
import { NO_DUE, registerWorkbenchProvider, type WorkItem } from '../workbench/providers.js';
import { afterKeySql, allOf, jsonHasUnitSql, ofUnitSql, personalSql, workPredicateSql } from '../workbench/sql.js';

const AREA = 'outgoing';
const RECEIPTS = 'outgoing_receipts';
const d = (column: string) => sql.ref(`d.${column}`);
const urgent = sql`d.urgency <> 'normal'`;

/**
 * The declaration's work predicate for outgoing documents in SQL (see `outgoingDocumentCase`): 报送 for the
 * drafting unit's head, 会签 for a unit concerned that has not signed, 协调 of an open disagreement, the office's
 * 审核, 审签 / 审定 for the leader named at review, 签发 for the signer — never before the office has reviewed
 * (art. 68) — or whoever stands in for them (a cover only for urgent documents), 印发 for the issuing unit.
 */
export function outgoingWorkSql(viewer: Viewer) {
  return workPredicateSql(outgoingDocumentCase, viewer, d('status'), {
    submit: ofUnitSql(d('draftingUnitId'), viewer),
    countersign: viewer.unitId ? allOf([jsonHasUnitSql(d('countersignUnitIds'), viewer), sql`not (${jsonHasUnitSql(d('signedUnitIds'), viewer)})`]) : sql`1 = 0`,
    coordinate: sql`d.has_open_disagreement = 1`,
    leader_review: allOf([personalSql(d('leaderReviewerPersonId'), viewer, urgent), sql`d.issuer <> 'department'`]),
    approve_directive: allOf([personalSql(d('leaderReviewerPersonId'), viewer, urgent), sql`d.issuer = 'department'`]),
    sign_off: personalSql(d('signerPersonId'), viewer, urgent),
    issue: ofUnitSql(d('issuingUnitId'), viewer),
  });
}

/** The day the 工作台 shows: the countersign reply's due day while countersigning (art. 68), else none. */
const dueKey = sql<string>`(case when d.status = 'countersigning' and dl.due is not null and dl.is_open = 1 then dl.due else ${NO_DUE} end)`;

registerWorkbenchProvider({
  area: AREA,
  label: '发文办理',
  page: async ({ handle, clock, user }, { after, limit }) => {
    const now = clock.now();
    const actor = { userId: user.id, personId: user.personId, unitId: user.unit?.id ?? null, roles: user.roles };
    const viewer = await viewerOf(handle.db, actor, now);
    const { rows, count } = await outgoingRepository.workPage(handle.db, { roles: user.roles, unitId: actor.unitId }, {
      work: outgoingWorkSql(viewer),
      after: afterKeySql(dueKey, d('createdAt'), d('id'), AREA, after),
      dueKey,
      limit,
    });
    const items: WorkItem[] = [];
    for (const doc of rows) {
      const c = outgoingCaseOf(doc);
      // The declaration stays the truth: the SQL only chooses the candidates.
      if (!isWorkItem(outgoingDocumentCase, c, viewer)) continue;
      const action = actionsFor(outgoingDocumentCase, c, viewer).find((a) => outgoingDocumentCase.actions[a].isWork !== false);
      const spec = action ? outgoingDocumentCase.actions[action] : undefined;
      const standing = spec?.relation ? spec.relation(c, viewer) : false;
      const deadline = doc.dueKey !== NO_DUE && doc.dueDetail ? (JSON.parse(doc.dueDetail) as Deadline) : undefined;
      items.push({
        id: doc.id,
        area: AREA,
        kind: `待${spec?.label ?? '办理'}`,
        title: `${doc.urgency === 'very_urgent' ? '【特急】' : doc.urgency === 'urgent' ? '【加急】' : ''}${doc.title}`,
        ...(doc.draftingUnitName ? { unitName: doc.draftingUnitName } : {}),
        ...(deadline ? { due: { due: deadline.due, provisional: deadline.provisional, explanation: deadline.explanation } } : {}),
        ...(standing && standing.actingFor ? { actingFor: standing.actingFor } : {}),
        href: `/outgoing/${doc.id}`,
        createdAt: doc.createdAt,
      });
    }
    return { items, count };
  },
});

/** Documents issued to the user's unit and not yet signed for (签收). */
registerWorkbenchProvider({
  area: RECEIPTS,
  label: '来文签收',
  page: async ({ handle, clock, user }, { after, limit }) => {
    const unitId = user.unit?.id ?? null;
    if (!unitId || !can(user.roles, 'outgoing.receive')) return { items: [], count: 0 };
    const viewer = await viewerOf(handle.db, { userId: user.id, personId: user.personId, unitId, roles: user.roles }, clock.now());
    const { rows, count } = await outgoingRepository.receiptWorkPage(handle.db, unitId, { after: afterKeySql(sql`${NO_DUE}`, sql.ref('r.createdAt'), sql.ref('r.id'), RECEIPTS, after), limit });
    const items: WorkItem[] = rows
      .filter((r) => isWorkItem(outgoingReceiptCase, receiptCaseOf({ ...r, role: '', acknowledgedByName: null, acknowledgedAt: null }), viewer))
      .map((r) => ({ id: r.id, area: RECEIPTS, kind: '待签收', title: `${r.documentNumber ? `${r.documentNumber} ` : ''}${r.title}`, href: `/outgoing/received`, createdAt: r.createdAt }));
    return { items, count };
  },
});
