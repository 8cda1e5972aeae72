import { sql } from 'kysely';
import { localDateOf } from '../../clock.js';
import type { Dialect } from '../../db/database.js';
import { caseOf, documentsRepository } from '../../db/documents-repository.js';
import { actionsFor, isWorkItem, type Viewer } from '../../domain/case.js';
import { clockedStates, incomingDocumentCase } from '../../domain/documents/case.js';
import { stepLabels } from '../../domain/documents/types.js';
import { loadCalendar } from '../calendar/load-calendar.js';
import { viewerOf } from '../case/viewer.js';
import { registerWorkbenchProvider, NO_DUE, type WorkItem } from '../workbench/providers.js';
import { afterKeySql, allOf, anyOf, jsonHasUnitSql, ofUnitSql, personalSql, workPredicateSql } from '../workbench/sql.js';
import { stepClockOf } from './overdue.js';

const AREA = 'documents';
const d = (column: string) => sql.ref(`d.${column}`);

/**
 * The declaration's work predicate for incoming documents in SQL (see `incomingDocumentCase`): 签发 for the
 * filing unit's head, 会签 for a related unit's head that has not signed yet, the office's steps (a report read
 * by the leader may be archived, a request only once handled — but the office transfers both, so every
 * `instructed` document is the office's work), 批示 for the assigned leader or whoever stands in for them (a
 * cover only for urgent documents), 办结 for the handling unit.
 */
export function documentWorkSql(viewer: Viewer) {
  return workPredicateSql(incomingDocumentCase, viewer, d('status'), {
    sign_off: ofUnitSql(d('issuingUnitId'), viewer),
    countersign: viewer.unitId
      ? allOf([
          jsonHasUnitSql(d('relatedUnitIds'), viewer),
          sql`not exists (select 1 from case_countersignatures cs where cs.object_type = 'incoming_document' and cs.object_id = d.id and cs.unit_id = ${viewer.unitId})`,
        ])
      : sql`1 = 0`,
    instruct: personalSql(d('assignedLeaderPersonId'), viewer, sql`d.urgency <> 'normal'`),
    complete: ofUnitSql(d('handlingUnitId'), viewer),
    resubmit: allOf([ofUnitSql(d('issuingUnitId'), viewer), sql`d.source_kind = 'platform'`]),
    read: pendingReaderSql(viewer),
    archive: sql`(d.status <> 'instructed' or d.doc_type <> '请示')`,
  });
}

/** A JSON array of person ids (stored as text) holds this person. */
const jsonHasPerson = (personId: string) => sql`d.pending_reader_ids like ${`%${JSON.stringify(personId).replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`;

/** The SQL form of the 阅 relation: the viewer, or someone they stand in for (a cover only when urgent), is still to read. */
function pendingReaderSql(viewer: Viewer) {
  const full = viewer.standsInFor.filter((s) => !s.isUrgentOnly).map((s) => s.personId);
  const urgentOnly = viewer.standsInFor.filter((s) => s.isUrgentOnly).map((s) => s.personId);
  return anyOf([
    ...(viewer.personId ? [jsonHasPerson(viewer.personId)] : []),
    ...full.map(jsonHasPerson),
    ...(urgentOnly.length > 0 ? [allOf([anyOf(urgentOnly.map(jsonHasPerson)), sql`d.urgency <> 'normal'`])] : []),
  ]);
}

/**
 * The due day the 工作台 shows for a document, in SQL (what `stepClockOf` answers): the open step clock's day —
 * for an hour clock the Beijing day of its instant — or none.
 */
function dueKeySql(dialect: Dialect) {
  const hoursDay = dialect === 'postgres' ? sql`to_char((dl.due::timestamptz) at time zone 'Asia/Shanghai', 'YYYY-MM-DD')` : sql`date(dl.due, '+8 hours')`;
  return sql<string>`(case when dl.detail is not null and dl.due is not null and d.status in (${sql.join(clockedStates)}) then (case when dl.basis = 'hours' then ${hoursDay} else dl.due end) else ${NO_DUE} end)`;
}

/**
 * What incoming documents wait for the user: exactly those on which the declaration gives them a work action
 * (shown as acting for the absent leader where they stand in). The page is chosen in SQL by the work predicate
 * within the user's scope, in the 工作台's order after the cursor; names and clocks are joined; the calendar is
 * loaded once — a fixed number of statements whatever the number of documents.
 */
registerWorkbenchProvider({
  area: AREA,
  label: '收文办理',
  page: async ({ handle, clock, user }, { after, limit }) => {
    const now = clock.now();
    const actor = { userId: user.id, personId: user.personId, unitId: user.unit?.id ?? null, roles: user.roles };
    const viewer = await viewerOf(handle.db, actor, now);
    const dueKey = dueKeySql(handle.dialect);
    const { rows, count } = await documentsRepository.workPage(handle.db, actor, {
      work: documentWorkSql(viewer),
      after: afterKeySql(dueKey, d('createdAt'), d('id'), AREA, after),
      dueKey,
      limit,
    });
    const calendar = await loadCalendar(handle.db);
    const items: WorkItem[] = [];
    for (const doc of rows) {
      const c = caseOf(doc);
      // The declaration stays the truth: the SQL only chooses the candidates.
      if (!isWorkItem(incomingDocumentCase, c, viewer)) continue;
      const action = actionsFor(incomingDocumentCase, c, viewer).find((a) => incomingDocumentCase.actions[a].isWork !== false);
      const spec = action ? incomingDocumentCase.actions[action] : undefined;
      const stepClock = stepClockOf(calendar, doc, now);
      const actingFor = (action === 'instruct' || action === 'read') && spec?.relation ? spec.relation(c, viewer) : false;
      items.push({
        id: doc.id,
        area: AREA,
        kind: `待${spec?.label ?? stepLabels.submit}`,
        title: `${doc.urgency === 'very_urgent' ? '【特急】' : doc.urgency === 'urgent' ? '【加急】' : ''}${doc.title}`,
        // 来文单位: the body whose document the office registered, or the filing unit.
        ...(doc.senderName || doc.issuingUnitName ? { unitName: doc.senderName ?? doc.issuingUnitName ?? '' } : {}),
        ...(stepClock ? { due: { due: stepClock.basis === 'hours' ? localDateOf(new Date(stepClock.due)) : stepClock.due, provisional: stepClock.provisional, explanation: stepClock.explanation } } : {}),
        ...(actingFor && actingFor.actingFor ? { actingFor: actingFor.actingFor } : {}),
        href: `/documents/incoming/${doc.id}`,
        createdAt: doc.createdAt,
      });
    }
    return { items, count };
  },
});
