import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { localDateOf } from '../../clock.js';
import type { Db } from '../../db/database.js';
import { type MeetingRecord, type MeetingsScope, meetingsRepository, type SignatureRecord, type TopicRecord } from '../../db/meetings-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { supervisionWorkRepository } from '../../db/supervision-work-repository.js';
import { actionsFor, type Viewer } from '../../domain/case.js';
import { found, notFound } from '../../domain/errors.js';
import { can } from '../../domain/identity/policies.js';
import { absenceCase, absenceStatusLabels, type AbsenceStatus, meetingCase, type MeetingsOrg, topicCase, topicStatusLabels, type TopicStatus } from '../../domain/meetings/case.js';
import { type TaskStatus, taskStatusLabels } from '../../domain/supervision/types.js';
import { meetingKindLabels, meetingKinds, meetingStatusLabels, type MeetingKind, type MeetingStatus } from '../../domain/meetings/types.js';
import type { SignedInUser } from '../../operations/identity/present-user.js';
import { viewerOf } from '../../operations/case/viewer.js';
import { arrangeAgenda } from '../../operations/meetings/agenda.js';
import { decideAbsence, quorumFor, recordAttendance, requestAbsence } from '../../operations/meetings/attendance.js';
import { absenceCaseOf, agendaStageOf, type ChairEntrustment, meetingCaseOf, meetingsOrgOn, meetingsScopeOf, topicCaseOf, type TownPrincipalsApproval } from '../../operations/meetings/cases.js';
import { decideTownPrincipals, entrustChair } from '../../operations/meetings/leader-acts.js';
import { clockView } from '../../operations/meetings/clock-view.js';
import { approveMinutes, draftMinutes, recordDecision, signMinutes } from '../../operations/meetings/decisions-and-minutes.js';
import { planMeeting } from '../../operations/meetings/plan-meeting.js';
import { seatsFor } from '../../operations/meetings/composition.js';
import { renderMinutesDocx } from '../../operations/meetings/render-minutes.js';
import { supervisionScopeOf } from '../../operations/supervision/cases.js';
import { meetingRhythm } from '../../operations/meetings/rhythm.js';
import { majorCategoriesOn, type MajorClassification, submitTopic } from '../../operations/meetings/submit-topic.js';
import { approveTopicException, classifyTopic, coordinateTopic, countersignTopic, headReviewTopic, reviewTopic } from '../../operations/meetings/topic-steps.js';
import '../../operations/meetings/workbench.js';
import '../../operations/supervision/workbench.js';
import { decodeListCursor, pageOf, pageQuery } from '../paging.js';
import { requireAuth } from '../auth.js';
import { operationContext } from '../context.js';
import { fileResponse, idParams, localDate } from '../schemas.js';
import {
  createdView,
  plannedView,
  draftedView,
  meetingListView,
  meetingView,
  quorumView,
  signedView,
  statusView,
  submittedTopicView,
  topicView,
  versionView,
} from './schema.js';

const tags = ['meetings'];
const id = z.string().min(1).max(100);
const text = (what: string, max: number) => z.string().trim().min(1, `请填写${what}`).max(max, `${what}不超过${max}字`);
const versionBody = z.object({ version: z.number().int().positive() });
const opinion = z.string().trim().max(500).nullable().optional();
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What a read needs: who looks (with whom they stand in for), their scope, the leaders the declarations name today. */
type Reading = { viewer: Viewer; scope: MeetingsScope; org: MeetingsOrg; today: string };

export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle, clock } = app.deps;
  const db: Db = handle.db;

  const reading = async (user: SignedInUser): Promise<Reading> => {
    const now = clock.now();
    const today = localDateOf(now);
    const viewer = await viewerOf(db, { userId: user.id, personId: user.personId, unitId: user.unit?.id ?? null, roles: user.roles }, now);
    return { viewer, scope: meetingsScopeOf(viewer), org: await meetingsOrgOn(db, today), today };
  };
  const names = async () => new Map((await orgRepository.listPeople(db)).map((p) => [p.id, p.name]));
  const unitNames = async () => new Map((await orgRepository.listUnits(db)).map((u) => [u.id, u.name]));

  const presentTopic = (t: TopicRecord, signatures: readonly SignatureRecord[], r: Reading, units: Map<string, string>, people: Map<string, string>) => ({
    id: t.id,
    meetingId: t.meetingId,
    meetingKind: t.meetingKind as MeetingKind,
    submittingUnitId: t.submittingUnitId,
    unitName: units.get(t.submittingUnitId) ?? '',
    title: t.title,
    summary: t.summary,
    isMajor: t.isMajor === 1,
    majorCategory: t.majorCategory,
    majorClassification: t.majorClassification ? (JSON.parse(t.majorClassification) as MajorClassification) : null,
    relatedUnitIds: JSON.parse(t.relatedUnitIds) as string[],
    coordinationNote: t.coordinationNote,
    status: t.status as TopicStatus,
    statusLabel: topicStatusLabels[t.status as TopicStatus] ?? t.status,
    submittedOn: t.submittedOn,
    leadTimeException: t.leadTimeException ? (JSON.parse(t.leadTimeException) as Record<string, string>) : null,
    reviewedByPersonId: t.reviewedByPersonId,
    reviewedBy: t.reviewedByPersonId ? (people.get(t.reviewedByPersonId) ?? '') : null,
    reviewedAt: t.reviewedAt,
    headReviewedBy: t.headReviewedByPersonId ? (people.get(t.headReviewedByPersonId) ?? '') : null,
    headReviewedAt: t.headReviewedAt,
    flags: JSON.parse(t.flags) as { ruleId: string; article: number; message: string }[],
    sortOrder: t.sortOrder,
    version: t.version,
    createdAt: t.createdAt,
    countersignatures: signatures
      .filter((s) => s.topicId === t.id)
      .map((s) => ({ topicId: s.topicId, unitId: s.unitId, signerPersonId: s.signerPersonId, signerName: s.signerName, isAgreed: s.isAgreed === 1, grounds: s.grounds, signedAt: s.signedAt })),
    actions: actionsFor(topicCase, topicCaseOf(t, signatures, r.org), r.viewer),
  });

  /** Attendance rows with each seat's post, as the organisation of the meeting date has it. */
  const seatsWithPosts = async (m: MeetingRecord, people: Map<string, string>) => {
    const chair = { personId: m.chairPersonId, name: people.get(m.chairPersonId) ?? '' };
    const seats = await seatsFor(db, m.kind as MeetingKind, m.meetingDate, JSON.parse(m.attendeeUnitIds) as string[], chair);
    // Whose absence is the 区长's to consent to (art. 55): government leaders, at every kind but the topical meeting.
    const leaders = m.kind === 'topical' ? [] : await orgRepository.leaders(db, m.meetingDate, ['executive_deputy', 'deputy', 'office_director']);
    return (await meetingsRepository.attendance(db, m.id)).map((a) => {
      const seat = seats.find((s) => s.personId === a.personId);
      // A leave reported after the meeting was arranged still shows the member away, with the report (art. 55, 82).
      const onLeave = a.status === 'unknown' && seat?.leaveReportId ? { status: 'absent', absenceReason: '请假外出', leaveReportId: seat.leaveReportId } : {};
      const row = { ...a, ...onLeave };
      const absenceNeedsHead = row.leaveReportId === null && leaders.some((l) => l.personId === a.personId);
      return { ...row, role: row.role as 'member' | 'observer', status: row.status as 'present' | 'absent' | 'unknown', name: people.get(a.personId) ?? '', post: seat?.post ?? '', absenceNeedsHead };
    });
  };

  app.get(
    '/api/meeting-topics/:id',
    { config: { policy: 'meetings.read' }, schema: { summary: '议题详情（提交单位、相关单位、办公室与领导可见）', tags, params: idParams, response: { 200: topicView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      const t = found(await meetingsRepository.findTopic(db, request.params.id, r.scope), '议题');
      return presentTopic(t, await meetingsRepository.signaturesOf(db, [t.id]), r, await unitNames(), await names());
    },
  );

  app.get(
    '/api/meetings',
    { config: { policy: 'meetings.read' }, schema: { summary: '会议日历与会议节奏提示（第四十八、四十九条），按日期分页', tags, querystring: pageQuery.extend({ from: localDate.optional(), to: localDate.optional() }), response: { 200: meetingListView } } },
    async (request) => {
      const { user } = requireAuth(request);
      const r = await reading(user);
      const year = r.today.slice(0, 4);
      const { pageSize, cursor } = request.query;
      const { rows: list, nextCursor } = pageOf(await meetingsRepository.list(db, request.query.from ?? `${year}-01-01`, request.query.to ?? `${year}-12-31`, r.scope, { after: decodeListCursor(cursor), limit: pageSize + 1 }), pageSize, (m) => [m.meetingDate, m.createdAt, m.id]);
      const people = await names();
      // The rhythm hints are the office's and leaders' (they count every meeting); a unit gets none.
      const rhythm = r.scope.kind === 'all' ? await meetingRhythm(db, r.today) : { warnings: [], executiveThisMonth: 0, plenaryThisYear: 0 };
      return {
        items: list.map((m) => ({ id: m.id, kind: m.kind as MeetingKind, kindLabel: meetingKindLabels[m.kind as MeetingKind], title: m.title, meetingDate: m.meetingDate, place: m.place, chair: people.get(m.chairPersonId) ?? '', status: m.status as MeetingStatus, statusLabel: meetingStatusLabels[m.status as MeetingStatus] })),
        nextCursor,
        rhythm,
        actions: can(user.roles, 'meetings.office') ? ['plan' as const] : [],
      };
    },
  );

  app.get(
    '/api/meetings/:id',
    { config: { policy: 'meetings.read' }, schema: { summary: '会议详情：组成、出席与法定人数、议题、议定事项、请假、纪要（单位只见本单位议题与事项）', tags, params: idParams, response: { 200: meetingView } } },
    async (request) => {
      const r = await reading(requireAuth(request).user);
      const m = found(await meetingsRepository.find(db, request.params.id, r.scope), '会议');
      const people = await names();
      const units = await unitNames();
      const topics = await meetingsRepository.topicsOf(db, m.id, r.scope);
      const signatures = await meetingsRepository.signaturesOf(db, topics.map((t) => t.id));
      const decisions = await meetingsRepository.decisionsOf(db, m.id, r.scope);
      const clocks = await meetingsRepository.clocks(db, decisions.map((d) => d.deadlineId));
      // What each item became when the minutes were signed (art. 57): its supervision task's number and status.
      const tasks = await supervisionWorkRepository.taskLabels(db, decisions.map((d) => d.taskId), supervisionScopeOf(r.viewer));
      const absences = await meetingsRepository.absenceRequestsOf(db, m.id, r.scope);
      // A unit reads the minutes once they are signed and issued; drafts stay with the office and leaders.
      const minutesText = r.scope.kind === 'all' || m.status === 'minutes_signed' ? m.minutesText : null;
      return {
        ...m,
        kind: m.kind as MeetingKind,
        status: m.status as MeetingStatus,
        minutesText,
        kindLabel: meetingKindLabels[m.kind as MeetingKind],
        statusLabel: meetingStatusLabels[m.status as MeetingStatus],
        agendaStage: agendaStageOf(m),
        convener: people.get(m.convenerPersonId) ?? '',
        chair: people.get(m.chairPersonId) ?? '',
        delegatedBy: m.delegatedByPersonId ? (people.get(m.delegatedByPersonId) ?? '') : null,
        attendeeUnitIds: JSON.parse(m.attendeeUnitIds) as string[],
        attendance: await seatsWithPosts(m, people),
        quorum: await quorumFor(db, m),
        topics: topics.map((t) => presentTopic(t, signatures, r, units, people)),
        decisions: decisions.map((d) => {
          const task = d.taskId ? tasks.get(d.taskId) : undefined;
          return {
            ...d,
            leadUnitName: units.get(d.leadUnitId) ?? '',
            coUnitIds: JSON.parse(d.coUnitIds) as string[],
            clock: clockView(d.deadlineId ? clocks.get(d.deadlineId) : undefined, r.today),
            task: task ? { id: task.id, number: task.number, status: task.status as TaskStatus, statusLabel: taskStatusLabels[task.status as TaskStatus] ?? task.status } : null,
          };
        }),
        absenceRequests: absences.map((a) => ({
          ...a,
          name: people.get(a.personId) ?? '',
          status: a.status as AbsenceStatus,
          statusLabel: absenceStatusLabels[a.status as AbsenceStatus] ?? a.status,
          decidedBy: a.decidedByPersonId ? (people.get(a.decidedByPersonId) ?? '') : null,
          actions: actionsFor(absenceCase, absenceCaseOf({ ...a, meetingStatus: m.status }, r.org), r.viewer),
        })),
        townPrincipalsApproval: m.townPrincipalsApproval ? (JSON.parse(m.townPrincipalsApproval) as TownPrincipalsApproval) : null,
        chairEntrustment: m.chairEntrustment ? (JSON.parse(m.chairEntrustment) as ChairEntrustment) : null,
        majorCategories: majorCategoriesOn(m.meetingDate),
        actions: actionsFor(meetingCase, meetingCaseOf(m, r.org), r.viewer),
      };
    },
  );

  app.post(
    '/api/meetings',
    {
      config: { policy: 'meetings.office' },
      schema: {
        summary: '安排会议（召集人、主持人按第八、四十八至五十一条；组成按会议日期的组织机构）',
        tags,
        body: z.object({ kind: z.enum(meetingKinds), title: text('会议名称', 100), meetingDate: localDate, startTime: z.string().regex(/^\d{2}:\d{2}$/).nullable().optional(), place: text('地点', 100), convenerPersonId: id, chairPersonId: id, attendeeUnitIds: z.array(id).max(60).default([]) }),
        response: { 201: plannedView },
      },
    },
    async (request, reply) => reply.status(201).send(await planMeeting(operationContext(request), request.body)),
  );

  app.post(
    '/api/meetings/:id/topics',
    {
      config: { policy: 'meetings.topic' },
      schema: {
        summary: '提交议题（第五十二、五十三条；重大事项只能提交全体会议或常务会议，第八、二十七条）',
        tags,
        params: idParams,
        body: z.object({
          title: text('议题名称', 200),
          summary: text('议题说明', 5000),
          isMajor: z.boolean().default(false),
          majorCategory: z.string().trim().max(50).nullable().optional(),
          relatedUnitIds: z.array(id).max(30).default([]),
          requestException: z.object({ reason: text('逾期上会理由', 500) }).nullable().optional(),
        }),
        response: { 201: submittedTopicView },
      },
    },
    async (request, reply) => reply.status(201).send(await submitTopic(operationContext(request), { meetingId: request.params.id, ...request.body })),
  );

  app.post(
    '/api/meetings/:id/agenda/propose',
    { config: { policy: 'meetings.office' }, schema: { summary: '办公室提出会议安排意见（第五十四条）', tags, params: idParams, body: versionBody.extend({ topicIds: z.array(id).max(50) }), response: { 200: versionView } } },
    async (request) => arrangeAgenda(operationContext(request), { id: request.params.id, stage: 'propose', ...request.body }),
  );
  app.post(
    '/api/meetings/:id/agenda/review',
    { config: { policy: 'meetings.lead' }, schema: { summary: '办公室主任审定常务会议安排意见（第五十四条）', tags, params: idParams, body: versionBody, response: { 200: versionView } } },
    async (request) => arrangeAgenda(operationContext(request), { id: request.params.id, stage: 'review', ...request.body }),
  );
  app.post(
    '/api/meetings/:id/agenda/decide',
    { config: { policy: 'meetings.lead' }, schema: { summary: '区长确定常务会议安排（第五十四条）', tags, params: idParams, body: versionBody, response: { 200: versionView } } },
    async (request) => arrangeAgenda(operationContext(request), { id: request.params.id, stage: 'decide', ...request.body }),
  );

  app.post(
    '/api/meetings/:id/town-principals/decide',
    { config: { policy: 'meetings.lead' }, schema: { summary: '区长批准或不批准镇（街道）主要负责人参加副区长召开的会议（第五十一、五十八条；区长本人办理）', tags, params: idParams, body: versionBody.extend({ isApproved: z.boolean(), opinion }), response: { 200: versionView } } },
    async (request) => decideTownPrincipals(operationContext(request), { id: request.params.id, ...request.body }),
  );
  app.post(
    '/api/meetings/:id/chair/entrust',
    { config: { policy: 'meetings.lead' }, schema: { summary: '区长不能出席，委托负责常务工作的副区长召集并主持常务会议（第四十九条；区长本人办理）', tags, params: idParams, body: versionBody.extend({ opinion }), response: { 200: versionView } } },
    async (request) => entrustChair(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/meetings/:id/attendance',
    {
      config: { policy: 'meetings.office' },
      schema: { summary: '登记出席与请假（区政府领导不出席须经区长同意，第五十五条）；返回实时法定人数', tags, params: idParams, body: z.object({ personId: id, status: z.enum(['present', 'absent']), reason: z.string().trim().max(200).nullable().optional() }), response: { 200: quorumView } },
    },
    async (request) => recordAttendance(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/meetings/:id/absence-requests',
    { config: { policy: 'meetings.office' }, schema: { summary: '区政府领导不能出席会议，报区长请假（第五十五条）', tags, params: idParams, body: z.object({ personId: id, reason: text('请假理由', 200) }), response: { 201: z.object({ id: z.string(), status: z.string() }) } } },
    async (request, reply) => reply.status(201).send(await requestAbsence(operationContext(request), { id: request.params.id, ...request.body })),
  );
  app.post(
    '/api/meeting-absences/:id/decide',
    { config: { policy: 'meetings.lead' }, schema: { summary: '区长同意或不同意领导请假（第五十五条；区长外出时由主持工作的常务副区长代为办理）', tags, params: idParams, body: versionBody.extend({ isConsented: z.boolean(), opinion }), response: { 200: statusView } } },
    async (request) => decideAbsence(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/meetings/:id/decisions',
    {
      config: { policy: 'meetings.office' },
      schema: { summary: '记录议定事项（常务会议不足法定人数或会议安排未经区长确定不能形成决定，第四十九、五十四条）', tags, params: idParams, body: z.object({ topicId: id.nullable().optional(), content: text('议定事项', 1000), leadUnitId: id, coUnitIds: z.array(id).max(30).default([]), dueOn: localDate }), response: { 201: createdView } },
    },
    async (request, reply) => reply.status(201).send(await recordDecision(operationContext(request), { id: request.params.id, ...request.body })),
  );

  app.post(
    '/api/meetings/:id/minutes',
    { config: { policy: 'meetings.office' }, schema: { summary: '起草会议纪要并编号（第五十六条）', tags, params: idParams, body: versionBody.extend({ text: text('纪要正文', 50_000) }), response: { 200: draftedView } } },
    async (request) => draftMinutes(operationContext(request), { id: request.params.id, ...request.body }),
  );
  app.post(
    '/api/meetings/:id/minutes/approve',
    { config: { policy: 'meetings.lead' }, schema: { summary: '委托领导审定专题会议纪要（第五十六条）', tags, params: idParams, body: versionBody.extend({ opinion }), response: { 200: versionView } } },
    async (request) => approveMinutes(operationContext(request), { id: request.params.id, ...request.body }),
  );
  app.post(
    '/api/meetings/:id/minutes/sign',
    { config: { policy: 'meetings.lead' }, schema: { summary: '签发会议纪要，议定事项转为督办任务（第五十六、五十七条）', tags, params: idParams, body: versionBody, response: { 200: signedView } } },
    async (request) => signMinutes(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.get(
    '/api/meetings/:id/minutes.docx',
    { config: { policy: 'meetings.read' }, schema: { summary: '会议纪要 Word 文件（GB/T 9704 纪要格式；单位在纪要签发后可下载）', tags, params: idParams, response: fileResponse(docxType, '会议纪要（.docx）') } },
    async (request, reply) => {
      const r = await reading(requireAuth(request).user);
      const m = found(await meetingsRepository.find(db, request.params.id, r.scope), '会议');
      if (!m.minutesText || (r.scope.kind !== 'all' && m.status !== 'minutes_signed')) notFound('会议纪要');
      const people = await names();
      const units = await unitNames();
      const seats = await meetingsRepository.attendance(db, m.id);
      const buffer = await renderMinutesDocx({
        meeting: m,
        kindLabel: meetingKindLabels[m.kind as MeetingKind],
        chairName: people.get(m.chairPersonId) ?? '',
        present: seats.filter((s) => s.role === 'member' && s.status === 'present').map((s) => people.get(s.personId) ?? ''),
        absent: seats.filter((s) => s.role === 'member' && s.status === 'absent').map((s) => `${people.get(s.personId) ?? ''}${s.absenceReason ? `（${s.absenceReason}）` : ''}`),
        observers: seats.filter((s) => s.role === 'observer' && s.status !== 'absent').map((s) => people.get(s.personId) ?? ''),
        // The issued minutes carry every decision of the meeting.
        decisions: (await meetingsRepository.decisionsOf(db, m.id, { kind: 'all' })).map((d) => ({ content: d.content, leadUnit: units.get(d.leadUnitId) ?? '', coUnits: (JSON.parse(d.coUnitIds) as string[]).map((u) => units.get(u) ?? u), dueOn: d.dueOn })),
      });
      return reply.type(docxType).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${m.minutesNumber ?? '会议纪要'}.docx`)}`).send(buffer);
    },
  );

  app.post(
    '/api/meeting-topics/:id/countersign',
    { config: { policy: 'meetings.countersign' }, schema: { summary: '相关单位主要负责人会签议题（第五十二条）', tags, params: idParams, body: versionBody.extend({ isAgreed: z.boolean(), grounds: z.string().trim().max(2000).nullable().optional() }), response: { 200: statusView } } },
    async (request) => countersignTopic(operationContext(request), { id: request.params.id, ...request.body }),
  );
  app.post(
    '/api/meeting-topics/:id/coordinate',
    { config: { policy: 'meetings.lead' }, schema: { summary: '分管副区长协调议题分歧（第五十二条）', tags, params: idParams, body: versionBody.extend({ note: text('协调意见', 2000) }), response: { 200: statusView } } },
    async (request) => coordinateTopic(operationContext(request), { id: request.params.id, ...request.body }),
  );
  app.post(
    '/api/meeting-topics/:id/exception',
    { config: { policy: 'meetings.lead' }, schema: { summary: '区长同意逾期议题上会（第五十三条）', tags, params: idParams, body: versionBody.extend({ opinion: text('意见', 500) }), response: { 200: statusView } } },
    async (request) => approveTopicException(operationContext(request), { id: request.params.id, ...request.body }),
  );
  app.post(
    '/api/meeting-topics/:id/review',
    { config: { policy: 'meetings.lead' }, schema: { summary: '分管副区长审定常务会议议题（第五十三条）', tags, params: idParams, body: versionBody.extend({ opinion }), response: { 200: statusView } } },
    async (request) => reviewTopic(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/meeting-topics/:id/head-review',
    { config: { policy: 'meetings.lead' }, schema: { summary: '区长审定常务会议议题（第五十三条）', tags, params: idParams, body: versionBody.extend({ opinion }), response: { 200: statusView } } },
    async (request) => headReviewTopic(operationContext(request), { id: request.params.id, ...request.body }),
  );
  app.post(
    '/api/meeting-topics/:id/classify',
    {
      config: { policy: 'meetings.office' },
      schema: {
        summary: '办公室更正议题是否属重大事项（第八、二十七条；记录更正人和理由）',
        tags,
        params: idParams,
        body: versionBody.extend({ isMajor: z.boolean(), majorCategory: z.string().trim().max(50).nullable().optional(), reason: text('更正理由', 500) }),
        response: { 200: statusView.extend({ version: z.number() }) },
      },
    },
    async (request) => classifyTopic(operationContext(request), { id: request.params.id, ...request.body }),
  );
};
