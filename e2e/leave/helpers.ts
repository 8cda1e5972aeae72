import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-government.js';
import { logInAs, TEST_PASSWORD } from '../../test/harness/app.js';
import type { BrowserSession } from '../harness.js';

/** Accounts whose forced first password change is done, per browser session. */
const changedPasswords = new WeakMap<BrowserSession, Set<string>>();

const installedClocks = new WeakSet<BrowserSession>();

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

/** Signs in through the login form with the demo password and makes the forced first change, as a person would. */
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
  const done = changedPasswords.get(s) ?? new Set<string>();
  done.add(loginName);
  changedPasswords.set(s, done);
}

/**
 * Signs a secondary user in through the API and hands the session cookies to the browser (replacing whoever was
 * signed in). Does the first password change through the API once per account. Call again after moving the
 * clock: sessions idle out when it jumps.
 */
export async function signInAs(s: BrowserSession, loginName: string): Promise<void> {
  const done = changedPasswords.get(s) ?? new Set<string>();
  if (!done.has(loginName)) {
    await logInAs(s.app, loginName);
    done.add(loginName);
    changedPasswords.set(s, done);
  }
  const response = await s.app.inject({ method: 'POST', url: '/api/session', payload: { loginName, password: TEST_PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`login ${loginName} failed: ${response.statusCode} ${response.body}`);
  const context = s.page.context();
  await context.clearCookies();
  await context.addCookies(response.cookies.map((cookie) => ({ name: cookie.name, value: cookie.value, url: s.baseUrl })));
}

/** Types a date into an antd DatePicker found by its label and confirms it. */
export async function fillDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Opens an antd Select found by its label and picks the option whose text contains `text`. */
export async function pickOption(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
  // The closing dropdown would otherwise lie over the next field.
  await expect.poll(() => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count()).toBe(0);
}

/** Waits until antd's form messages have finished appearing or leaving, so a screenshot shows what stays. */
export async function settleForm(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-form-show-help-leave, .ant-form-show-help-appear, .ant-form-show-help-enter').count()).toBe(0);
}
