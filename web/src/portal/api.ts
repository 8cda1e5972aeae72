import createClient from 'openapi-fetch';
import type { BodyOf, ResponseOf } from '../api/client';
import type { paths } from '../api/schema.gen';
import { articleLabel } from '../lib/article-number';
import { solveProof } from './pow';

/**
 * The portal's client of the public API (/api/public): anonymous — no cookie is sent or kept, no CSRF token —
 * and every non-2xx answer thrown as a `PortalError` built from the problem+json body.
 */

export type Violation = { article: number; message: string };
type Problem = { title?: string; detail?: string; violations?: Violation[] };

export class PortalError extends Error {
  readonly status: number;
  readonly detail: string;
  readonly violations: readonly Violation[];

  constructor(status: number, problem: Problem) {
    const detail = problem.detail ?? problem.title ?? fallbackText(status);
    super(detail);
    this.name = 'PortalError';
    this.status = status;
    this.detail = detail;
    this.violations = problem.violations ?? [];
  }
}

/** "第三十四条：……" — the article first, unless the message already opens with it. */
export function violationText(v: Violation): string {
  const label = articleLabel(v.article);
  return v.message.startsWith(label) ? v.message : `${label}：${v.message}`;
}

function fallbackText(status: number): string {
  if (status === 0) return '无法连接网站，请检查网络后重试';
  if (status === 404) return '您访问的信息不存在或尚未公开';
  if (status === 409) return '该页面已提交过，请刷新页面后再次提交';
  if (status === 429) return '操作过于频繁，请稍后再试';
  if (status >= 500) return '网站暂时无法处理，请稍后重试';
  return '提交的内容有误，请检查后重试';
}

/** A query string without the empty, null and undefined values. */
function queryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

/**
 * The typed client of the public routes (`schema.gen.ts`, generated from the server's OpenAPI document), with
 * `credentials: 'omit'`: the portal never sends the staff app's cookies, so nothing here needs a CSRF token.
 */
const client = createClient<paths>({ baseUrl: '', credentials: 'omit', querySerializer: queryString });
client.use({
  onRequest({ request }) {
    request.headers.set('accept', 'application/json, application/problem+json');
  },
  async onResponse({ response }) {
    if (response.ok) return undefined;
    throw new PortalError(response.status, await problemOf(response.clone()));
  },
  onError({ error }) {
    if (error instanceof DOMException && error.name === 'AbortError') return error;
    return error instanceof PortalError ? error : new PortalError(0, {});
  },
});

async function problemOf(response: Response): Promise<Problem> {
  try {
    return (await response.json()) as Problem;
  } catch {
    return {};
  }
}

async function ok<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data } = await call;
  return data as T;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof PortalError && error.status === 404;
}

// ——— The catalogue ———

export type Site = ResponseOf<'/api/public/site', 'get'>;
export type Category = Site['categories'][number];
export type ItemPage = ResponseOf<'/api/public/publications', 'get'>;
export type Item = ItemPage['items'][number];
export type ItemDetail = ResponseOf<'/api/public/publications/{id}', 'get'>;

export const PAGE_SIZE = 20;

export function fetchSite(signal?: AbortSignal): Promise<Site> {
  return ok(client.GET('/api/public/site', { signal }));
}

export function fetchItems(query: { category?: string; q?: string; cursor?: string }, signal?: AbortSignal): Promise<ItemPage> {
  return ok(client.GET('/api/public/publications', { params: { query: { ...query, category: query.category as Item['category'] | undefined, pageSize: PAGE_SIZE } }, signal }));
}

export function fetchItem(id: string, signal?: AbortSignal): Promise<ItemDetail> {
  return ok(client.GET('/api/public/publications/{id}', { params: { path: { id } }, signal }));
}

// ——— Proof of work ———

/** A fresh challenge, solved in this browser: what every anonymous submission carries. */
export async function proofOfWork(signal?: AbortSignal): Promise<{ challenge: string; nonce: string }> {
  const { challenge, difficulty } = await ok(client.GET('/api/public/challenge', { signal }));
  return { challenge, nonce: await solveProof(challenge, difficulty, signal) };
}

/** The honeypot: a field no person sees, which only a machine fills in. */
export type Honeypot = { website: string };

// ——— Drafts for comment ———

export type DraftPage = ResponseOf<'/api/public/drafts', 'get'>;
export type DraftSummary = DraftPage['items'][number];
export type Draft = ResponseOf<'/api/public/drafts/{id}', 'get'>;

export function fetchDrafts(cursor: string | undefined, signal?: AbortSignal): Promise<DraftPage> {
  return ok(client.GET('/api/public/drafts', { params: { query: { cursor, pageSize: PAGE_SIZE } }, signal }));
}

export function fetchDraft(id: string, signal?: AbortSignal): Promise<Draft> {
  return ok(client.GET('/api/public/drafts/{id}', { params: { path: { id } }, signal }));
}

export async function commentOnDraft(id: string, input: { body: string; displayName?: string } & Honeypot): Promise<void> {
  const proof = await proofOfWork();
  await client.POST('/api/public/drafts/{id}/comments', { params: { path: { id } }, body: { ...input, ...proof } });
}

// ——— Disclosure requests ———

export type RequestInput = Omit<BodyOf<'/api/public/requests', 'post'>, 'challenge' | 'nonce'> & Honeypot;
export type Filed = ResponseOf<'/api/public/requests', 'post'>;
export type Credentials = BodyOf<'/api/public/requests/track', 'post'>;
export type Tracked = ResponseOf<'/api/public/requests/track', 'post'>;

export async function fileRequest(input: RequestInput): Promise<Filed> {
  const proof = await proofOfWork();
  return ok(client.POST('/api/public/requests', { body: { ...input, ...proof } }));
}

export function trackRequest(credentials: Credentials): Promise<Tracked> {
  return ok(client.POST('/api/public/requests/track', { body: credentials }));
}

export async function correctRequest(credentials: Credentials, description: string): Promise<void> {
  await client.POST('/api/public/requests/correct', { body: { ...credentials, description } });
}

export async function withdrawRequest(credentials: Credentials): Promise<void> {
  await client.POST('/api/public/requests/withdraw', { body: credentials });
}

/** The answer's file, fetched with the credentials in the body (never in a URL) and handed to the browser to save. */
export async function downloadAnswer(credentials: Credentials): Promise<void> {
  const { data, response } = await client.POST('/api/public/requests/answer-file', { body: credentials, parseAs: 'blob' });
  const blob = data as Blob;
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const fileName = encoded ? decodeURIComponent(encoded) : `${credentials.number}答复书`;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// ——— Messages (政民互动) ———

export type MessageInput = Omit<BodyOf<'/api/public/messages', 'post'>, 'challenge' | 'nonce'> & Honeypot;
export type Posted = ResponseOf<'/api/public/messages', 'post'>;
export type MessagePage = ResponseOf<'/api/public/messages', 'get'>;
export type PublicMessage = ResponseOf<'/api/public/messages/{id}', 'get'>;
export type TrackedMessage = ResponseOf<'/api/public/messages/track', 'post'>;

export async function postMessage(input: MessageInput): Promise<Posted> {
  const proof = await proofOfWork();
  return ok(client.POST('/api/public/messages', { body: { ...input, ...proof } }));
}

export function fetchMessages(cursor: string | undefined, signal?: AbortSignal): Promise<MessagePage> {
  return ok(client.GET('/api/public/messages', { params: { query: { cursor, pageSize: PAGE_SIZE } }, signal }));
}

export function fetchMessage(id: string, signal?: AbortSignal): Promise<PublicMessage> {
  return ok(client.GET('/api/public/messages/{id}', { params: { path: { id } }, signal }));
}

export function trackMessage(credentials: Credentials): Promise<TrackedMessage> {
  return ok(client.POST('/api/public/messages/track', { body: credentials }));
}
