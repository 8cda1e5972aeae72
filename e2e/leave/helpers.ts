import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export { agentAs, firstLoginThroughForms, signInAs, syncBrowserClock } from '../accounts.js';

/** Types a date into an antd DatePicker found by its label and confirms it. */
export async function fillDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** An antd Select dropdown that is neither hidden nor in its leave motion (which takes no pointer events). */
const OPEN_DROPDOWN = '.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"])';

/** Opens an antd Select found by its label and picks the option whose text contains `text`. */
export async function pickOption(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  // Only the dropdown that is opening or open: the previous field's may still be leaving, with the same names in it.
  await page.locator(`${OPEN_DROPDOWN} .ant-select-item-option`, { hasText: text }).first().click();
  // The closing dropdown would otherwise lie over the next field. Once its leave motion is active it takes no
  // pointer events (antd's motion styles), and headless Chromium now and then never reports that motion's end, so
  // wait for the dropdown to be hidden or leaving, not for the motion to finish.
  await expect.poll(() => page.locator(OPEN_DROPDOWN).count()).toBe(0);
}

/** Waits until antd's form messages have finished appearing or leaving, so a screenshot shows what stays. */
export async function settleForm(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-form-show-help-leave, .ant-form-show-help-appear, .ant-form-show-help-enter').count()).toBe(0);
}
