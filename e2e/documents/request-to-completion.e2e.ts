import { describe, expect, it } from 'vitest';
import type { Agent } from '../../test/harness/app.js';
import { browserAvailable, laterAs, screenshot, useBrowserSession } from '../harness.js';
import { agentAs, buttonName, firstLoginThroughForms, pickOption, signInAs, syncBrowserClock, timelineSteps } from './helpers.js';

const title = '区发展和改革局关于申请重点项目前期经费的请示';
const minutes = (n: number) => n * 60_000;

describe.runIf(browserAvailable())('第六十四至六十六条 请示从报送到办结', () => {
  const s = useBrowserSession('documents');

  it('第六十四条 申报两个事项的请示被拒；一文一事后报送，办公室签收至批办，赵明远批示，转办、办结、归档，每一步留痕', async () => {
    const { page, baseUrl } = s;

    // 区发展和改革局经办人报送请示。
    await firstLoginThroughForms(s, 'fgj');
    await page.getByRole('menuitem', { name: '收文办理' }).click();
    await page.waitForURL(/\/documents\/incoming$/);
    await page.getByRole('button', { name: '报送公文' }).click();
    await page.waitForURL(/\/documents\/incoming\/new$/);
    await expect.poll(() => page.getByText('请示应当一文一事（第六十四条）').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('本平台只处理非涉密公文（第八十四条）').count()).toBe(1);
    await screenshot(page, 'documents-submit-form');

    await page.getByLabel('来文字号').fill('临发改〔2026〕12号');
    await page.getByLabel('签发人').fill('王');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '王建华（局长）' }).click();
    await page.getByLabel('标题', { exact: true }).fill(title);
    await page.getByLabel('正文', { exact: true }).fill('区政府：\n为推进重点项目前期工作，拟申请前期经费200万元。\n妥否，请批示。');
    await page.getByLabel('申报事项1', { exact: true }).fill('申请重点项目前期经费200万元');
    await page.getByRole('button', { name: '添加事项' }).click();
    await page.getByLabel('申报事项2', { exact: true }).fill('申请增加项目服务中心编制2名');
    await page.getByLabel('附件说明').fill('1.重点项目清单');
    await page.getByLabel('附注').fill('联系人：胡慧敏，电话：7181234');
    await expect.poll(() => page.getByText('本件申报了2个事项').count()).toBe(1);
    await page.getByRole('button', { name: buttonName('报送') }).click();

    const refusal = page.getByTestId('submit-refusal');
    await expect.poll(() => refusal.textContent()).toContain('第六十四条：请示应当一文一事，本件申报了2个事项，请分别行文');
    expect(await refusal.textContent()).not.toContain('第六十四条：第六十四条');
    await page.getByRole('button', { name: buttonName('取消') }).scrollIntoViewIfNeeded();
    await screenshot(page, 'documents-submit-refused');
    // Nothing filed (the demo government's own documents, received last year, are there already).
    expect(await s.handle.db.selectFrom('incomingDocuments').select('id').where('title', '=', title).execute()).toEqual([]);

    await page.getByRole('button', { name: '删除申报事项2' }).click();
    await page.getByRole('button', { name: buttonName('报送') }).click();
    await page.waitForURL(/\/documents\/incoming\/[0-9a-f-]{36}$/);
    const detailUrl = page.url();
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('待签发');
    await expect.poll(() => timelineSteps(page)).toEqual(['submit']);
    await screenshot(page, 'documents-submitted');

    // 区发展和改革局主要负责人本人签发（第六十四条）。
    // The 请示 waits in his 工作台, not the office's, until he signs it off.
    await signInAs(s, 'bgs');
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.getByText(/^全部（\d+）$/).count()).toBe(1);
    expect(await page.getByRole('link', { name: title }).count()).toBe(0);
    await laterAs(s, 'fgj-head', minutes(10));
    await page.goto(`${baseUrl}/`);
    const waiting = page.locator('.ant-table-row', { hasText: title });
    await expect.poll(() => waiting.textContent()).toContain('待签发');
    await waiting.getByRole('link', { name: title }).click();
    await page.waitForURL(detailUrl);
    await page.getByTestId('action-sign-off').getByRole('button', { name: buttonName('签发') }).click();
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('待签收');
    await expect.poll(() => timelineSteps(page)).toEqual(['submit', 'sign_off']);
    const principal = await s.handle.db.selectFrom('users').select('id').where('loginName', '=', 'fgj-head').executeTakeFirstOrThrow();
    const signOff = await s.handle.db.selectFrom('timelineEntries').select(['actorUserId', 'actingForPersonId', 'article']).where('objectId', '=', detailUrl.split('/').at(-1) ?? '').where('action', '=', 'sign_off').execute();
    expect(signOff).toEqual([{ actorUserId: principal.id, actingForPersonId: null, article: 64 }]);

    // 区政府办公室：签收、登记、初审、拟办、批办。
    await laterAs(s, 'bgs', minutes(30));
    await page.goto(detailUrl);
    await page.getByRole('button', { name: buttonName('签收') }).click();
    await expect.poll(() => timelineSteps(page)).toEqual(['submit', 'sign_off', 'receive']);
    await page.getByRole('button', { name: buttonName('登记') }).click();
    await expect.poll(() => timelineSteps(page)).toEqual(['submit', 'sign_off', 'receive', 'register']);
    await expect.poll(() => page.getByText('收〔2026〕1号').count()).toBeGreaterThan(0);

    const review = page.getByTestId('action-review');
    await review.getByText('退回', { exact: true }).click();
    await expect.poll(() => review.getByText('请示未做到一文一事').count()).toBe(1);
    expect(await review.textContent()).toContain('第六十四条');
    await expect.poll(() => review.locator('.ant-radio-button-wrapper-checked').textContent()).toBe('退回');
    await screenshot(page, 'documents-review');
    await review.getByText('通过', { exact: true }).click();
    await review.getByRole('button', { name: '初审通过' }).click();
    await expect.poll(() => timelineSteps(page)).toEqual(['submit', 'sign_off', 'receive', 'register', 'review']);

    await page.getByLabel('拟办意见').fill('拟请赵明远副区长阅批');
    await page.getByRole('button', { name: '提交拟办' }).click();
    await expect.poll(() => timelineSteps(page)).toEqual(['submit', 'sign_off', 'receive', 'register', 'review', 'propose']);
    await page.getByRole('button', { name: buttonName('批办') }).click();
    await expect.poll(() => page.getByTestId('assignment').textContent()).toContain('呈赵明远同志阅批（按分工报分管副区长）');
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('待批示');
    await screenshot(page, 'documents-assigned');

    // 常务副区长赵明远从工作台打开，签署明确意见（第六十五条）。
    await laterAs(s, 'changwu', minutes(45));
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: title }).click();
    await page.waitForURL(detailUrl);
    const panel = page.getByTestId('instruction-panel');
    await expect.poll(() => panel.textContent()).toContain('对有具体请示事项的，应签署明确意见、姓名和日期（第六十五条）');
    expect(await panel.getByRole('button', { name: buttonName('圈阅') }).count()).toBe(0);
    await panel.getByRole('button', { name: buttonName('签批') }).click();
    await expect.poll(() => panel.getByText('请示须签署明确意见（第六十五条）').count()).toBe(1);
    await panel.getByLabel('批示意见').fill('同意，请区财政局统筹安排。');
    await expect.poll(() => panel.getByText('请示须签署明确意见（第六十五条）').count()).toBe(0);
    await screenshot(page, 'documents-instruction');
    await panel.getByRole('button', { name: buttonName('签批') }).click();
    await expect.poll(() => page.getByTestId('instruction').textContent()).toContain('同意，请区财政局统筹安排。');
    await expect.poll(() => page.getByTestId('instruction-panel').count()).toBe(0);

    // 办公室转办区发展和改革局。
    await laterAs(s, 'bgs', minutes(20));
    await page.goto(detailUrl);
    const transfer = page.getByTestId('action-transfer');
    await expect.poll(() => transfer.textContent()).toContain('区发展和改革局');
    await expect.poll(() => transfer.textContent()).toContain('不填按规定 10 个工作日（第六十六条）');
    await pickOption(page, '协办单位', '区财政局');
    await transfer.getByRole('button', { name: buttonName('转办') }).click();
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('承办中');
    await expect.poll(() => page.getByTestId('step-clock').textContent()).toContain('2026-03-16');

    // 区发展和改革局办结并回复办理结果。
    await laterAs(s, 'fgj', minutes(60));
    await page.goto(detailUrl);
    await page.getByLabel('办理结果').fill('经费已落实，项目前期工作已启动。');
    await page.getByRole('button', { name: buttonName('办结') }).click();
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('已办结');

    // 办公室归档。
    await laterAs(s, 'bgs', minutes(10));
    await page.goto(detailUrl);
    await page.getByTestId('action-archive').getByRole('button', { name: buttonName('归档') }).click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: buttonName('归档') }).click();
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('已归档');

    const steps = ['submit', 'sign_off', 'receive', 'register', 'review', 'propose', 'assign', 'instruct', 'transfer', 'complete', 'archive'];
    await expect.poll(() => timelineSteps(page)).toEqual(steps);
    const timeline = (await page.getByTestId('timeline').textContent()) ?? '';
    for (const label of ['报送', '签发', '签收', '登记', '初审', '拟办', '批办', '批示', '转办', '办结', '归档']) expect(timeline).toContain(label);
    expect(timeline).toContain('赵明远');
    expect(timeline).toContain('同意，请区财政局统筹安排。（赵明远，2026-03-02）');
    expect(timeline).toContain('第六十五条');
    // Times are Beijing time: the first step was filed at 09:00 (01:00 UTC).
    expect(timeline).toContain('2026-03-02 09:00');
    await page.getByTestId('document-title').scrollIntoViewIfNeeded();
    await screenshot(page, 'documents-archived');
    await page.getByTestId('timeline').scrollIntoViewIfNeeded();
    await screenshot(page, 'documents-timeline');

    const rows = await s.handle.db.selectFrom('incomingDocuments').select(['status', 'registerNumber', 'handlingUnitId', 'assignedLeaderPersonId', 'declaredMatters']).where('title', '=', title).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'archived', handlingUnitId: 'fgj', assignedLeaderPersonId: 'zhao-mingyuan' });
    expect(rows[0]!.registerNumber).toMatch(/^收〔2026〕\d+号$/);
    expect(JSON.parse(rows[0]!.declaredMatters)).toEqual(['申请重点项目前期经费200万元']);

    // The register lists it with its number; the chase list does not hold it (it was done in time).
    await page.goto(`${baseUrl}/documents/incoming`);
    await expect.poll(() => page.getByRole('link', { name: title }).count()).toBe(1);
    await expect.poll(() => page.getByText('收〔2026〕1号').count()).toBe(1);
    await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
    await screenshot(page, 'documents-register');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    expect((await download).suggestedFilename()).toBe('收文登记簿.xlsx');
    await page.getByRole('tab', { name: '催办清单' }).click();
    await page.waitForURL(/\/documents\/incoming\/chase$/);
    // The chase list's own page, loaded (the register stays on screen while the page's code loads).
    await expect.poll(() => page.getByRole('button', { name: '立即催办' }).count()).toBe(1);
    await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
    expect(await page.getByRole('link', { name: title }).count()).toBe(0);
  });

  it('第六十六条 逾期公文列入催办清单，注明逾期工作日数与计算过程；立即催办写入办理过程', async () => {
    const { page, baseUrl } = s;
    const fgj = await agentAs(s, 'fgj');
    const fgjHead = await agentAs(s, 'fgj-head');
    const office = await agentAs(s, 'bgs');
    const zhao = await agentAs(s, 'changwu');
    const filed = await fgj.post('/api/documents/incoming', {
      docType: '请示',
      title: '关于园区道路改造的请示',
      body: '拟对园区道路进行改造，妥否，请批示。',
      signerName: '王建华',
      declaredMatters: ['园区道路改造'],
      writtenOn: '2026-03-02',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const id = filed.json().id as string;
    const walk = async (agent: Agent, action: string, body: Record<string, unknown> = {}) => {
      const version = (await agent.get(`/api/documents/incoming/${id}`)).json().version as number;
      const response = await agent.post(`/api/documents/incoming/${id}/${action}`, { version, ...body });
      expect(response.statusCode, `${action}: ${response.body}`).toBe(200);
    };
    await walk(fgjHead, 'sign-off');
    await walk(office, 'receive');
    await walk(office, 'register');
    await walk(office, 'review', { outcome: 'pass' });
    await walk(office, 'propose', { proposal: '请阅批' });
    await walk(office, 'assign');
    await walk(zhao, 'instruct', { opinion: '同意。' });
    await walk(office, 'transfer', { handlingUnitId: 'fgj', workingDays: 2 });

    // Due Wednesday 03-04; on Monday 03-09 it is 3 working days late.
    s.clock.set('2026-03-09T02:00:00Z');
    await syncBrowserClock(s);
    await signInAs(s, 'bgs');
    await page.goto(`${baseUrl}/documents/incoming/chase`);
    await expect.poll(() => page.getByText('逾期3个工作日', { exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByText('截至2026年3月9日已逾期3个工作日', { exact: false }).count()).toBe(1);
    await screenshot(page, 'documents-chase-list');
    await page.getByRole('button', { name: '立即催办' }).click();
    await expect.poll(() => page.getByText(/已催办 [1-9]\d* 件/).count()).toBe(1);

    await page.goto(`${baseUrl}/documents/incoming?overdue=1`);
    const overdueRow = page.locator('.ant-table-row', { hasText: '关于园区道路改造的请示' });
    await expect.poll(() => overdueRow.getByTestId('overdue-tag').textContent()).toBe('逾期3个工作日');
    await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
    await page.getByText('2026-03-04 周三', { exact: true }).hover();
    await expect.poll(() => page.locator('.ant-tooltip:visible').textContent()).toContain('截至2026年3月9日已逾期3个工作日');
    await screenshot(page, 'documents-register-overdue');
    await page.getByRole('link', { name: '关于园区道路改造的请示' }).click();
    await expect.poll(() => timelineSteps(page)).toContain('chase');
    await expect.poll(() => page.getByTestId('step-clock').textContent()).toContain('逾期3个工作日');
    const chased = await s.handle.db.selectFrom('timelineEntries').select(['action as step', 'article']).where('objectId', '=', id).where('action', '=', 'chase').execute();
    expect(chased).toEqual([{ step: 'chase', article: 66 }]);
  });
});
