import { type BodyOf, client, ok, type ResponseOf } from './client';
import { fetchAllPages, LIST_PAGE_SIZE } from './paging';

// Types are the server's own (schema.gen.ts, from the meetings routes' zod schemas); the names below are what the
// pages call them. `actions` on every object come from the declarations in src/domain/meetings/case.ts.

/** The four kinds of government meeting (art. 47), in the order the forms offer them. */
export const meetingKinds = ['plenary', 'executive', 'head_office', 'topical'] as const satisfies readonly MeetingDetail['kind'][];

// The matters art. 27 reserves for the plenary or executive meeting are the rulebook's: `MeetingDetail['majorCategories']`.

/** The meeting calendar with the rhythm hints (art. 48–49, never refusals) and `plan` for the office. */
export type MeetingList = ResponseOf<'/api/meetings', 'get'>;
/** One row of the meeting calendar. `chair` is the chair's name. */
export type MeetingListItem = MeetingList['items'][number];
export type RhythmWarning = MeetingList['rhythm']['warnings'][number];

export type MeetingDetail = ResponseOf<'/api/meetings/{id}', 'get'>;
export type MeetingKind = MeetingDetail['kind'];
/** From arrangement to signed minutes (art. 54–56). */
export type MeetingStatus = MeetingDetail['status'];
/** What the caller may do with the meeting now; the server decides from the meeting's declaration. */
export type MeetingAction = MeetingDetail['actions'][number];
/** The quorum of art. 49, live; the explanation is the server's, composed from the rulebook. */
export type Quorum = MeetingDetail['quorum'];

/** A seat at the meeting: a member (出席) or an observer (列席), from the organisation on the meeting date. */
export type Seat = MeetingDetail['attendance'][number];
export type AttendanceStatus = Seat['status'];
/** A government leader's request to be absent (art. 55): the 区长 consents or not, in his own session. */
export type AbsenceRequest = MeetingDetail['absenceRequests'][number];
export type AbsenceStatus = AbsenceRequest['status'];

export type Topic = ResponseOf<'/api/meeting-topics/{id}', 'get'>;
export type TopicStatus = Topic['status'];
export type TopicAction = Topic['actions'][number];
export type Countersignature = Topic['countersignatures'][number];
/** The 区长's exception to the lead time (art. 53): the unit's reason, then who approved (acting for whom), when and with what opinion. */
export type LeadTimeException = NonNullable<Topic['leadTimeException']>;
export type MajorCategory = NonNullable<Topic['majorCategory']>;

export type DecisionItem = MeetingDetail['decisions'][number];
/** A decision item's or task's clock on the deadlines table (art. 57), as the server counted it. */
export type Clock = NonNullable<DecisionItem['clock']>;

export type PlanMeetingInput = BodyOf<'/api/meetings', 'post'>;
export type SubmitTopicInput = BodyOf<'/api/meetings/{id}/topics', 'post'>;
export type RecordAttendanceInput = BodyOf<'/api/meetings/{id}/attendance', 'post'>;
export type RecordDecisionInput = BodyOf<'/api/meetings/{id}/decisions', 'post'>;


export const meetingKeys = {
  all: ['meetings'] as const,
  list: (from: string, to: string) => ['meetings', 'list', from, to] as const,
  detail: (id: string) => ['meetings', 'detail', id] as const,
};

const path = (id: string) => ({ params: { path: { id } } });

export function fetchMeetings(from: string, to: string, signal?: AbortSignal): Promise<MeetingList> {
  return fetchAllPages((cursor) => ok(client.GET('/api/meetings', { params: { query: { from, to, pageSize: LIST_PAGE_SIZE, cursor } }, signal })));
}

export function fetchMeeting(id: string, signal?: AbortSignal): Promise<MeetingDetail> {
  return ok(client.GET('/api/meetings/{id}', { ...path(id), signal }));
}

export function planMeeting(input: PlanMeetingInput): Promise<ResponseOf<'/api/meetings', 'post'>> {
  return ok(client.POST('/api/meetings', { body: input }));
}

/** Files a topic; a late one with `requestException` comes back `awaiting_exception` with its flags. */
export function submitTopic(meetingId: string, input: SubmitTopicInput): Promise<ResponseOf<'/api/meetings/{id}/topics', 'post'>> {
  return ok(client.POST('/api/meetings/{id}/topics', { ...path(meetingId), body: input }));
}

/** The three steps of the executive meeting's arrangement (art. 54), each by its own person. */
export const agendaSteps = {
  propose: (id: string, input: { version: number; topicIds: string[] }) => ok(client.POST('/api/meetings/{id}/agenda/propose', { ...path(id), body: input })),
  review: (id: string, version: number) => ok(client.POST('/api/meetings/{id}/agenda/review', { ...path(id), body: { version } })),
  decide: (id: string, version: number) => ok(client.POST('/api/meetings/{id}/agenda/decide', { ...path(id), body: { version } })),
};

/** Marks one seat present or absent; answers with the live quorum. */
export function recordAttendance(id: string, input: RecordAttendanceInput): Promise<Quorum> {
  return ok(client.POST('/api/meetings/{id}/attendance', { ...path(id), body: input }));
}

/** Files a government leader's absence request to the 区长 (art. 55). */
export function requestAbsence(id: string, input: { personId: string; reason: string }): Promise<ResponseOf<'/api/meetings/{id}/absence-requests', 'post'>> {
  return ok(client.POST('/api/meetings/{id}/absence-requests', { ...path(id), body: input }));
}

/** The 区长 (or whoever presides for him) consents to an absence or not. */
export function decideAbsence(requestId: string, input: { version: number; isConsented: boolean; opinion: string | null }): Promise<ResponseOf<'/api/meeting-absences/{id}/decide', 'post'>> {
  return ok(client.POST('/api/meeting-absences/{id}/decide', { ...path(requestId), body: input }));
}

export function recordDecision(id: string, input: RecordDecisionInput): Promise<{ id: string }> {
  return ok(client.POST('/api/meetings/{id}/decisions', { ...path(id), body: input }));
}

export const minutesSteps = {
  draft: (id: string, input: { version: number; text: string }) => ok(client.POST('/api/meetings/{id}/minutes', { ...path(id), body: input })),
  approve: (id: string, version: number) => ok(client.POST('/api/meetings/{id}/minutes/approve', { ...path(id), body: { version } })),
  /** Signs the minutes off; every decision item becomes a follow-up task (art. 57). */
  sign: (id: string, version: number) => ok(client.POST('/api/meetings/{id}/minutes/sign', { ...path(id), body: { version } })),
};

/** Where the browser downloads the minutes as Word (the session cookie authorizes the GET). */
export function minutesDocxUrl(id: string): string {
  return `/api/meetings/${encodeURIComponent(id)}/minutes.docx`;
}

export const topicSteps = {
  countersign: (id: string, input: { version: number; isAgreed: boolean; grounds: string | null }) => ok(client.POST('/api/meeting-topics/{id}/countersign', { ...path(id), body: input })),
  coordinate: (id: string, input: { version: number; note: string }) => ok(client.POST('/api/meeting-topics/{id}/coordinate', { ...path(id), body: input })),
  approveException: (id: string, input: { version: number; opinion: string }) => ok(client.POST('/api/meeting-topics/{id}/exception', { ...path(id), body: input })),
  /** The deputy in charge reviews (审定) a topic for the executive meeting (art. 53). */
  review: (id: string, input: { version: number; opinion: string | null }) => ok(client.POST('/api/meeting-topics/{id}/review', { ...path(id), body: input })),
  /** The 区长 reviews (审定) a topic for the executive meeting (art. 53). */
  headReview: (id: string, input: { version: number; opinion: string | null }) => ok(client.POST('/api/meeting-topics/{id}/head-review', { ...path(id), body: input })),
  /** The office corrects whether a topic is a major matter (art. 8, 27), with its reason. */
  classify: (id: string, input: { version: number; isMajor: boolean; majorCategory: string | null; reason: string }) => ok(client.POST('/api/meeting-topics/{id}/classify', { ...path(id), body: input })),
};

/** The 区长's own acts on a meeting: town and subdistrict principals at a 副区长's meeting (art. 51, 58); the executive meeting's chair (art. 49). */
export const leaderSteps = {
  decideTownPrincipals: (id: string, input: { version: number; isApproved: boolean; opinion: string | null }) => ok(client.POST('/api/meetings/{id}/town-principals/decide', { ...path(id), body: input })),
  entrustChair: (id: string, input: { version: number; opinion: string | null }) => ok(client.POST('/api/meetings/{id}/chair/entrust', { ...path(id), body: input })),
};

// The follow-up tasks a decision item becomes are the supervision area's (api/supervision.ts).
