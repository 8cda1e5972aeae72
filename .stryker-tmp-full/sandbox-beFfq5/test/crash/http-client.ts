/**
 * A signed-in HTTP client over `fetch` (Node 20): keeps the session cookie and sends the CSRF token on writes.
 * `baseUrl` may change: the session lives in the database, so it outlasts a restart on another port.
 */
// @ts-nocheck

export type HttpClient = {
  baseUrl: string;
  get: (path: string) => Promise<Response>;
  send: (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown) => Promise<Response>;
};

/** No request may hang the test if the server dies mid-response. */
const REQUEST_TIMEOUT_MS = 15_000;

/** Logs in through `POST /api/session`; throws with the server's answer when that fails. */
export async function logIn(baseUrl: string, loginName: string, password: string): Promise<HttpClient> {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ loginName, password }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`登录 ${loginName} 失败：${response.status} ${text}`);
  const cookies = new Map<string, string>();
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair?.indexOf('=') ?? -1;
    if (pair && at > 0) cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const csrf = cookies.get('zw_csrf') ?? '';
  const client: HttpClient = {
    baseUrl,
    get: (path) => fetch(`${client.baseUrl}${path}`, { headers: { cookie }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
    send: (method, path, payload) =>
      fetch(`${client.baseUrl}${path}`, {
        method,
        headers: { cookie, 'x-csrf-token': csrf, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      }),
  };
  return client;
}
