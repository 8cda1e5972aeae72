import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-government.js';
import { TEST_PASSWORD } from '../../test/harness/app.js';
import { authenticatorFor } from '../../test/harness/totp.js';
import { browserAvailable, type BrowserSession, screenshot, startBrowserSession } from '../harness.js';
import { enterTotpCode } from './sign-in.js';

describe.runIf(browserAvailable())('审计管理员首次登录：改密、绑定动态口令后查阅审计日志（等保 8.1.4.1a/d、8.1.4.3）', () => {
  let s: BrowserSession;

  beforeAll(async () => {
    s = await startBrowserSession('sqlite');
  });
  afterAll(async () => s?.stop());

  it('先改密再绑定动态口令才可离开账号安全页；检索到本人登录记录，审计链校验完整；再次登录须输入动态口令', async () => {
    const { page, baseUrl } = s;
    await page.goto(`${baseUrl}/audit`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('登录名').fill('auditadmin');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();

    // Password first …
    await page.waitForURL(/\/account\/password$/);
    await expect.poll(() => page.getByText('首次登录须修改密码').count()).toBeGreaterThan(0);
    await page.getByLabel('当前密码').fill(DEMO_PASSWORD);
    await page.getByLabel('新密码', { exact: true }).fill('short');
    await page.getByLabel('确认新密码').fill('short');
    await page.getByRole('button', { name: '确认修改' }).click();
    await expect.poll(() => page.getByText('新密码不符合密码策略').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('密码长度不少于8位').count()).toBeGreaterThan(0);
    await screenshot(page, 'identity-password-policy-error');
    await page.getByLabel('新密码', { exact: true }).fill(TEST_PASSWORD);
    await page.getByLabel('确认新密码').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: '确认修改' }).click();

    // … then the second factor; nothing else is reachable meanwhile.
    await page.waitForURL((url) => url.pathname === '/account');
    await expect.poll(() => page.getByText('请先绑定动态口令').count()).toBeGreaterThan(0);
    expect(await page.getByRole('menuitem', { name: '审计日志' }).count()).toBe(0);
    await page.goto(`${baseUrl}/audit`);
    await page.waitForURL((url) => url.pathname === '/account');

    await page.getByRole('button', { name: '开始绑定' }).click();
    const secretText = page.getByTestId('totp-secret');
    await secretText.waitFor();
    const secret = await secretText.getAttribute('data-secret');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect((await secretText.innerText()).replace(/\s/g, '')).toBe(secret);
    expect(await page.locator('[data-testid="totp-qr"] canvas').count()).toBe(1);
    await screenshot(page, 'identity-totp-enrolment');

    const authenticator = authenticatorFor(secret ?? '', s.clock);
    await enterTotpCode(page, authenticator.code());
    await page.getByRole('button', { name: '确认绑定' }).click();

    await page.waitForURL((url) => url.pathname === '/audit');
    const user = await s.handle.db.selectFrom('users').select(['isTotpEnabled', 'mustChangePassword']).where('loginName', '=', 'auditadmin').executeTakeFirstOrThrow();
    expect(user.isTotpEnabled).toBe(1);
    expect(user.mustChangePassword).toBe(0);
    await expect.poll(() => page.getByRole('menuitem', { name: '审计日志' }).count()).toBe(1);

    // Its own login is on the trail.
    await page.getByLabel('操作人').fill('auditadmin');
    await page.getByLabel('操作', { exact: true }).fill('identity.login');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.waitForURL(/act=identity\.login/);
    // One login so far: this one.
    await expect.poll(() => page.getByText('共 1 条').count()).toBe(1);
    const loginRow = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '审计管理员' }).filter({ hasText: '登录' });
    await expect.poll(() => loginRow.count()).toBeGreaterThan(0);
    await expect.poll(() => loginRow.first().getByText('成功').count()).toBe(1);
    await screenshot(page, 'identity-audit-search');

    await loginRow.first().getByRole('button', { name: '详情' }).click();
    const detail = page.getByTestId('audit-event-detail');
    await detail.waitFor();
    await expect.poll(() => detail.getByText('前序哈希').count()).toBe(1);
    const stored = await s.handle.db
      .selectFrom('auditEvents')
      .select(['seq', 'hash', 'prevHash'])
      .where('act', '=', 'identity.login')
      .where('result', '=', 'success')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    await expect.poll(() => detail.getByText(stored.hash).count()).toBe(1);
    await expect.poll(() => detail.getByText(stored.prevHash).count()).toBe(1);
    await screenshot(page, 'identity-audit-detail');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '校验审计链' }).click();
    const verdict = page.getByTestId('audit-verify-result');
    await verdict.waitFor();
    expect(await verdict.innerText()).toContain('审计链完整');
    await screenshot(page, 'identity-audit-verified');

    // The same search as a workbook.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /导出 Excel/ }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    const exported = await s.handle.db.selectFrom('auditEvents').select('summary').where('act', '=', 'audit.export').executeTakeFirstOrThrow();
    expect(JSON.parse(exported.summary)).toMatchObject({ filters: { actor: 'auditadmin', act: 'identity.login' }, rows: 1 });

    // Next time the password alone is not enough (a code is good once: the clock moves to the next 30-second step).
    await page.getByRole('button', { name: /退\s*出/ }).click();
    await page.waitForURL(/\/login/);
    s.clock.advance(60_000);
    await page.getByLabel('登录名').fill('auditadmin');
    await page.getByLabel('密码').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('totp-step').waitFor();
    await enterTotpCode(page, '000000');
    await expect.poll(() => page.getByText('动态口令不正确').count()).toBeGreaterThan(0);
    await screenshot(page, 'identity-login-totp-step');
    await enterTotpCode(page, authenticator.code());
    await page.waitForURL((url) => url.pathname === '/audit');
    await expect.poll(() => page.getByTestId('audit-head').count()).toBe(1);

    // 账号安全 now: the factor is on and cannot be turned off by an administrator; this session is marked.
    await page.getByRole('menuitem', { name: '账号安全' }).click();
    await page.waitForURL((url) => url.pathname === '/account');
    await expect.poll(() => page.getByText('当前会话').count()).toBe(1);
    await expect.poll(() => page.getByText('必须使用动态口令，不能停用').count()).toBe(1);
    expect(await page.getByRole('button', { name: '停用动态口令' }).count()).toBe(0);
    expect(await page.getByTestId('password-expiry').innerText()).toContain('2026-05-31');
    await screenshot(page, 'identity-account');
  });
});
