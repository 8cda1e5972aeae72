import type { Page } from 'playwright-core';
import { isPdfAvailable } from '../../src/operations/documents/layout/index.js';
import { docxPart } from '../../test/layout/zip.js';
import { screenshot } from '../harness.js';

export { agentAs, firstLoginThroughForms, signInAs, syncBrowserClock } from '../accounts.js';

/** antd puts a space between the two characters of a two-character button (签发 → 签 发). */
export function buttonName(text: string): RegExp {
  // After a request antd's fading loading icon can leave "loading" in the accessible name for a moment.
  return new RegExp(`^(?:loading\\s*)?${[...text].join('\\s*')}$`);
}

/** The dropdown antd has open now (closed and closing ones stay in the page). */
const openDropdown = '.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"])';

/** Opens an antd Select found by its label and picks the option whose text contains `text`; a multiple select is closed after. */
export async function pickOption(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator(`${openDropdown} .ant-select-item-option`, { hasText: text }).first().click();
  await page.keyboard.press('Escape');
}

/** The steps the page's timeline shows, in order (`submit`, `countersign` …). */
export async function timelineSteps(page: Page): Promise<string[]> {
  const nodes = await page.locator('[data-testid="timeline"] [data-step]').all();
  return Promise.all(nodes.map(async (node) => (await node.getAttribute('data-step')) ?? ''));
}

/** A screenshot at /tmp/outgoing-<name>.png for a person to look at (and under .tmp/screenshots with the others). */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/outgoing-${name}.png`, fullPage: false, animations: 'disabled' });
  await screenshot(page, `outgoing-${name}`);
}

/** The text of one entry of a zip archive (a .docx is one), or `undefined` when it has none: the layout tests' reader. */
export function zipEntryText(archive: Buffer, name: string): string | undefined {
  try {
    return docxPart(archive, name);
  } catch {
    return undefined;
  }
}

/** Whether the server can make PDFs (LibreOffice installed); under CI=true it must. */
export function pdfAvailable(): boolean {
  const isAvailable = isPdfAvailable();
  if (!isAvailable && process.env.CI === 'true') throw new Error('LibreOffice is required under CI=true: install the Debian package libreoffice-writer-nogui');
  return isAvailable;
}
