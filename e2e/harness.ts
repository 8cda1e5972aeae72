import fs from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Dialect } from '../src/db/database.js';
import { startTestApp, type TestApp } from '../test/harness/app.js';

/** Debian's Chromium; the e2e tier needs it (Playwright cannot download browsers here). */
export const CHROMIUM = process.env.ZHENGWU_CHROMIUM ?? '/usr/bin/chromium';

/** Whether the browser tier can run; under CI=true a missing browser is a failure, not a skip. */
export function browserAvailable(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  const reason = `no Chromium at ${CHROMIUM}; install the Debian package chromium`;
  if (process.env.CI === 'true') throw new Error(`browser tier required under CI=true: ${reason}`);
  console.log(`SKIPPED browser tier: ${reason}`);
  return false;
}

export type BrowserSession = TestApp & { baseUrl: string; browser: Browser; page: Page; stop: () => Promise<void> };

/** The whole server listening on a free port, and a fresh headless Chromium page. */
export async function startBrowserSession(dialect: Dialect): Promise<BrowserSession> {
  if (!fs.existsSync(new URL('../web/dist/index.html', import.meta.url))) {
    throw new Error('web/dist is not built: run `npm run build` first');
  }
  const t = await startTestApp(dialect);
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  page.setDefaultTimeout(15_000);
  return {
    ...t,
    baseUrl,
    browser,
    page,
    stop: async () => {
      await browser.close();
      await t.close();
    },
  };
}

/**
 * Saves a screenshot under .tmp/screenshots for a person to look at. Running CSS transitions are finished first
 * (`animations: 'disabled'`), so a click's wave or a fading message does not depend on when the shot is taken.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync('.tmp/screenshots', { recursive: true });
  await page.screenshot({ path: `.tmp/screenshots/${name}.png`, fullPage: false, animations: 'disabled' });
}
