import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { LightMyRequestResponse } from 'fastify';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Agent } from '../../test/harness/app.js';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.1 A and AA rules (GB/T 37668-2019 follows WCAG 2.x at AA). */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] };

/** Runs axe-core on the page as it is now and expects no violation, printing each one when there are. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // The page's own globals, written as source: this file is type-checked for Node, not for the browser.
  // The portal's CSP (script-src 'self') refuses an injected <script> (addScriptTag); evaluating the source
  // through the DevTools protocol is not subject to it and defines the same global `axe`.
  if (!(await page.evaluate<boolean>("'axe' in window"))) await page.evaluate(axeSource);
  const options = JSON.stringify({ runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  const violations = await page.evaluate<AxeViolation[]>(`axe.run(document, ${options}).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`);
  if (violations.length > 0) console.log(`axe-core violations on ${label}:\n${JSON.stringify(violations, null, 2)}`);
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), label).toEqual([]);
}

/** At a phone's width, nothing is wider than the screen (no sideways scrolling). */
export async function expectNoHorizontalScroll(page: Page, label: string): Promise<void> {
  const widths = await page.evaluate<{ scroll: number; client: number }>('({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })');
  expect(widths.scroll, `${label}: page ${widths.scroll}px wide in a ${widths.client}px window`).toBeLessThanOrEqual(widths.client);
}

/** The page has rendered its data: its one h1 shows and nothing says 正在加载. */
export async function settled(page: Page, heading: string | RegExp): Promise<void> {
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(heading);
  await expect.poll(() => page.getByText('正在加载…').count()).toBe(0);
  expect(await page.locator('h1').count()).toBe(1);
}

/** The id and version of what a seeding call made (or changed), or the call's failure as an error. */
export async function created(response: Promise<LightMyRequestResponse>): Promise<{ id: string; version: number }> {
  const r = await response;
  if (r.statusCode !== 201 && r.statusCode !== 200) throw new Error(`${r.statusCode} ${r.body}`);
  return r.json() as { id: string; version: number };
}

/** An item prepared by the office's clerk and — unless `publish` is false — published by a second person of the office (art. 83). */
export async function publishedItem(clerk: Agent, reviewer: Agent, item: { category: string; title: string; documentNumber?: string; issuingBody: string; writtenOn?: string; body: string; interpretsId?: string }, publish = true): Promise<string> {
  const { id, version } = await created(clerk.post('/api/disclosure/publications', item));
  if (publish) await created(reviewer.post(`/api/disclosure/publications/${id}/publish`, { version }));
  return id;
}
