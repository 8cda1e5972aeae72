import { ApiError, type BodyOf, client, ok, type Problem, type QueryOf, type ResponseOf } from './client';
import { fetchAllPages, LIST_PAGE_SIZE } from './paging';

// Types are the server's own (schema.gen.ts, generated from its OpenAPI document); the names below are what
// the pages call them. A server change that breaks a page fails the web's type check.

export type LeaveReport = ResponseOf<'/api/leave/reports/{id}', 'get'>;
export type Whereabouts = ResponseOf<'/api/leave/whereabouts', 'get'>;
/** A report in force that day, with who covers the absent leader. */
export type AwayReport = Whereabouts['away'][number];
export type WhereaboutsLeader = Whereabouts['leaders'][number];
/** Who presides over the government's work that day (art. 7); `isActing` when the 常务副区长 presides for the 区长. */
export type Presiding = NonNullable<Whereabouts['presiding']>;
/** `actions`: `assign_cover` for the 区长 (art. 63). */
export type CoverCalendar = ResponseOf<'/api/leave/cover-calendar', 'get'>;
export type CoverDay = CoverCalendar['days'][number];
/** Who covers an absent leader and why: the fixed pair (art. 62), the 区长's arrangement (art. 63), presiding for the 区长 (art. 7). */
export type Cover = NonNullable<AwayReport['cover']>;
export type CoverBasis = Cover['basis'];
export type PersonRef = { personId: string; name: string };

/** What takes a leader away (art. 82: 出差（出访）、学习、离岗休假、探亲、就医; art. 62–63 add 考察、招商). */
export type LeaveKind = LeaveReport['kind'];
export const leaveKinds = ['business_trip', 'visit_abroad', 'study', 'inspection', 'investment_promotion', 'vacation', 'family_visit', 'medical'] as const satisfies readonly LeaveKind[];

/** The documents a long absence carries (art. 82: 有关通知、方案及日程安排); the `kind` field of the upload. */
export const leaveAttachmentKinds = ['notice', 'plan', 'schedule'] as const;
export type LeaveAttachmentKind = (typeof leaveAttachmentKinds)[number];

export type LeaveStatus = LeaveReport['status'];
/** A rule the report broke but was accepted with (an emergency reported late), kept for the office to see. */
export type LeaveFlag = LeaveReport['flags'][number];
export type Attachment = LeaveReport['attachments'][number];

export type LeaveReportFilter = Pick<QueryOf<'/api/leave/reports', 'get'>, 'status' | 'from' | 'to'>;
export type LeaveReportPage = ResponseOf<'/api/leave/reports', 'get'>;
/** A report; `personId` only when the office reports on a leader's behalf (代报). */
export type ReportLeaveInput = BodyOf<'/api/leave/reports', 'post'>;
export type ReportLeaveResult = ResponseOf<'/api/leave/reports', 'post'>;
export type AssignCoverInput = BodyOf<'/api/leave/cover-assignments', 'post'>;

export type LeaderItemPage = ResponseOf<'/api/leader-items', 'get'>;
export type LeaderItem = LeaderItemPage['items'][number];
/** `actions`: `handle` when the caller is the addressee, or the cover and the item is urgent. */
export type LeaderItemDetail = ResponseOf<'/api/leader-items/{id}', 'get'>;
export type LeaderItemKind = LeaderItem['kind'];
export type LeaderItemStatus = LeaderItem['status'];
export const leaderItemKinds = ['meeting', 'reception', 'emergency', 'urgent_document', 'invitation', 'other'] as const satisfies readonly LeaderItemKind[];
export type CreateLeaderItemInput = BodyOf<'/api/leader-items', 'post'>;

export const leaveKeys = {
  all: ['leave'] as const,
  whereabouts: (date: string | undefined) => ['leave', 'whereabouts', date ?? 'today'] as const,
  coverCalendar: (from: string, to: string) => ['leave', 'cover-calendar', from, to] as const,
  reports: (filter: LeaveReportFilter) => ['leave', 'reports', filter] as const,
  report: (id: string) => ['leave', 'report', id] as const,
  items: (status: LeaderItemStatus | undefined) => ['leave', 'items', status ?? 'all'] as const,
  item: (id: string) => ['leave', 'item', id] as const,
};

/** The path parameters of a report's or an item's routes. */
const byId = (id: string) => ({ path: { id } });

/** Without a date the server answers for its own today, which the page then shows. */
export function fetchWhereabouts(date: string | undefined, signal?: AbortSignal): Promise<Whereabouts> {
  return ok(client.GET('/api/leave/whereabouts', { params: { query: { date } }, signal }));
}

export function fetchCoverCalendar(from: string, to: string, signal?: AbortSignal): Promise<CoverCalendar> {
  return ok(client.GET('/api/leave/cover-calendar', { params: { query: { from, to } }, signal }));
}

export function fetchLeaveReports(filter: LeaveReportFilter, signal?: AbortSignal): Promise<LeaveReportPage> {
  return fetchAllPages((cursor) => ok(client.GET('/api/leave/reports', { params: { query: { ...filter, pageSize: LIST_PAGE_SIZE, cursor } }, signal })));
}

export function fetchLeaveReport(id: string, signal?: AbortSignal): Promise<LeaveReport> {
  return ok(client.GET('/api/leave/reports/{id}', { params: byId(id), signal }));
}

/** A report's whole 24-hour contact number; the server records every call in the audit trail. */
export function fetchLeaveContact(id: string): Promise<ResponseOf<'/api/leave/reports/{id}/contact', 'get'>> {
  return ok(client.GET('/api/leave/reports/{id}/contact', { params: byId(id) }));
}

/** Files a report; an accepted late emergency comes back with its flags. */
export function reportLeave(input: ReportLeaveInput): Promise<ReportLeaveResult> {
  return ok(client.POST('/api/leave/reports', { body: input }));
}

export async function returnFromLeave(id: string, input: BodyOf<'/api/leave/reports/{id}/return', 'post'>): Promise<void> {
  await client.POST('/api/leave/reports/{id}/return', { params: byId(id), body: input });
}

export async function cancelLeave(id: string, input: BodyOf<'/api/leave/reports/{id}/cancel', 'post'>): Promise<void> {
  await client.POST('/api/leave/reports/{id}/cancel', { params: byId(id), body: input });
}

export function assignCover(input: AssignCoverInput): Promise<ResponseOf<'/api/leave/cover-assignments', 'post'>> {
  return ok(client.POST('/api/leave/cover-assignments', { body: input }));
}

export function fetchLeaderItems(status: LeaderItemStatus | undefined, signal?: AbortSignal): Promise<LeaderItemPage> {
  return fetchAllPages((cursor) => ok(client.GET('/api/leader-items', { params: { query: { status, pageSize: LIST_PAGE_SIZE, cursor } }, signal })));
}

export function fetchLeaderItem(id: string, signal?: AbortSignal): Promise<LeaderItemDetail> {
  return ok(client.GET('/api/leader-items/{id}', { params: byId(id), signal }));
}

export function createLeaderItem(input: CreateLeaderItemInput): Promise<ResponseOf<'/api/leader-items', 'post'>> {
  return ok(client.POST('/api/leader-items', { body: input }));
}

export async function handleLeaderItem(id: string, input: BodyOf<'/api/leader-items/{id}/handle', 'post'>): Promise<void> {
  await client.POST('/api/leader-items/{id}/handle', { params: byId(id), body: input });
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
