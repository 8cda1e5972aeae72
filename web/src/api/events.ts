import { api } from './client';
import type { Violation } from './client';

/** Mirrors `src/domain/events/types.ts`; the server sends the Chinese labels with each object. */
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
] as const;
export type InvitationKind = (typeof invitationKinds)[number];

export type InvitationStatus = 'awaiting_approval' | 'awaiting_arrangement' | 'arranged' | 'declined' | 'not_approved' | 'withdrawn';
export type MeetingStatus = 'awaiting_head_approval' | 'awaiting_approval' | 'approved' | 'not_approved' | 'withdrawn';
export type SpeechStatus = 'awaiting_approval' | 'approved' | 'not_approved';
export type ApprovingBody = 'party_committee' | 'government';
export type MeetingFormat = 'video' | 'in_person';
export type MeetingChair = 'department_head' | 'deputy';
export type InviteeKind = 'head' | 'deputy' | 'town_principal' | 'town_deputy';
export type SpeechKind = 'speech' | 'article';
export type SpeechBasis = 'on_behalf' | 'undecided_major_issue';

/**
 * A decision as taken: by the decider in their own session (`actingForName` when standing in for the 区长), or
 * recorded by the office from the 区委's attached document (`recorded_from_document`).
 */
export type Approval = {
  decision: 'approved' | 'refused';
  body: ApprovingBody;
  bodyLabel: string;
  approverName: string;
  approverPost: string;
  decidedOn: string;
  opinion: string;
  recordedAt: string;
  mode: 'in_session' | 'recorded_from_document';
  actingForName: string | null;
  attachmentId: string | null;
  recordedByName: string | null;
};

export type Invitation = {
  id: string;
  title: string;
  kind: InvitationKind;
  kindLabel: string;
  /** Art. 91: the 区委 or 区政府 approves before the office may arrange it. */
  needsApproval: boolean;
  activityDate: string;
  startTime: string | null;
  place: string;
  detail: string;
  invitedPersonId: string;
  invitedName: string;
  invitingUnitId: string;
  invitingUnitName: string;
  addressedTo: 'office' | 'leader';
  submittedOn: string;
  status: InvitationStatus;
  statusLabel: string;
  approval: Approval | null;
  arrangedOn: string | null;
  arrangementNote: string | null;
  leaderItemId: string | null;
  declineReason: string | null;
  flags: Violation[];
  version: number;
  createdAt: string;
  /** `approve`, `refuse` (the 区长); `record_outside_approval`, `record_outside_refusal`, `arrange`, `decline` (the office); `withdraw` (the inviting unit). */
  actions: string[];
};

export type MeetingInvitee = {
  postId: string;
  kind: InviteeKind;
  kindLabel: string;
  postTitle: string;
  unitId: string;
  unitName: string;
  holderPersonId: string | null;
  holderName: string | null;
};

export type HeadApproval = { approverName: string; approvedOn: string; opinion: string; actingForName?: string | null };

export type DepartmentMeeting = {
  id: string;
  title: string;
  unitId: string;
  unitName: string;
  meetingDate: string;
  format: MeetingFormat;
  formatLabel: string;
  chairedBy: MeetingChair;
  chairPersonId: string | null;
  chairName: string;
  invitees: MeetingInvitee[];
  headApproval: HeadApproval | null;
  detail: string;
  submittedOn: string;
  status: MeetingStatus;
  statusLabel: string;
  approval: Approval | null;
  flags: Violation[];
  version: number;
  createdAt: string;
  /** `approve_town_principals`, `refuse_town_principals` (the 区长); `approve`, `refuse` (the office); `withdraw` (the department). */
  actions: string[];
};

export type Speech = {
  id: string;
  kind: SpeechKind;
  kindLabel: string;
  basis: SpeechBasis;
  basisLabel: string;
  title: string;
  speakerPersonId: string;
  speakerName: string;
  occasion: string;
  eventDate: string;
  outline: string;
  submittedOn: string;
  status: SpeechStatus;
  statusLabel: string;
  approval: Approval | null;
  version: number;
  createdAt: string;
  /** `consent`, `refuse` (the 区长). */
  actions: string[];
};

export type List<T> = { items: T[]; actions: string[] };

export type SubmitInvitationInput = {
  title: string;
  kind: InvitationKind;
  activityDate: string;
  startTime: string | null;
  place: string;
  detail: string;
  invitedPersonId: string;
  addressedTo: 'office' | 'leader';
};

export type RequestMeetingInput = {
  title: string;
  meetingDate: string;
  format: MeetingFormat;
  chairedBy: MeetingChair;
  chairPersonId: string | null;
  inviteePostIds: string[];
  detail: string;
};

export type RequestSpeechInput = {
  kind: SpeechKind;
  basis: SpeechBasis;
  title: string;
  speakerPersonId: string | null;
  occasion: string;
  eventDate: string;
  outline: string;
};

/** A decision the signed-in decider takes: who they are comes from the session. */
export type DecisionInput = { version: number; decision: 'approved' | 'refused'; opinion: string };

/** The 区委's decision, recorded by the office from the uploaded document. */
export type OutsideApprovalInput = { version: number; decision: 'approved' | 'refused'; attachmentId: string; documentNumber: string | null; decidedOn: string; note: string | null };

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

const invitationPath = (id: string) => `/api/events/invitations/${encodeURIComponent(id)}`;
const meetingPath = (id: string) => `/api/events/department-meetings/${encodeURIComponent(id)}`;
const speechPath = (id: string) => `/api/events/speeches/${encodeURIComponent(id)}`;

export function fetchInvitations(status: InvitationStatus | undefined, signal?: AbortSignal): Promise<List<Invitation>> {
  return api.get<List<Invitation>>('/api/events/invitations', { query: { status }, signal });
}

export function fetchInvitation(id: string, signal?: AbortSignal): Promise<Invitation> {
  return api.get<Invitation>(invitationPath(id), { signal });
}

export function submitInvitation(input: SubmitInvitationInput): Promise<Invitation> {
  return api.post<Invitation>('/api/events/invitations', input);
}

export function decideInvitation(id: string, input: DecisionInput): Promise<Invitation> {
  return api.post<Invitation>(`${invitationPath(id)}/decision`, input);
}

export function recordOutsideInvitationApproval(id: string, input: OutsideApprovalInput): Promise<Invitation> {
  return api.post<Invitation>(`${invitationPath(id)}/outside-approval`, input);
}

export function arrangeInvitation(id: string, input: { version: number; note: string }): Promise<Invitation> {
  return api.post<Invitation>(`${invitationPath(id)}/arrange`, input);
}

export function declineInvitation(id: string, input: { version: number; reason: string }): Promise<Invitation> {
  return api.post<Invitation>(`${invitationPath(id)}/decline`, input);
}

export function withdrawInvitation(id: string, input: { version: number }): Promise<Invitation> {
  return api.post<Invitation>(`${invitationPath(id)}/withdraw`, input);
}

export function fetchMeetings(status: MeetingStatus | undefined, signal?: AbortSignal): Promise<List<DepartmentMeeting>> {
  return api.get<List<DepartmentMeeting>>('/api/events/department-meetings', { query: { status }, signal });
}

export function fetchMeeting(id: string, signal?: AbortSignal): Promise<DepartmentMeeting> {
  return api.get<DepartmentMeeting>(meetingPath(id), { signal });
}

/** The posts a meeting on `date` may invite: 区长, 副区长, and town and subdistrict heads and deputies. */
export function fetchInviteeOptions(date: string, signal?: AbortSignal): Promise<{ date: string; items: MeetingInvitee[] }> {
  return api.get<{ date: string; items: MeetingInvitee[] }>('/api/events/department-meetings/invitees', { query: { date }, signal });
}

export function requestMeeting(input: RequestMeetingInput): Promise<DepartmentMeeting> {
  return api.post<DepartmentMeeting>('/api/events/department-meetings', input);
}

export function decideMeeting(id: string, input: DecisionInput): Promise<DepartmentMeeting> {
  return api.post<DepartmentMeeting>(`${meetingPath(id)}/decision`, input);
}

export function decideTownPrincipals(id: string, input: DecisionInput): Promise<DepartmentMeeting> {
  return api.post<DepartmentMeeting>(`${meetingPath(id)}/head-decision`, input);
}

export function withdrawMeeting(id: string, input: { version: number }): Promise<DepartmentMeeting> {
  return api.post<DepartmentMeeting>(`${meetingPath(id)}/withdraw`, input);
}

export function fetchSpeeches(status: SpeechStatus | undefined, signal?: AbortSignal): Promise<List<Speech>> {
  return api.get<List<Speech>>('/api/events/speeches', { query: { status }, signal });
}

export function fetchSpeech(id: string, signal?: AbortSignal): Promise<Speech> {
  return api.get<Speech>(speechPath(id), { signal });
}

export function requestSpeech(input: RequestSpeechInput): Promise<Speech> {
  return api.post<Speech>('/api/events/speeches', input);
}

export function decideSpeech(id: string, input: DecisionInput): Promise<Speech> {
  return api.post<Speech>(`${speechPath(id)}/decision`, input);
}
