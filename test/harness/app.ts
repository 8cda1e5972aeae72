import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { DatabaseHandle, Dialect } from '../../src/db/database.js';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-government.js';
import { createFieldCipher, type FieldKey } from '../../src/crypto/field-cipher.js';
import { buildApp } from '../../src/http/app.js';
import { seedDemoGovernment } from '../../src/operations/seed-demo-government.js';
import { freshDatabase } from './databases.js';
import { type Authenticator, enrolTotp } from './totp.js';

/** A new password that meets the 等保 policy, for demo accounts' forced first change. */
export const TEST_PASSWORD = 'Ceshi#2026pass';

export type TestApp = {
  app: FastifyInstance;
  handle: DatabaseHandle;
  clock: ReturnType<typeof fixedClock>;
  close: () => Promise<void>;
};

/** A fixed SM4 key for tests; production keys come from ZHENGWU_SM4_KEYS or the data directory. */
export const TEST_FIELD_KEYS: readonly FieldKey[] = [{ id: 'test', key: Buffer.from('00112233445566778899aabbccddeeff', 'hex') }];

/**
 * The whole server on a fresh database of the dialect, with the demo government and a movable clock.
 * `fieldKeys` replaces the test SM4 key (first is current), e.g. to test key rotation.
 */
export async function startTestApp(
  dialect: Dialect,
  options: { seed?: boolean; now?: string; env?: Record<string, string>; fieldKeys?: readonly FieldKey[]; handle?: DatabaseHandle } = {},
): Promise<TestApp> {
  // `handle`: an already migrated database of the dialect (e.g. on a private cluster a fault test crashes).
  const handle = options.handle ?? (await freshDatabase(dialect));
  const clock = fixedClock(options.now ?? '2026-03-02T01:00:00Z');
  if (options.seed !== false) await seedDemoGovernment(handle, clock);
  // Many logins from one address in a test run; the rate limit has its own test with a low limit.
  const config = loadConfig({ ZHENGWU_LOG_LEVEL: 'silent', ZHENGWU_LOGIN_RATE_PER_MINUTE: '100000', ...options.env }, process.cwd());
  const app = await buildApp({ config, handle, clock, fieldCipher: createFieldCipher(options.fieldKeys ?? TEST_FIELD_KEYS), logger: false });
  await app.ready();
  return {
    app,
    handle,
    clock,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}

/** A signed-in user agent: keeps the session cookie and sends the CSRF token on writes. */
export type Agent = {
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  put: (url: string, payload?: unknown) => Promise<LightMyRequestResponse>;
  del: (url: string) => Promise<LightMyRequestResponse>;
  /** The account's authenticator app, when it has a TOTP second factor. */
  authenticator?: Authenticator;
};

function cookiesOf(response: LightMyRequestResponse): Record<string, string> {
  return Object.fromEntries(response.cookies.map((c) => [c.name, c.value]));
}

function agentFor(app: FastifyInstance, cookies: Record<string, string>): Agent {
  const agent: Agent = {
    request: (o) => app.inject({ ...o, cookies: { ...cookies, ...(o.cookies ?? {}) }, headers: { 'x-csrf-token': cookies.zw_csrf ?? '', ...(o.headers ?? {}) } }),
    get: (url) => agent.request({ method: 'GET', url }),
    post: (url, payload) => agent.request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) }),
    patch: (url, payload) => agent.request({ method: 'PATCH', url, payload: payload as object }),
    put: (url, payload) => agent.request({ method: 'PUT', url, payload: payload as object }),
    del: (url) => agent.request({ method: 'DELETE', url }),
  };
  return agent;
}

/**
 * Logs in with the demo password and, unless told not to, does the forced first password change and — for
 * the three administrators — binds the required TOTP second factor, as a person would at first login.
 */
export async function logInAs(app: FastifyInstance, loginName: string, options: { changePassword?: boolean; enrolTotp?: boolean } = {}): Promise<Agent> {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { loginName, password: DEMO_PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`login ${loginName} failed: ${response.statusCode} ${response.body}`);
  const agent = agentFor(app, cookiesOf(response));
  if (options.changePassword !== false) {
    const changed = await agent.post('/api/session/password', { currentPassword: DEMO_PASSWORD, newPassword: TEST_PASSWORD });
    if (changed.statusCode !== 204) throw new Error(`password change for ${loginName} failed: ${changed.body}`);
  }
  if (options.enrolTotp !== false && (await agent.get('/api/session')).json().user.needsTotpEnrolment) {
    agent.authenticator = await enrolTotp(agent, app.deps.clock);
  }
  return agent;
}

/** Signs in again an account whose first password change is done (the password is TEST_PASSWORD now). */
export async function signInAgain(app: FastifyInstance, loginName: string): Promise<Agent> {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { loginName, password: TEST_PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`login ${loginName} failed: ${response.statusCode} ${response.body}`);
  return agentFor(app, cookiesOf(response));
}
