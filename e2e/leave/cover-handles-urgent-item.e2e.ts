import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot, useBrowserSession } from '../harness.js';
import { fillDate, pickOption, signInAs, syncBrowserClock } from './helpers.js';

describe.runIf(browserAvailable())('第六十二条 领导外出期间实行工作补位，补位领导代为处理紧急事项', () => {
  const s = useBrowserSession('leave');

  it('第六十二条 周文博外出，办公室登记的紧急事项进入吴海燕的工作台，标明代周文博处理，办理记入审计', async () => {
    const { page, baseUrl } = s;

    // 周文博 reports his own trip, two weeks ahead.
    await signInAs(s, 'zhouwb');
    await page.goto(`${baseUrl}/leave/reports/new`);
    await pickOption(page, '外出类别', '考察');
    await fillDate(page, '开始日期', '2026-03-16');
    await fillDate(page, '结束日期', '2026-03-17');
    await page.getByLabel('地点').fill('江苏省苏州市');
    await page.getByLabel('代为主持工作的负责人').fill('吴海燕');
    await page.getByLabel('24小时联系电话').fill('13812345678');
    await page.getByLabel('事由', { exact: true }).fill('考察工业园区招商经验');
    await page.getByRole('button', { name: '提交报告' }).click();
    await page.waitForURL(/\/leave\/reports\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByText('周文博 · 考察 · 江苏省苏州市').count()).toBe(1);

    // The office logs an urgent item and a routine one for him.
    await signInAs(s, 'bgs');
    await page.goto(`${baseUrl}/leave/items`);
    for (const item of [
      { kind: '突发事件', title: '某镇突发险情处置', isUrgent: true },
      { kind: '出席会议', title: '例行座谈会', isUrgent: false },
    ]) {
      await page.getByRole('button', { name: '登记事项' }).click();
      const dialog = page.getByRole('dialog', { name: '登记领导事项' });
      await pickOption(page, '事项类别', item.kind);
      await pickOption(page, '领导', '周文博');
      await dialog.getByLabel('标题').fill(item.title);
      if (item.isUrgent) await dialog.getByRole('switch', { name: '紧急事项' }).click();
      await dialog.getByRole('button', { name: /登\s*记/ }).click();
      await expect.poll(() => page.getByRole('link', { name: item.title }).count()).toBe(1);
    }
    await screenshot(page, 'leader-items');

    // On a day of the trip 吴海燕, his fixed cover, finds the urgent one in her 工作台.
    s.clock.set('2026-03-16T02:00:00Z');
    await syncBrowserClock(s);
    await signInAs(s, 'wuhy');
    await page.goto(`${baseUrl}/`);
    const row = page.locator('tr', { hasText: '某镇突发险情处置' });
    await expect.poll(() => row.textContent()).toContain('代周文博处理');
    expect(await page.getByText('例行座谈会').count()).toBe(0);
    await screenshot(page, 'leave-cover-workbench');

    await row.getByRole('link', { name: /某镇突发险情处置/ }).click();
    await page.waitForURL(/\/leave\/items\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByText('代周文博处理').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/由吴海燕补位处理（固定补位，第六十二条）/).count()).toBe(1);
    await page.getByLabel('办理情况').fill('已赶赴现场指挥处置，险情已控制');
    await screenshot(page, 'leader-item-handle');
    await page.getByRole('button', { name: /办\s*理/ }).click();

    const handledBy = page.getByTestId('handled-by');
    await expect.poll(() => handledBy.textContent()).toContain('吴海燕');
    expect(await handledBy.textContent()).toContain('代周文博处理');
    await screenshot(page, 'leader-item-handled');

    const audit = await s.handle.db
      .selectFrom('auditEvents')
      .select(['actingForPersonId', 'article', 'actorName'])
      .where('act', '=', 'leader_item.handle')
      .execute();
    expect(audit).toEqual([{ actingForPersonId: 'zhou-wenbo', article: 62, actorName: '吴海燕' }]);

    // The office's list shows who it was handled for.
    await signInAs(s, 'bgs');
    await page.goto(`${baseUrl}/leave/items?status=handled`);
    await expect.poll(() => page.locator('tr', { hasText: '某镇突发险情处置' }).textContent()).toContain('代周文博处理');
  });
});
