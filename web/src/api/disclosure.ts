import { suggestedFileName } from '../lib/download';
import { type BodyOf, client, ok, type QueryOf, type ResponseOf } from './client';

// Types are the server's own (schema.gen.ts, from src/http/disclosure/*-schema.ts); the names below are what the
// pages call them. `actions` on every item come from src/domain/disclosure/case.ts.

const path = (id: string) => ({ params: { path: { id } } });

export const disclosureKeys = {
  all: ['disclosure'] as const,
  publications: (filter: PublicationFilter) => ['disclosure', 'publications', filter] as const,
  publication: (id: string) => ['disclosure', 'publication', id] as const,
  publishedPicker: (q: string) => ['disclosure', 'published-picker', q] as const,
  drafts: (filter: DraftFilter) => ['disclosure', 'drafts', filter] as const,
  draft: (id: string) => ['disclosure', 'draft', id] as const,
  comments: (id: string) => ['disclosure', 'draft', id, 'comments'] as const,
  requests: (filter: RequestFilter) => ['disclosure', 'requests', filter] as const,
  request: (id: string) => ['disclosure', 'request', id] as const,
  contact: (id: string) => ['disclosure', 'request', id, 'contact'] as const,
  challenges: ['disclosure', 'challenges'] as const,
  messages: (filter: MessageFilter) => ['disclosure', 'messages', filter] as const,
  message: (id: string) => ['disclosure', 'message', id] as const,
  annualReport: (year: number) => ['disclosure', 'annual-report', year] as const,
};

/** A file the server sends, with the name it suggests. */
export type Download = { blob: Blob; fileName: string | undefined };

// 发布审核 (art. 83)

export type PublicationPage = ResponseOf<'/api/disclosure/publications', 'get'>;
export type PublicationSummary = PublicationPage['summary'];
export type Publication = PublicationPage['items'][number];
export type PublicationDetail = ResponseOf<'/api/disclosure/publications/{id}', 'get'>;
export type PublicationAction = Publication['actions'][number];
export type PublicationStatus = Publication['status'];
export type PublicationCategory = Publication['category'];
export type PublicationFilter = Omit<QueryOf<'/api/disclosure/publications', 'get'>, 'pageSize' | 'cursor'>;
export type PrepareInput = BodyOf<'/api/disclosure/publications', 'post'>;
export type ReviseInput = BodyOf<'/api/disclosure/publications/{id}', 'put'>;

export function fetchPublications(filter: PublicationFilter, cursor: string | undefined, signal?: AbortSignal): Promise<PublicationPage> {
  return ok(client.GET('/api/disclosure/publications', { params: { query: { ...filter, cursor, pageSize: 50 } }, signal }));
}

export function fetchPublication(id: string, signal?: AbortSignal): Promise<PublicationDetail> {
  return ok(client.GET('/api/disclosure/publications/{id}', { ...path(id), signal }));
}

/** 拟稿: an item prepared by hand, queued for the office's review (art. 83). */
export function preparePublication(input: PrepareInput): Promise<ResponseOf<'/api/disclosure/publications', 'post'>> {
  return ok(client.POST('/api/disclosure/publications', { body: input }));
}

export const publicationSteps = {
  revise: (id: string, input: ReviseInput) => ok(client.PUT('/api/disclosure/publications/{id}', { ...path(id), body: input })),
  publish: (id: string, input: BodyOf<'/api/disclosure/publications/{id}/publish', 'post'>) => ok(client.POST('/api/disclosure/publications/{id}/publish', { ...path(id), body: input })),
  reject: (id: string, input: BodyOf<'/api/disclosure/publications/{id}/reject', 'post'>) => ok(client.POST('/api/disclosure/publications/{id}/reject', { ...path(id), body: input })),
  withdraw: (id: string, input: BodyOf<'/api/disclosure/publications/{id}/withdraw', 'post'>) => ok(client.POST('/api/disclosure/publications/{id}/withdraw', { ...path(id), body: input })),
};

// 征求意见 (art. 36, 23)

export type DraftPage = ResponseOf<'/api/disclosure/drafts', 'get'>;
export type Draft = DraftPage['items'][number];
export type DraftDetail = ResponseOf<'/api/disclosure/drafts/{id}', 'get'>;
export type DraftAction = Draft['actions'][number];
export type DraftStatus = Draft['status'];
export type DraftKind = Draft['kind'];
export type DraftFilter = Omit<QueryOf<'/api/disclosure/drafts', 'get'>, 'pageSize' | 'cursor'>;
export type DraftInput = BodyOf<'/api/disclosure/drafts', 'post'>;
export type DraftComment = ResponseOf<'/api/disclosure/drafts/{id}/comments', 'get'>['items'][number];
export type CommentPage = ResponseOf<'/api/disclosure/drafts/{id}/comments', 'get'>;

export function fetchDrafts(filter: DraftFilter, cursor: string | undefined, signal?: AbortSignal): Promise<DraftPage> {
  return ok(client.GET('/api/disclosure/drafts', { params: { query: { ...filter, cursor, pageSize: 50 } }, signal }));
}

export function fetchDraft(id: string, signal?: AbortSignal): Promise<DraftDetail> {
  return ok(client.GET('/api/disclosure/drafts/{id}', { ...path(id), signal }));
}

export function createDraft(input: DraftInput): Promise<ResponseOf<'/api/disclosure/drafts', 'post'>> {
  return ok(client.POST('/api/disclosure/drafts', { body: input }));
}

export function fetchComments(id: string, cursor: string | undefined, signal?: AbortSignal): Promise<CommentPage> {
  return ok(client.GET('/api/disclosure/drafts/{id}/comments', { params: { path: { id }, query: { cursor, pageSize: 50 } }, signal }));
}

export const draftSteps = {
  revise: (id: string, input: BodyOf<'/api/disclosure/drafts/{id}', 'put'>) => ok(client.PUT('/api/disclosure/drafts/{id}', { ...path(id), body: input })),
  publish: (id: string, input: BodyOf<'/api/disclosure/drafts/{id}/publish', 'post'>) => ok(client.POST('/api/disclosure/drafts/{id}/publish', { ...path(id), body: input })),
  close: (id: string, input: BodyOf<'/api/disclosure/drafts/{id}/close', 'post'>) => ok(client.POST('/api/disclosure/drafts/{id}/close', { ...path(id), body: input })),
  conclude: (id: string, input: BodyOf<'/api/disclosure/drafts/{id}/conclude', 'post'>) => ok(client.POST('/api/disclosure/drafts/{id}/conclude', { ...path(id), body: input })),
  hideComment: (id: string, commentId: string, input: BodyOf<'/api/disclosure/drafts/{id}/comments/{commentId}/hide', 'post'>) =>
    ok(client.POST('/api/disclosure/drafts/{id}/comments/{commentId}/hide', { params: { path: { id, commentId } }, body: input })),
};

/** The public's comments as a workbook, for the summary of comments. */
export async function downloadComments(id: string): Promise<Download> {
  const { data, response } = await client.GET('/api/disclosure/drafts/{id}/comments.xlsx', { ...path(id), parseAs: 'blob' });
  return { blob: data as Blob, fileName: suggestedFileName(response) };
}

// 依申请公开 (art. 34; 条例 第二十七–四十五条)

export type RequestPage = ResponseOf<'/api/disclosure/requests', 'get'>;
export type DisclosureRequest = RequestPage['items'][number];
export type RequestDetail = ResponseOf<'/api/disclosure/requests/{id}', 'get'>;
export type RequestAction = DisclosureRequest['actions'][number];
export type RequestStatus = DisclosureRequest['status'];
export type RequestOutcome = BodyOf<'/api/disclosure/requests/{id}/answer', 'post'>['outcome'];
export type RequestFilter = Omit<QueryOf<'/api/disclosure/requests', 'get'>, 'pageSize' | 'cursor'>;
export type RegisterRequestInput = BodyOf<'/api/disclosure/requests', 'post'>;
export type RequestContact = ResponseOf<'/api/disclosure/requests/{id}/contact', 'get'>;
export type Challenge = ResponseOf<'/api/disclosure/challenges', 'get'>['items'][number];
export type ChallengeInput = BodyOf<'/api/disclosure/challenges', 'post'>;
export type ChallengeOutcome = Challenge['outcome'];
export type ChallengeKind = Challenge['kind'];

export function fetchRequests(filter: RequestFilter, cursor: string | undefined, signal?: AbortSignal): Promise<RequestPage> {
  return ok(client.GET('/api/disclosure/requests', { params: { query: { ...filter, cursor, pageSize: 50 } }, signal }));
}

export function fetchRequest(id: string, signal?: AbortSignal): Promise<RequestDetail> {
  return ok(client.GET('/api/disclosure/requests/{id}', { ...path(id), signal }));
}

/** 登记申请: one handed in by letter, in person, by fax or by e-mail (the day it arrived starts the clock). */
export function registerRequest(input: RegisterRequestInput): Promise<ResponseOf<'/api/disclosure/requests', 'post'>> {
  return ok(client.POST('/api/disclosure/requests', { body: input }));
}

/** The applicant's full identity number, telephone and address: every reading is audited. */
export function fetchRequestContact(id: string): Promise<RequestContact> {
  return ok(client.GET('/api/disclosure/requests/{id}/contact', path(id)));
}

export const requestSteps = {
  requestCorrection: (id: string, input: BodyOf<'/api/disclosure/requests/{id}/correction', 'post'>) => ok(client.POST('/api/disclosure/requests/{id}/correction', { ...path(id), body: input })),
  correct: (id: string, input: BodyOf<'/api/disclosure/requests/{id}/correct', 'post'>) => ok(client.POST('/api/disclosure/requests/{id}/correct', { ...path(id), body: input })),
  abandon: (id: string, input: BodyOf<'/api/disclosure/requests/{id}/abandon', 'post'>) => ok(client.POST('/api/disclosure/requests/{id}/abandon', { ...path(id), body: input })),
  extend: (id: string, input: BodyOf<'/api/disclosure/requests/{id}/extend', 'post'>) => ok(client.POST('/api/disclosure/requests/{id}/extend', { ...path(id), body: input })),
  consult: (id: string, input: BodyOf<'/api/disclosure/requests/{id}/consult', 'post'>) => ok(client.POST('/api/disclosure/requests/{id}/consult', { ...path(id), body: input })),
  endConsultation: (id: string, input: BodyOf<'/api/disclosure/requests/{id}/end-consultation', 'post'>) => ok(client.POST('/api/disclosure/requests/{id}/end-consultation', { ...path(id), body: input })),
  answer: (id: string, input: BodyOf<'/api/disclosure/requests/{id}/answer', 'post'>) => ok(client.POST('/api/disclosure/requests/{id}/answer', { ...path(id), body: input })),
  withdraw: (id: string, input: BodyOf<'/api/disclosure/requests/{id}/withdraw', 'post'>) => ok(client.POST('/api/disclosure/requests/{id}/withdraw', { ...path(id), body: input })),
};

export function fetchChallenges(cursor: string | undefined, signal?: AbortSignal): Promise<ResponseOf<'/api/disclosure/challenges', 'get'>> {
  return ok(client.GET('/api/disclosure/challenges', { params: { query: { cursor, pageSize: 50 } }, signal }));
}

export function recordChallenge(input: ChallengeInput): Promise<ResponseOf<'/api/disclosure/challenges', 'post'>> {
  return ok(client.POST('/api/disclosure/challenges', { body: input }));
}

export function updateChallenge(id: string, input: BodyOf<'/api/disclosure/challenges/{id}', 'put'>): Promise<ResponseOf<'/api/disclosure/challenges/{id}', 'put'>> {
  return ok(client.PUT('/api/disclosure/challenges/{id}', { ...path(id), body: input }));
}

// 政民互动 (art. 39)

export type MessagePage = ResponseOf<'/api/disclosure/messages', 'get'>;
export type PublicMessage = MessagePage['items'][number];
export type MessageDetail = ResponseOf<'/api/disclosure/messages/{id}', 'get'>;
export type MessageAction = PublicMessage['actions'][number];
export type MessageStatus = PublicMessage['status'];
export type MessageFilter = Omit<QueryOf<'/api/disclosure/messages', 'get'>, 'pageSize' | 'cursor'>;

export function fetchMessages(filter: MessageFilter, cursor: string | undefined, signal?: AbortSignal): Promise<MessagePage> {
  return ok(client.GET('/api/disclosure/messages', { params: { query: { ...filter, cursor, pageSize: 50 } }, signal }));
}

export function fetchMessage(id: string, signal?: AbortSignal): Promise<MessageDetail> {
  return ok(client.GET('/api/disclosure/messages/{id}', { ...path(id), signal }));
}

export const messageSteps = {
  assign: (id: string, input: BodyOf<'/api/disclosure/messages/{id}/assign', 'post'>) => ok(client.POST('/api/disclosure/messages/{id}/assign', { ...path(id), body: input })),
  answer: (id: string, input: BodyOf<'/api/disclosure/messages/{id}/answer', 'post'>) => ok(client.POST('/api/disclosure/messages/{id}/answer', { ...path(id), body: input })),
  publish: (id: string, input: BodyOf<'/api/disclosure/messages/{id}/publish', 'post'>) => ok(client.POST('/api/disclosure/messages/{id}/publish', { ...path(id), body: input })),
};

// 年度报告 (条例 第四十九条、第五十条)

export type AnnualReport = ResponseOf<'/api/disclosure/annual-reports/{year}', 'get'>;

export function fetchAnnualReport(year: number, signal?: AbortSignal): Promise<AnnualReport> {
  return ok(client.GET('/api/disclosure/annual-reports/{year}', { params: { path: { year } }, signal }));
}

export async function downloadAnnualReport(year: number): Promise<Download> {
  const { data, response } = await client.GET('/api/disclosure/annual-reports/{year}.docx', { params: { path: { year } }, parseAs: 'blob' });
  return { blob: data as Blob, fileName: suggestedFileName(response) };
}

/** 提交发布审核: the report becomes an item of 政府信息公开工作年度报告, reviewed like any other (art. 83). */
export function prepareAnnualReport(year: number): Promise<ResponseOf<'/api/disclosure/annual-reports/{year}/prepare', 'post'>> {
  return ok(client.POST('/api/disclosure/annual-reports/{year}/prepare', { params: { path: { year } } }));
}
