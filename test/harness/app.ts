import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { DatabaseHandle, Dialect } from '../../src/db/database.js';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-government.js';
import { buildApp } from '../../src/http/app.js';
import { seedDemoGovernment } from '../../src/operations/seed-demo-government.js';
import { freshDatabase } from './databases.js';

/** A new password that meets the 等保 policy, for demo accounts' forced first change. */
export const TEST_PASSWORD = 'Ceshi#2026pass';

export type TestApp = {
  app: FastifyInstance;
  handle: DatabaseHandle;
  clock: ReturnType<typeof fixedClock>;
  close: () => Promise<void>;
};

/** The whole server on a fresh database of the dialect, with the demo government and a movable clock. */
export async function startTestApp(dialect: Dialect, options: { seed?: boolean; now?: string } = {}): Promise<TestApp> {
  const handle = await freshDatabase(dialect);
  const clock = fixedClock(options.now ?? '2026-03-02T01:00:00Z');
  if (options.seed !== false) await seedDemoGovernment(handle, clock);
  const config = loadConfig({ ZHENGWU_LOG_LEVEL: 'silent' }, process.cwd());
  const app = await buildApp({ config, handle, clock, logger: false });
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
};

function cookiesOf(response: LightMyRequestResponse): Record<string, string> {
  return Object.fromEntries(response.cookies.map((c) => [c.name, c.value]));
}

/** Logs in with the demo password and, unless told not to, does the forced first password change. */
export async function logInAs(app: FastifyInstance, loginName: string, options: { changePassword?: boolean } = {}): Promise<Agent> {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { loginName, password: DEMO_PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`login ${loginName} failed: ${response.statusCode} ${response.body}`);
  const cookies = cookiesOf(response);
  const agent: Agent = {
    request: (o) => app.inject({ ...o, cookies: { ...cookies, ...(o.cookies ?? {}) }, headers: { 'x-csrf-token': cookies.zw_csrf ?? '', ...(o.headers ?? {}) } }),
    get: (url) => agent.request({ method: 'GET', url }),
    post: (url, payload) => agent.request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) }),
    patch: (url, payload) => agent.request({ method: 'PATCH', url, payload: payload as object }),
    put: (url, payload) => agent.request({ method: 'PUT', url, payload: payload as object }),
    del: (url) => agent.request({ method: 'DELETE', url }),
  };
  if (options.changePassword !== false) {
    const changed = await agent.post('/api/session/password', { currentPassword: DEMO_PASSWORD, newPassword: TEST_PASSWORD });
    if (changed.statusCode !== 204) throw new Error(`password change for ${loginName} failed: ${changed.body}`);
  }
  return agent;
}
