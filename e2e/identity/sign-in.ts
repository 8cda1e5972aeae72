import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Authenticator } from '../../test/harness/totp.js';

/** Types a 动态口令 into the six boxes on the page (pasting the whole code into the first fills them all). */
export async function enterTotpCode(page: Page, code: string): Promise<void> {
  await page.locator('[data-testid="totp-code"] input').first().fill(code);
}

/** Signs in through the login page: password, then the 动态口令 step when the account has one. */
export async function signIn(page: Page, baseUrl: string, loginName: string, password: string, authenticator?: Authenticator): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('登录名').fill(loginName);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  if (authenticator) {
    await page.getByTestId('totp-step').waitFor();
    await enterTotpCode(page, authenticator.code());
  }
  await page.waitForURL((url) => url.pathname !== '/login');
  await expect.poll(() => page.getByTestId('current-user').count()).toBeGreaterThan(0);
}
