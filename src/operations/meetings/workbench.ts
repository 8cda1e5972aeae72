import { sql } from 'kysely';
import { chineseDate } from '../../calendar/index.js';
import { localDateOf } from '../../clock.js';
import { meetingsRepository } from '../../db/meetings-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { personal, type Viewer, workOf } from '../../domain/case.js';
import { absenceCase, meetingCase, type MeetingsOrg, topicCase } from '../../domain/meetings/case.js';
import { meetingKindLabels, type MeetingKind } from '../../domain/meetings/types.js';
import { viewerOf } from '../case/viewer.js';
import { NO_DUE, registerWorkbenchProvider, type WorkItem } from '../workbench/providers.js';
import { afterKeySql, allOf, anyOf, inList, jsonHasUnitSql, personalSql, sqlFalse, sqlTrue, workPredicateSql } from '../workbench/sql.js';
import { absenceCaseOf, meetingCaseOf, meetingsOrgOn, meetingsScopeOf, topicCaseOf } from './cases.js';

const AREA = 'meetings';

/** `personal` of one person named by the organisation of the day, decided once for the viewer. */
const isPerson = (personId: string | null, viewer: Viewer) => (personal<unknown>(() => personId)(null, viewer) !== false ? sqlTrue : sqlFalse);

/**
 * The declarations' work predicates in SQL (src/domain/meetings/case.ts). The 区长 and the office director are
 * the organisation's of the day, so their relations are decided once for the viewer; relations through "the
 * deputy in charge of the submitting unit" (and the office deputy directors assisting that deputy) become the
 * set of units for which the relation holds (`unitIds`: every unit, each mapped through `deputyInChargeOf`).
 */
export function meetingsWorkSql(viewer: Viewer, org: MeetingsOrg, unitIds: readonly string[]) {
  const m = (column: string) => sql.ref(`meetings.${column}`);
  const t = (column: string) => sql.ref(`meetingTopics.${column}`);
  const isTopical = sql`meetings.kind = 'topical'`;
  const isDelegated = sql`meetings.delegated_by_person_id is not null`;
  const isHeadInPerson = org.headPersonId !== null && viewer.personId === org.headPersonId ? sqlTrue : sqlFalse;
  const standsFor = (personId: string | null) => personal<unknown>(() => personId)(null, viewer) !== false;
  const unitsWhere = (holds: (deputy: string | null) => boolean) => inList(t('submittingUnitId'), unitIds.filter((u) => holds(org.deputyInChargeOf(u))));
  // The 区长 (or whoever presides for him) — never the 副区长 whose own meeting it is (see `onTownPrincipals`).
  const notOwnMeeting = viewer.personId === null ? sqlTrue : sql`coalesce(meetings.delegated_by_person_id, meetings.chair_person_id) <> ${viewer.personId}`;
  const townPrincipalsPending = allOf([isPerson(org.headPersonId, viewer), notOwnMeeting, sql`meetings.town_principals_approval like '%"status":"pending"%'`]);
  const planned = sqlTrue; // the topic page holds topics of planned meetings only.
  return {
    meetings: workPredicateSql(meetingCase, viewer, m('status'), {
      review_agenda: allOf([isPerson(org.directorPersonId, viewer), sql`meetings.kind = 'executive'`, sql`meetings.agenda_decided_at is null and meetings.agenda_reviewed_at is null and meetings.agenda_proposed_at is not null`]),
      decide_agenda: allOf([isPerson(org.headPersonId, viewer), sql`meetings.kind = 'executive'`, sql`meetings.agenda_decided_at is null and meetings.agenda_reviewed_at is not null`]),
      approve_minutes: allOf([personalSql(m('delegatedByPersonId'), viewer), isTopical, isDelegated]),
      sign_minutes: anyOf([
        allOf([sql`meetings.kind <> 'topical'`, isPerson(org.headPersonId, viewer), sql`meetings.status = 'minutes_drafted'`]),
        allOf([isTopical, anyOf([personalSql(m('chairPersonId'), viewer), personalSql(m('delegatedByPersonId'), viewer)]), sql`(case when meetings.delegated_by_person_id is not null then 'minutes_approved' else 'minutes_drafted' end) = meetings.status`]),
      ]),
      approve_town_principals: townPrincipalsPending,
      refuse_town_principals: townPrincipalsPending,
      entrust_chair: allOf([isHeadInPerson, sql`meetings.kind = 'executive'`, sql`meetings.chair_entrustment is not null and meetings.chair_entrustment not like '%"status":"entrusted"%'`]),
    }),
    topics: workPredicateSql(topicCase, viewer, t('status'), {
      countersign: viewer.unitId
        ? allOf([planned, jsonHasUnitSql(t('relatedUnitIds'), viewer), sql`not exists (select 1 from case_countersignatures cs where cs.object_type = 'meeting_topic' and cs.object_id = meeting_topics.id and cs.unit_id = ${viewer.unitId})`])
        : sqlFalse,
      coordinate: allOf([
        planned,
        unitsWhere((deputy) => (viewer.personId !== null && org.assistantsOf(deputy).includes(viewer.personId)) || standsFor(deputy)),
        sql`exists (select 1 from case_countersignatures cs where cs.object_type = 'meeting_topic' and cs.object_id = meeting_topics.id and cs.is_agreed = 0)`,
      ]),
      approve_exception: allOf([planned, isPerson(org.headPersonId, viewer)]),
      review: allOf([planned, unitsWhere((deputy) => standsFor(deputy) && deputy !== null && deputy !== org.headPersonId), sql`meeting_topics.reviewed_by_person_id is null`]),
      head_review: allOf([planned, isPerson(org.headPersonId, viewer), sql`meeting_topics.head_reviewed_by_person_id is null`]),
    }),
    absences: workPredicateSql(absenceCase, viewer, sql.ref('meetingAbsenceRequests.status'), {
      consent: allOf([isPerson(org.headPersonId, viewer), sql`meetings.status in ('planned', 'held')`]),
      decline: allOf([isPerson(org.headPersonId, viewer), sql`meetings.status in ('planned', 'held')`]),
    }),
  };
}

/**
 * Meeting work waiting for the user, read from the declarations in `src/domain/meetings/case.ts`: an item is
 * here exactly when the user has a work action on the case — the director's review and the 区长's decision of
 * an executive meeting's arrangement, minutes to approve or sign, absence requests for the 区长, topics to
 * countersign, coordinate, review or take late (the follow-up tasks decision items become are on the supervision
 * area's 工作台, src/operations/supervision/workbench.ts). Each kind's page and count
 * come from SQL by the declared work predicate and the viewer's scope; a fixed number of statements.
 */
registerWorkbenchProvider({
  area: AREA,
  label: '会议',
  page: async ({ handle, clock, user }, { after, limit }) => {
    const now = clock.now();
    const today = localDateOf(now);
    const viewer = await viewerOf(handle.db, { userId: user.id, personId: user.personId, unitId: user.unit?.id ?? null, roles: user.roles }, now);
    const scope = meetingsScopeOf(viewer);
    const [org, units] = await Promise.all([meetingsOrgOn(handle.db, today), orgRepository.listUnits(handle.db)]);
    const work = meetingsWorkSql(viewer, org, units.map((u) => u.id));
    const keyset = (createdAt: string, id: string) => (due: Parameters<typeof afterKeySql>[0]) => afterKeySql(due, sql.ref(createdAt), sql.ref(id), AREA, after);
    const [meetings, topics, absences] = await Promise.all([
      meetingsRepository.meetingWorkPage(handle.db, scope, { work: work.meetings, after: keyset('meetings.createdAt', 'meetings.id'), noDue: NO_DUE, limit }),
      meetingsRepository.topicWorkPage(handle.db, scope, { work: work.topics, after: keyset('meetingTopics.createdAt', 'meetingTopics.id'), noDue: NO_DUE, limit }),
      meetingsRepository.absenceWorkPage(handle.db, scope, { work: work.absences, after: keyset('meetingAbsenceRequests.createdAt', 'meetingAbsenceRequests.id'), noDue: NO_DUE, limit }),
    ]);
    const signatures = await meetingsRepository.signaturesOf(handle.db, topics.rows.map((t) => t.id));
    const items: WorkItem[] = [];
    // The declarations stay the truth: the SQL only chooses the candidates.
    for (const m of meetings.rows) {
      const w = workOf(meetingCase, meetingCaseOf(m, org), viewer);
      if (w) items.push({ id: m.id, area: AREA, kind: w.label, title: `${meetingKindLabels[m.kind as MeetingKind]}：${m.title}`, due: { due: m.meetingDate, provisional: false, explanation: `会议日期：${chineseDate(m.meetingDate)}` }, href: `/meetings/${m.id}`, createdAt: m.createdAt, ...(w.actingFor ? { actingFor: w.actingFor } : {}) });
    }
    for (const t of topics.rows) {
      const w = workOf(topicCase, topicCaseOf(t, signatures, org), viewer);
      if (w) items.push({ id: t.id, area: AREA, kind: `议题${w.label}`, title: t.title, href: `/meetings/topics/${t.id}`, createdAt: t.createdAt, ...(w.actingFor ? { actingFor: w.actingFor } : {}) });
    }
    for (const r of absences.rows) {
      const w = workOf(absenceCase, absenceCaseOf(r, org), viewer);
      if (w) items.push({ id: r.id, area: AREA, kind: '会议请假', title: `${r.personName ?? ''}请假：${r.meetingTitle}（${r.reason}）`, due: { due: r.meetingDate, provisional: false, explanation: `会议日期：${chineseDate(r.meetingDate)}` }, href: `/meetings/${r.meetingId}`, createdAt: r.createdAt, ...(w.actingFor ? { actingFor: w.actingFor } : {}) });
    }
    return { items, count: meetings.count + topics.count + absences.count };
  },
});
