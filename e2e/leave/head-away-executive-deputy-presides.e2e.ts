import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot, useBrowserSession } from '../harness.js';
import { fillDate, pickOption, signInAs, syncBrowserClock } from './helpers.js';

describe.runIf(browserAvailable())('第七条 区长因公外出期间，由常务副区长主持区政府全面工作', () => {
  const s = useBrowserSession('leave');

  it('第七条 办公室代区长报告外出；当日领导去向显示常务副区长主持工作，补位日历同样标明', async () => {
    const { page, baseUrl } = s;
    await signInAs(s, 'bgs');
    await page.goto(`${baseUrl}/leave`);
    await expect.poll(() => page.getByTestId('presiding').textContent()).toContain('区长 林志远');
    await screenshot(page, 'leave-whereabouts-head-in');

    // The office reports on the 区长's behalf (代报), choosing him from the leaders.
    await page.goto(`${baseUrl}/leave/reports/new`);
    await pickOption(page, '外出领导', '林志远');
    await fillDate(page, '开始日期', '2026-03-23');
    await fillDate(page, '结束日期', '2026-03-24');
    await page.getByLabel('地点').fill('山东省济南市');
    await page.getByLabel('代为主持工作的负责人').fill('赵明远');
    await page.getByLabel('24小时联系电话').fill('13700000001');
    await page.getByLabel('事由', { exact: true }).fill('参加省政府全体会议');
    await page.getByRole('button', { name: '提交报告' }).click();
    await page.waitForURL(/\/leave\/reports\/[0-9a-f-]{36}$/);
    const report = await s.handle.db.selectFrom('leaveReports').select(['personId', 'isEmergency']).executeTakeFirstOrThrow();
    expect(report).toEqual({ personId: 'lin-zhiyuan', isEmergency: 0 });

    s.clock.set('2026-03-23T02:00:00Z');
    await syncBrowserClock(s);
    await signInAs(s, 'bgs');
    await page.goto(`${baseUrl}/leave`);
    const presiding = page.getByTestId('presiding');
    await expect.poll(() => presiding.textContent()).toContain('常务副区长 赵明远 主持工作');
    expect(await presiding.textContent()).toContain('第七条');
    const headRow = page.locator('tr[data-person-id="lin-zhiyuan"]');
    await expect.poll(() => headRow.textContent()).toContain('外出');
    expect(await headRow.textContent()).toContain('山东省济南市');
    expect(await headRow.textContent()).toContain('常务副区长主持');
    // Art. 82's 24-hour contact shows masked; the whole number only on request, and the reading is recorded.
    expect(await headRow.textContent()).toContain('137****0001');
    expect(await headRow.textContent()).not.toContain('13700000001');
    await screenshot(page, 'leave-whereabouts-head-away');
    await headRow.getByRole('button', { name: '查看完整号码' }).click();
    await expect.poll(() => headRow.textContent()).toContain('13700000001');
    const office = await s.handle.db.selectFrom('users').select('id').where('loginName', '=', 'bgs').executeTakeFirstOrThrow();
    const readings = await s.handle.db.selectFrom('auditEvents').select(['actorUserId', 'article', 'result', 'summary']).where('act', '=', 'leave.report.contact.read').execute();
    expect(readings).toHaveLength(1);
    expect(readings[0]).toMatchObject({ actorUserId: office.id, article: 82, result: 'success' });
    expect(readings[0]!.summary).not.toContain('13700000001');

    await page.getByRole('tab', { name: '补位日历' }).click();
    await page.waitForURL(/\/leave\/cover$/);
    const day = page.locator('[data-date="2026-03-23"]');
    await expect.poll(() => day.textContent()).toContain('赵明远主持工作');
    expect(await day.textContent()).toContain('林志远');
    await screenshot(page, 'leave-cover-calendar');
  });

  it('第六十三条 另行安排补位由区长决定：常务副区长看不到安排入口，区长安排后补位日历显示', async () => {
    const { page, baseUrl } = s;
    const arrange = async () => {
      await page.goto(`${baseUrl}/leave/cover?month=2026-04`);
      await page.getByRole('button', { name: '另行安排补位' }).click();
      const dialog = page.getByRole('dialog', { name: '另行安排补位（第六十三条）' });
      await pickOption(page, '外出领导', '孙立华');
      await pickOption(page, '补位领导', '周文博');
      await fillDate(page, '补位期间', '2026-04-07');
      await page.keyboard.type('2026-04-08');
      await page.keyboard.press('Enter');
      await dialog.getByLabel('理由').fill('互相补位的两位领导同时外出');
      await dialog.getByRole('button', { name: '保存安排' }).click();
      return dialog;
    };

    // The server gives `assign_cover` to the 区长 alone; the page shows the button only with it.
    await signInAs(s, 'changwu');
    await page.goto(`${baseUrl}/leave/cover?month=2026-04`);
    await expect.poll(() => page.locator('[data-date="2026-04-07"]').count()).toBe(1);
    expect(await page.getByRole('button', { name: '另行安排补位' }).count()).toBe(0);
    await screenshot(page, 'leave-cover-no-assign-for-deputy');

    await signInAs(s, 'quzhang');
    await arrange();
    await expect.poll(() => s.handle.db.selectFrom('coverAssignments').select(['absentPersonId', 'coverPersonId', 'validFrom', 'validTo']).execute()).toEqual([
      { absentPersonId: 'sun-lihua', coverPersonId: 'zhou-wenbo', validFrom: '2026-04-07', validTo: '2026-04-08' },
    ]);
  });
});
