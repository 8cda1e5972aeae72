// @ts-nocheck
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-government.js';
import { logInAs, startTestApp, type TestApp, TEST_PASSWORD } from '../harness/app.js';
import { enrolTotp } from '../harness/totp.js';
import { createUserWithRoles } from '../harness/users.js';
import { dialects } from '../harness/databases.js';

const login = (t: TestApp, loginName: string, password: string) => t.app.inject({ method: 'POST', url: '/api/session', payload: { loginName, password } });

describe.each(dialects)('身份鉴别（等保 8.1.4.1）（%s）', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('连续5次密码错误锁定15分钟：第6次即使密码正确也被拒，锁定与解锁均留痕', async () => {
    for (let i = 0; i < 5; i++) expect((await login(t, 'fgj-head', 'wrong')).statusCode).toBe(401);
    const locked = await login(t, 'fgj-head', DEMO_PASSWORD);
    expect(locked.statusCode).toBe(401);
    expect(locked.json().detail).toContain('锁定');
    const events = await t.handle.db.selectFrom('auditEvents').select(['act', 'result']).where('act', 'in', ['identity.lock', 'identity.login']).execute();
    expect(events.some((e) => e.act === 'identity.lock')).toBe(true);
    t.clock.advance(16 * 60_000);
    expect((await login(t, 'fgj-head', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('每次登录发放新的会话编号（防会话固定）', async () => {
    const a = await login(t, 'sfj', DEMO_PASSWORD);
    const b = await login(t, 'sfj', DEMO_PASSWORD);
    const session = (r: typeof a) => r.cookies.find((c) => c.name === 'zw_session')?.value;
    expect(session(a)).toBeTruthy();
    expect(session(a)).not.toBe(session(b));
    const cookie = a.cookies.find((c) => c.name === 'zw_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
  });

  it('空闲超过30分钟会话失效', async () => {
    const agent = await logInAs(t.app, 'bgs');
    t.clock.advance(29 * 60_000);
    expect((await agent.get('/api/session')).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    expect((await agent.get('/api/session')).statusCode).toBe(401);
  });

  it('会话最长12小时，即使一直在用', async () => {
    const agent = await logInAs(t.app, 'changwu');
    for (let h = 0; h < 24; h++) {
      t.clock.advance(20 * 60_000);
      expect((await agent.get('/api/session')).statusCode).toBe(200);
    }
    for (let h = 0; h < 12; h++) {
      t.clock.advance(20 * 60_000);
      await agent.get('/api/session');
    }
    expect((await agent.get('/api/session')).statusCode).toBe(401);
  });

  it('密码不得与最近5次相同；满90天须修改', async () => {
    // An account without a required second factor, so the password alone signs it in.
    await createUserWithRoles(t, { loginName: 'pw-expiry', displayName: '密码到期测试', unitId: 'office', roles: ['office_staff'] });
    const agent = await logInAs(t.app, 'pw-expiry');
    const second = 'Second#2026pw';
    expect((await agent.post('/api/session/password', { currentPassword: TEST_PASSWORD, newPassword: second })).statusCode).toBe(204);
    const reuse = await agent.post('/api/session/password', { currentPassword: second, newPassword: TEST_PASSWORD });
    expect(reuse.statusCode).toBe(400);
    expect(reuse.json().detail).toContain('最近 5 次');
    const demo = await agent.post('/api/session/password', { currentPassword: second, newPassword: DEMO_PASSWORD });
    expect(demo.statusCode).toBe(400);

    t.clock.advance(91 * 86_400_000);
    const again = await login(t, 'pw-expiry', second);
    const cookies = Object.fromEntries(again.cookies.map((c) => [c.name, c.value]));
    const me = await t.app.inject({ method: 'GET', url: '/api/session', cookies });
    expect(me.json().user).toMatchObject({ mustChangePassword: true, isPasswordExpired: true });
    const blocked = await t.app.inject({ method: 'GET', url: '/api/org/units', cookies });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().detail).toContain('密码已过有效期');
  });

  it('用户查看并注销自己在其他设备上的会话', async () => {
    const here = await logInAs(t.app, 'quzhang');
    const there = await login(t, 'quzhang', TEST_PASSWORD);
    const list = (await here.get('/api/session/sessions')).json().items as { id: string; isCurrent: boolean }[];
    expect(list.length).toBeGreaterThanOrEqual(2);
    const other = list.find((s) => !s.isCurrent);
    expect((await here.del(`/api/session/sessions/${other?.id}`)).statusCode).toBe(204);
    const cookies = Object.fromEntries(there.cookies.map((c) => [c.name, c.value]));
    expect((await t.app.inject({ method: 'GET', url: '/api/session', cookies })).statusCode).toBe(401);
    expect((await here.del('/api/session/sessions/not-mine')).statusCode).toBe(404);
  });
});

describe('登录限速（每个地址每分钟）', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite', { env: { ZHENGWU_LOGIN_RATE_PER_MINUTE: '3' } });
  });
  afterAll(async () => t.close());

  it('超过限额得到 429 problem+json', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await login(t, 'nobody', 'x')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const r = await login(t, 'nobody', 'x');
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json().detail).toContain('过于频繁');
  });
});

describe.each(dialects)('双因素认证（等保 8.1.4.1d）（%s）', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('三员须先绑定动态口令；之后登录须输入口令，口令不可重放', async () => {
    const fresh = await logInAs(t.app, 'auditadmin', { changePassword: true, enrolTotp: false });
    const blocked = await fresh.get('/api/audit/events');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().detail).toContain('动态口令');

    const authenticator = await enrolTotp(fresh, t.clock);
    expect((await fresh.get('/api/session')).json().user.isTotpEnabled).toBe(true);

    t.clock.advance(30_000);
    const second = await login(t, 'auditadmin', TEST_PASSWORD);
    expect(second.json()).toMatchObject({ mfaPending: true, menu: ['account'] });
    const cookies = Object.fromEntries(second.cookies.map((c) => [c.name, c.value]));
    const agentRequest = (method: 'GET' | 'POST', url: string, payload?: object) =>
      t.app.inject({ method, url, cookies, headers: { 'x-csrf-token': cookies.zw_csrf ?? '' }, ...(payload ? { payload } : {}) });
    expect((await agentRequest('GET', '/api/rules')).statusCode).toBe(401);
    const code = authenticator.code();
    expect((await agentRequest('POST', '/api/session/totp', { code: '000000' === code ? '111111' : '000000' })).statusCode).toBe(401);
    expect((await agentRequest('POST', '/api/session/totp', { code })).statusCode).toBe(204);
    expect((await agentRequest('GET', '/api/rules')).statusCode).toBe(200);

    const third = await login(t, 'auditadmin', TEST_PASSWORD);
    const cookies3 = Object.fromEntries(third.cookies.map((c) => [c.name, c.value]));
    const replay = await t.app.inject({ method: 'POST', url: '/api/session/totp', cookies: cookies3, headers: { 'x-csrf-token': cookies3.zw_csrf ?? '' }, payload: { code } });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().detail).toContain('已使用过');
  });

  it('三员不能停用动态口令；普通用户可以启用和停用', async () => {
    const admin = await logInAs(t.app, 'secadmin');
    const code = admin.authenticator?.code() ?? '';
    t.clock.advance(30_000);
    expect((await admin.post('/api/session/totp/disable', { code })).statusCode).toBe(400);
    const user = await logInAs(t.app, 'bgs');
    const authenticator = await enrolTotp(user, t.clock);
    t.clock.advance(30_000);
    expect((await user.post('/api/session/totp/disable', { code: authenticator.code() })).statusCode).toBe(204);
  });

  it('动态口令密钥以 SM4 加密存储', async () => {
    const row = await t.handle.db.selectFrom('users').select('totpSecretEncrypted').where('loginName', '=', 'secadmin').executeTakeFirstOrThrow();
    expect(row.totpSecretEncrypted).toMatch(/^sm4v1:/);
  });
});

