import type { Page } from 'playwright-core';

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
