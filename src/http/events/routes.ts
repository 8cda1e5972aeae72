import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { localDateOf } from '../../clock.js';
import type { Db } from '../../db/database.js';
import { eventsRepository } from '../../db/events-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { actionsFor } from '../../domain/case.js';
import { found } from '../../domain/errors.js';
import { departmentMeetingCase, invitationCase, speechCase } from '../../domain/events/case.js';
import {
  type ApprovalRecord,
  approvingBodyLabels,
  type DepartmentMeeting,
  type Invitation,
  invitationKindLabels,
  inviteeKindLabels,
  meetingFormatLabels,
  needsHeadApprovalOf,
  type Speech,
  speechBasisLabels,
  speechKindLabels,
} from '../../domain/events/types.js';
import { can } from '../../domain/identity/policies.js';
import { leaderPostKinds } from '../../domain/org/types.js';
import { viewerOf } from '../../operations/case/viewer.js';
import { arrangeInvitation } from '../../operations/events/arrange-invitation.js';
import { decideDepartmentMeeting, decideTownPrincipals } from '../../operations/events/decide-department-meeting.js';
import { decideInvitation, recordOutsideInvitationApproval } from '../../operations/events/decide-invitation.js';
import { decideSpeech } from '../../operations/events/decide-speech.js';
import { eventsScopeOf, headOn, withHead } from '../../operations/events/decision.js';
import { declineInvitation } from '../../operations/events/decline-invitation.js';
import { meetingInviteeOptions } from '../../operations/events/meeting-invitees.js';
import { requestDepartmentMeeting } from '../../operations/events/request-department-meeting.js';
import { requestSpeech } from '../../operations/events/request-speech.js';
import { submitInvitation } from '../../operations/events/submit-invitation.js';
import { withdrawDepartmentMeeting } from '../../operations/events/withdraw-department-meeting.js';
import { withdrawInvitation } from '../../operations/events/withdraw-invitation.js';
import '../../operations/events/workbench.js';
import { actorOf, type SignedInUser } from '../../operations/identity/present-user.js';
import { decodeListCursor, pageOf } from '../paging.js';
import { requireAuth } from '../auth.js';
import { operationContext } from '../context.js';
import { idParams } from '../schemas.js';
import {
  arrangeBody,
  decisionBody,
  declineBody,
  invitationListQuery,
  invitationListView,
  invitationView,
  inviteeOptionsQuery,
  inviteeOptionsView,
  meetingListQuery,
  meetingListView,
  meetingView,
  outsideApprovalBody,
  requestMeetingBody,
  requestSpeechBody,
  speechListQuery,
  speechListView,
  speechView,
  submitInvitationBody,
  versionBody,
} from './schema.js';

const tags = ['events'];

/** Names of units, people, leaders' posts and users, loaded once per request for presenting lists. */
async function namesOf(db: Db, today: string) {
  const [units, people, leaders, users] = await Promise.all([
    orgRepository.listUnits(db),
    orgRepository.listPeople(db),
    orgRepository.leaders(db, today, leaderPostKinds),
    db.selectFrom('users').select(['id', 'displayName']).execute(),
  ]);
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const personNames = new Map(people.map((p) => [p.id, p.name]));
  const leaderNames = new Map(leaders.map((l) => [l.personId, `${l.post.title}${l.name}`]));
  const userNames = new Map(users.map((u) => [u.id, u.displayName]));
  return { unit: (id: string) => unitNames.get(id) ?? '', person: (id: string) => leaderNames.get(id) ?? personNames.get(id) ?? '', user: (id: string | null) => (id ? (userNames.get(id) ?? null) : null) };
}
type Names = Awaited<ReturnType<typeof namesOf>>;

/** A decision as taken: in the decider's session (perhaps for an absent 区长), or recorded from an outside document. */
const presentApproval = (a: ApprovalRecord | null, names: Names) =>
  a && {
    decision: a.decision,
    body: a.body,
    bodyLabel: approvingBodyLabels[a.body],
    approverName: a.approverName,
    approverPost: a.approverPost,
    decidedOn: a.decidedOn,
    opinion: a.opinion,
    recordedAt: a.recordedAt,
    mode: a.attachmentId ? ('recorded_from_document' as const) : ('in_session' as const),
    actingForName: a.actingForName,
    attachmentId: a.attachmentId,
    recordedByName: names.user(a.recordedByUserId),
  };

export const eventsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle, clock } = app.deps;
  const today = () => localDateOf(clock.now());

  /** Who is looking: the viewer, the 区长 of the day, their scope, and the names to present with. */
  const lookingAs = async (user: SignedInUser) => {
    const [viewer, headPersonId, names] = await Promise.all([viewerOf(handle.db, actorOf(user), clock.now()), headOn(handle.db, today()), namesOf(handle.db, today())]);
    return { viewer, headPersonId, names, scope: eventsScopeOf(viewer, headPersonId) };
  };
  type Looking = Awaited<ReturnType<typeof lookingAs>>;

  const presentInvitation = (i: Invitation, { viewer, headPersonId, names }: Looking) => ({
    ...i,
    kindLabel: invitationKindLabels[i.kind],
    needsApproval: needsHeadApprovalOf(i),
    invitedName: names.person(i.invitedPersonId),
    invitingUnitName: names.unit(i.invitingUnitId),
    statusLabel: invitationCase.states[i.status],
    approval: presentApproval(i.approval, names),
    actions: actionsFor(invitationCase, withHead(i, headPersonId), viewer),
  });
  const presentMeeting = (m: DepartmentMeeting, { viewer, headPersonId, names }: Looking) => ({
    ...m,
    unitName: names.unit(m.unitId),
    formatLabel: meetingFormatLabels[m.format],
    invitees: m.invitees.map((i) => ({ ...i, kindLabel: inviteeKindLabels[i.kind] })),
    statusLabel: departmentMeetingCase.states[m.status],
    approval: presentApproval(m.approval, names),
    actions: actionsFor(departmentMeetingCase, withHead(m, headPersonId), viewer),
  });
  const presentSpeech = (s: Speech, { viewer, headPersonId, names }: Looking) => ({
    ...s,
    kindLabel: speechKindLabels[s.kind],
    basisLabel: speechBasisLabels[s.basis],
    speakerName: names.person(s.speakerPersonId),
    statusLabel: speechCase.states[s.status],
    approval: presentApproval(s.approval, names),
    actions: actionsFor(speechCase, withHead(s, headPersonId), viewer),
  });

  const invitationFor = async (id: string, user: SignedInUser) => {
    const looking = await lookingAs(user);
    return presentInvitation(found(await eventsRepository.findInvitation(handle.db, id, looking.scope), '邀请'), looking);
  };
  const meetingFor = async (id: string, user: SignedInUser) => {
    const looking = await lookingAs(user);
    return presentMeeting(found(await eventsRepository.findMeeting(handle.db, id, looking.scope), '会议申请'), looking);
  };
  const speechFor = async (id: string, user: SignedInUser) => {
    const looking = await lookingAs(user);
    return presentSpeech(found(await eventsRepository.findSpeech(handle.db, id, looking.scope), '讲话文章报批'), looking);
  };

  // ——— 活动邀请（第九十、九十一、九十二条）———

  app.get(
    '/api/events/invitations',
    { config: { policy: 'events.read' }, schema: { summary: '邀请区政府领导参加活动：列表', tags, querystring: invitationListQuery, response: { 200: invitationListView } } },
    async (request) => {
      const { user } = requireAuth(request);
      const looking = await lookingAs(user);
      const { pageSize, cursor, ...filter } = request.query;
      const page = pageOf(await eventsRepository.listInvitations(handle.db, looking.scope, filter, { after: decodeListCursor(cursor), limit: pageSize + 1 }), pageSize, (r) => [r.activityDate, r.createdAt, r.id]);
      const items = page.rows;
      return { items: items.map((i) => presentInvitation(i, looking)), nextCursor: page.nextCursor, actions: can(user.roles, 'events.invite') ? ['create'] : [] };
    },
  );

  app.get(
    '/api/events/invitations/:id',
    { config: { policy: 'events.read' }, schema: { summary: '邀请详情', tags, params: idParams, response: { 200: invitationView } } },
    async (request) => invitationFor(request.params.id, requireAuth(request).user),
  );

  app.post(
    '/api/events/invitations',
    {
      config: { policy: 'events.invite' },
      schema: { summary: '报送邀请（第九十条：经区政府办公室，按规定天数提前；第九十一条所列活动须先经区委、区政府批准）', tags, body: submitInvitationBody, response: { 201: invitationView } },
    },
    async (request, reply) => {
      const { id } = await submitInvitation(operationContext(request), request.body);
      return reply.status(201).send(await invitationFor(id, requireAuth(request).user));
    },
  );

  app.post(
    '/api/events/invitations/:id/decision',
    { config: { policy: 'events.decide' }, schema: { summary: '区长批准或不批准第九十一条所列活动（区长本人办理；区长外出时由主持工作的常务副区长代为办理）', tags, params: idParams, body: decisionBody, response: { 200: invitationView } } },
    async (request) => {
      await decideInvitation(operationContext(request), { id: request.params.id, ...request.body });
      return invitationFor(request.params.id, requireAuth(request).user);
    },
  );

  app.post(
    '/api/events/invitations/:id/outside-approval',
    { config: { policy: 'events.approve' }, schema: { summary: '办公室依区委批准文件（附件）记录区委的批准或不批准（第九十一条）', tags, params: idParams, body: outsideApprovalBody, response: { 200: invitationView } } },
    async (request) => {
      await recordOutsideInvitationApproval(operationContext(request), { id: request.params.id, ...request.body });
      return invitationFor(request.params.id, requireAuth(request).user);
    },
  );

  app.post(
    '/api/events/invitations/:id/arrange',
    { config: { policy: 'events.arrange' }, schema: { summary: '安排邀请：列入被邀请领导的事项（第九十条；领导外出时紧急事项转补位领导，第六十二条）', tags, params: idParams, body: arrangeBody, response: { 200: invitationView } } },
    async (request) => {
      await arrangeInvitation(operationContext(request), { id: request.params.id, ...request.body });
      return invitationFor(request.params.id, requireAuth(request).user);
    },
  );

  app.post(
    '/api/events/invitations/:id/decline',
    { config: { policy: 'events.arrange' }, schema: { summary: '不予安排（写明理由）', tags, params: idParams, body: declineBody, response: { 200: invitationView } } },
    async (request) => {
      await declineInvitation(operationContext(request), { id: request.params.id, ...request.body });
      return invitationFor(request.params.id, requireAuth(request).user);
    },
  );

  app.post(
    '/api/events/invitations/:id/withdraw',
    { config: { policy: 'events.invite' }, schema: { summary: '撤回本单位尚未办理的邀请', tags, params: idParams, body: versionBody, response: { 200: invitationView } } },
    async (request) => {
      await withdrawInvitation(operationContext(request), { id: request.params.id, ...request.body });
      return invitationFor(request.params.id, requireAuth(request).user);
    },
  );

  // ——— 部门本系统全区性会议（第五十八条）———

  app.get(
    '/api/events/department-meetings',
    { config: { policy: 'events.read' }, schema: { summary: '部门本系统全区性会议申请：列表', tags, querystring: meetingListQuery, response: { 200: meetingListView } } },
    async (request) => {
      const { user } = requireAuth(request);
      const looking = await lookingAs(user);
      const { pageSize, cursor, ...filter } = request.query;
      const page = pageOf(await eventsRepository.listMeetings(handle.db, looking.scope, filter, { after: decodeListCursor(cursor), limit: pageSize + 1 }), pageSize, (r) => [r.meetingDate, r.createdAt, r.id]);
      const items = page.rows;
      return { items: items.map((m) => presentMeeting(m, looking)), nextCursor: page.nextCursor, actions: can(user.roles, 'events.request_meeting') ? ['create'] : [] };
    },
  );

  app.get(
    '/api/events/department-meetings/invitees',
    { config: { policy: 'events.read' }, schema: { summary: '会议可邀请的职务：区长、副区长，镇（街道）主要负责人、分管负责人（第五十八条）', tags, querystring: inviteeOptionsQuery, response: { 200: inviteeOptionsView } } },
    async (request) => {
      const date = request.query.date ?? today();
      const items = await meetingInviteeOptions(handle.db, date);
      return { date, items: items.map((i) => ({ ...i, kindLabel: inviteeKindLabels[i.kind] })) };
    },
  );

  app.get(
    '/api/events/department-meetings/:id',
    { config: { policy: 'events.read' }, schema: { summary: '会议申请详情', tags, params: idParams, response: { 200: meetingView } } },
    async (request) => meetingFor(request.params.id, requireAuth(request).user),
  );

  app.post(
    '/api/events/department-meetings',
    {
      config: { policy: 'events.request_meeting' },
      schema: { summary: '申请召开本系统全区性会议（第五十八条：每年次数有限；不邀请区长；邀请副区长须报批；副区长主持的请镇街主要负责人须经区长批准）', tags, body: requestMeetingBody, response: { 201: meetingView } },
    },
    async (request, reply) => {
      const { id } = await requestDepartmentMeeting(operationContext(request), request.body);
      return reply.status(201).send(await meetingFor(id, requireAuth(request).user));
    },
  );

  app.post(
    '/api/events/department-meetings/:id/head-decision',
    { config: { policy: 'events.decide' }, schema: { summary: '区长批准或不批准镇（街道）主要负责人参加副区长主持的会议（第五十八条；区长本人办理）', tags, params: idParams, body: decisionBody, response: { 200: meetingView } } },
    async (request) => {
      await decideTownPrincipals(operationContext(request), { id: request.params.id, ...request.body });
      return meetingFor(request.params.id, requireAuth(request).user);
    },
  );

  app.post(
    '/api/events/department-meetings/:id/decision',
    { config: { policy: 'events.approve' }, schema: { summary: '办公室审批会议申请（第五十八条；会前审批）', tags, params: idParams, body: decisionBody, response: { 200: meetingView } } },
    async (request) => {
      await decideDepartmentMeeting(operationContext(request), { id: request.params.id, ...request.body });
      return meetingFor(request.params.id, requireAuth(request).user);
    },
  );

  app.post(
    '/api/events/department-meetings/:id/withdraw',
    { config: { policy: 'events.request_meeting' }, schema: { summary: '撤回会议申请或取消已批准的会议（不再计入年度次数）', tags, params: idParams, body: versionBody, response: { 200: meetingView } } },
    async (request) => {
      await withdrawDepartmentMeeting(operationContext(request), { id: request.params.id, ...request.body });
      return meetingFor(request.params.id, requireAuth(request).user);
    },
  );

  // ——— 讲话文章报批（第八十一条）———

  app.get(
    '/api/events/speeches',
    { config: { policy: 'events.read' }, schema: { summary: '代表区政府发表讲话或文章的报批：列表', tags, querystring: speechListQuery, response: { 200: speechListView } } },
    async (request) => {
      const { user } = requireAuth(request);
      const looking = await lookingAs(user);
      const { pageSize, cursor, ...filter } = request.query;
      const page = pageOf(await eventsRepository.listSpeeches(handle.db, looking.scope, filter, { after: decodeListCursor(cursor), limit: pageSize + 1 }), pageSize, (r) => [r.eventDate, r.createdAt, r.id]);
      const items = page.rows;
      return { items: items.map((s) => presentSpeech(s, looking)), nextCursor: page.nextCursor, actions: can(user.roles, 'events.request_speech') ? ['create'] : [] };
    },
  );

  app.get(
    '/api/events/speeches/:id',
    { config: { policy: 'events.read' }, schema: { summary: '讲话文章报批详情', tags, params: idParams, response: { 200: speechView } } },
    async (request) => speechFor(request.params.id, requireAuth(request).user),
  );

  app.post(
    '/api/events/speeches',
    { config: { policy: 'events.request_speech' }, schema: { summary: '报批讲话或文章（第八十一条：事先须经区政府同意）', tags, body: requestSpeechBody, response: { 201: speechView } } },
    async (request, reply) => {
      const { id } = await requestSpeech(operationContext(request), request.body);
      return reply.status(201).send(await speechFor(id, requireAuth(request).user));
    },
  );

  app.post(
    '/api/events/speeches/:id/decision',
    { config: { policy: 'events.decide' }, schema: { summary: '区长同意或不同意（第八十一条；区长本人办理，事后不补同意）', tags, params: idParams, body: decisionBody, response: { 200: speechView } } },
    async (request) => {
      await decideSpeech(operationContext(request), { id: request.params.id, ...request.body });
      return speechFor(request.params.id, requireAuth(request).user);
    },
  );
};
