import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDueLookBacks } from '../../src/operations/supervision/suggestions.js';
import { browserAvailable, screenshot, useBrowserSession } from '../harness.js';
import { signInAs, syncBrowserClock } from '../leave/helpers.js';
import { apiOn, signedExecutiveMeeting } from './meeting-setup.js';

/** antd puts a space between two Chinese characters on a button ("报 送"); match the name either way. */
const named = (text: string) => new RegExp(`${[...text].join('\\s*')}$`);

const PLAN = '原则同意2026年重点项目计划，由区发改局牵头编制重点项目清单';
const FUNDS = '区财政局落实重点项目前期经费';
const PROBLEM = '项目审批超时办结';

/** The dialog the page opened, by its title. */
const dialog = (page: Page, title: RegExp | string) => page.getByRole('dialog', { name: title });

describe.runIf(browserAvailable())('督查台账：会议议定事项转为督办任务，报告经主要负责人审核，办公室验收；未完成销号分列；整改回头看到期出现（第五十七、七十五至七十九条）', () => {
  const s = useBrowserSession('supervision');

  const on = async (day: string, login: string) => {
    s.clock.set(`${day}T01:00:00Z`);
    await syncBrowserClock(s);
    await signInAs(s, login);
  };
  const openTask = async (id: string) => {
    await s.page.goto(`${s.baseUrl}/supervision/tasks/${id}`);
    await expect.poll(() => s.page.getByTestId('task-number').textContent()).toMatch(/^督〔2026〕\d+号$/);
  };
  const taskStatus = () => s.page.getByTestId('task-status').getAttribute('data-status');
  const latestReport = () => s.page.getByTestId('task-report').first();
  /** The lead unit's staff reports through the page. */
  const report = async (kind: '进展报告' | '办结报告', text: string, progress?: number) => {
    await s.page.getByRole('button', { name: named('报送进展') }).click();
    const modal = dialog(s.page, /报送进展/);
    await modal.getByText(kind, { exact: true }).click();
    await modal.getByLabel('报告内容').fill(text);
    if (progress !== undefined) await modal.getByLabel('完成进度（%）').fill(String(progress));
    await modal.getByRole('button', { name: named('报送') }).click();
    await expect.poll(() => latestReport().getAttribute('data-report-status')).toBe('submitted');
  };
  /** Clicks a report's action button and confirms its opinion dialog. */
  const onReport = async (action: string) => {
    await latestReport().getByRole('button', { name: named(action) }).click();
    await dialog(s.page, action).getByRole('button', { name: named(action) }).click();
  };

  it('常务会议议定事项编为督〔2026〕N号；牵头单位两次报送，第二次办结报告经局长本人审核、办公室验收后办结；另一项未完成销号与办结分列', async () => {
    const { page, baseUrl } = s;
    await signedExecutiveMeeting(s, [
      { content: PLAN, leadUnitId: 'fgj', coUnitIds: ['czj'], dueOn: '2026-04-30' },
      { content: FUNDS, leadUnitId: 'czj', dueOn: '2026-04-15' },
    ]);
    const tasks = await s.handle.db.selectFrom('tasks').select(['id', 'number', 'title', 'sourceType', 'status']).orderBy('number').execute();
    expect(tasks.map((t) => [t.number, t.title, t.sourceType, t.status])).toEqual([
      ['督〔2026〕1号', PLAN, 'meeting_decision', 'open'],
      ['督〔2026〕2号', FUNDS, 'meeting_decision', 'open'],
    ]);
    const [plan, funds] = tasks.map((t) => t.id) as [string, string];

    // The office's ledger lists both, numbered, with their source.
    await on('2026-03-13', 'bgs');
    await page.goto(`${baseUrl}/supervision`);
    await expect.poll(() => page.getByTestId('ledger-count-total').getAttribute('data-count')).toBe('2');
    expect(await page.locator('tr', { hasText: PLAN }).textContent()).toContain('督〔2026〕1号');
    await screenshot(page, 'supervision-ledger');

    // First report (progress) by the unit's staff, approved by its head and accepted by the office.
    await on('2026-03-20', 'fgj');
    await openTask(plan);
    expect(await page.getByTestId('task-source').textContent()).toContain('区政府第5次常务会议');
    await report('进展报告', '已完成重点项目初步梳理，共梳理项目42个。', 40);
    await on('2026-03-20', 'fgj-head');
    await openTask(plan);
    await onReport('主要负责人审核同意');
    await expect.poll(() => latestReport().getAttribute('data-report-status')).toBe('approved');
    await on('2026-03-23', 'bgs');
    await openTask(plan);
    await onReport('审核通过');
    await expect.poll(() => latestReport().getAttribute('data-report-status')).toBe('accepted');
    await expect.poll(() => page.getByTestId('task-progress').textContent()).toContain('40');

    // Second report (final): the head's approval in person puts the task to the office (art. 75), which accepts it.
    await on('2026-04-20', 'fgj');
    await openTask(plan);
    await report('办结报告', '重点项目清单已编制完成，经区政府审定后印发。');
    await screenshot(page, 'supervision-final-report');
    await on('2026-04-20', 'fgj-head');
    await openTask(plan);
    await onReport('主要负责人审核同意');
    await expect.poll(taskStatus).toBe('reviewing');
    expect(await latestReport().getByTestId('report-approved').textContent()).toContain('主要负责人 王建华');
    await on('2026-04-21', 'bgs');
    await openTask(plan);
    await onReport('审核通过');
    await expect.poll(taskStatus).toBe('done');
    await screenshot(page, 'supervision-task-done');

    // The other is closed without completion, with its reason: counted apart from done (art. 79).
    await openTask(funds);
    await page.getByRole('button', { name: named('未完成销号') }).click();
    const close = dialog(page, '未完成销号');
    await close.getByLabel('理由').fill('前期经费改由市级专项资金统筹安排');
    await close.getByRole('button', { name: named('销号') }).click();
    await expect.poll(taskStatus).toBe('closed_incomplete');
    await page.goto(`${baseUrl}/supervision`);
    await expect.poll(() => page.getByTestId('ledger-count-done').getAttribute('data-count')).toBe('1');
    expect(await page.getByTestId('ledger-count-closed-incomplete').getAttribute('data-count')).toBe('1');
    expect(await page.getByTestId('ledger-count-open').getAttribute('data-count')).toBe('0');
    await screenshot(page, 'supervision-ledger-closed');
  }, 240_000);

  it('第七十七条 整改问题销号后，回头看任务在到期时出现在台账中，此前没有', async () => {
    const office = await apiOn(s, '2026-05-04', 'bgs');
    const opened = await office.post('/api/supervision/rectifications', { sourceType: 'audit_finding', sourceRef: '临审报〔2026〕5号', title: '2026年审计发现问题整改清单', leadUnitId: 'fgj', dueOn: '2026-06-30', problems: [{ title: PROBLEM, leadUnitId: 'fgj', dueOn: '2026-05-29' }] });
    expect(opened.statusCode, opened.body).toBe(201);
    const problemId = opened.json().problems[0].id as string;
    const detail = async (agent: Awaited<ReturnType<typeof apiOn>>) => (await agent.get(`/api/supervision/tasks/${problemId}`)).json();
    const staff = await apiOn(s, '2026-05-11', 'fgj');
    const reported = await staff.post(`/api/supervision/tasks/${problemId}/reports`, { version: (await detail(staff)).version, kind: 'final', text: '已压缩审批时限，问题整改到位。' });
    expect(reported.statusCode, reported.body).toBe(201);
    const head = await apiOn(s, '2026-05-11', 'fgj-head');
    expect((await head.post(`/api/supervision/reports/${reported.json().id}/approve`, { version: reported.json().version })).statusCode).toBe(200);
    const clerk = await apiOn(s, '2026-05-12', 'bgs');
    const r = (await detail(clerk)).reports[0] as { id: string; version: number };
    expect((await clerk.post(`/api/supervision/reports/${r.id}/accept`, { version: r.version })).statusCode).toBe(200);
    const closed = await s.handle.db.selectFrom('tasks').select(['status', 'lookBackOn']).where('id', '=', problemId).executeTakeFirstOrThrow();
    expect(closed).toEqual({ status: 'done', lookBackOn: '2026-08-12' });

    // The day before it falls due the hourly pass opens nothing; on the day it does, once.
    s.clock.set('2026-08-11T01:00:00Z');
    expect(await openDueLookBacks(s.handle, s.clock)).toEqual({ opened: 0 });
    s.clock.set('2026-08-12T01:00:00Z');
    expect(await openDueLookBacks(s.handle, s.clock)).toEqual({ opened: 1 });
    // Five months on, the clerk's password would have expired (the security policy's 90 days): as if changed in July.
    await s.handle.db.updateTable('users').set({ passwordChangedAt: '2026-07-01T00:00:00.000Z' }).where('loginName', '=', 'bgs').execute();
    await on('2026-08-12', 'bgs');
    await s.page.goto(`${s.baseUrl}/supervision`);
    const row = s.page.locator('tr', { hasText: `回头看：${PROBLEM}` });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('整改回头看');
    await screenshot(s.page, 'supervision-look-back');
  }, 120_000);
});
