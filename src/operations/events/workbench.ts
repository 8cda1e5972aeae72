import { sql } from 'kysely';
import { chineseDate } from '../../calendar/index.js';
import { localDateOf } from '../../clock.js';
import { eventsRepository } from '../../db/events-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { type CaseDefinition, isWorkItem, personal, standingFor, type Viewer } from '../../domain/case.js';
import { departmentMeetingCase, invitationCase, speechCase, type WithHead } from '../../domain/events/case.js';
import { articleLabel } from '../../rules/index.js';
import { viewerOf } from '../case/viewer.js';
import { actorOf } from '../identity/present-user.js';
import { registerWorkbenchProvider, type WorkItem } from '../workbench/providers.js';
import { afterKeySql, sqlFalse, sqlTrue, workPredicateSql } from '../workbench/sql.js';
import { eventsScopeOf, headOn, withHead } from './decision.js';

const AREA = 'events';

/** Whom the viewer would act for on the case's work action, if they stand in for someone. */
function actingForOn<S extends string, C, A extends string>(def: CaseDefinition<S, C, A>, c: C, viewer: Viewer): { personId: string; name: string } | undefined {
  for (const a of Object.keys(def.actions) as A[]) {
    const spec = def.actions[a];
    if (spec.isWork === false || !spec.from.includes(def.stateOf(c))) continue;
    const standing = standingFor(spec, c, viewer);
    if (standing !== false) return standing.actingFor ?? undefined;
  }
  return undefined;
}

/**
 * The declarations' work predicates in SQL (src/domain/events/case.ts). The 区长 of the day is one person for
 * every row, so "the 区长 or whoever presides for him" (`byHead`) is decided once for the viewer; 安排 waits
 * only until the activity's day.
 */
export function eventsWorkSql(viewer: Viewer, headPersonId: string | null) {
  const byHead = personal<unknown>(() => headPersonId)(null, viewer) !== false ? sqlTrue : sqlFalse;
  return {
    invitations: workPredicateSql(invitationCase, viewer, sql.ref('status'), { approve: byHead, refuse: byHead, arrange: sql`activity_date >= ${viewer.today}` }),
    meetings: workPredicateSql(departmentMeetingCase, viewer, sql.ref('status'), { approve_town_principals: byHead, refuse_town_principals: byHead }),
    speeches: workPredicateSql(speechCase, viewer, sql.ref('status'), { consent: byHead, refuse: byHead }),
  };
}

/**
 * The 工作台 of the events area: every invitation, meeting request and speech request on which the
 * declarations give the user work — the 区长 (or the executive deputy presiding for him) the approvals that
 * are his (art. 58, 81, 91), the office the arrangements (art. 90) and its own meeting approvals (art. 58) —
 * each due on the day of the activity, meeting or speech. Each kind's page and count come from SQL.
 */
registerWorkbenchProvider({
  area: AREA,
  label: '邀请与会议',
  page: async ({ handle, clock, user }, { after, limit }) => {
    const now = clock.now();
    const today = localDateOf(now);
    const [viewer, headPersonId] = await Promise.all([viewerOf(handle.db, actorOf(user), now), headOn(handle.db, today)]);
    const scope = eventsScopeOf(viewer, headPersonId);
    const work = eventsWorkSql(viewer, headPersonId);
    const keyset = (due: string) => afterKeySql(sql.ref(due), sql.ref('createdAt'), sql.ref('id'), AREA, after);
    const [invitations, meetings, speeches, units] = await Promise.all([
      eventsRepository.invitationWorkPage(handle.db, scope, { work: work.invitations, after: keyset('activityDate'), limit }),
      eventsRepository.meetingWorkPage(handle.db, scope, { work: work.meetings, after: keyset('meetingDate'), limit }),
      eventsRepository.speechWorkPage(handle.db, scope, { work: work.speeches, after: keyset('eventDate'), limit }),
      orgRepository.listUnits(handle.db),
    ]);
    const unitName = (id: string) => units.find((u) => u.id === id)?.name;
    const item = <S extends string, C, A extends string>(def: CaseDefinition<S, WithHead<C>, A>, c: WithHead<C>, fields: { id: string; title: string; unitId?: string; date: string; what: string; article: number; href: string; createdAt: string }): WorkItem => {
      const name = fields.unitId ? unitName(fields.unitId) : undefined;
      const actingFor = actingForOn(def, c, viewer);
      return {
        id: fields.id,
        area: AREA,
        kind: `${def.label}${def.states[def.stateOf(c)]}`,
        title: fields.title,
        ...(name ? { unitName: name } : {}),
        due: { due: fields.date, provisional: false, explanation: `${articleLabel(fields.article)}：须于${fields.what}${chineseDate(fields.date)}之前办理` },
        ...(actingFor ? { actingFor } : {}),
        href: fields.href,
        createdAt: fields.createdAt,
      };
    };
    // The declarations stay the truth: the SQL only chooses the candidates.
    const items = [
      ...invitations.rows
        .map((i) => withHead(i, headPersonId))
        .filter((i) => isWorkItem(invitationCase, i, viewer))
        .map((i) => item(invitationCase, i, { id: i.id, title: i.title, unitId: i.invitingUnitId, date: i.activityDate, what: '活动日期', article: i.status === 'awaiting_approval' ? 91 : 90, href: `/events/invitations/${i.id}`, createdAt: i.createdAt })),
      ...meetings.rows
        .map((m) => withHead(m, headPersonId))
        .filter((m) => isWorkItem(departmentMeetingCase, m, viewer))
        .map((m) => item(departmentMeetingCase, m, { id: m.id, title: m.title, unitId: m.unitId, date: m.meetingDate, what: '会议日期', article: 58, href: `/events/department-meetings/${m.id}`, createdAt: m.createdAt })),
      ...speeches.rows
        .map((s) => withHead(s, headPersonId))
        .filter((s) => isWorkItem(speechCase, s, viewer))
        .map((s) => item(speechCase, s, { id: s.id, title: s.title, date: s.eventDate, what: '发表日期', article: 81, href: `/events/speeches/${s.id}`, createdAt: s.createdAt })),
    ];
    return { items, count: invitations.count + meetings.count + speeches.count };
  },
});
