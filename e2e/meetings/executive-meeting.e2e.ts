import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot, useBrowserSession } from '../harness.js';
import { fillDate, signInAs, syncBrowserClock } from '../leave/helpers.js';

/**
 * antd puts a space between two Chinese characters on a button ("出 席"); match the name either way. Not anchored at
 * the start: after a refusal, a button's fading loading icon can still lend it the name "loading".
 */
const named = (text: string) => new RegExp(`${[...text].join('\\s*')}$`);

/** Clicks the OK button of the open Popconfirm. */
async function confirmPopover(page: Page, text: string): Promise<void> {
  await page.locator('.ant-popover:visible').getByRole('button', { name: named(text) }).click();
}

/** The antd Select whose input carries the label. */
const selectOf = (page: Page, label: string): Locator => page.locator('.ant-select', { has: page.getByLabel(label, { exact: true }) });

/**
 * Picks an option in an antd Select found by its label and checks it took. A multiple select stays open after a
 * pick, so a click on the dialog's title closes it (Escape would close the dialog). Unlike the leave helper, this
 * does not wait for the dropdown's closing motion, which now and then never reports its end in headless Chromium.
 */
async function choose(page: Page, label: string, text: string): Promise<void> {
  // Under load a click can land while the dropdown is still entering and be lost: try again until the select
  // shows the choice — but never click a chosen option again (in a multiple select that would remove it).
  const shows = async () => ((await selectOf(page, label).textContent()) ?? '').includes(text);
  for (let attempt = 1; !(await shows()); attempt++) {
    await page.getByLabel(label, { exact: true }).click();
    // Only the dropdown that is open, not a previous field's still in its leave motion (it may list the same names).
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"]) .ant-select-item-option', { hasText: text }).first().click();
    await page.locator('.ant-modal-title:visible').click();
    const took = await expect.poll(shows, { timeout: 5_000 }).toBe(true).then(() => true, () => false);
    if (!took && attempt >= 3) throw new Error(`“${label}”未能选中“${text}”（已试${attempt}次）`);
  }
}

/** Waits until no date or time picker panel is open (they close with a motion after Enter). */
async function settlePickers(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-picker-dropdown:visible').count()).toBe(0);
}

const MEETING_TITLE = '区政府第5次常务会议';
const TOPIC_TITLE = '关于2026年重点项目计划的议题';
const DECISION = '原则同意2026年重点项目计划，由区发改局牵头编制重点项目清单';

describe.runIf(browserAvailable())('常务会议全过程：议题、安排、出席与法定人数、纪要签发、督办任务（第四十九、五十三至五十七条）', () => {
  const s = useBrowserSession('meetings');

  /** Moves both clocks to a Beijing morning and signs in again (sessions idle out when the clock jumps). */
  const on = async (day: string, login: string) => {
    s.clock.set(`${day}T01:00:00Z`);
    await syncBrowserClock(s);
    await signInAs(s, login);
  };
  const openMeeting = async (id: string) => {
    await s.page.goto(`${s.baseUrl}/meetings/${id}`);
    await expect.poll(() => s.page.getByTestId('meeting-title').textContent()).toBe(MEETING_TITLE);
  };
  const topicStatus = (page: Page): Locator => page.locator('[data-testid="topic"]', { hasText: TOPIC_TITLE }).getByTestId('topic-status');

  it('办公室安排常务会议，部门提前6个工作日提交议题，办公室提出、主任审定、区长确定；会上逐一登记出席至符合法定人数，记录议定事项、起草纪要；常务副区长不能签发，区长签发后转为督办任务', async () => {
    const { page, baseUrl } = s;

    // 2026-03-02 (Monday): the calendar reminds that no executive meeting is arranged this month (art. 49) — a warning.
    await on('2026-03-02', 'bgs');
    await page.goto(`${baseUrl}/meetings`);
    await expect.poll(() => page.getByTestId('rhythm-warnings').textContent()).toContain('第四十九条：区政府常务会议一般每月召开1次，本月（2026年3月）尚未安排');
    await screenshot(page, 'meetings-calendar-rhythm');

    await page.getByRole('button', { name: /安排会议/ }).click();
    const plan = page.getByRole('dialog', { name: '安排会议' });
    await plan.getByLabel('会议名称').fill(MEETING_TITLE);
    await fillDate(page, '会议日期', '2026-03-12');
    await fillDate(page, '开始时间', '09:00');
    await plan.getByLabel('地点').fill('区政府第一会议室');
    await settlePickers(page);
    // The 区长 convenes and chairs (art. 8, 49), preselected from the leaders on the meeting date.
    await expect.poll(() => plan.locator('.ant-form-item', { hasText: '召集人' }).textContent()).toContain('林志远（区长）');
    await expect.poll(() => plan.locator('.ant-form-item', { hasText: '主持人' }).textContent()).toContain('林志远（区长）');
    await screenshot(page, 'meetings-plan');
    await plan.getByRole('button', { name: named('安排') }).click();
    await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
    const meetingId = page.url().split('/').at(-1) ?? '';
    const planned = await s.handle.db.selectFrom('meetings').select(['kind', 'meetingDate', 'startTime', 'convenerPersonId', 'chairPersonId', 'status']).where('id', '=', meetingId).executeTakeFirstOrThrow();
    expect(planned).toEqual({ kind: 'executive', meetingDate: '2026-03-12', startTime: '09:00', convenerPersonId: 'lin-zhiyuan', chairPersonId: 'lin-zhiyuan', status: 'planned' });
    const quorum = page.getByTestId('quorum');
    await expect.poll(() => page.getByTestId('quorum-state').textContent()).toBe('不足法定人数');
    expect(await page.getByTestId('quorum-members').textContent()).toBe('8');
    expect(await page.getByTestId('quorum-required').textContent()).toBe('5');

    // 2026-03-04: 区发改局 submits its topic 6 working days before the meeting (art. 53: at least 5).
    await on('2026-03-04', 'fgj');
    await openMeeting(meetingId);
    await page.getByRole('button', { name: /提交议题/ }).click();
    const submit = page.getByRole('dialog', { name: /提交议题/ });
    await expect.poll(() => submit.textContent()).toContain('第五十三条：拟提交区政府常务会议研究的议题，一般应于会前5个工作日');
    await submit.getByLabel('议题名称').fill(TOPIC_TITLE);
    await submit.getByLabel('议题说明').fill('区发改局汇报2026年重点项目计划编制情况，提请会议研究。');
    await submit.getByRole('button', { name: /提交议题/ }).click();
    await expect.poll(() => topicStatus(page).textContent()).toBe('待区长、分管副区长审定');

    // Art. 53: the deputy in charge of 区发改局 (the executive deputy) and the 区长 each review the topic in their own session.
    await on('2026-03-04', 'changwu');
    await openMeeting(meetingId);
    await page.locator('[data-testid="topic"]', { hasText: TOPIC_TITLE }).getByRole('button', { name: named('审定') }).click();
    const review = page.getByRole('dialog', { name: /审定议题/ });
    await review.getByRole('button', { name: named('审定') }).click();
    await expect.poll(() => topicStatus(page).textContent()).toBe('待区长、分管副区长审定');
    await on('2026-03-04', 'quzhang');
    await openMeeting(meetingId);
    await page.locator('[data-testid="topic"]', { hasText: TOPIC_TITLE }).getByRole('button', { name: named('区长审定') }).click();
    const headReview = page.getByRole('dialog', { name: /区长审定议题/ });
    await headReview.getByRole('button', { name: named('审定') }).click();
    await expect.poll(() => topicStatus(page).textContent()).toBe('可上会');

    // Art. 54: the office proposes, the office director reviews, the 区长 decides.
    await on('2026-03-04', 'bgs');
    await openMeeting(meetingId);
    await page.getByRole('button', { name: '提出安排意见' }).click();
    const propose = page.getByRole('dialog', { name: '提出会议安排意见' });
    await propose.getByText(TOPIC_TITLE).click();
    await propose.getByRole('button', { name: '提出安排意见' }).click();
    await expect.poll(() => topicStatus(page).textContent()).toBe('已列入议程');

    await on('2026-03-05', 'bgszr');
    await openMeeting(meetingId);
    await page.getByTestId('agenda').getByRole('button', { name: named('审定') }).click();
    await confirmPopover(page, '审定');
    await expect.poll(() => page.getByTestId('agenda').textContent()).toContain('陈思源');

    await on('2026-03-05', 'quzhang');
    await openMeeting(meetingId);
    await page.getByRole('button', { name: '确定会议安排' }).click();
    await confirmPopover(page, '确定');
    await expect.poll(() => page.getByTestId('agenda').textContent()).toContain('林志远');
    expect(await page.getByTestId('agenda-topics').textContent()).toContain(TOPIC_TITLE);
    await screenshot(page, 'meetings-agenda-decided');
    const arranged = await s.handle.db.selectFrom('meetings').select(['agendaReviewedByPersonId', 'agendaDecidedByPersonId']).where('id', '=', meetingId).executeTakeFirstOrThrow();
    expect(arranged).toEqual({ agendaReviewedByPersonId: 'chen-siyuan', agendaDecidedByPersonId: 'lin-zhiyuan' });

    // 2026-03-12, the meeting: the office marks the members present one by one; quorum needs more than half of 8.
    await on('2026-03-12', 'bgs');
    await openMeeting(meetingId);
    const members = (await s.handle.db.selectFrom('meetingAttendance').select(['personId']).where('meetingId', '=', meetingId).where('role', '=', 'member').execute()).map((row) => row.personId);
    expect(members).toHaveLength(8);
    const markPresent = async (personId: string, expected: number) => {
      await page.locator(`tr[data-person-id="${personId}"]`).getByRole('button', { name: named('出席') }).click();
      await expect.poll(() => page.getByTestId('quorum-present').textContent()).toBe(String(expected));
    };
    const present = members.filter((personId) => personId !== 'feng-junjie');
    for (const [index, personId] of present.slice(0, 4).entries()) await markPresent(personId, index + 1);
    expect(await page.getByTestId('quorum-state').textContent()).toBe('不足法定人数');
    expect(await quorum.getAttribute('data-has-quorum')).toBe('no');
    await screenshot(page, 'meetings-quorum-short');

    // Art. 55: a government leader's absence needs the 区长's consent: the office files it, the 区长 consents himself.
    await page.locator('tr[data-person-id="feng-junjie"]').getByRole('button', { name: named('请假') }).click();
    const absence = page.getByRole('dialog', { name: /请假/ });
    await absence.getByLabel('请假事由').fill('出差');
    await absence.getByRole('button', { name: '报区长同意' }).click();
    await expect.poll(() => page.getByTestId('absence-requests').textContent()).toContain('待区长同意');
    await on('2026-03-12', 'quzhang');
    await openMeeting(meetingId);
    await page.getByTestId('absence-requests').getByRole('button', { name: '同意请假' }).click();
    await expect.poll(() => page.locator('tr[data-person-id="feng-junjie"]').textContent()).toContain('经区长林志远同意');
    await on('2026-03-12', 'bgs');
    await openMeeting(meetingId);

    // Art. 49: with 4 of 8 present the meeting cannot decide.
    await page.getByRole('button', { name: /记录议定事项/ }).click();
    const record = page.getByRole('dialog', { name: '记录议定事项' });
    await choose(page, '关联议题', TOPIC_TITLE);
    await record.getByLabel('议定事项').fill(DECISION);
    await choose(page, '配合单位', '区财政局');
    await fillDate(page, '完成时限', '2026-04-30');
    await record.getByRole('button', { name: named('记录') }).click();
    await expect.poll(() => record.getByTestId('rule-violations').textContent()).toContain('第四十九条：应到8人，实到4人；出席人数须超过应到人数的二分之一');
    await settlePickers(page);
    await screenshot(page, 'meetings-decision-refused');
    await record.getByRole('button', { name: named('取消') }).click();

    await markPresent(present[4] ?? '', 5);
    await expect.poll(() => page.getByTestId('quorum-state').textContent()).toBe('符合法定人数');
    expect(await quorum.getAttribute('data-has-quorum')).toBe('yes');
    for (const [index, personId] of present.slice(5).entries()) await markPresent(personId, index + 6);
    await quorum.scrollIntoViewIfNeeded();
    await screenshot(page, 'meetings-quorum-met');

    await page.getByRole('button', { name: /记录议定事项/ }).click();
    await choose(page, '关联议题', TOPIC_TITLE);
    await record.getByLabel('议定事项').fill(DECISION);
    await choose(page, '配合单位', '区财政局');
    await fillDate(page, '完成时限', '2026-04-30');
    await record.getByRole('button', { name: named('记录') }).click();
    await expect.poll(() => page.getByTestId('decisions').textContent()).toContain(DECISION);
    expect(await page.getByTestId('decisions').textContent()).toContain('区发展和改革局');
    await expect.poll(() => topicStatus(page).textContent()).toBe('已决定');

    await page.getByLabel('纪要正文').fill('2026年3月12日，林志远区长主持召开区政府第5次常务会议，听取了区发展和改革局关于2026年重点项目计划的汇报。');
    await page.getByRole('button', { name: '起草纪要' }).click();
    await expect.poll(() => page.getByTestId('minutes-number').textContent()).toBe('区政府常务会议纪要〔2026〕1号');
    await screenshot(page, 'meetings-minutes-drafted');

    // Art. 56: the executive deputy is not offered the signature (the server refuses it too, see the API
    // tests); the 区长 signs.
    await on('2026-03-13', 'changwu');
    await openMeeting(meetingId);
    await expect.poll(() => page.getByTestId('minutes-number').textContent()).toBe('区政府常务会议纪要〔2026〕1号');
    expect(await page.getByRole('button', { name: '签发纪要' }).count()).toBe(0);
    await screenshot(page, 'meetings-sign-not-offered');

    await on('2026-03-13', 'quzhang');
    await openMeeting(meetingId);
    await page.getByRole('button', { name: '签发纪要' }).click();
    await confirmPopover(page, '签发');
    await expect.poll(() => page.getByTestId('meeting-status').textContent()).toBe('纪要已签发');
    await expect.poll(() => page.getByTestId('minutes-signed').textContent()).toContain('林志远');

    const meeting = await s.handle.db.selectFrom('meetings').select(['status', 'minutesSignedByPersonId']).where('id', '=', meetingId).executeTakeFirstOrThrow();
    expect(meeting).toEqual({ status: 'minutes_signed', minutesSignedByPersonId: 'lin-zhiyuan' });
    const tasks = await s.handle.db.selectFrom('tasks').select(['id', 'title', 'leadUnitId', 'dueOn', 'article', 'status']).execute();
    expect(tasks).toHaveLength(1);
    const task = tasks[0];
    expect(task).toMatchObject({ title: DECISION, leadUnitId: 'fgj', dueOn: '2026-04-30', article: 57, status: 'open' });
    await expect.poll(() => page.locator(`[data-task-id="${task?.id}"]`).count()).toBe(1);
    await screenshot(page, 'meetings-minutes-signed');

    // The decision item is in the lead unit's 工作台 and in the supervision ledger as 督〔2026〕1号, which names its
    // source meeting and minutes (art. 57).
    await on('2026-03-13', 'fgj');
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.locator('tr', { hasText: DECISION }).textContent()).toContain('会议议定事项');
    await screenshot(page, 'meetings-workbench');
    await page.locator('tr', { hasText: DECISION }).getByRole('link').first().click();
    await page.waitForURL(new RegExp(`/supervision/tasks/${task?.id}$`));
    await expect.poll(() => page.getByTestId('task-number').textContent()).toBe('督〔2026〕1号');
    await expect.poll(() => page.getByTestId('task-source').textContent()).toContain(MEETING_TITLE);
    expect(await page.getByTestId('task-source').textContent()).toContain('区政府常务会议纪要〔2026〕1号');
    await screenshot(page, 'meetings-task');

    // 2026-05-06: past its deadline, the office's ledger marks the task 逾期 for its report to the leaders (art. 57).
    await on('2026-05-06', 'bgs');
    await page.goto(`${baseUrl}/supervision`);
    await expect.poll(() => page.getByTestId('ledger-count-overdue').getAttribute('data-count')).toBe('1');
    expect(await page.locator('tr', { hasText: DECISION }).textContent()).toContain('逾期');
    await screenshot(page, 'meetings-tasks-overdue');

    await page.goto(`${baseUrl}/meetings`);
    await page.getByRole('button', { name: '上个月' }).click();
    await page.getByRole('button', { name: '上个月' }).click();
    await expect.poll(() => page.locator('[data-date="2026-03-12"]').textContent()).toContain(MEETING_TITLE);
    await screenshot(page, 'meetings-calendar');
  }, 180_000);
});
