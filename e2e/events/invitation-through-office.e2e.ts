import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot, useBrowserSession } from '../harness.js';
import { fillDate, firstLoginThroughForms, settleForm, signInAs } from '../leave/helpers.js';
import { choose, named, settleDrawer, settlePickers } from './helpers.js';

const TITLE = '全区重点项目观摩活动';

describe.runIf(browserAvailable())('第九十条 邀请区政府领导须经办公室、提前3天', () => {
  // The test clock reads Monday 2026-03-02, 09:00 in Beijing.
  const s = useBrowserSession('events');

  it('第九十条 发改局提前2天报送邀请被拒，页面列出第九十条；提前3天报送被接受，办公室在工作台和列表中看到待安排', async () => {
    const { page, baseUrl } = s;
    await firstLoginThroughForms(s, 'fgj');
    await page.getByRole('menuitem', { name: '邀请与会议' }).click();
    await page.waitForURL(/\/events$/);
    await expect.poll(() => page.getByRole('tab', { name: '活动邀请', selected: true }).count()).toBe(1);
    await page.getByRole('button', { name: /报送邀请/ }).click();
    const dialog = page.getByRole('dialog', { name: '报送邀请' });
    await expect.poll(() => dialog.textContent()).toContain('应提前3天报区政府办公室按规定程序办理');

    await dialog.getByLabel('活动名称').fill(TITLE);
    await choose(page, '邀请的区政府领导', '周文博');
    // Two days ahead: the 4th, submitted on the 2nd (the day of submission does not count).
    await fillDate(page, '活动日期', '2026-03-04');
    await fillDate(page, '开始时间', '09:30');
    await settlePickers(page);
    await dialog.getByLabel('地点').fill('区会展中心');
    await dialog.getByLabel('活动内容、联系人').fill('观摩全区重点项目建设情况；联系人：发改局办公室 7181234');
    // The 请柬 is addressed to the office (its 抬头 as printed), the default of the form.
    expect(await dialog.locator('.ant-select', { has: page.getByLabel('请柬抬头', { exact: true }) }).textContent()).toBe('区政府办公室');
    await expect.poll(() => dialog.getByText('距活动仅2天，不足3天').count()).toBe(1);
    await dialog.getByRole('button', { name: named('报送') }).click();

    const refusal = dialog.getByTestId('rule-refusal');
    await expect.poll(() => refusal.textContent()).toContain('第九十条：邀请区政府领导同志参加的重要活动，应提前3天报区政府办公室按规定程序办理；本次仅提前2天（报送当日不计入）');
    expect(await refusal.textContent()).toContain('未能报送：不符合《工作规则》');
    expect(await refusal.textContent()).not.toContain('第九十条：第九十条');
    expect(await refusal.locator('li').count()).toBe(1);
    await settleForm(page);
    expect(await dialog.locator('.ant-form-item-explain-error').count()).toBe(0);
    await refusal.scrollIntoViewIfNeeded();
    await screenshot(page, 'events-invitation-refused');
    expect(await s.handle.db.selectFrom('eventInvitations').select('id').execute()).toEqual([]);

    // Three days ahead: accepted, and the page opens it beside the list.
    await fillDate(page, '活动日期', '2026-03-05');
    await settlePickers(page);
    await expect.poll(() => refusal.count()).toBe(0);
    await expect.poll(() => dialog.getByText(/距活动仅/).count()).toBe(0);
    await dialog.getByRole('button', { name: named('报送') }).click();
    await page.waitForURL(/\/events\/invitations\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').at(-1) ?? '';
    await expect.poll(() => page.getByText('已报送区政府办公室').count()).toBeGreaterThan(0);
    const drawer = page.locator('.ant-drawer-section');
    await expect.poll(() => drawer.textContent()).toContain('待安排');
    expect(await drawer.textContent()).toContain('副区长周文博');
    expect(await drawer.textContent()).toContain('区发展和改革局');
    expect(await drawer.getByRole('button', { name: named('撤回') }).count()).toBe(1);
    await settleDrawer(page);
    await screenshot(page, 'events-invitation-accepted');

    const rows = await s.handle.db
      .selectFrom('eventInvitations')
      .select(['id', 'title', 'kind', 'activityDate', 'startTime', 'place', 'invitedPersonId', 'invitingUnitId', 'addressedTo', 'addresseePersonId', 'submittedOn', 'status', 'flags'])
      .execute();
    expect(rows).toEqual([
      {
        id,
        title: TITLE,
        kind: 'work_activity',
        activityDate: '2026-03-05',
        startTime: '09:30',
        place: '区会展中心',
        invitedPersonId: 'zhou-wenbo',
        invitingUnitId: 'fgj',
        addressedTo: 'office',
        addresseePersonId: null,
        submittedOn: '2026-03-02',
        status: 'awaiting_arrangement',
        flags: '[]',
      },
    ]);

    // The office finds it in its 工作台, due on the activity day, and in the page's list.
    await signInAs(s, 'bgs');
    await page.goto(`${baseUrl}/`);
    const row = page.locator('.ant-table-row', { hasText: TITLE });
    await expect.poll(() => row.textContent()).toContain('邀请待安排');
    expect(await row.textContent()).toContain('邀请与会议');
    expect(await row.textContent()).toContain('区发展和改革局');
    expect(await row.textContent()).toContain('2026-03-05');
    await screenshot(page, 'events-invitation-office-workbench');
    await row.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(new RegExp(`/events/invitations/${id}$`));
    await expect.poll(() => drawer.getByRole('button', { name: named('安排') }).count()).toBe(1);
    expect(await drawer.getByRole('button', { name: named('不予安排') }).count()).toBe(1);

    await page.goto(`${baseUrl}/events/invitations`);
    const listed = page.locator('.ant-table-row', { hasText: TITLE });
    await expect.poll(() => listed.textContent()).toContain('待安排');
    expect(await listed.textContent()).toContain('区发展和改革局');
    await screenshot(page, 'events-invitation-office-list');
  });
});
