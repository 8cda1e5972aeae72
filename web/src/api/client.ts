import createClient, { type Middleware } from 'openapi-fetch';
import { articleLabel } from '../lib/article-number';
import type { paths } from './schema.gen';

/** One broken rule, as the server reports it inside a problem+json body. */
export type Violation = { ruleId: string; article: number; message: string };

/** An RFC 9457 problem document with the platform's `violations` extension. */
export type Problem = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  violations?: Violation[];
  /** What a refusal carries besides its sentence, e.g. `{ problems: [...] }` for a password the policy refuses. */
  details?: Record<string, unknown>;
};

/**
 * Any non-2xx answer from the API. `message` is ready to show a user: the server's `detail`, then each broken rule
 * as "第N条：…" on its own line.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly violations: readonly Violation[];

  constructor(status: number, problem: Problem) {
    super(composeMessage(status, problem));
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.violations = problem.violations ?? [];
  }

  /** The server's own sentence, without the article lines. */
  get detail(): string {
    return this.problem.detail ?? this.problem.title ?? fallbackText(this.status);
  }

  get isConflict(): boolean {
    return this.status === 409;
  }
}

/** "第五十三条：议题须提前5个工作日报送" */
export function violationText(violation: Violation): string {
  // Most rules open their message with the article already; say it once.
  const label = articleLabel(violation.article);
  return violation.message.startsWith(label) ? violation.message : `${label}：${violation.message}`;
}

function composeMessage(status: number, problem: Problem): string {
  const violations = problem.violations ?? [];
  const lines = violations.map(violationText);
  const detail = problem.detail ?? problem.title;
  // A refusal's detail is often just its first violation's message; saying it twice helps nobody.
  const isRepeat = detail !== undefined && violations.some((v) => v.message === detail);
  if (detail && !isRepeat) lines.unshift(detail);
  if (lines.length === 0) lines.push(fallbackText(status));
  return lines.join('\n');
}

function fallbackText(status: number): string {
  switch (status) {
    case 0:
      return '无法连接服务器，请检查网络后重试';
    case 400:
    case 422:
      return '提交的内容有误';
    case 401:
      return '登录已失效，请重新登录';
    case 403:
      return '无权进行此操作';
    case 404:
      return '对象不存在或无权查看';
    case 409:
      return '数据已被他人修改，请刷新后重试';
    case 413:
      return '提交的内容过大';
    case 429:
      return '操作过于频繁，请稍后再试';
    default:
      return status >= 500 ? `服务器出错（${status}），请稍后重试` : `请求失败（${status}）`;
  }
}

type UnauthorizedHandler = () => void;
let onUnauthorized: UnauthorizedHandler | undefined;

/** The app registers what a 401 means (clear the session, go to the login page). */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | undefined): void {
  onUnauthorized = handler;
}

export type RequestOptions = {
  /** JSON body; sent as `application/json`. */
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
  /**
   * A 401 here is an answer, not an expired session (the login form, the session probe): do not send the user
   * to the login page.
   */
  isUnauthorizedExpected?: boolean;
};

const csrfCookie = 'zw_csrf';

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') {
    const token = readCookie(csrfCookie);
    if (token) headers['x-csrf-token'] = token;
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, {});
  }
  if (response.ok) return response;
  const problem = await readProblem(response);
  if (response.status === 401 && !options.isUnauthorizedExpected) onUnauthorized?.();
  throw new ApiError(response.status, problem);
}

async function readProblem(response: Response): Promise<Problem> {
  const text = await response.text().catch(() => '');
  if (!text) return { status: response.status };
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') return parsed as Problem;
  } catch {
    // Not JSON (a proxy's HTML error page); fall through to the status text.
  }
  return { status: response.status };
}

async function readJson<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * The untyped client, kept for the area modules not yet on `client` (see README.md); new code uses `client`.
 * Paths are absolute (`/api/...`).
 */
export const api = {
  async get<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return readJson<T>(await send('GET', path, options));
  },
  async post<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return readJson<T>(await send('POST', path, { ...options, body }));
  },
  async patch<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return readJson<T>(await send('PATCH', path, { ...options, body }));
  },
  async put<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return readJson<T>(await send('PUT', path, { ...options, body }));
  },
  async delete<T = void>(path: string, options: RequestOptions = {}): Promise<T> {
    return readJson<T>(await send('DELETE', path, options));
  },
  /** For downloads: the raw response, after the same error handling. */
  async raw(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    return send(method, path, options);
  },
};

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A query string as `buildUrl` writes it: empty, null and undefined values are left out. */
function serializeQuery(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null && item !== '') params.append(key, String(item));
    }
  }
  return params.toString();
}

const unauthorizedIsAnswer = new WeakSet<Request>();

/**
 * Per-request middleware: a 401 here is an answer, not an expired session (the login form, the session probe),
 * so the user is not sent to the login page. `client.POST('/api/session', { body, middleware: [unauthorizedExpected] })`.
 */
export const unauthorizedExpected: Middleware = {
  onRequest({ request }) {
    unauthorizedIsAnswer.add(request);
  },
};

/**
 * What every call through `client` does, as `api` did: the CSRF token on writes; any non-2xx answer thrown as an
 * `ApiError` built from the problem+json body (so `data` is always the success body); a 401 reported to the
 * unauthorized handler unless the call expects it; a network failure as `ApiError` with status 0.
 */
const contract: Middleware = {
  onRequest({ request }) {
    // Mutated in place, not replaced: `unauthorizedExpected` (which runs after) marks this same object.
    request.headers.set('accept', 'application/json, application/problem+json');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const token = readCookie(csrfCookie);
      if (token) request.headers.set('x-csrf-token', token);
    }
  },
  async onResponse({ request, response }) {
    if (response.ok) return undefined;
    const problem = await readProblem(response.clone());
    if (response.status === 401 && !unauthorizedIsAnswer.has(request)) onUnauthorized?.();
    throw new ApiError(response.status, problem);
  },
  onError({ error }) {
    if (error instanceof DOMException && error.name === 'AbortError') return error;
    return error instanceof ApiError ? error : new ApiError(0, {});
  },
};

/**
 * The typed client, generated from the server's OpenAPI document (`schema.gen.ts`, `npm run generate:api`):
 * paths, parameters, bodies and answers are the server's own, so a server change that breaks a page fails the
 * web's type check. Wrap a call in `ok()` to get the body.
 */
export const client = createClient<paths>({ baseUrl: '', credentials: 'same-origin', querySerializer: serializeQuery });
client.use(contract);

/**
 * The success body of a `client` call. Errors never reach here: the client throws them as `ApiError`.
 * `const units = await ok(client.GET('/api/org/units', { params: { query: { asOf } }, signal }));`
 */
export async function ok<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data } = await call;
  return data as T;
}

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer C } } ? C : never;
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

/** The JSON a route answers with on success: `ResponseOf<'/api/org/units', 'get'>`. */
export type ResponseOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { responses: infer R } ? { [S in keyof R]: S extends 200 | 201 ? JsonOf<R[S]> : never }[keyof R] : never;

/** The JSON body a route takes: `BodyOf<'/api/org/units', 'post'>`. */
export type BodyOf<P extends keyof paths, M extends Method> = Operation<P, M> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

/** The query parameters a route takes. */
export type QueryOf<P extends keyof paths, M extends Method> = Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
