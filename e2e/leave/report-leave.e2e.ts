import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot, useBrowserSession } from '../harness.js';
import { fillDate, firstLoginThroughForms, settleForm } from './helpers.js';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

describe.runIf(browserAvailable())('第八十二条 请假须提前3天报告；紧急外出及时报备并说明理由；外出超过3天附通知、方案、日程', () => {
  const s = useBrowserSession('leave');

  it('第八十二条 部门主要负责人提前2天报告被拒，页面列出第八十二条；按紧急外出报备后被接受并标注', async () => {
    const { page, baseUrl } = s;
    await firstLoginThroughForms(s, 'fgj-head');
    await page.getByRole('menuitem', { name: '领导去向' }).click();
    await page.waitForURL(/\/leave$/);
    await page.getByRole('tab', { name: '请销假' }).click();
    await page.waitForURL(/\/leave\/reports$/);
    await page.getByRole('button', { name: '报告外出' }).click();
    await page.waitForURL(/\/leave\/reports\/new$/);
    await expect.poll(() => page.getByText('须提前3天报告（第八十二条）').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('外出超过3天须附有关通知、方案及日程安排（第八十二条）').count()).toBeGreaterThan(0);

    // The clock says 2026-03-02; the trip starts on the 4th, two days ahead.
    await fillDate(page, '开始日期', '2026-03-04');
    await fillDate(page, '结束日期', '2026-03-05');
    await page.getByLabel('地点').fill('北京市');
    await page.getByLabel('代为主持工作的负责人').fill('李明（副局长）');
    await page.getByLabel('24小时联系电话').fill('13912345678');
    await page.getByLabel('事由', { exact: true }).fill('参加国家发展改革委专题会议');
    await expect.poll(() => page.getByText('距外出仅 2 天，不足 3 天').count()).toBe(1);
    await page.getByRole('button', { name: '提交报告' }).click();

    const refusal = page.getByTestId('report-refusal');
    await expect.poll(() => refusal.textContent()).toContain('第八十二条：外出须提前3天报告，本次仅提前2天');
    expect(await refusal.textContent()).not.toContain('第八十二条：第八十二条');
    await settleForm(page);
    expect(await page.locator('.ant-form-item-explain-error').count()).toBe(0);
    await screenshot(page, 'leave-report-refused');
    expect(await s.handle.db.selectFrom('leaveReports').select('id').execute()).toEqual([]);

    await page.getByRole('switch', { name: '紧急外出' }).click();
    await page.getByLabel('紧急外出理由').fill('国家发展改革委临时通知参会');
    await page.getByRole('button', { name: '紧急报备' }).click();

    await page.waitForURL(/\/leave\/reports\/[0-9a-f-]{36}$/);
    const flags = page.getByTestId('leave-flags');
    await expect.poll(() => flags.textContent()).toContain('紧急外出报备：提前2天（规定提前3天），理由：国家发展改革委临时通知参会');
    await expect.poll(() => page.getByText('紧急外出', { exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('recipients').textContent()).toMatch(/区委书记.*区长/);
    await screenshot(page, 'leave-report-emergency');

    const rows = await s.handle.db.selectFrom('leaveReports').select(['personId', 'isEmergency', 'emergencyReason', 'flags', 'startDate']).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ personId: 'fgj-principal', isEmergency: 1, emergencyReason: '国家发展改革委临时通知参会', startDate: '2026-03-04' });
    expect(JSON.parse(rows[0]!.flags)).toEqual([expect.objectContaining({ ruleId: 'leave.notice-days-ahead', article: 82 })]);

    // The list shows the flag as an orange tag naming its article.
    await page.goto(`${baseUrl}/leave/reports`);
    await expect.poll(() => page.locator('[data-rule-id="leave.notice-days-ahead"]').textContent()).toContain('第八十二条');
    await screenshot(page, 'leave-reports');
  });

  it('第八十二条 外出5天未附材料被拒；上传有关通知、方案及日程安排后报告被接受，详情可下载', async () => {
    const { page, baseUrl } = s;
    await page.goto(`${baseUrl}/leave/reports/new`);
    await fillDate(page, '开始日期', '2026-03-10');
    await fillDate(page, '结束日期', '2026-03-14');
    await page.getByLabel('地点').fill('上海市');
    await page.getByLabel('代为主持工作的负责人').fill('李明（副局长）');
    await page.getByLabel('24小时联系电话').fill('0533-7181234');
    await page.getByLabel('事由', { exact: true }).fill('参加长三角区域合作培训');
    await expect.poll(() => page.getByText('本次外出 5 天，超过 3 天').count()).toBe(1);
    await page.getByRole('button', { name: '提交报告' }).click();
    await expect.poll(() => page.getByTestId('report-refusal').textContent()).toContain('第八十二条：外出时间超过3天的，要附有关通知、方案及日程安排；本次外出5天，尚缺有关通知、方案、日程安排');

    const attach = async (kind: 'notice' | 'plan' | 'schedule', name: string) => {
      await page.locator(`[data-attachment-kind="${kind}"] input[type="file"]`).setInputFiles({ name, mimeType: 'application/pdf', buffer: pdf });
      await expect.poll(() => page.locator(`[data-attachment-kind="${kind}"] .ant-upload-list-item-done`).count()).toBe(1);
    };
    // The notice alone is not enough: the text asks for all three ("通知、方案及日程安排").
    await attach('notice', '培训通知.pdf');
    await page.getByRole('button', { name: '提交报告' }).click();
    await expect.poll(() => page.getByTestId('report-refusal').textContent()).toContain('本次外出5天，尚缺方案、日程安排');
    expect(await s.handle.db.selectFrom('leaveReports').select('id').where('startDate', '=', '2026-03-10').execute()).toEqual([]);
    await attach('plan', '培训方案.pdf');
    await attach('schedule', '日程安排.pdf');
    await page.getByRole('button', { name: '提交报告' }).click();

    await page.waitForURL(/\/leave\/reports\/[0-9a-f-]{36}$/);
    const reportId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    const link = page.getByRole('link', { name: /培训通知\.pdf/ });
    await expect.poll(() => link.getAttribute('href')).toMatch(/^\/api\/attachments\//);
    const download = await page.request.get(`${baseUrl}${await link.getAttribute('href')}`);
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 8).toString()).toBe('%PDF-1.7');
    await screenshot(page, 'leave-report-attachments');

    // This report's own files (the demo seed has attachments of its own, e.g. an incoming document's scan).
    const attachments = await s.handle.db.selectFrom('attachments').select(['kind', 'ownerType', 'fileName']).where('ownerId', '=', reportId).orderBy('kind').execute();
    expect(attachments).toEqual([
      { kind: 'notice', ownerType: 'leave_report', fileName: '培训通知.pdf' },
      { kind: 'plan', ownerType: 'leave_report', fileName: '培训方案.pdf' },
      { kind: 'schedule', ownerType: 'leave_report', fileName: '日程安排.pdf' },
    ]);
  });
});
