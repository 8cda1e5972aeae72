import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { localDateOf } from '../../clock.js';
import { meetingsRepository, type MeetingRecord, type TopicRecord } from '../../db/meetings-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { found, notFound } from '../../domain/errors.js';
import { can, scopeOf } from '../../domain/identity/policies.js';
import { majorCategories, meetingKindLabels, meetingKinds, meetingStatusLabels, type MeetingKind, type MeetingStatus } from '../../domain/meetings/types.js';
import type { SignedInUser } from '../../operations/identity/present-user.js';
import { arrangeAgenda } from '../../operations/meetings/agenda.js';
import { quorumFor, recordAttendance } from '../../operations/meetings/attendance.js';
import { approveMinutes, draftMinutes, recordDecision, signMinutes } from '../../operations/meetings/decisions-and-minutes.js';
import { planMeeting } from '../../operations/meetings/plan-meeting.js';
import { seatsFor } from '../../operations/meetings/composition.js';
import { renderMinutesDocx } from '../../operations/meetings/render-minutes.js';
import { meetingRhythm } from '../../operations/meetings/rhythm.js';
import { submitTopic } from '../../operations/meetings/submit-topic.js';
import { approveTopicException, coordinateTopic, countersignTopic } from '../../operations/meetings/topic-steps.js';
import '../../operations/meetings/workbench.js';
import { requireAuth } from '../auth.js';
import { operationContext } from '../context.js';
import { idParams, localDate } from '../schemas.js';

const tags = ['meetings'];
const id = z.string().min(1).max(100);
const text = (what: string, max: number) => z.string().trim().min(1, `请填写${what}`).max(max, `${what}不超过${max}字`);
const versionBody = z.object({ version: z.number().int().positive() });

export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle, clock } = app.deps;
  const today = () => localDateOf(clock.now());
  const names = async () => new Map((await orgRepository.listPeople(handle.db)).map((p) => [p.id, p.name]));

  const actionsFor = async (m: MeetingRecord, user: SignedInUser): Promise<string[]> => {
    const office = can(user.roles, 'meetings.office');
    const leaders = await orgRepository.leaders(handle.db, today(), ['head', 'office_director']);
    const isHead = leaders.some((l) => l.post.kind === 'head' && l.personId === user.personId);
    const isDirector = leaders.some((l) => l.post.kind === 'office_director' && l.personId === user.personId);
    const status = m.status as MeetingStatus;
    const a: string[] = [];
    if (office && status === 'planned') a.push('propose_agenda');
    if (office && (status === 'planned' || status === 'held')) a.push('attendance', 'record_decision');
    if (office && ['planned', 'held', 'minutes_drafted'].includes(status)) a.push('draft_minutes');
    if (status === 'planned' && m.kind === 'executive' && m.agendaProposedAt && !m.agendaReviewedAt && isDirector) a.push('review_agenda');
    if (status === 'planned' && (m.kind !== 'executive' || m.agendaReviewedAt) && !m.agendaDecidedAt && isHead) a.push('decide_agenda');
    if (status === 'minutes_drafted' && m.kind === 'topical' && m.delegatedByPersonId === user.personId) a.push('approve_minutes');
    const signer = m.kind === 'topical' ? m.chairPersonId : leaders.find((l) => l.post.kind === 'head')?.personId;
    const delegatedReady = m.kind !== 'topical' || !m.delegatedByPersonId || status === 'minutes_approved';
    if (['minutes_drafted', 'minutes_approved'].includes(status) && delegatedReady && (signer === user.personId || (m.kind === 'topical' && m.delegatedByPersonId === user.personId))) a.push('sign_minutes');
    if (status === 'planned' && can(user.roles, 'meetings.topic')) a.push('submit_topic');
    return a;
  };

  /** Attendance rows with each seat's post, as the organisation of the meeting date has it. */
  const seatsWithPosts = async (m: MeetingRecord) => {
    const people = await names();
    const chair = { personId: m.chairPersonId, name: people.get(m.chairPersonId) ?? '' };
    const seats = await seatsFor(handle.db, m.kind as MeetingKind, m.meetingDate, JSON.parse(m.attendeeUnitIds) as string[], chair);
    return (await meetingsRepository.attendance(handle.db, m.id)).map((a) => {
      const seat = seats.find((s) => s.personId === a.personId);
      // A leave reported after the meeting was arranged still shows the member away, with the report (art. 55, 82).
      const onLeave = a.status === 'unknown' && seat?.leaveReportId ? { status: 'absent', absenceReason: '请假外出', leaveReportId: seat.leaveReportId } : {};
      return { ...a, ...onLeave, name: people.get(a.personId) ?? '', post: seat?.post ?? '' };
    });
  };

  /** Who may act on a topic now: a related unit's head countersigns, the deputy in charge coordinates, the 区长 takes it late. */
  const topicActions = async (t: TopicRecord, user: SignedInUser): Promise<string[]> => {
    const day = today();
    const a: string[] = [];
    const related = JSON.parse(t.relatedUnitIds) as string[];
    if (t.status === 'coordinating' && user.unit && related.includes(user.unit.id) && user.roles.includes('unit_head')) a.push('countersign');
    const leaders = await orgRepository.leaders(handle.db, day, ['head', 'executive_deputy', 'deputy', 'office_deputy_director']);
    const me = leaders.find((l) => l.personId === user.personId);
    const signatures = await meetingsRepository.topicSignatures(handle.db, t.id);
    if (t.status === 'coordinating' && me && signatures.some((x) => x.isAgreed === 0) && (me.post.kind === 'office_deputy_director' || me.portfolio.units.some((u) => u.id === t.submittingUnitId))) a.push('coordinate');
    if (t.status === 'awaiting_exception' && me?.post.kind === 'head') a.push('approve_exception');
    return a;
  };

  app.get(
    '/api/meeting-topics/:id',
    { config: { policy: 'meetings.read' }, schema: { summary: '议题详情（提交单位、相关单位、办公室与领导可见）', tags, params: idParams } },
    async (request) => {
      const { user } = requireAuth(request);
      const t = await meetingsRepository.findTopic(handle.db, request.params.id);
      const seesAll = scopeOf(user.roles, 'meetings.read') === 'all';
      if (!t || !(seesAll || t.submittingUnitId === user.unit?.id || (JSON.parse(t.relatedUnitIds) as string[]).includes(user.unit?.id ?? ''))) notFound('议题');
      return { ...t, isMajor: t.isMajor === 1, relatedUnitIds: JSON.parse(t.relatedUnitIds) as string[], countersignatures: await meetingsRepository.topicSignatures(handle.db, t.id), actions: await topicActions(t, user) };
    },
  );

  app.get(
    '/api/tasks/:id',
    { config: { policy: 'tasks.read' }, schema: { summary: '督办任务详情，含来源会议与议定事项', tags, params: idParams } },
    async (request) => {
      const { user } = requireAuth(request);
      const task = await handle.db.selectFrom('tasks').selectAll().where('id', '=', request.params.id).executeTakeFirst();
      const seesAll = scopeOf(user.roles, 'tasks.read') === 'all';
      if (!task || !(seesAll || task.leadUnitId === user.unit?.id || (JSON.parse(task.coUnitIds) as string[]).includes(user.unit?.id ?? ''))) notFound('任务');
      const decision = await handle.db.selectFrom('decisionItems').selectAll().where('id', '=', task.sourceId).executeTakeFirst();
      const meeting = decision ? await meetingsRepository.find(handle.db, decision.meetingId) : undefined;
      const units = new Map((await orgRepository.listUnits(handle.db)).map((u) => [u.id, u.name]));
      return {
        ...task,
        leadUnitName: units.get(task.leadUnitId) ?? '',
        coUnitIds: JSON.parse(task.coUnitIds) as string[],
        isOverdue: task.status === 'open' && task.dueOn < today(),
        source: meeting ? { meetingId: meeting.id, title: meeting.title, kindLabel: meetingKindLabels[meeting.kind as MeetingKind], meetingDate: meeting.meetingDate, minutesNumber: meeting.minutesNumber } : null,
      };
    },
  );

  app.get(
    '/api/meetings',
    { config: { policy: 'meetings.read' }, schema: { summary: '会议日历与会议节奏提示（第四十八、四十九条）', tags, querystring: z.object({ from: localDate.optional(), to: localDate.optional() }) } },
    async (request) => {
      const { user } = requireAuth(request);
      const year = today().slice(0, 4);
      const list = await meetingsRepository.list(handle.db, request.query.from ?? `${year}-01-01`, request.query.to ?? `${year}-12-31`);
      const people = await names();
      return {
        items: list.map((m) => ({ id: m.id, kind: m.kind, kindLabel: meetingKindLabels[m.kind as MeetingKind], title: m.title, meetingDate: m.meetingDate, place: m.place, chair: people.get(m.chairPersonId) ?? '', status: m.status, statusLabel: meetingStatusLabels[m.status as MeetingStatus] })),
        rhythm: await meetingRhythm(handle.db, today()),
        actions: can(user.roles, 'meetings.office') ? ['plan'] : [],
      };
    },
  );

  app.get('/api/meetings/:id', { config: { policy: 'meetings.read' }, schema: { summary: '会议详情：组成、出席与法定人数、议题、议定事项、纪要', tags, params: idParams } }, async (request) => {
    const { user } = requireAuth(request);
    const m = found(await meetingsRepository.find(handle.db, request.params.id), '会议');
    const people = await names();
    const units = new Map((await orgRepository.listUnits(handle.db)).map((u) => [u.id, u.name]));
    const topics = await meetingsRepository.topicsOf(handle.db, m.id);
    return {
      ...m,
      kindLabel: meetingKindLabels[m.kind as MeetingKind],
      statusLabel: meetingStatusLabels[m.status as MeetingStatus],
      convener: people.get(m.convenerPersonId) ?? '',
      chair: people.get(m.chairPersonId) ?? '',
      delegatedBy: m.delegatedByPersonId ? (people.get(m.delegatedByPersonId) ?? '') : null,
      attendeeUnitIds: JSON.parse(m.attendeeUnitIds) as string[],
      attendance: await seatsWithPosts(m),
      quorum: await quorumFor(handle.db, m.id),
      topics: await Promise.all(
        topics.map(async (t) => ({
          ...t,
          isMajor: t.isMajor === 1,
          unitName: units.get(t.submittingUnitId) ?? '',
          relatedUnitIds: JSON.parse(t.relatedUnitIds) as string[],
          flags: JSON.parse(t.flags) as unknown[],
          leadTimeException: t.leadTimeException ? (JSON.parse(t.leadTimeException) as unknown) : null,
          countersignatures: await meetingsRepository.topicSignatures(handle.db, t.id),
          actions: await topicActions(t, user),
        })),
      ),
      decisions: (await meetingsRepository.decisionsOf(handle.db, m.id)).map((d) => ({ ...d, leadUnitName: units.get(d.leadUnitId) ?? '', coUnitIds: JSON.parse(d.coUnitIds) as string[] })),
      actions: await actionsFor(m, user),
    };
  });

  app.post(
    '/api/meetings',
    {
      config: { policy: 'meetings.office' },
      schema: {
        summary: '安排会议（召集人、主持人按第八、四十八至五十一条；组成按会议日期的组织机构）',
        tags,
        body: z.object({ kind: z.enum(meetingKinds), title: text('会议名称', 100), meetingDate: localDate, startTime: z.string().regex(/^\d{2}:\d{2}$/).nullable().optional(), place: text('地点', 100), convenerPersonId: id, chairPersonId: id, attendeeUnitIds: z.array(id).max(60).default([]) }),
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
          majorCategory: z.enum(majorCategories).nullable().optional(),
          relatedUnitIds: z.array(id).max(30).default([]),
          requestException: z.object({ reason: text('逾期上会理由', 500) }).nullable().optional(),
        }),
      },
    },
    async (request, reply) => reply.status(201).send(await submitTopic(operationContext(request), { meetingId: request.params.id, ...request.body })),
  );

  app.post('/api/meetings/:id/agenda/propose', { config: { policy: 'meetings.office' }, schema: { summary: '办公室提出会议安排意见（第五十四条）', tags, params: idParams, body: versionBody.extend({ topicIds: z.array(id).max(50) }) } }, async (request) => {
    await arrangeAgenda(operationContext(request), { id: request.params.id, stage: 'propose', ...request.body });
    return { ok: true };
  });
  app.post('/api/meetings/:id/agenda/review', { config: { policy: 'meetings.lead' }, schema: { summary: '办公室主任审定安排意见（第五十四条）', tags, params: idParams, body: versionBody } }, async (request) => {
    await arrangeAgenda(operationContext(request), { id: request.params.id, stage: 'review', ...request.body });
    return { ok: true };
  });
  app.post('/api/meetings/:id/agenda/decide', { config: { policy: 'meetings.lead' }, schema: { summary: '区长确定会议安排（第五十四条）', tags, params: idParams, body: versionBody } }, async (request) => {
    await arrangeAgenda(operationContext(request), { id: request.params.id, stage: 'decide', ...request.body });
    return { ok: true };
  });

  app.post(
    '/api/meetings/:id/attendance',
    {
      config: { policy: 'meetings.office' },
      schema: { summary: '登记出席与请假（领导请假须经区长同意，第五十五条）；返回实时法定人数', tags, params: idParams, body: z.object({ personId: id, status: z.enum(['present', 'absent']), reason: z.string().trim().max(200).nullable().optional(), approvedByHead: z.boolean().optional() }) },
    },
    async (request) => recordAttendance(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/meetings/:id/decisions',
    {
      config: { policy: 'meetings.office' },
      schema: { summary: '记录议定事项（常务会议不足法定人数不能形成决定，第四十九条）', tags, params: idParams, body: z.object({ topicId: id.nullable().optional(), content: text('议定事项', 1000), leadUnitId: id, coUnitIds: z.array(id).max(30).default([]), dueOn: localDate }) },
    },
    async (request, reply) => reply.status(201).send(await recordDecision(operationContext(request), { id: request.params.id, ...request.body })),
  );

  app.post('/api/meetings/:id/minutes', { config: { policy: 'meetings.office' }, schema: { summary: '起草会议纪要（第五十六条）', tags, params: idParams, body: versionBody.extend({ text: text('纪要正文', 50_000) }) } }, async (request) =>
    draftMinutes(operationContext(request), { id: request.params.id, ...request.body }),
  );
  app.post('/api/meetings/:id/minutes/approve', { config: { policy: 'meetings.lead' }, schema: { summary: '委托领导审定专题会议纪要（第五十六条）', tags, params: idParams, body: versionBody } }, async (request) => {
    await approveMinutes(operationContext(request), { id: request.params.id, ...request.body });
    return { ok: true };
  });
  app.post('/api/meetings/:id/minutes/sign', { config: { policy: 'meetings.lead' }, schema: { summary: '签发会议纪要，议定事项转为督办任务（第五十六、五十七条）', tags, params: idParams, body: versionBody } }, async (request) =>
    signMinutes(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.get('/api/meetings/:id/minutes.docx', { config: { policy: 'meetings.read' }, schema: { summary: '会议纪要 Word 文件（GB/T 9704 纪要格式）', tags, params: idParams } }, async (request, reply) => {
    const m = found(await meetingsRepository.find(handle.db, request.params.id), '会议');
    if (!m.minutesText) notFound('会议纪要');
    const people = await names();
    const units = new Map((await orgRepository.listUnits(handle.db)).map((u) => [u.id, u.name]));
    const seats = await meetingsRepository.attendance(handle.db, m.id);
    const buffer = await renderMinutesDocx({
      meeting: m,
      kindLabel: meetingKindLabels[m.kind as MeetingKind],
      chairName: people.get(m.chairPersonId) ?? '',
      present: seats.filter((s) => s.role === 'member' && s.status === 'present').map((s) => people.get(s.personId) ?? ''),
      absent: seats.filter((s) => s.role === 'member' && s.status === 'absent').map((s) => `${people.get(s.personId) ?? ''}${s.absenceReason ? `（${s.absenceReason}）` : ''}`),
      observers: seats.filter((s) => s.role === 'observer' && s.status !== 'absent').map((s) => people.get(s.personId) ?? ''),
      decisions: (await meetingsRepository.decisionsOf(handle.db, m.id)).map((d) => ({ content: d.content, leadUnit: units.get(d.leadUnitId) ?? '', coUnits: (JSON.parse(d.coUnitIds) as string[]).map((u) => units.get(u) ?? u), dueOn: d.dueOn })),
    });
    return reply
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${m.minutesNumber ?? '会议纪要'}.docx`)}`)
      .send(buffer);
  });

  app.post('/api/meeting-topics/:id/countersign', { config: { policy: 'meetings.topic' }, schema: { summary: '相关单位主要负责人会签议题（第五十二条）', tags, params: idParams, body: versionBody.extend({ isAgreed: z.boolean(), grounds: z.string().trim().max(2000).nullable().optional() }) } }, async (request) =>
    countersignTopic(operationContext(request), { id: request.params.id, ...request.body }),
  );
  app.post('/api/meeting-topics/:id/coordinate', { config: { policy: 'meetings.lead' }, schema: { summary: '分管副区长协调议题分歧（第五十二条）', tags, params: idParams, body: versionBody.extend({ note: text('协调意见', 2000) }) } }, async (request) =>
    coordinateTopic(operationContext(request), { id: request.params.id, ...request.body }),
  );
  app.post('/api/meeting-topics/:id/exception', { config: { policy: 'meetings.lead' }, schema: { summary: '区长同意逾期议题上会（第五十三条）', tags, params: idParams, body: versionBody.extend({ opinion: text('意见', 500) }) } }, async (request) =>
    approveTopicException(operationContext(request), { id: request.params.id, ...request.body }),
  );

  app.get('/api/tasks', { config: { policy: 'tasks.read' }, schema: { summary: '会议议定事项督办任务（第五十七条；各单位只看本单位牵头或配合的）', tags, querystring: z.object({ status: z.enum(['open', 'done']).optional() }) } }, async (request) => {
    const { user } = requireAuth(request);
    const seesAll = scopeOf(user.roles, 'tasks.read') === 'all';
    const tasks = await meetingsRepository.tasks(handle.db, { ...(request.query.status ? { status: request.query.status } : {}), ...(seesAll ? {} : { leadUnitId: user.unit?.id ?? 'none' }) });
    const units = new Map((await orgRepository.listUnits(handle.db)).map((u) => [u.id, u.name]));
    const day = today();
    return {
      items: tasks.map((t) => ({ ...t, leadUnitName: units.get(t.leadUnitId) ?? '', coUnitIds: JSON.parse(t.coUnitIds) as string[], isOverdue: t.status === 'open' && t.dueOn < day })),
      summary: { open: tasks.filter((t) => t.status === 'open').length, overdue: tasks.filter((t) => t.status === 'open' && t.dueOn < day).length },
    };
  });
};
