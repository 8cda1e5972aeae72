import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export { agentAs, firstLoginThroughForms, signInAs, syncBrowserClock } from '../accounts.js';

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

/**
 * A screenshot under /tmp (incoming-<name>.png) for a person to look at, with CSS transitions finished first so
 * a fading message does not depend on when the shot is taken.
 */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/incoming-${name}.png`, fullPage: false, animations: 'disabled' });
}

/** The dropdown antd has open now (closed and closing ones stay in the page). */
const openDropdown = '.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"])';

/**
 * Picks options in a multiple Select found by its label, one after another, and closes it. Each pick waits
 * until the Select shows the choice, and the close until no dropdown is open: under load the options arrive
 * late and the dropdown closes late, and a submit clicked meanwhile lands on the dropdown or sends fewer choices.
 */
export async function pickOptions(page: Page, label: string, texts: readonly string[]): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  const select = page.locator('.ant-select', { has: input });
  await input.click();
  for (const text of texts) {
    await page.locator(`${openDropdown} .ant-select-item-option`, { hasText: text }).first().click();
    await expect.poll(() => select.textContent()).toContain(text);
  }
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator(openDropdown).count()).toBe(0);
}
