import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * antd puts a space between two Chinese characters on a button ("报 送"); match the name either way. After a refusal,
 * a button's fading loading icon can still lend it the name "loading"; "安排" does not match "不予安排".
 */
export const named = (text: string): RegExp => new RegExp(`(^|loading\\s*)${[...text].join('\\s*')}$`);

/** The antd Select whose input carries the label. */
const selectOf = (page: Page, label: string): Locator => page.locator('.ant-select', { has: page.getByLabel(label, { exact: true }) });

/**
 * Picks an option of an antd Select found by its label and checks that it took. Does not wait for the dropdown's
 * closing motion (it now and then never reports its end in headless Chromium); the caller's next click goes to a
 * field the dropdown does not cover.
 */
export async function choose(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
  await expect.poll(() => selectOf(page, label).textContent()).toContain(text);
}

/** Waits until no date or time picker panel is open (they close with a motion after Enter). */
export async function settlePickers(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-picker-dropdown:visible').count()).toBe(0);
}

/** Waits until the open drawer has finished sliding in, so a screenshot shows it whole. */
export async function settleDrawer(page: Page): Promise<void> {
  const wrapper = page.locator('.ant-drawer-content-wrapper');
  await expect.poll(() => wrapper.count()).toBe(1);
  await expect.poll(() => wrapper.getAttribute('class')).not.toMatch(/motion/);
}
