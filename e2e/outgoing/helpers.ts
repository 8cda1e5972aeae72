import { inflateRawSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { isPdfAvailable } from '../../src/operations/documents/layout/index.js';
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

/** The text of one entry of a zip archive (a .docx is one): read from its central directory, stored or deflated. */
export function zipEntryText(archive: Buffer, name: string): string | undefined {
  const endOfCentral = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfCentral < 0) return undefined;
  const entries = archive.readUInt16LE(endOfCentral + 10);
  let at = archive.readUInt32LE(endOfCentral + 16);
  for (let i = 0; i < entries; i += 1) {
    const method = archive.readUInt16LE(at + 10);
    const compressedSize = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const localHeader = archive.readUInt32LE(at + 42);
    const entryName = archive.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (entryName === name) {
      const dataStart = localHeader + 30 + archive.readUInt16LE(localHeader + 26) + archive.readUInt16LE(localHeader + 28);
      const data = archive.subarray(dataStart, dataStart + compressedSize);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return undefined;
}

/** Whether the server can make PDFs (LibreOffice installed); under CI=true it must. */
export function pdfAvailable(): boolean {
  const isAvailable = isPdfAvailable();
  if (!isAvailable && process.env.CI === 'true') throw new Error('LibreOffice is required under CI=true: install the Debian package libreoffice-writer-nogui');
  return isAvailable;
}
