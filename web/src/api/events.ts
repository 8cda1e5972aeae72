import { type BodyOf, client, ok, type ResponseOf } from './client';
import { fetchAllPages, LIST_PAGE_SIZE } from './paging';

// Types are the server's own (schema.gen.ts, generated from its OpenAPI document); the names below are what
// the pages call them. The server sends the Chinese labels with each object.

/**
 * An invitation of a government leader (art. 90–91). `actions`: `approve`, `refuse` (the 区长);
 * `record_outside_approval`, `record_outside_refusal`, `arrange`, `decline` (the office); `withdraw` (the inviting unit).
 */
export type Invitation = ResponseOf<'/api/events/invitations/{id}', 'get'>;
/**
 * A department's district-wide meeting (art. 58). `actions`: `approve_town_principals`, `refuse_town_principals`
 * (the 区长); `approve`, `refuse` (the office); `withdraw` (the department).
 */
export type DepartmentMeeting = ResponseOf<'/api/events/department-meetings/{id}', 'get'>;
/** A speech or article on behalf of the government (art. 81). `actions`: `consent`, `refuse` (the 区长). */
export type Speech = ResponseOf<'/api/events/speeches/{id}', 'get'>;

/**
 * A decision as taken: by the decider in their own session (`actingForName` when standing in for the 区长), or
 * recorded by the office from the 区委's attached document (`recorded_from_document`).
 */
export type Approval = NonNullable<Invitation['approval']>;
export type ApprovingBody = Approval['body'];
export type HeadApproval = NonNullable<DepartmentMeeting['headApproval']>;
export type MeetingInvitee = DepartmentMeeting['invitees'][number];

export type InvitationKind = Invitation['kind'];
export type InvitationStatus = Invitation['status'];
export type MeetingStatus = DepartmentMeeting['status'];
export type SpeechStatus = Speech['status'];
export type MeetingFormat = DepartmentMeeting['format'];
export type MeetingChair = DepartmentMeeting['chairedBy'];
export type InviteeKind = MeetingInvitee['kind'];
export type SpeechKind = Speech['kind'];
export type SpeechBasis = Speech['basis'];

export const invitationKinds = [
  'work_activity',
  'ribbon_cutting',
  'groundbreaking',
  'celebration',
  'commemoration',
  'commendation',
  'symposium',
  'expo',
  'seminar',
  'forum',
  'congratulatory_letter',
  'inscription',
  'preface',
  'publication',
  'reception',
] as const satisfies readonly InvitationKind[];

export type InvitationList = ResponseOf<'/api/events/invitations', 'get'>;
export type MeetingList = ResponseOf<'/api/events/department-meetings', 'get'>;
export type SpeechList = ResponseOf<'/api/events/speeches', 'get'>;
export type InviteeOptions = ResponseOf<'/api/events/department-meetings/invitees', 'get'>;

export type SubmitInvitationInput = BodyOf<'/api/events/invitations', 'post'>;
export type RequestMeetingInput = BodyOf<'/api/events/department-meetings', 'post'>;
export type RequestSpeechInput = BodyOf<'/api/events/speeches', 'post'>;

/** A decision the signed-in decider takes: who they are comes from the session. */
export type DecisionInput = BodyOf<'/api/events/invitations/{id}/decision', 'post'>;

/** The 区委's decision, recorded by the office from the uploaded document. */
export type OutsideApprovalInput = BodyOf<'/api/events/invitations/{id}/outside-approval', 'post'>;

export const eventsKeys = {
  all: ['events'] as const,
  invitations: (status: InvitationStatus | undefined) => ['events', 'invitations', status ?? 'all'] as const,
  invitation: (id: string) => ['events', 'invitation', id] as const,
  meetings: (status: MeetingStatus | undefined) => ['events', 'meetings', status ?? 'all'] as const,
  meeting: (id: string) => ['events', 'meeting', id] as const,
  invitees: (date: string) => ['events', 'invitees', date] as const,
  speeches: (status: SpeechStatus | undefined) => ['events', 'speeches', status ?? 'all'] as const,
  speech: (id: string) => ['events', 'speech', id] as const,
};

/** The path parameters of an object's routes. */
const byId = (id: string) => ({ path: { id } });

export function fetchInvitations(status: InvitationStatus | undefined, signal?: AbortSignal): Promise<InvitationList> {
  return fetchAllPages((cursor) => ok(client.GET('/api/events/invitations', { params: { query: { status, pageSize: LIST_PAGE_SIZE, cursor } }, signal })));
}

export function fetchInvitation(id: string, signal?: AbortSignal): Promise<Invitation> {
  return ok(client.GET('/api/events/invitations/{id}', { params: byId(id), signal }));
}

export function submitInvitation(input: SubmitInvitationInput): Promise<Invitation> {
  return ok(client.POST('/api/events/invitations', { body: input }));
}

export function decideInvitation(id: string, input: DecisionInput): Promise<Invitation> {
  return ok(client.POST('/api/events/invitations/{id}/decision', { params: byId(id), body: input }));
}

export function recordOutsideInvitationApproval(id: string, input: OutsideApprovalInput): Promise<Invitation> {
  return ok(client.POST('/api/events/invitations/{id}/outside-approval', { params: byId(id), body: input }));
}

export function arrangeInvitation(id: string, input: BodyOf<'/api/events/invitations/{id}/arrange', 'post'>): Promise<Invitation> {
  return ok(client.POST('/api/events/invitations/{id}/arrange', { params: byId(id), body: input }));
}

export function declineInvitation(id: string, input: BodyOf<'/api/events/invitations/{id}/decline', 'post'>): Promise<Invitation> {
  return ok(client.POST('/api/events/invitations/{id}/decline', { params: byId(id), body: input }));
}

export function withdrawInvitation(id: string, input: BodyOf<'/api/events/invitations/{id}/withdraw', 'post'>): Promise<Invitation> {
  return ok(client.POST('/api/events/invitations/{id}/withdraw', { params: byId(id), body: input }));
}

export function fetchMeetings(status: MeetingStatus | undefined, signal?: AbortSignal): Promise<MeetingList> {
  return fetchAllPages((cursor) => ok(client.GET('/api/events/department-meetings', { params: { query: { status, pageSize: LIST_PAGE_SIZE, cursor } }, signal })));
}

export function fetchMeeting(id: string, signal?: AbortSignal): Promise<DepartmentMeeting> {
  return ok(client.GET('/api/events/department-meetings/{id}', { params: byId(id), signal }));
}

/** The posts a meeting on `date` may invite: 区长, 副区长, and town and subdistrict heads and deputies. */
export function fetchInviteeOptions(date: string, signal?: AbortSignal): Promise<InviteeOptions> {
  return ok(client.GET('/api/events/department-meetings/invitees', { params: { query: { date } }, signal }));
}

export function requestMeeting(input: RequestMeetingInput): Promise<DepartmentMeeting> {
  return ok(client.POST('/api/events/department-meetings', { body: input }));
}

/** The office's approval of a meeting that invites a 副区长 (art. 58). */
export function decideMeeting(id: string, input: BodyOf<'/api/events/department-meetings/{id}/decision', 'post'>): Promise<DepartmentMeeting> {
  return ok(client.POST('/api/events/department-meetings/{id}/decision', { params: byId(id), body: input }));
}

/** The 区长's own decision on inviting town and subdistrict principals (art. 58). */
export function decideTownPrincipals(id: string, input: BodyOf<'/api/events/department-meetings/{id}/head-decision', 'post'>): Promise<DepartmentMeeting> {
  return ok(client.POST('/api/events/department-meetings/{id}/head-decision', { params: byId(id), body: input }));
}

export function withdrawMeeting(id: string, input: BodyOf<'/api/events/department-meetings/{id}/withdraw', 'post'>): Promise<DepartmentMeeting> {
  return ok(client.POST('/api/events/department-meetings/{id}/withdraw', { params: byId(id), body: input }));
}

export function fetchSpeeches(status: SpeechStatus | undefined, signal?: AbortSignal): Promise<SpeechList> {
  return fetchAllPages((cursor) => ok(client.GET('/api/events/speeches', { params: { query: { status, pageSize: LIST_PAGE_SIZE, cursor } }, signal })));
}

export function fetchSpeech(id: string, signal?: AbortSignal): Promise<Speech> {
  return ok(client.GET('/api/events/speeches/{id}', { params: byId(id), signal }));
}

export function requestSpeech(input: RequestSpeechInput): Promise<Speech> {
  return ok(client.POST('/api/events/speeches', { body: input }));
}

export function decideSpeech(id: string, input: BodyOf<'/api/events/speeches/{id}/decision', 'post'>): Promise<Speech> {
  return ok(client.POST('/api/events/speeches/{id}/decision', { params: byId(id), body: input }));
}
