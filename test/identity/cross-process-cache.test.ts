import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, type Dialect, migrateToLatest, openDatabase } from '../../src/db/database.js';
import { loadCalendar } from '../../src/operations/calendar/load-calendar.js';
import { type Agent, logInAs, startTestApp, type TestApp, TEST_PASSWORD } from '../harness/app.js';
import { createPostgresDatabase, dialects } from '../harness/databases.js';

/**
 * Two servers on ONE database, each with its own connection(s) and its own view of time, as two processes
 * sharing PostgreSQL would be (on SQLite: two connections to one file). What one of them changes must hold in
 * the other at its very next request: nothing either holds in memory may outlive a change made by the other.
 */
async function twoHandles(dialect: Dialect): Promise<{ a: DatabaseHandle; b: DatabaseHandle; cleanup: () => void }> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zw-two-'));
    const file = path.join(dir, 'zhengwu.db');
    const a = openDatabase({ dialect: 'sqlite', file });
    await migrateToLatest(a.db);
    return { a, b: openDatabase({ dialect: 'sqlite', file }), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const { url } = await createPostgresDatabase();
  const a = openDatabase({ dialect: 'postgres', url });
  await migrateToLatest(a.db);
  return { a, b: openDatabase({ dialect: 'postgres', url }), cleanup: () => undefined };
}

type Session = { cookies: Record<string, string> };

async function signIn(app: FastifyInstance, loginName: string, password = TEST_PASSWORD): Promise<Session> {
  const r = await app.inject({ method: 'POST', url: '/api/session', payload: { loginName, password } });
  if (r.statusCode !== 200) throw new Error(`login ${loginName}: ${r.statusCode} ${r.body}`);
  return { cookies: Object.fromEntries(r.cookies.map((c) => [c.name, c.value])) };
}

/** The same session cookie presented to either server. */
const call = (app: FastifyInstance, s: Session, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object): Promise<LightMyRequestResponse> =>
  app.inject({ method, url, cookies: s.cookies, headers: { 'x-csrf-token': s.cookies.zw_csrf ?? '' }, ...(payload ? { payload } : {}) });

describe.each(dialects)('会话与内存中的策略、日历在多个进程间立即一致（等保 8.1.4.1b）（%s）', (dialect) => {
  let one: TestApp;
  let two: TestApp;
  let cleanup: () => void;
  let secadmin: Agent;
  let sysadmin: Agent;

  beforeAll(async () => {
    const handles = await twoHandles(dialect);
    cleanup = handles.cleanup;
    one = await startTestApp(dialect, { handle: handles.a });
    two = await startTestApp(dialect, { handle: handles.b, seed: false });
    // Every account used below does its first-login password change once, on the first server.
    for (const login of ['bgs', 'fgj', 'sfj', 'fgj-head']) await logInAs(one.app, login);
    secadmin = await logInAs(one.app, 'secadmin');
    sysadmin = await logInAs(one.app, 'sysadmin');
  });
  afterAll(async () => {
    await one.close();
    await two.close();
    cleanup();
  });

  it('在一个进程退出登录，另一个进程下一次请求即拒绝该会话', async () => {
    const s = await signIn(one.app, 'bgs');
    expect((await call(two.app, s, 'GET', '/api/session')).statusCode).toBe(200);
    expect((await call(one.app, s, 'DELETE', '/api/session')).statusCode).toBe(204);
    expect((await call(two.app, s, 'GET', '/api/session')).statusCode).toBe(401);
  });

  it('在一个进程修改密码（结束其他会话），另一个进程立即拒绝旧会话', async () => {
    const old = await signIn(one.app, 'fgj');
    const current = await signIn(one.app, 'fgj');
    expect((await call(two.app, old, 'GET', '/api/session')).statusCode).toBe(200);
    expect((await call(one.app, current, 'POST', '/api/session/password', { currentPassword: TEST_PASSWORD, newPassword: 'Another#2026pw' })).statusCode).toBe(204);
    expect((await call(two.app, old, 'GET', '/api/session')).statusCode).toBe(401);
  });

  it('安全管理员在一个进程改角色、系统管理员停用账号，另一个进程立即按新角色办理或拒绝', async () => {
    const s = await signIn(one.app, 'sfj');
    const before = (await call(two.app, s, 'GET', '/api/session')).json().user.roles as string[];
    const users = (await secadmin.get('/api/security/users')).json().items as { id: string; loginName: string }[];
    const sfj = users.find((u) => u.loginName === 'sfj');
    const roles = before.includes('unit_head') ? before.filter((r) => r !== 'unit_head') : [...before, 'unit_head'];
    expect((await secadmin.put(`/api/security/users/${sfj?.id}/roles`, { roles })).statusCode).toBe(204);
    // A role change ends the account's sessions; signed in anew, the other server shows the new roles at once.
    expect((await call(two.app, s, 'GET', '/api/session')).statusCode).toBe(401);
    const again = await signIn(one.app, 'sfj');
    expect(((await call(two.app, again, 'GET', '/api/session')).json().user.roles as string[]).sort()).toEqual([...roles].sort());
    expect((await sysadmin.post(`/api/admin/users/${sfj?.id}/disable`)).statusCode).toBe(204);
    expect((await call(two.app, again, 'GET', '/api/session')).statusCode).toBe(401);
  });

  it('安全管理员在一个进程收紧空闲时限，另一个进程下一次请求即按新时限结束会话', async () => {
    const s = await signIn(one.app, 'fgj-head');
    // The other server reads the policy now and holds it in memory.
    expect((await call(two.app, s, 'GET', '/api/session')).statusCode).toBe(200);
    const current = (await secadmin.get('/api/security/settings')).json();
    const tightened = await secadmin.put('/api/security/settings', { version: current.version, settings: { ...current.settings, sessionIdleMinutes: 10 } });
    expect(tightened.statusCode).toBe(200);
    // Idle 15 minutes on the second server's clock: within the old 30, beyond the new 10.
    two.clock.advance(15 * 60_000);
    expect((await call(two.app, s, 'GET', '/api/session')).statusCode).toBe(401);
    const restored = await secadmin.put('/api/security/settings', { version: tightened.json().version, settings: current.settings });
    expect(restored.statusCode).toBe(200);
  });

  it('系统管理员在一个进程导入放假通知，另一个进程的日历立即采用', async () => {
    const year = 2031;
    const notice = {
      year,
      source: { title: `国务院办公厅关于${year}年部分节假日安排的通知`, documentNumber: null, issuedOn: `${year - 1}-11-10`, url: null },
      amendments: [],
      holidays: [{ name: '元旦', from: `${year}-01-01`, to: `${year}-01-01` }],
      adjustedWorkingDays: [],
      notes: [],
    };
    // The second process builds (and holds) its calendar before the import.
    expect((await loadCalendar(two.handle.db)).yearStatus(year).status).toBe('provisional');
    expect((await sysadmin.post('/api/calendar/notices', { format: 'json', text: JSON.stringify(notice) })).statusCode).toBeLessThan(300);
    expect((await loadCalendar(two.handle.db)).yearStatus(year).status).toBe('imported');
  });

  it('未改变时不重复加载：同一份日历对象被复用', async () => {
    expect(await loadCalendar(two.handle.db)).toBe(await loadCalendar(two.handle.db));
  });
});

