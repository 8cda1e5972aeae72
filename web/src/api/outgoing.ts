import { suggestedFileName } from '../lib/download';
import { type BodyOf, client, ok, type QueryOf, type ResponseOf } from './client';

// Types are the server's own (schema.gen.ts, generated from its OpenAPI document); the names below are what the
// outgoing pages call them.

/** One page of the 发文 list, with what the caller may do with the list itself (`create`: 拟稿). */
export type OutgoingPage = ResponseOf<'/api/outgoing', 'get'>;
export type OutgoingSummary = OutgoingPage['items'][number];
export type OutgoingDetail = ResponseOf<'/api/outgoing/{id}', 'get'>;
export type OutgoingStatus = OutgoingSummary['status'];
export type OutgoingIssuer = OutgoingSummary['issuer'];
/** What the caller may do with a document now, as the server's declaration of the case says; the page only shows. */
export type OutgoingAction = OutgoingSummary['actions'][number];
export type OutgoingListQuery = QueryOf<'/api/outgoing', 'get'>;
export type DraftInput = BodyOf<'/api/outgoing', 'post'>;
export type ReviseInput = BodyOf<'/api/outgoing/{id}', 'put'>;
export type ReviewChecklist = DraftInput['checklist'];
export type ContentKind = ReviewChecklist['contentKind'];
export type Disclosure = DraftInput['disclosure'];
export type OutgoingCountersignature = OutgoingDetail['countersignatures'][number];
export type OutgoingVersion = OutgoingDetail['versions'][number];
export type OutgoingTimelineStep = OutgoingDetail['timeline'][number];
export type OutgoingReceipt = OutgoingDetail['receipts'][number];
export type Recipient = OutgoingDetail['mainRecipients'][number];
export type NumberSequence = ResponseOf<'/api/outgoing/sequences', 'get'>['items'][number];
export type ReceivedPage = ResponseOf<'/api/outgoing/received', 'get'>;
export type ReceivedItem = ReceivedPage['items'][number];
export type ReceivedStatus = ReceivedItem['status'];
/** The authorisations, with what the caller may do: `grant` on the list, `revoke` on each (the 区长 or his stand-in). */
export type AuthorizationList = ResponseOf<'/api/outgoing/sign-off-authorizations', 'get'>;
export type SignOffAuthorization = AuthorizationList['items'][number];
export type AuthorizationInput = BodyOf<'/api/outgoing/sign-off-authorizations', 'post'>;
export type IssuedResult = ResponseOf<'/api/outgoing/{id}/issue', 'post'>;

export const outgoingKeys = {
  all: ['outgoing'] as const,
  list: (query: OutgoingListQuery) => ['outgoing', 'list', query] as const,
  listActions: ['outgoing', 'list-actions'] as const,
  detail: (id: string) => ['outgoing', 'detail', id] as const,
  received: (query: QueryOf<'/api/outgoing/received', 'get'>) => ['outgoing', 'received', query] as const,
  sequences: ['outgoing', 'sequences'] as const,
  authorizations: ['outgoing', 'authorizations'] as const,
};

export function fetchOutgoingList(query: OutgoingListQuery, signal?: AbortSignal): Promise<OutgoingPage> {
  return ok(client.GET('/api/outgoing', { params: { query }, signal }));
}

export function fetchOutgoing(id: string, signal?: AbortSignal): Promise<OutgoingDetail> {
  return ok(client.GET('/api/outgoing/{id}', { params: { path: { id } }, signal }));
}

export function fetchSequences(signal?: AbortSignal): Promise<{ items: NumberSequence[] }> {
  return ok(client.GET('/api/outgoing/sequences', { signal }));
}

export function createDraft(input: DraftInput): Promise<ResponseOf<'/api/outgoing', 'post'>> {
  return ok(client.POST('/api/outgoing', { body: input }));
}

export function reviseDraft(id: string, input: ReviseInput): Promise<ResponseOf<'/api/outgoing/{id}', 'put'>> {
  return ok(client.PUT('/api/outgoing/{id}', { params: { path: { id } }, body: input }));
}

const byId = (id: string) => ({ path: { id } });

/** One call per step of the case; each body carries the version the page showed (a stale one is a 409). */
export const outgoingSteps = {
  submit: (id: string, body: BodyOf<'/api/outgoing/{id}/submit', 'post'>) => ok(client.POST('/api/outgoing/{id}/submit', { params: byId(id), body })),
  countersign: (id: string, body: BodyOf<'/api/outgoing/{id}/countersign', 'post'>) => ok(client.POST('/api/outgoing/{id}/countersign', { params: byId(id), body })),
  coordinate: (id: string, body: BodyOf<'/api/outgoing/{id}/coordinate', 'post'>) => ok(client.POST('/api/outgoing/{id}/coordinate', { params: byId(id), body })),
  review: (id: string, body: BodyOf<'/api/outgoing/{id}/review', 'post'>) => ok(client.POST('/api/outgoing/{id}/review', { params: byId(id), body })),
  return: (id: string, body: BodyOf<'/api/outgoing/{id}/return', 'post'>) => ok(client.POST('/api/outgoing/{id}/return', { params: byId(id), body })),
  leaderReview: (id: string, body: BodyOf<'/api/outgoing/{id}/leader-review', 'post'>) => ok(client.POST('/api/outgoing/{id}/leader-review', { params: byId(id), body })),
  approveDirective: (id: string, body: BodyOf<'/api/outgoing/{id}/approve-directive', 'post'>) => ok(client.POST('/api/outgoing/{id}/approve-directive', { params: byId(id), body })),
  signOff: (id: string, body: BodyOf<'/api/outgoing/{id}/sign-off', 'post'>) => ok(client.POST('/api/outgoing/{id}/sign-off', { params: byId(id), body })),
  issue: (id: string, body: BodyOf<'/api/outgoing/{id}/issue', 'post'>) => ok(client.POST('/api/outgoing/{id}/issue', { params: byId(id), body })),
};

export function fetchReceived(query: QueryOf<'/api/outgoing/received', 'get'>, signal?: AbortSignal): Promise<ReceivedPage> {
  return ok(client.GET('/api/outgoing/received', { params: { query }, signal }));
}

export function acknowledgeReceipt(receiptId: string, version: number): Promise<ResponseOf<'/api/outgoing/receipts/{receiptId}/acknowledge', 'post'>> {
  return ok(client.POST('/api/outgoing/receipts/{receiptId}/acknowledge', { params: { path: { receiptId } }, body: { version } }));
}

export function fetchAuthorizations(signal?: AbortSignal): Promise<AuthorizationList> {
  return ok(client.GET('/api/outgoing/sign-off-authorizations', { signal }));
}

export function grantAuthorization(input: AuthorizationInput): Promise<SignOffAuthorization> {
  return ok(client.POST('/api/outgoing/sign-off-authorizations', { body: input }));
}

export function revokeAuthorization(id: string): Promise<SignOffAuthorization> {
  return ok(client.POST('/api/outgoing/sign-off-authorizations/{id}/revoke', { params: byId(id) }));
}

export type OutgoingFile = 'document.docx' | 'document.pdf' | 'interpretation.docx' | 'interpretation.pdf';

/** Where the browser fetches a rendered file of the document (the session cookie authorizes the GET). */
export function outgoingFileUrl(id: string, file: OutgoingFile): string {
  return `/api/outgoing/${encodeURIComponent(id)}/${file}`;
}

/**
 * A rendered file as a blob with the name the server suggests. Fetched rather than linked, so a refusal (the
 * PDF's 503 when LibreOffice is not installed) reaches the page as the server's own sentence instead of a
 * downloaded error document.
 */
export async function downloadOutgoingFile(id: string, file: OutgoingFile): Promise<{ blob: Blob; fileName: string | undefined }> {
  const options = { params: byId(id), parseAs: 'blob' as const };
  const { data, response } = await (() => {
    switch (file) {
      case 'document.docx':
        return client.GET('/api/outgoing/{id}/document.docx', options);
      case 'document.pdf':
        return client.GET('/api/outgoing/{id}/document.pdf', options);
      case 'interpretation.docx':
        return client.GET('/api/outgoing/{id}/interpretation.docx', options);
      case 'interpretation.pdf':
        return client.GET('/api/outgoing/{id}/interpretation.pdf', options);
    }
  })();
  return { blob: data as Blob, fileName: suggestedFileName(response) };
}
