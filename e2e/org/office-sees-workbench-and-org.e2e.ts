import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-government.js';
import { TEST_PASSWORD } from '../../test/harness/app.js';
import { browserAvailable, type BrowserSession, screenshot, startBrowserSession } from '../harness.js';

describe.runIf(browserAvailable())('办公室工作人员登录，看到工作台与组织机构', () => {
  let s: BrowserSession;

  beforeAll(async () => {
    s = await startBrowserSession('sqlite');
  });
  afterAll(async () => s?.stop());

  it('首次登录修改密码后进入工作台，组织机构树列出各单位', async () => {
    const { page, baseUrl } = s;
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('登录名').fill('bgs');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => page.getByText('登录名或密码错误').count()).toBeGreaterThan(0);

    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL(/\/account\/password/);
    await screenshot(page, 'password-change');
    await page.getByLabel('当前密码').fill(DEMO_PASSWORD);
    await page.getByLabel('新密码', { exact: true }).fill(TEST_PASSWORD);
    await page.getByLabel('确认新密码').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: '确认修改' }).click();

    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.getByRole('menuitem', { name: '工作台' }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('暂无待办事项').count()).toBeGreaterThan(0);
    await screenshot(page, 'workbench');

    const user = await s.handle.db.selectFrom('users').select(['mustChangePassword']).where('loginName', '=', 'bgs').executeTakeFirstOrThrow();
    expect(user.mustChangePassword).toBe(0);

    await page.getByRole('menuitem', { name: '组织机构' }).click();
    await page.waitForURL(/\/org/);
    await expect.poll(() => page.getByText('区发展和改革局').count()).toBeGreaterThan(0);
    await page.getByText('区发展和改革局').first().click();
    await expect.poll(() => page.getByText('局长').count()).toBeGreaterThan(0);
    await screenshot(page, 'org');
  });
});
