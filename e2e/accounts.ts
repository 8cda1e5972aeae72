import type { LightMyRequestResponse } from 'fastify';
import * as OTPAuth from 'otpauth';
import { DEMO_PASSWORD } from '../src/db/seed/demo-government.js';
import { type Agent, TEST_PASSWORD } from '../test/harness/app.js';
import type { BrowserSession } from './harness.js';

/**
 * What a browser session knows of an account once its first login is done: the password is TEST_PASSWORD now,
 * the session it last held, and — for the roles that must use a 动态口令 (the 区长 and other leaders, the three
 * administrators) — its authenticator secret.
 */
type Account = { cookies: Record<string, string>; totpSecret: string | null; lastStep: number | null };

const accounts = new WeakMap<BrowserSession, Map<string, Account>>();
const installedClocks = new WeakSet<BrowserSession>();

function accountsOf(s: BrowserSession): Map<string, Account> {
  let known = accounts.get(s);
  if (!known) {
    known = new Map();
    accounts.set(s, known);
  }
  return known;
}

function cookiesOf(response: LightMyRequestResponse): Record<string, string> {
  return Object.fromEntries(response.cookies.map((c) => [c.name, c.value]));
}

async function send(s: BrowserSession, cookies: Record<string, string>, method: 'GET' | 'POST', url: string, payload?: object): Promise<LightMyRequestResponse> {
  return s.app.inject({ method, url, cookies, headers: { 'x-csrf-token': cookies.zw_csrf ?? '' }, ...(payload ? { payload } : {}) });
}

function expectStatus(response: LightMyRequestResponse, status: number, what: string): void {
  if (response.statusCode !== status) throw new Error(`${what} failed: ${response.statusCode} ${response.body}`);
}

const totpPeriod = 30;

function totpOf(secret: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: totpPeriod, algorithm: 'SHA1' });
}

/**
 * A code the server has not seen yet. The test clock stands still, so a second login in the same 30 seconds
 * takes the next step's code, which the server's one-step window accepts.
 */
function freshCode(s: BrowserSession, account: Account): string {
  const nowStep = Math.floor(s.clock.now().getTime() / 1000 / totpPeriod);
  const step = account.lastStep === null || account.lastStep < nowStep ? nowStep : account.lastStep + 1;
  if (step > nowStep + 1) throw new Error('no unused 动态口令 left at this clock time: move the test clock on');
  account.lastStep = step;
  return totpOf(account.totpSecret ?? '').generate({ timestamp: step * totpPeriod * 1000 });
}

/** First login through the API: the forced password change, then the 动态口令 binding where the roles require it. */
async function firstLogin(s: BrowserSession, loginName: string): Promise<Account> {
  const login = await s.app.inject({ method: 'POST', url: '/api/session', payload: { loginName, password: DEMO_PASSWORD } });
  expectStatus(login, 200, `login ${loginName}`);
  const cookies = cookiesOf(login);
  expectStatus(await send(s, cookies, 'POST', '/api/session/password', { currentPassword: DEMO_PASSWORD, newPassword: TEST_PASSWORD }), 204, `password change for ${loginName}`);
  const account: Account = { cookies, totpSecret: null, lastStep: null };
  const session = await send(s, cookies, 'GET', '/api/session');
  if (session.json().user.needsTotpEnrolment) {
    const started = await send(s, cookies, 'POST', '/api/session/totp/enrolment');
    expectStatus(started, 200, `TOTP enrolment for ${loginName}`);
    account.totpSecret = started.json().secret as string;
    expectStatus(await send(s, cookies, 'POST', '/api/session/totp/enrolment/confirm', { code: freshCode(s, account) }), 204, `TOTP confirmation for ${loginName}`);
  }
  return account;
}

/** A new session with the changed password, completing the 动态口令 step when the account has one. */
async function newSession(s: BrowserSession, loginName: string, account: Account): Promise<Record<string, string>> {
  const login = await s.app.inject({ method: 'POST', url: '/api/session', payload: { loginName, password: TEST_PASSWORD } });
  expectStatus(login, 200, `login ${loginName}`);
  const cookies = cookiesOf(login);
  if (login.json().mfaPending) {
    expectStatus(await send(s, cookies, 'POST', '/api/session/totp', { code: freshCode(s, account) }), 204, `动态口令 for ${loginName}`);
  }
  return cookies;
}

/** Whether a session is still signed in (sessions idle out when the test clock jumps). */
async function isLive(s: BrowserSession, cookies: Record<string, string>): Promise<boolean> {
  const response = await send(s, cookies, 'GET', '/api/session');
  return response.statusCode === 200 && !response.json().mfaPending;
}

/** The cookies of a live session of the account, doing its first login once and reusing a session still live. */
async function liveSession(s: BrowserSession, loginName: string): Promise<Record<string, string>> {
  const known = accountsOf(s);
  let account = known.get(loginName);
  if (!account) {
    account = await firstLogin(s, loginName);
    known.set(loginName, account);
  } else if (!(await isLive(s, account.cookies))) {
    account.cookies = await newSession(s, loginName, account);
  }
  return account.cookies;
}

/**
 * Signs a user in through the API and hands the session cookies to the browser, replacing whoever was signed
 * in. The first login (password change, 动态口令 binding) is done once per account; a session still live is
 * reused. Call again after moving the clock.
 */
export async function signInAs(s: BrowserSession, loginName: string): Promise<void> {
  const cookies = await liveSession(s, loginName);
  const context = s.page.context();
  await context.clearCookies();
  await context.addCookies(Object.entries(cookies).map(([name, value]) => ({ name, value, url: s.baseUrl })));
}

/** An API agent signed in as the account (for seeding steps the test does not walk through the pages). */
export async function agentAs(s: BrowserSession, loginName: string): Promise<Agent> {
  const cookies = await liveSession(s, loginName);
  const agent: Agent = {
    request: (o) => s.app.inject({ ...o, cookies: { ...cookies, ...(o.cookies ?? {}) }, headers: { 'x-csrf-token': cookies.zw_csrf ?? '', ...(o.headers ?? {}) } }),
    get: (url) => agent.request({ method: 'GET', url }),
    post: (url, payload) => agent.request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) }),
    patch: (url, payload) => agent.request({ method: 'PATCH', url, payload: payload as object }),
    put: (url, payload) => agent.request({ method: 'PUT', url, payload: payload as object }),
    del: (url) => agent.request({ method: 'DELETE', url }),
  };
  return agent;
}

/**
 * Signs in through the login form with the demo password and makes the forced first change, as a person would.
 * For accounts without a required 动态口令 (a leader's first login would go on to bind one).
 */
export async function firstLoginThroughForms(s: BrowserSession, loginName: string): Promise<void> {
  const { page, baseUrl } = s;
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('登录名').fill(loginName);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(/\/account\/password/);
  await page.getByLabel('当前密码').fill(DEMO_PASSWORD);
  await page.getByLabel('新密码', { exact: true }).fill(TEST_PASSWORD);
  await page.getByLabel('确认新密码').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: '确认修改' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/account') && !url.pathname.startsWith('/login'));
  const cookies = Object.fromEntries((await page.context().cookies(baseUrl)).map((c) => [c.name, c.value]));
  accountsOf(s).set(loginName, { cookies, totpSecret: null, lastStep: null });
}

/**
 * The page's clock follows the server's test clock, so "today" means the same day on both sides. Time keeps
 * flowing from there (a frozen clock would stop antd's messages and motions from ever finishing).
 */
export async function syncBrowserClock(s: BrowserSession): Promise<void> {
  if (installedClocks.has(s)) {
    await s.page.clock.setSystemTime(s.clock.now());
    return;
  }
  await s.page.clock.install({ time: s.clock.now() });
  installedClocks.add(s);
}
