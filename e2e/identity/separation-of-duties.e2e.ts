import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, TEST_PASSWORD } from '../../test/harness/app.js';
import { browserAvailable, type BrowserSession, screenshot, startBrowserSession } from '../harness.js';
import { signIn } from './sign-in.js';

describe.runIf(browserAvailable())('三员分立：系统管理员开设账号，安全管理员授予角色，审计日志二者都不可见（等保 8.1.4.2d）', () => {
  let s: BrowserSession;
  let sysadmin: Agent;
  let secadmin: Agent;

  beforeAll(async () => {
    s = await startBrowserSession('sqlite');
    // First login done as a person would (password change, 动态口令 bound); the browser then signs in afresh.
    sysadmin = await logInAs(s.app, 'sysadmin');
    secadmin = await logInAs(s.app, 'secadmin');
    // A code is good once: move past the 30-second step the binding used.
    s.clock.advance(60_000);
  });
  afterAll(async () => s?.stop());

  it('系统管理员开设账号，一次性密码只显示一次；安全管理员授予角色，两个三员角色被拒；系统管理员打开审计日志被拒（403）', async () => {
    const { page, baseUrl } = s;
    await signIn(page, baseUrl, 'sysadmin', TEST_PASSWORD, sysadmin.authenticator);
    await page.waitForURL((url) => url.pathname === '/admin/users');
    await expect.poll(() => page.getByRole('menuitem', { name: '用户管理' }).count()).toBe(1);
    expect(await page.getByRole('menuitem', { name: '审计日志' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: '安全策略与角色' }).count()).toBe(0);
    await expect.poll(() => page.locator('.ant-table-row').filter({ hasText: 'secadmin' }).count()).toBe(1);
    // No 授予角色 here: roles are the security administrator's.
    expect(await page.getByRole('button', { name: '授予角色' }).count()).toBe(0);
    await screenshot(page, 'identity-users');

    await page.getByRole('button', { name: '开设账号' }).click();
    const dialog = page.getByRole('dialog', { name: '开设账号' });
    await dialog.getByLabel('登录名').fill('zhangwei');
    await dialog.getByLabel('姓名').fill('张伟');
    await dialog.getByLabel('所在单位').click();
    await page.keyboard.type('发展和改革');
    await page.locator('.ant-select-tree-node-content-wrapper').filter({ hasText: '区发展和改革局' }).first().click();
    await dialog.getByRole('button', { name: /开\s*设/ }).click();

    const shown = page.getByTestId('one-time-password');
    await shown.waitFor();
    const password = (await shown.innerText()).trim();
    expect(password).toMatch(/^\S{14}$/);
    await expect.poll(() => page.getByText('初始密码只显示这一次').count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: '复制密码' }).count()).toBe(1);
    await screenshot(page, 'identity-one-time-password');
    await page.getByRole('button', { name: '我已记下，关闭' }).click();
    await expect.poll(() => page.getByText(password).count()).toBe(0);
    const row = page.locator('.ant-table-row').filter({ hasText: 'zhangwei' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('区发展和改革局');
    expect(await row.innerText()).toContain('待修改密码');

    const created = await s.handle.db.selectFrom('users').select(['id', 'unitId', 'mustChangePassword']).where('loginName', '=', 'zhangwei').executeTakeFirstOrThrow();
    expect(created).toMatchObject({ unitId: 'fgj', mustChangePassword: 1 });
    // The password shown is the account's real one.
    const firstLogin = await s.app.inject({ method: 'POST', url: '/api/session', payload: { loginName: 'zhangwei', password } });
    expect(firstLogin.statusCode).toBe(200);
    expect(firstLogin.json().user.mustChangePassword).toBe(true);

    // The security administrator, in a browser of their own.
    const context = await s.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const security = await context.newPage();
    security.setDefaultTimeout(15_000);
    try {
      await signIn(security, baseUrl, 'secadmin', TEST_PASSWORD, secadmin.authenticator);
      await security.waitForURL((url) => url.pathname === '/security');
      await expect.poll(() => security.getByText('当前策略符合等保2.0第三级基线要求').count()).toBe(1);
      const grantRow = security.locator('.ant-table-row').filter({ hasText: 'zhangwei' });
      await expect.poll(() => grantRow.count()).toBe(1);
      await grantRow.getByRole('button', { name: '授予角色' }).click();
      const grant = security.getByRole('dialog');
      await grant.getByLabel('系统管理员').check();
      await grant.getByLabel('审计管理员').check();
      await grant.getByRole('button', { name: /保\s*存/ }).click();
      await expect.poll(() => grant.getByText(/三员分立：同一账号不能同时担任(系统管理员与审计管理员|审计管理员与系统管理员)/).count()).toBe(1);
      await screenshot(security, 'identity-grant-refused');
      await grant.getByLabel('系统管理员').uncheck();
      await grant.getByLabel('审计管理员').uncheck();
      await grant.getByLabel('单位经办人员').check();
      await grant.getByRole('button', { name: /保\s*存/ }).click();
      await expect.poll(() => grantRow.getByText('单位经办人员').count()).toBe(1);
      const roles = await s.handle.db.selectFrom('userRoles').select('role').where('userId', '=', created.id).execute();
      expect(roles.map((r) => r.role)).toEqual(['unit_staff']);

      // A looser policy shows as a deviation from the 等保 baseline.
      await security.getByLabel('密码有效期').fill('180');
      await security.getByRole('button', { name: /保\s*存/ }).click();
      const deviations = security.getByTestId('policy-deviations');
      await deviations.waitFor();
      expect(await deviations.innerText()).toContain('密码有效期不超过90天（当前为 180）');
      await security.evaluate('window.scrollTo(0, 0)');
      await screenshot(security, 'identity-security-policy');

      // Someone else saved meanwhile: the page says so instead of overwriting.
      const current = (await secadmin.get('/api/security/settings')).json();
      expect((await secadmin.put('/api/security/settings', { version: current.version, settings: { ...current.settings, passwordExpiryDays: 60 } })).statusCode).toBe(200);
      await security.getByLabel('锁定时长').fill('30');
      await security.getByRole('button', { name: /保\s*存/ }).click();
      await expect.poll(() => security.getByText('安全策略已被他人修改').count()).toBe(1);
      await security.getByRole('button', { name: /重新加载/ }).click();
      await expect.poll(() => security.getByLabel('密码有效期').inputValue()).toBe('60');
      await expect.poll(() => security.getByTestId('policy-deviations').count()).toBe(0);
    } finally {
      await context.close();
    }

    // The system administrator may not read the audit trail: no menu entry, and the API answers 403.
    const refused = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/audit/events');
    await page.goto(`${baseUrl}/audit`);
    expect((await refused).status()).toBe(403);
    await expect.poll(() => page.getByText('无权访问', { exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByText('您的角色无权进行此操作').count()).toBeGreaterThan(0);
    expect(await page.getByRole('menuitem', { name: '审计日志' }).count()).toBe(0);
    await screenshot(page, 'identity-audit-refused');
    const denied = await s.handle.db
      .selectFrom('auditEvents')
      .select(['actorName', 'result'])
      .where('act', '=', 'access.denied')
      .where('objectId', '=', 'GET /api/audit/events')
      .executeTakeFirstOrThrow();
    expect(denied).toEqual({ actorName: '系统管理员', result: 'refused' });
  });
});
