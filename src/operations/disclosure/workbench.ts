import { type Expression, sql, type SqlBool } from 'kysely';
import { chineseDate } from '../../calendar/index.js';
import { localDateOf } from '../../clock.js';
import { type DisclosureWorkRow, disclosureWorkPage, type DisclosureWorkTable } from '../../db/disclosure-work-repository.js';
import { type CaseDefinition, type Viewer, workOf } from '../../domain/case.js';
import { draftCase, messageCase, publicationCase, requestCase } from '../../domain/disclosure/case.js';
import { type DraftKind, draftKindLabels, type PublicationCategory, publicationCategoryLabels } from '../../domain/disclosure/types.js';
import { viewerOf } from '../case/viewer.js';
import { NO_DUE, registerWorkbenchProvider, type WorkItem } from '../workbench/providers.js';
import { afterKeySql, allOf, anyOf, ofUnitSql, sqlFalse, workPredicateSql } from '../workbench/sql.js';

const AREA = 'disclosure';

/** Not prepared (or answered) by the viewer: the SQL of the declarations' "a second person" relation (art. 83). */
const notBy = (column: string, viewer: Viewer) => sql<SqlBool>`(${sql.ref(column)} is null or ${sql.ref(column)} <> ${viewer.userId})`;

/**
 * The declarations' work predicates in SQL (src/domain/disclosure/case.ts), each with the scope it is read in:
 * the office's publication review of what it did not prepare (art. 83); a draft to publish, and to close once its
 * period has run (art. 36); a request to answer or whose consultation came back (条例 第三十三条); a message to
 * answer — the office while unassigned, the unit it is assigned to after — and one to publish with its answer
 * when the writer agreed, by someone other than who answered it (art. 39).
 */
export function disclosureWorkSql(viewer: Viewer, today: string): Record<DisclosureWorkTable, Expression<SqlBool>> {
  const isOffice = viewer.roles.includes('office_staff');
  return {
    publications: workPredicateSql(publicationCase, viewer, sql.ref('status'), { publish: notBy('prepared_by_user_id', viewer) }),
    commentDrafts: workPredicateSql(draftCase, viewer, sql.ref('status'), { publish: notBy('prepared_by_user_id', viewer), close: sql`closes_on < ${today}` }),
    disclosureRequests: workPredicateSql(requestCase, viewer, sql.ref('status'), {}),
    publicMessages: workPredicateSql(messageCase, viewer, sql.ref('status'), {
      answer: anyOf([isOffice ? sql`unit_id is null` : sqlFalse, viewer.unitId ? ofUnitSql(sql.ref('unit_id'), viewer) : sqlFalse]),
      publish: allOf([sql`wants_public = 1`, notBy('answered_by_user_id', viewer)]),
    }),
  };
}

type Line = { def: CaseDefinition<string, never>; caseOf: (row: DisclosureWorkRow, today: string) => never; title: (row: DisclosureWorkRow) => string; href: (row: DisclosureWorkRow) => string; dueLabel: string; dueColumn: string };

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** How each kind's row becomes its case for the declaration, and the line of the 工作台 it makes. */
const lines: Record<DisclosureWorkTable, Line> = {
  publications: {
    def: publicationCase as unknown as Line['def'],
    caseOf: (r) => ({ id: r.id, version: 0, status: r.status, preparedByUserId: str(r.preparedByUserId) }) as never,
    title: (r) => `${publicationCategoryLabels[r.category as PublicationCategory] ?? ''}：${String(r.title)}`,
    href: (r) => `/disclosure/publications/${r.id}`,
    dueLabel: '主动公开期限',
    dueColumn: 'due_on',
  },
  commentDrafts: {
    def: draftCase as unknown as Line['def'],
    caseOf: (r, today) => ({ id: r.id, version: 0, status: r.status, draftingUnitId: String(r.draftingUnitId), preparedByUserId: str(r.preparedByUserId), isPeriodOver: r.closesOn !== null && String(r.closesOn) < today }) as never,
    title: (r) => `${draftKindLabels[r.kind as DraftKind] ?? ''}征求意见稿：${String(r.title)}`,
    href: (r) => `/disclosure/drafts/${r.id}`,
    dueLabel: '征求意见截止',
    dueColumn: 'closes_on',
  },
  disclosureRequests: {
    def: requestCase as unknown as Line['def'],
    caseOf: (r) => ({ id: r.id, version: 0, status: r.status, headPersonId: null, isExtended: r.extension !== null, canStillRequestCorrection: false }) as never,
    title: (r) => `${String(r.number)} ${String(r.description).slice(0, 60)}`,
    href: (r) => `/disclosure/requests/${r.id}`,
    dueLabel: '依申请公开答复期限',
    dueColumn: 'due_on',
  },
  publicMessages: {
    def: messageCase as unknown as Line['def'],
    caseOf: (r) => ({ id: r.id, version: 0, status: r.status, unitId: str(r.unitId), wantsPublic: Number(r.wantsPublic) === 1, answeredByUserId: str(r.answeredByUserId) }) as never,
    title: (r) => `${String(r.number)} ${String(r.subject)}`,
    href: (r) => `/disclosure/messages/${r.id}`,
    dueLabel: '留言答复期限',
    dueColumn: 'due_on',
  },
};

/** The case a row of a disclosure table is for its declaration, and that declaration: what the 工作台 judges each candidate by. */
export function disclosureCaseOf(table: DisclosureWorkTable, row: DisclosureWorkRow, today: string): { def: CaseDefinition<string, never>; case: never } {
  return { def: lines[table].def, case: lines[table].caseOf(row, today) };
}

/** The due key of a disclosure table's rows on the 工作台. */
export const disclosureDueKey = (table: DisclosureWorkTable) => sql<string>`coalesce(${sql.ref(lines[table].dueColumn)}, ${NO_DUE})`;

/**
 * Disclosure work waiting for the user (政务公开), read from the declarations: an item is here exactly when the
 * user has a work action on the case. The SQL only chooses the candidates; each row is judged again by its
 * declaration. Two statements per kind, whatever the number of cases.
 */
registerWorkbenchProvider({
  area: AREA,
  label: '政务公开',
  page: async ({ handle, clock, user }, { after, limit }) => {
    const now = clock.now();
    const today = localDateOf(now);
    const viewer = await viewerOf(handle.db, { userId: user.id, personId: user.personId, unitId: user.unit?.id ?? null, roles: user.roles }, now);
    const work = disclosureWorkSql(viewer, today);
    const tables = Object.keys(lines) as DisclosureWorkTable[];
    const pages = await Promise.all(
      tables.map(async (table) => {
        const page = await disclosureWorkPage(handle.db, { table, where: work[table], dueKey: disclosureDueKey(table), after: (due) => afterKeySql(due, sql.ref('created_at'), sql.ref('id'), AREA, after), limit });
        return { table, ...page };
      }),
    );
    const items: WorkItem[] = [];
    for (const { table, rows } of pages) {
      const line = lines[table];
      for (const row of rows) {
        const judged = disclosureCaseOf(table, row, today);
        const w = workOf(judged.def, judged.case, viewer);
        if (!w) continue;
        const due = row.dueKey === NO_DUE ? {} : { due: { due: row.dueKey, provisional: false, explanation: `${line.dueLabel}：${chineseDate(row.dueKey)}` } };
        items.push({ id: row.id, area: AREA, kind: `${w.label}（${line.def.label}）`, title: line.title(row), href: line.href(row), createdAt: row.createdAt, ...due, ...(w.actingFor ? { actingFor: w.actingFor } : {}) });
      }
    }
    return { items, count: pages.reduce((n, p) => n + p.count, 0) };
  },
});
