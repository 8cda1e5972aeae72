import fs from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Dialect } from '../src/db/database.js';
import { startTestApp, type TestApp } from '../test/harness/app.js';
import { signInAs, syncBrowserClock } from './accounts.js';

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

/**
 * Every browser test file's preamble, called in its `describe`: before the file's tests the whole app on SQLite
 * with the browser's clock set to the server's (`prepare` adds what the file needs beside the demo data); after
 * them both stopped; and a screenshot `failed-<area>-<test>` when a test fails. The session object is the same
 * for the whole file, filled in before the first test.
 */
export function useBrowserSession(area: string, prepare?: (s: BrowserSession) => Promise<void>): BrowserSession {
  const s = {} as BrowserSession;
  let isStarted = false;
  beforeAll(async () => {
    Object.assign(s, await startBrowserSession('sqlite'));
    isStarted = true;
    await syncBrowserClock(s);
    await prepare?.(s);
  });
  afterAll(async () => {
    if (isStarted) await s.stop();
  });
  beforeEach((context) => {
    context.onTestFailed(async () => {
      if (isStarted) await screenshot(s.page, `failed-${area}-${context.task.name.slice(0, 8).trim()}`);
    });
  });
  return s;
}

/** Moves the server's and the browser's clocks on and signs `loginName` in afresh (a jump would idle the old session out). */
export async function laterAs(s: BrowserSession, loginName: string, after: number): Promise<void> {
  s.clock.advance(after);
  await syncBrowserClock(s);
  await signInAs(s, loginName);
}
