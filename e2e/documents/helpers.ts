import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-government.js';
import { logInAs, TEST_PASSWORD } from '../../test/harness/app.js';
import type { BrowserSession } from '../harness.js';

/** Accounts whose forced first password change is done, per browser session. */
const changedPasswords = new WeakMap<BrowserSession, Set<string>>();
const installedClocks = new WeakSet<BrowserSession>();

function markChanged(s: BrowserSession, loginName: string): void {
  const done = changedPasswords.get(s) ?? new Set<string>();
  done.add(loginName);
  changedPasswords.set(s, done);
}

/** The page's clock follows the server's test clock (and keeps flowing, so antd's motions finish). */
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
  markChanged(s, loginName);
}

/**
 * Signs another user in through the API and hands the session cookies to the browser, replacing whoever was signed
 * in; the first password change is made through the API once per account. Call again after moving the clock.
 */
export async function signInAs(s: BrowserSession, loginName: string): Promise<void> {
  if (!changedPasswords.get(s)?.has(loginName)) {
    await logInAs(s.app, loginName);
    markChanged(s, loginName);
  }
  const response = await s.app.inject({ method: 'POST', url: '/api/session', payload: { loginName, password: TEST_PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`login ${loginName} failed: ${response.statusCode} ${response.body}`);
  const context = s.page.context();
  await context.clearCookies();
  await context.addCookies(response.cookies.map((cookie) => ({ name: cookie.name, value: cookie.value, url: s.baseUrl })));
}

/** antd puts a space between the two characters of a two-character button (签收 → 签 收). */
export function buttonName(text: string): RegExp {
  // After a request antd's fading loading icon can leave "loading" in the accessible name for a moment.
  return new RegExp(`^(?:loading\\s*)?${[...text].join('\\s*')}$`);
}

/** Opens an antd Select or AutoComplete found by its label and picks the option whose text contains `text`. */
export async function pickOption(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

/** The steps the page's timeline shows, in order (`submit`, `receive` …). */
export async function timelineSteps(page: Page): Promise<string[]> {
  const nodes = await page.locator('[data-testid="timeline"] [data-step]').all();
  return Promise.all(nodes.map(async (node) => (await node.getAttribute('data-step')) ?? ''));
}
