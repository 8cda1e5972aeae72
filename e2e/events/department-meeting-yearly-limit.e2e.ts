import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot, useBrowserSession } from '../harness.js';
import { fillDate, firstLoginThroughForms } from '../leave/helpers.js';
import { named, settleDrawer, settlePickers } from './helpers.js';

const FIRST = '全区发展改革系统工作会议';
const SECOND = '全区发展改革系统半年推进会';

describe.runIf(browserAvailable())('第五十八条 部门全区性会议每年原则上不超过1次', () => {
  // The test clock reads Monday 2026-03-02, 09:00 in Beijing.
  const s = useBrowserSession('events');

  it('第五十八条 发改局申请本年度本系统全区性会议（默认视频会议）被接受；同年第二次申请原则上不开：送区长本人批准，页面标注第五十八条', async () => {
    const { page } = s;
    await firstLoginThroughForms(s, 'fgj');
    await page.getByRole('menuitem', { name: '邀请与会议' }).click();
    await page.waitForURL(/\/events$/);
    await page.getByRole('tab', { name: '系统会议' }).click();
    await page.waitForURL(/\/events\/department-meetings$/);
    await expect.poll(() => page.getByText('暂无会议申请').count()).toBe(1);

    await page.getByRole('button', { name: /申请召开会议/ }).click();
    const dialog = page.getByRole('dialog', { name: '申请召开本系统全区性会议' });
    await expect.poll(() => dialog.textContent()).toContain('各部门召开本系统全区性会议原则上每年不超过1次');
    // Video is preselected (art. 58: 能采取电视会议形式的不集中开会), the department head chairs.
    expect(await dialog.getByRole('radio', { name: '视频会议' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: '集中开会' }).isChecked()).toBe(false);
    expect(await dialog.getByRole('radio', { name: '部门主要负责人' }).isChecked()).toBe(true);
    await dialog.getByLabel('会议名称').fill(FIRST);
    await fillDate(page, '会议日期', '2026-04-10');
    await settlePickers(page);
    await dialog.getByLabel('会议内容、规模').fill('总结2025年发展改革工作，部署2026年重点任务；各镇街发改办负责人参加');
    await screenshot(page, 'events-meeting-form');
    await dialog.getByRole('button', { name: named('报批') }).click();

    await page.waitForURL(/\/events\/department-meetings\/[0-9a-f-]{36}$/);
    const firstId = page.url().split('/').at(-1) ?? '';
    await expect.poll(() => page.getByText('已报批', { exact: true }).count()).toBeGreaterThan(0);
    const drawer = page.locator('.ant-drawer-section');
    await expect.poll(() => drawer.textContent()).toContain('待审批');
    expect(await drawer.textContent()).toContain('视频会议');
    expect(await drawer.textContent()).toContain('区发展和改革局');
    expect(await drawer.textContent()).toContain('本系统内部');
    await settleDrawer(page);
    await screenshot(page, 'events-meeting-accepted');
    await drawer.locator('.ant-drawer-close').click();
    await page.waitForURL(/\/events\/department-meetings$/);
    await expect.poll(() => page.locator('.ant-table-row', { hasText: FIRST }).textContent()).toContain('待审批');

    // A second one in 2026: "原则上" — not refused, it goes to the 区长 for his own approval, flagged.
    await page.getByRole('button', { name: /申请召开会议/ }).click();
    const again = page.getByRole('dialog', { name: '申请召开本系统全区性会议' });
    await again.getByLabel('会议名称').fill(SECOND);
    await fillDate(page, '会议日期', '2026-09-10');
    await settlePickers(page);
    expect(await again.getByRole('radio', { name: '视频会议' }).isChecked()).toBe(true);
    await again.getByRole('button', { name: named('报批') }).click();

    await page.waitForURL(/\/events\/department-meetings\/[0-9a-f-]{36}$/);
    const secondId = page.url().split('/').at(-1) ?? '';
    await expect.poll(() => drawer.textContent()).toContain('待区长批准');
    expect(await drawer.textContent()).toContain('原则上每年不超过1次；本部门2026年已有1次待审批或已批准，本次为第2次，已送区长审批');
    await settleDrawer(page);
    await screenshot(page, 'events-meeting-to-head');

    const rows = await s.handle.db
      .selectFrom('eventDepartmentMeetings')
      .select(['id', 'title', 'status'])
      .where('meetingDate', '>=', '2026-01-01')
      .where('meetingDate', '<=', '2026-12-31')
      .orderBy('meetingDate')
      .execute();
    expect(rows).toEqual([
      { id: firstId, title: FIRST, status: 'awaiting_approval' },
      { id: secondId, title: SECOND, status: 'awaiting_head_approval' },
    ]);
  });
});
