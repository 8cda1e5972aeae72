import { api, ApiError } from './client';
import type { Problem, Violation } from './client';

/** What takes a leader away (art. 82: 出差（出访）、学习、离岗休假、探亲、就医; art. 62–63 add 考察、招商). */
export const leaveKinds = ['business_trip', 'visit_abroad', 'study', 'inspection', 'investment_promotion', 'vacation', 'family_visit', 'medical'] as const;
export type LeaveKind = (typeof leaveKinds)[number];

/** The documents a long absence carries (art. 82: 有关通知、方案及日程安排); the `kind` field of the upload. */
export const leaveAttachmentKinds = ['notice', 'plan', 'schedule'] as const;
export type LeaveAttachmentKind = (typeof leaveAttachmentKinds)[number];

export type LeaveStatus = 'reported' | 'returned' | 'cancelled';

/** Why a leader covers an absent one: the fixed pair (art. 62), the 区长's arrangement (art. 63), presiding for the 区长 (art. 7). */
export type CoverBasis = 'pair' | 'assignment' | 'acting_head';

export type Cover = { personId: string; name: string; basis: CoverBasis };

export type PersonRef = { personId: string; name: string };

/** A rule the report broke but was accepted with (an emergency reported late), kept for the office to see. */
export type LeaveFlag = Violation;

export type Attachment = { id: string; kind: string; fileName: string; size: number; sm3: string };

export type LeaveReport = {
  id: string;
  personId: string;
  personName: string;
  unitId: string | null;
  unitName: string | null;
  kind: LeaveKind;
  kindLabel: string;
  startDate: string;
  endDate: string;
  days: number;
  place: string;
  reason: string;
  actingPersonName: string;
  /** The 24-hour contact: in full for the office, leaders and the reporter; masked by the server otherwise. */
  contact: string;
  isEmergency: boolean;
  emergencyReason: string | null;
  reportedOn: string;
  recipients: { personId: string; name: string; post: string }[];
  flags: LeaveFlag[];
  status: LeaveStatus;
  returnedOn: string | null;
  attachments: Attachment[];
  version: number;
  /** `return` (销假), `cancel` (撤销, before the absence starts). */
  actions: string[];
};

export type AwayReport = LeaveReport & { cover: Cover | null };

export type WhereaboutsLeader = { personId: string; name: string; post: string; isAway: boolean; cover: Cover | null };

/** Who presides over the government's work that day (art. 7); `isActing` when the 常务副区长 presides for the 区长. */
export type Presiding = { personId: string; name: string; isActing: boolean };

export type Whereabouts = {
  date: string;
  presiding: Presiding | null;
  leaders: WhereaboutsLeader[];
  /** Reports in force that day the caller may read: government leaders and unit principals. */
  away: AwayReport[];
};

export type CoverDay = { date: string; away: { personId: string; name: string; cover: Cover | null }[]; presiding: Presiding | null };

/** `actions`: `assign_cover` for the 区长 (art. 63). */
export type CoverCalendar = { from: string; to: string; days: CoverDay[]; actions: string[] };

export type LeaveReportFilter = { status?: LeaveStatus; from?: string; to?: string };

export type ReportLeaveInput = {
  /** Only when the office reports on a leader's behalf (代报). */
  personId?: string;
  kind: LeaveKind;
  startDate: string;
  endDate: string;
  place: string;
  reason: string;
  actingPersonName: string;
  contact: string;
  isEmergency: boolean;
  emergencyReason: string | null;
  attachmentIds: string[];
};

export type AssignCoverInput = { absentPersonId: string; coverPersonId: string; validFrom: string; validTo: string; reason: string };

export const leaderItemKinds = ['meeting', 'reception', 'emergency', 'urgent_document', 'invitation', 'other'] as const;
export type LeaderItemKind = (typeof leaderItemKinds)[number];

export type LeaderItemStatus = 'open' | 'handled';

type LeaderItemBase = {
  id: string;
  kind: LeaderItemKind;
  kindLabel: string;
  title: string;
  detail: string;
  addresseePersonId: string;
  unitId: string | null;
  isUrgent: boolean;
  dueOn: string | null;
  status: LeaderItemStatus;
  handledByUserId: string | null;
  /** Set when a cover handled it for the absent addressee. */
  handledActingForPersonId: string | null;
  handledAt: string | null;
  handlingNote: string | null;
  version: number;
  createdAt: string;
};

export type LeaderItem = LeaderItemBase & { addresseeName: string; handledActingForName: string | null };

export type LeaderItemDetail = LeaderItemBase & {
  /** Who covers the addressee today, if the addressee is away. */
  cover: Cover | null;
  /** `handle` when the caller is the addressee, or the cover and the item is urgent. */
  actions: string[];
};

export type CreateLeaderItemInput = {
  kind: LeaderItemKind;
  title: string;
  detail: string;
  addresseePersonId: string;
  isUrgent: boolean;
  dueOn: string | null;
};

export const leaveKeys = {
  all: ['leave'] as const,
  whereabouts: (date: string | undefined) => ['leave', 'whereabouts', date ?? 'today'] as const,
  coverCalendar: (from: string, to: string) => ['leave', 'cover-calendar', from, to] as const,
  reports: (filter: LeaveReportFilter) => ['leave', 'reports', filter] as const,
  report: (id: string) => ['leave', 'report', id] as const,
  items: (status: LeaderItemStatus | undefined) => ['leave', 'items', status ?? 'all'] as const,
  item: (id: string) => ['leave', 'item', id] as const,
};

/** Without a date the server answers for its own today, which the page then shows. */
export function fetchWhereabouts(date: string | undefined, signal?: AbortSignal): Promise<Whereabouts> {
  return api.get<Whereabouts>('/api/leave/whereabouts', { query: { date }, signal });
}

export function fetchCoverCalendar(from: string, to: string, signal?: AbortSignal): Promise<CoverCalendar> {
  return api.get<CoverCalendar>('/api/leave/cover-calendar', { query: { from, to }, signal });
}

export function fetchLeaveReports(filter: LeaveReportFilter, signal?: AbortSignal): Promise<{ items: LeaveReport[]; actions: string[] }> {
  return api.get<{ items: LeaveReport[]; actions: string[] }>('/api/leave/reports', { query: filter, signal });
}

export function fetchLeaveReport(id: string, signal?: AbortSignal): Promise<LeaveReport> {
  return api.get<LeaveReport>(`/api/leave/reports/${encodeURIComponent(id)}`, { signal });
}

/** Files a report; an accepted late emergency comes back with its flags. */
export function reportLeave(input: ReportLeaveInput): Promise<{ id: string; flags: LeaveFlag[] }> {
  return api.post<{ id: string; flags: LeaveFlag[] }>('/api/leave/reports', input);
}

export function returnFromLeave(id: string, input: { version: number; returnedOn?: string }): Promise<void> {
  return api.post<void>(`/api/leave/reports/${encodeURIComponent(id)}/return`, input);
}

export function cancelLeave(id: string, input: { version: number }): Promise<void> {
  return api.post<void>(`/api/leave/reports/${encodeURIComponent(id)}/cancel`, input);
}

export function assignCover(input: AssignCoverInput): Promise<{ id: string }> {
  return api.post<{ id: string }>('/api/leave/cover-assignments', input);
}

export function fetchLeaderItems(status: LeaderItemStatus | undefined, signal?: AbortSignal): Promise<{ items: LeaderItem[]; actions: string[] }> {
  return api.get<{ items: LeaderItem[]; actions: string[] }>('/api/leader-items', { query: { status }, signal });
}

export function fetchLeaderItem(id: string, signal?: AbortSignal): Promise<LeaderItemDetail> {
  return api.get<LeaderItemDetail>(`/api/leader-items/${encodeURIComponent(id)}`, { signal });
}

export function createLeaderItem(input: CreateLeaderItemInput): Promise<{ id: string }> {
  return api.post<{ id: string }>('/api/leader-items', input);
}

export function handleLeaderItem(id: string, input: { version: number; note: string }): Promise<void> {
  return api.post<void>(`/api/leader-items/${encodeURIComponent(id)}/handle`, input);
}

/** Where the browser downloads an attachment (the session cookie authorizes the GET). */
export function attachmentUrl(id: string): string {
  return `/api/attachments/${encodeURIComponent(id)}`;
}

function csrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === 'zw_csrf') return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/**
 * Uploads one file as multipart (`kind` before `file`, which the server reads first) with the CSRF header the
 * JSON client sends on every write. A refusal comes back as the same ApiError the client throws.
 */
export async function uploadAttachment(file: File, kind: LeaveAttachmentKind | 'other', signal?: AbortSignal): Promise<Attachment> {
  const body = new FormData();
  body.append('kind', kind);
  body.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  const token = csrfToken();
  if (token) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch('/api/attachments', { method: 'POST', headers, body, credentials: 'same-origin', signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, {});
  }
  const text = await response.text().catch(() => '');
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) throw new ApiError(response.status, parsed && typeof parsed === 'object' ? (parsed as Problem) : { status: response.status });
  return parsed as Attachment;
}
