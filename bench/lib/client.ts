// Signing in to a benchmark server over HTTP as a person does: the demo password, the forced change, and —
// for the roles the security policy requires it of (leaders, the three administrators) — binding a TOTP
// authenticator (as test/harness/totp.ts and e2e/accounts.ts do), so later sign-ins pass the second factor.
import * as OTPAuth from 'otpauth';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-government.js';

export const BENCH_PASSWORD = 'Bench#2026pass';

/** What the bench knows of an account after its first sign-in: the TOTP secret and the last code step used. */
export type Credentials = { loginName: string; password: string; totpSecret: string | null; lastStep: number };

export type Session = { cookie: string; csrf: string; headers: Record<string, string> };

const PERIOD = 30;

function code(account: Credentials): string {
  // The server refuses a code of a step already used: take the next unused step (its window allows one ahead).
  const nowStep = Math.floor(Date.now() / 1000 / PERIOD);
  const step = Math.max(nowStep, account.lastStep + 1);
  account.lastStep = step;
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(account.totpSecret ?? ''), digits: 6, period: PERIOD, algorithm: 'SHA1' });
  return totp.generate({ timestamp: step * PERIOD * 1000 });
}

async function call(base: string, session: Session | undefined, method: string, url: string, body?: unknown): Promise<Response> {
  return fetch(`${base}${url}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(session?.headers ?? {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

function sessionOf(response: Response): Session {
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const csrf = cookies.find((c) => c.startsWith('zw_csrf='))?.slice('zw_csrf='.length) ?? '';
  const cookie = cookies.join('; ');
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

async function expectStatus(response: Response, status: number, what: string): Promise<void> {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${await response.text()}`);
}

/** First sign-in of a demo account: the forced password change, then the TOTP binding where required. */
export async function firstSignIn(base: string, loginName: string): Promise<{ session: Session; account: Credentials }> {
  const login = await call(base, undefined, 'POST', '/api/session', { loginName, password: DEMO_PASSWORD });
  await expectStatus(login, 200, `login ${loginName}`);
  const session = sessionOf(login);
  await expectStatus(await call(base, session, 'POST', '/api/session/password', { currentPassword: DEMO_PASSWORD, newPassword: BENCH_PASSWORD }), 204, `password change ${loginName}`);
  const account: Credentials = { loginName, password: BENCH_PASSWORD, totpSecret: null, lastStep: 0 };
  const me = await call(base, session, 'GET', '/api/session');
  await expectStatus(me, 200, `session ${loginName}`);
  if (((await me.json()) as { user?: { needsTotpEnrolment?: boolean } }).user?.needsTotpEnrolment) {
    const started = await call(base, session, 'POST', '/api/session/totp/enrolment');
    await expectStatus(started, 200, `TOTP enrolment ${loginName}`);
    account.totpSecret = ((await started.json()) as { secret: string }).secret;
    await expectStatus(await call(base, session, 'POST', '/api/session/totp/enrolment/confirm', { code: code(account) }), 204, `TOTP confirmation ${loginName}`);
  }
  return { session, account };
}

/** A new session for an account whose first sign-in is done, with its second factor when it has one. */
export async function signIn(base: string, account: Credentials): Promise<Session> {
  const login = await call(base, undefined, 'POST', '/api/session', { loginName: account.loginName, password: account.password });
  await expectStatus(login, 200, `login ${account.loginName}`);
  const session = sessionOf(login);
  if (((await login.json()) as { mfaPending?: boolean }).mfaPending) await expectStatus(await call(base, session, 'POST', '/api/session/totp', { code: code(account) }), 204, `动态口令 ${account.loginName}`);
  return session;
}

/** A JSON request in a session; throws unless the status is the expected one. */
export async function request<T = unknown>(base: string, session: Session, method: 'GET' | 'POST', url: string, body?: unknown, status = method === 'POST' ? [200, 201] : [200]): Promise<T> {
  const response = await call(base, session, method, url, body);
  if (!status.includes(response.status)) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
