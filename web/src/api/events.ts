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
export type MeetingStatus = 'awaiting_approval' | 'approved' | 'not_approved' | 'withdrawn';
export type SpeechStatus = 'awaiting_approval' | 'approved' | 'not_approved';
export type ApprovingBody = 'party_committee' | 'government';
export type MeetingFormat = 'video' | 'in_person';
export type MeetingChair = 'department_head' | 'deputy';
export type InviteeKind = 'head' | 'deputy' | 'town_principal' | 'town_deputy';
export type SpeechKind = 'speech' | 'article';
export type SpeechBasis = 'on_behalf' | 'undecided_major_issue';

/** A decision of the 区委 or 区政府 as the office recorded it. */
export type Approval = {
  decision: 'approved' | 'refused';
  body: ApprovingBody;
  bodyLabel: string;
  approverName: string;
  approverPost: string;
  decidedOn: string;
  opinion: string;
  recordedAt: string;
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
  /** `record_approval`, `arrange`, `decline` (the office); `withdraw` (the inviting unit). */
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

export type HeadApproval = { approverName: string; approvedOn: string; opinion: string };

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
  /** `record_approval` (the office); `withdraw` (the department). */
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
  /** `record_approval` (the office). */
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
  headApproval: HeadApproval | null;
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

export type ApprovalInput = {
  version: number;
  decision: 'approved' | 'refused';
  body: ApprovingBody;
  approverName: string;
  approverPost: string;
  decidedOn: string;
  opinion: string;
};

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

export function recordInvitationApproval(id: string, input: ApprovalInput): Promise<Invitation> {
  return api.post<Invitation>(`${invitationPath(id)}/approval`, input);
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

export function recordMeetingApproval(id: string, input: ApprovalInput): Promise<DepartmentMeeting> {
  return api.post<DepartmentMeeting>(`${meetingPath(id)}/approval`, input);
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

export function recordSpeechApproval(id: string, input: ApprovalInput): Promise<Speech> {
  return api.post<Speech>(`${speechPath(id)}/approval`, input);
}
