import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { localDateOf } from '../../clock.js';
import type { Db } from '../../db/database.js';
import { type EventsScope, eventsRepository, isInvitationInScope, isMeetingInScope, isSpeechInScope } from '../../db/events-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { notFound } from '../../domain/errors.js';
import { type EventsViewer, invitationActions, meetingActions, speechActions } from '../../domain/events/actions.js';
import {
  type ApprovalRecord,
  approvingBodyLabels,
  type DepartmentMeeting,
  type Invitation,
  invitationKindLabels,
  invitationStatusLabels,
  inviteeKindLabels,
  meetingFormatLabels,
  meetingStatusLabels,
  needsPriorApproval,
  type Speech,
  speechBasisLabels,
  speechKindLabels,
  speechStatusLabels,
} from '../../domain/events/types.js';
import { can, scopeOf as policyScopeOf } from '../../domain/identity/policies.js';
import { leaderPostKinds } from '../../domain/org/types.js';
import { arrangeInvitation } from '../../operations/events/arrange-invitation.js';
import { declineInvitation } from '../../operations/events/decline-invitation.js';
import { meetingInviteeOptions } from '../../operations/events/meeting-invitees.js';
import { recordInvitationApproval } from '../../operations/events/record-invitation-approval.js';
import { recordMeetingApproval } from '../../operations/events/record-meeting-approval.js';
import { recordSpeechApproval } from '../../operations/events/record-speech-approval.js';
import { requestDepartmentMeeting } from '../../operations/events/request-department-meeting.js';
import { requestSpeech } from '../../operations/events/request-speech.js';
import { submitInvitation } from '../../operations/events/submit-invitation.js';
import { withdrawDepartmentMeeting } from '../../operations/events/withdraw-department-meeting.js';
import { withdrawInvitation } from '../../operations/events/withdraw-invitation.js';
import '../../operations/events/workbench.js';
import type { SignedInUser } from '../../operations/identity/present-user.js';
import { requireAuth } from '../auth.js';
import { operationContext } from '../context.js';
import { idParams } from '../schemas.js';
import {
  approvalBody,
  arrangeBody,
  declineBody,
  invitationListQuery,
  invitationView,
  inviteeOptionsQuery,
  inviteeOptionsView,
  meetingListQuery,
  meetingView,
  requestMeetingBody,
  requestSpeechBody,
  speechListQuery,
  speechView,
  submitInvitationBody,
  versionBody,
} from './schema.js';

const tags = ['events'];

/** The office sees every request; a unit its own; a leader those that name them. Others answer 404. */
/** The caller's data scope from the policy table: everything, or their unit's and their own records. */
const scopeOf = (user: SignedInUser): EventsScope =>
  policyScopeOf(user.roles, 'events.read') === 'all' ? { all: true } : { all: false, unitId: user.unit?.id ?? null, personId: user.personId };

const presentApproval = (a: ApprovalRecord | null) =>
  a && { decision: a.decision, body: a.body, bodyLabel: approvingBodyLabels[a.body], approverName: a.approverName, approverPost: a.approverPost, decidedOn: a.decidedOn, opinion: a.opinion, recordedAt: a.recordedAt };

/** Names of units and people, and leaders' posts, loaded once per request for presenting lists. */
async function namesOf(db: Db, today: string) {
  const [units, people, leaders] = await Promise.all([orgRepository.listUnits(db), orgRepository.listPeople(db), orgRepository.leaders(db, today, leaderPostKinds)]);
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const personNames = new Map(people.map((p) => [p.id, p.name]));
  const leaderNames = new Map(leaders.map((l) => [l.personId, `${l.post.title}${l.name}`]));
  return { unit: (id: string) => unitNames.get(id) ?? '', person: (id: string) => leaderNames.get(id) ?? personNames.get(id) ?? '' };
}
type Names = Awaited<ReturnType<typeof namesOf>>;

export const eventsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { handle, clock } = app.deps;
  const today = () => localDateOf(clock.now());
  const viewerOf = (user: SignedInUser): EventsViewer => ({ roles: user.roles, unitId: user.unit?.id ?? null, personId: user.personId, today: today() });

  const presentInvitation = (i: Invitation, names: Names, viewer: EventsViewer) => ({
    ...i,
    kindLabel: invitationKindLabels[i.kind],
    needsApproval: needsPriorApproval(i.kind),
    invitedName: names.person(i.invitedPersonId),
    invitingUnitName: names.unit(i.invitingUnitId),
    statusLabel: invitationStatusLabels[i.status],
    approval: presentApproval(i.approval),
    actions: invitationActions(i, viewer),
  });
  const presentMeeting = (m: DepartmentMeeting, names: Names, viewer: EventsViewer) => ({
    ...m,
    unitName: names.unit(m.unitId),
    formatLabel: meetingFormatLabels[m.format],
    invitees: m.invitees.map((i) => ({ ...i, kindLabel: inviteeKindLabels[i.kind] })),
    statusLabel: meetingStatusLabels[m.status],
    approval: presentApproval(m.approval),
    actions: meetingActions(m, viewer),
  });
  const presentSpeech = (s: Speech, names: Names, viewer: EventsViewer) => ({
    ...s,
    kindLabel: speechKindLabels[s.kind],
    basisLabel: speechBasisLabels[s.basis],
    speakerName: names.person(s.speakerPersonId),
    statusLabel: speechStatusLabels[s.status],
    approval: presentApproval(s.approval),
    actions: speechActions(s, viewer),
  });

  const invitationFor = async (id: string, user: SignedInUser) => {
    const invitation = await eventsRepository.findInvitation(handle.db, id);
    if (!invitation || !isInvitationInScope(invitation, scopeOf(user))) notFound('邀请');
    return presentInvitation(invitation, await namesOf(handle.db, today()), viewerOf(user));
  };
  const meetingFor = async (id: string, user: SignedInUser) => {
    const meeting = await eventsRepository.findMeeting(handle.db, id);
    if (!meeting || !isMeetingInScope(meeting, scopeOf(user))) notFound('会议申请');
    return presentMeeting(meeting, await namesOf(handle.db, today()), viewerOf(user));
  };
  const speechFor = async (id: string, user: SignedInUser) => {
    const speech = await eventsRepository.findSpeech(handle.db, id);
    if (!speech || !isSpeechInScope(speech, scopeOf(user))) notFound('讲话文章报批');
    return presentSpeech(speech, await namesOf(handle.db, today()), viewerOf(user));
  };
  /** Transitions answer 404 for objects outside the caller's scope, before the operation runs. */
  const ensureVisible = {
    invitation: async (id: string, user: SignedInUser) => {
      const i = await eventsRepository.findInvitation(handle.db, id);
      if (!i || !isInvitationInScope(i, scopeOf(user))) notFound('邀请');
    },
    meeting: async (id: string, user: SignedInUser) => {
      const m = await eventsRepository.findMeeting(handle.db, id);
      if (!m || !isMeetingInScope(m, scopeOf(user))) notFound('会议申请');
    },
    speech: async (id: string, user: SignedInUser) => {
      const s = await eventsRepository.findSpeech(handle.db, id);
      if (!s || !isSpeechInScope(s, scopeOf(user))) notFound('讲话文章报批');
    },
  };

  // ——— 活动邀请（第九十、九十一、九十二条）———

  app.get(
    '/api/events/invitations',
    { config: { policy: 'events.read' }, schema: { summary: '邀请区政府领导参加活动：列表', tags, querystring: invitationListQuery } },
    async (request) => {
      const { user } = requireAuth(request);
      const items = await eventsRepository.listInvitations(handle.db, scopeOf(user), request.query);
      const names = await namesOf(handle.db, today());
      const viewer = viewerOf(user);
      return { items: items.map((i) => presentInvitation(i, names, viewer)), actions: can(user.roles, 'events.invite') ? ['create'] : [] };
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
      schema: { summary: '报送邀请（第九十条：经区政府办公室，提前3天；第九十一条所列活动须先经区委、区政府批准）', tags, body: submitInvitationBody, response: { 201: invitationView } },
    },
    async (request, reply) => {
      const { id } = await submitInvitation(operationContext(request), request.body);
      return reply.status(201).send(await invitationFor(id, requireAuth(request).user));
    },
  );

  app.post(
    '/api/events/invitations/:id/approval',
    { config: { policy: 'events.approve' }, schema: { summary: '记录区委、区政府对第九十一条所列活动的批准或不批准（批准人、职务、日期、意见）', tags, params: idParams, body: approvalBody, response: { 200: invitationView } } },
    async (request) => {
      const { user } = requireAuth(request);
      await ensureVisible.invitation(request.params.id, user);
      await recordInvitationApproval(operationContext(request), { id: request.params.id, ...request.body });
      return invitationFor(request.params.id, user);
    },
  );

  app.post(
    '/api/events/invitations/:id/arrange',
    { config: { policy: 'events.arrange' }, schema: { summary: '安排邀请：列入被邀请领导的事项（第九十条；领导外出时紧急事项转补位领导，第六十二条）', tags, params: idParams, body: arrangeBody, response: { 200: invitationView } } },
    async (request) => {
      const { user } = requireAuth(request);
      await ensureVisible.invitation(request.params.id, user);
      await arrangeInvitation(operationContext(request), { id: request.params.id, ...request.body });
      return invitationFor(request.params.id, user);
    },
  );

  app.post(
    '/api/events/invitations/:id/decline',
    { config: { policy: 'events.arrange' }, schema: { summary: '不予安排（写明理由）', tags, params: idParams, body: declineBody, response: { 200: invitationView } } },
    async (request) => {
      const { user } = requireAuth(request);
      await ensureVisible.invitation(request.params.id, user);
      await declineInvitation(operationContext(request), { id: request.params.id, ...request.body });
      return invitationFor(request.params.id, user);
    },
  );

  app.post(
    '/api/events/invitations/:id/withdraw',
    { config: { policy: 'events.invite' }, schema: { summary: '撤回本单位尚未办理的邀请', tags, params: idParams, body: versionBody, response: { 200: invitationView } } },
    async (request) => {
      const { user } = requireAuth(request);
      await ensureVisible.invitation(request.params.id, user);
      await withdrawInvitation(operationContext(request), { id: request.params.id, ...request.body });
      return invitationFor(request.params.id, user);
    },
  );

  // ——— 部门本系统全区性会议（第五十八条）———

  app.get(
    '/api/events/department-meetings',
    { config: { policy: 'events.read' }, schema: { summary: '部门本系统全区性会议申请：列表', tags, querystring: meetingListQuery } },
    async (request) => {
      const { user } = requireAuth(request);
      const items = await eventsRepository.listMeetings(handle.db, scopeOf(user), request.query);
      const names = await namesOf(handle.db, today());
      const viewer = viewerOf(user);
      return { items: items.map((m) => presentMeeting(m, names, viewer)), actions: can(user.roles, 'events.request_meeting') ? ['create'] : [] };
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
      schema: { summary: '申请召开本系统全区性会议（第五十八条：每年原则上不超过1次；不邀请区长；邀请副区长须报批；只开到镇街分管负责人）', tags, body: requestMeetingBody, response: { 201: meetingView } },
    },
    async (request, reply) => {
      const { id } = await requestDepartmentMeeting(operationContext(request), request.body);
      return reply.status(201).send(await meetingFor(id, requireAuth(request).user));
    },
  );

  app.post(
    '/api/events/department-meetings/:id/approval',
    { config: { policy: 'events.approve' }, schema: { summary: '记录会议审批结果（第五十八条；审批人、职务、日期、意见）', tags, params: idParams, body: approvalBody, response: { 200: meetingView } } },
    async (request) => {
      const { user } = requireAuth(request);
      await ensureVisible.meeting(request.params.id, user);
      await recordMeetingApproval(operationContext(request), { id: request.params.id, ...request.body });
      return meetingFor(request.params.id, user);
    },
  );

  app.post(
    '/api/events/department-meetings/:id/withdraw',
    { config: { policy: 'events.request_meeting' }, schema: { summary: '撤回会议申请或取消已批准的会议（不再计入年度次数）', tags, params: idParams, body: versionBody, response: { 200: meetingView } } },
    async (request) => {
      const { user } = requireAuth(request);
      await ensureVisible.meeting(request.params.id, user);
      await withdrawDepartmentMeeting(operationContext(request), { id: request.params.id, ...request.body });
      return meetingFor(request.params.id, user);
    },
  );

  // ——— 讲话文章报批（第八十一条）———

  app.get(
    '/api/events/speeches',
    { config: { policy: 'events.read' }, schema: { summary: '代表区政府发表讲话或文章的报批：列表', tags, querystring: speechListQuery } },
    async (request) => {
      const { user } = requireAuth(request);
      const items = await eventsRepository.listSpeeches(handle.db, scopeOf(user), request.query);
      const names = await namesOf(handle.db, today());
      const viewer = viewerOf(user);
      return { items: items.map((s) => presentSpeech(s, names, viewer)), actions: can(user.roles, 'events.request_speech') ? ['create'] : [] };
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
    '/api/events/speeches/:id/approval',
    { config: { policy: 'events.approve' }, schema: { summary: '记录区政府同意或不同意（第八十一条；事后不补记同意）', tags, params: idParams, body: approvalBody, response: { 200: speechView } } },
    async (request) => {
      const { user } = requireAuth(request);
      await ensureVisible.speech(request.params.id, user);
      await recordSpeechApproval(operationContext(request), { id: request.params.id, ...request.body });
      return speechFor(request.params.id, user);
    },
  );
};

