import { api } from './client';
import type { Violation } from './client';

/** The four kinds of government meeting (art. 47). */
export const meetingKinds = ['plenary', 'executive', 'head_office', 'topical'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** From arrangement to signed minutes (art. 54–56). */
export type MeetingStatus = 'planned' | 'held' | 'minutes_drafted' | 'minutes_approved' | 'minutes_signed';

/** The matters art. 27 reserves for the plenary or executive meeting (also art. 8 "重大问题"). */
export const majorCategories = ['中长期规划', '年度计划', '财政预决算', '区级社会管理事务', '重要政策措施', '重大建设项目', '其他重大问题'] as const;
export type MajorCategory = (typeof majorCategories)[number];

/** One row of the meeting calendar. `chair` is the chair's name. */
export type MeetingListItem = {
  id: string;
  kind: MeetingKind;
  kindLabel: string;
  title: string;
  meetingDate: string;
  place: string;
  chair: string;
  status: MeetingStatus;
  statusLabel: string;
};

/** A rhythm warning (art. 48–49): a reminder to arrange a meeting, never a refusal. */
export type RhythmWarning = Violation;

export type MeetingList = {
  items: MeetingListItem[];
  rhythm: { warnings: RhythmWarning[]; executiveThisMonth: number; plenaryThisYear: number };
  /** `plan` for the office. */
  actions: string[];
};

export type AttendanceStatus = 'present' | 'absent' | 'unknown';

/** A seat at the meeting: a member (出席) or an observer (列席), from the organisation on the meeting date. */
export type Seat = {
  meetingId: string;
  personId: string;
  name: string;
  role: 'member' | 'observer';
  status: AttendanceStatus;
  absenceReason: string | null;
  /** The 区长, when a government leader's absence was granted by them (art. 55). */
  absenceApprovedByPersonId: string | null;
  /** The leave report that keeps the holder away (请假外出), if any. */
  leaveReportId: string | null;
  updatedAt: string;
};

/** "出席人数须超过应到人数的二分之一" (art. 49), live. */
export type Quorum = { members: number; present: number; required: number; hasQuorum: boolean; explanation: string };

export type TopicStatus = 'coordinating' | 'awaiting_exception' | 'ready' | 'scheduled' | 'decided';

export type Countersignature = {
  topicId: string;
  unitId: string;
  signerPersonId: string;
  signerName: string;
  /** 1 agreed, 0 disagreed with grounds. */
  isAgreed: number;
  grounds: string | null;
  signedAt: string;
};

/** The 区长's exception to the lead time (art. 53): the unit's reason, then who approved, when and with what opinion. */
export type LeadTimeException = { reason?: string; approvedBy?: string; approvedAt?: string; opinion?: string };

export type Topic = {
  id: string;
  meetingId: string | null;
  meetingKind: MeetingKind;
  submittingUnitId: string;
  unitName: string;
  title: string;
  summary: string;
  isMajor: boolean;
  majorCategory: MajorCategory | null;
  relatedUnitIds: string[];
  coordinationNote: string | null;
  status: TopicStatus;
  submittedOn: string;
  leadTimeException: LeadTimeException | null;
  /** Rules the topic was accepted with all the same (a late topic awaiting the 区长). */
  flags: Violation[];
  sortOrder: number;
  version: number;
  createdAt: string;
  countersignatures: Countersignature[];
  /** What the caller may do with the topic now, decided by the server (art. 52–53). */
  actions: TopicAction[];
};

export type TopicAction = 'countersign' | 'coordinate' | 'approve_exception';

export type DecisionItem = {
  id: string;
  meetingId: string;
  topicId: string | null;
  content: string;
  leadUnitId: string;
  leadUnitName: string;
  coUnitIds: string[];
  dueOn: string;
  /** The follow-up task the item became when the minutes were signed (art. 57). */
  taskId: string | null;
  sortOrder: number;
  createdAt: string;
};

/**
 * What the caller may do with the meeting now; the server decides: `propose_agenda`, `review_agenda`,
 * `decide_agenda`, `attendance`, `record_decision`, `draft_minutes`, `approve_minutes`, `sign_minutes`, `submit_topic`.
 */
export type MeetingAction =
  | 'propose_agenda'
  | 'review_agenda'
  | 'decide_agenda'
  | 'attendance'
  | 'record_decision'
  | 'draft_minutes'
  | 'approve_minutes'
  | 'sign_minutes'
  | 'submit_topic';

export type MeetingDetail = {
  id: string;
  kind: MeetingKind;
  kindLabel: string;
  title: string;
  meetingDate: string;
  startTime: string | null;
  place: string;
  convenerPersonId: string;
  convener: string;
  chairPersonId: string;
  chair: string;
  /** The leader on whose behalf the chair holds the meeting (art. 49, 51). */
  delegatedByPersonId: string | null;
  delegatedBy: string | null;
  attendeeUnitIds: string[];
  status: MeetingStatus;
  statusLabel: string;
  agendaProposedAt: string | null;
  agendaReviewedByPersonId: string | null;
  agendaReviewedAt: string | null;
  agendaDecidedByPersonId: string | null;
  agendaDecidedAt: string | null;
  minutesNumber: string | null;
  minutesText: string | null;
  minutesApprovedByPersonId: string | null;
  minutesSignedByPersonId: string | null;
  minutesSignedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  attendance: Seat[];
  quorum: Quorum;
  topics: Topic[];
  decisions: DecisionItem[];
  actions: MeetingAction[];
};

export type PlanMeetingInput = {
  kind: MeetingKind;
  title: string;
  meetingDate: string;
  startTime: string | null;
  place: string;
  convenerPersonId: string;
  chairPersonId: string;
  attendeeUnitIds: string[];
};

export type SubmitTopicInput = {
  title: string;
  summary: string;
  isMajor: boolean;
  majorCategory: MajorCategory | null;
  relatedUnitIds: string[];
  /** Asks the 区长 to take a late topic all the same (art. 53 "一般应于…"). */
  requestException: { reason: string } | null;
};

export type RecordAttendanceInput = { personId: string; status: 'present' | 'absent'; reason?: string | null; approvedByHead?: boolean };

export type RecordDecisionInput = { topicId: string | null; content: string; leadUnitId: string; coUnitIds: string[]; dueOn: string };

export type TaskStatus = 'open' | 'done';

/** A follow-up task (督办) a decision item became (art. 57). */
export type Task = {
  id: string;
  sourceType: string;
  /** The decision item's id for `meeting_decision`. */
  sourceId: string;
  title: string;
  leadUnitId: string;
  leadUnitName: string;
  coUnitIds: string[];
  dueOn: string;
  deadlineId: string | null;
  status: TaskStatus;
  article: number | null;
  isOverdue: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type TaskList = { items: Task[]; summary: { open: number; overdue: number } };

export const meetingKeys = {
  all: ['meetings'] as const,
  list: (from: string, to: string) => ['meetings', 'list', from, to] as const,
  detail: (id: string) => ['meetings', 'detail', id] as const,
  tasks: (status: TaskStatus | undefined) => ['meetings', 'tasks', status ?? 'all'] as const,
};

const meetingPath = (id: string) => `/api/meetings/${encodeURIComponent(id)}`;
const topicPath = (id: string) => `/api/meeting-topics/${encodeURIComponent(id)}`;

export function fetchMeetings(from: string, to: string, signal?: AbortSignal): Promise<MeetingList> {
  return api.get<MeetingList>('/api/meetings', { query: { from, to }, signal });
}

export function fetchMeeting(id: string, signal?: AbortSignal): Promise<MeetingDetail> {
  return api.get<MeetingDetail>(meetingPath(id), { signal });
}

export function planMeeting(input: PlanMeetingInput): Promise<{ id: string }> {
  return api.post<{ id: string }>('/api/meetings', input);
}

/** Files a topic; a late one with `requestException` comes back `awaiting_exception` with its flags. */
export function submitTopic(meetingId: string, input: SubmitTopicInput): Promise<{ id: string; status: TopicStatus; flags: Violation[] }> {
  return api.post<{ id: string; status: TopicStatus; flags: Violation[] }>(`${meetingPath(meetingId)}/topics`, input);
}

/** The three steps of the executive meeting's arrangement (art. 54). */
export const agendaSteps = {
  propose: (id: string, input: { version: number; topicIds: string[] }) => api.post<{ ok: true }>(`${meetingPath(id)}/agenda/propose`, input),
  review: (id: string, version: number) => api.post<{ ok: true }>(`${meetingPath(id)}/agenda/review`, { version }),
  decide: (id: string, version: number) => api.post<{ ok: true }>(`${meetingPath(id)}/agenda/decide`, { version }),
};

/** Marks one seat present or absent; answers with the live quorum. */
export function recordAttendance(id: string, input: RecordAttendanceInput): Promise<Quorum> {
  return api.post<Quorum>(`${meetingPath(id)}/attendance`, input);
}

export function recordDecision(id: string, input: RecordDecisionInput): Promise<{ id: string }> {
  return api.post<{ id: string }>(`${meetingPath(id)}/decisions`, input);
}

export const minutesSteps = {
  draft: (id: string, input: { version: number; text: string }) => api.post<{ minutesNumber: string }>(`${meetingPath(id)}/minutes`, input),
  approve: (id: string, version: number) => api.post<{ ok: true }>(`${meetingPath(id)}/minutes/approve`, { version }),
  /** Signs the minutes off; every decision item becomes a follow-up task (art. 57). */
  sign: (id: string, version: number) => api.post<{ taskIds: string[] }>(`${meetingPath(id)}/minutes/sign`, { version }),
};

/** Where the browser downloads the minutes as Word (the session cookie authorizes the GET). */
export function minutesDocxUrl(id: string): string {
  return `${meetingPath(id)}/minutes.docx`;
}

export const topicSteps = {
  countersign: (id: string, input: { version: number; isAgreed: boolean; grounds: string | null }) => api.post<{ status: TopicStatus }>(`${topicPath(id)}/countersign`, input),
  coordinate: (id: string, input: { version: number; note: string }) => api.post<{ status: TopicStatus }>(`${topicPath(id)}/coordinate`, input),
  approveException: (id: string, input: { version: number; opinion: string }) => api.post<{ status: TopicStatus }>(`${topicPath(id)}/exception`, input),
};

export function fetchTasks(status: TaskStatus | undefined, signal?: AbortSignal): Promise<TaskList> {
  return api.get<TaskList>('/api/tasks', { query: { status }, signal });
}
