import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, laterAs, useBrowserSession } from '../harness.js';
import { agentAs, buttonName, pickOptions, shot, signInAs, timelineSteps } from './helpers.js';

const scan = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const cityTitle = '淄博市人民政府关于做好2026年重点项目建设工作的通知';
const minutes = (n: number) => n * 60_000;
/** Whether the server can make PDFs (LibreOffice headless); without it the PDF answers 503 and says so. */
const hasLibreOffice = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'].some((path) => fs.existsSync(path));

/** An option of the antd Select that is open now (never one of a closed or closing dropdown). */
function openOption(page: Page, text: string) {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"]) .ant-select-item-option', { hasText: text }).first();
}

async function pick(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await openOption(page, text).click();
}

describe.runIf(browserAvailable())('第六十五、六十六条 办公室登记的纸质来文与退回后重新报送', () => {
  const s = useBrowserSession('documents');

  it('第六十五条 市政府纸质来文：登记（附扫描件）、初审、拟办、批办，副区长批示后呈区长，区长批示，两位领导传阅，转办、办结，收文处理笺载明每一步', async () => {
    const { page, baseUrl } = s;

    // 区政府办公室登记淄博市人民政府的纸质来文。
    await signInAs(s, 'bgs');
    await page.goto(`${baseUrl}/documents/incoming`);
    await page.getByRole('button', { name: '来文登记' }).click();
    await page.waitForURL(/\/documents\/incoming\/registration$/);
    await page.getByLabel('来文机关').fill('淄博市人民政府');
    await expect.poll(() => page.getByTestId('scan-required').count()).toBe(1);
    await page.getByLabel('份数').fill('2');
    await page.getByLabel('页数').fill('6');
    await pick(page, '公开属性', '依申请公开');
    await page.getByLabel('来文字号').fill('淄政字〔2026〕8号');
    await pick(page, '归口单位', '区发展和改革局');
    await page.getByLabel('标题', { exact: true }).fill(cityTitle);
    await page.getByLabel('正文或内容摘要').fill('各区县人民政府：\n请做好2026年重点项目建设工作，于3月底前报送进展情况。');
    // Paper without its scan cannot be registered.
    expect(await page.getByRole('button', { name: buttonName('登记') }).isDisabled()).toBe(true);
    await page.getByRole('heading', { name: '来文登记' }).scrollIntoViewIfNeeded();
    await shot(page, 'register-form');
    await page.locator('input[type="file"]').setInputFiles({ name: '淄政字〔2026〕8号扫描件.pdf', mimeType: 'application/pdf', buffer: scan });
    await expect.poll(() => page.getByTestId('scan-required').count()).toBe(0);
    await page.getByRole('button', { name: buttonName('登记') }).click();
    await page.waitForURL(/\/documents\/incoming\/[0-9a-f-]{36}$/);
    const detailUrl = page.url();
    const id = detailUrl.split('/').at(-1) ?? '';
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('待初审');
    await expect.poll(() => page.getByTestId('channel').textContent()).toBe('纸质');
    expect(await page.getByTestId('document-elements').textContent()).toContain('淄博市人民政府');
    await expect.poll(() => page.getByTestId('attachments').textContent()).toContain('扫描件.pdf');
    await expect.poll(() => page.getByText('收〔2026〕1号').count()).toBeGreaterThan(0);
    await shot(page, 'registered');

    // 初审、拟办、批办：按归口单位呈分管副区长赵明远。
    const review = page.getByTestId('action-review');
    await review.getByRole('button', { name: '初审通过' }).click();
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('待拟办');
    await page.getByLabel('拟办意见').fill('拟请赵明远副区长阅批，呈林志远区长审定。');
    await page.getByRole('button', { name: '提交拟办' }).click();
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('待批办');
    await page.getByRole('button', { name: buttonName('批办') }).click();
    await expect.poll(() => page.getByTestId('assignment').textContent()).toContain('赵明远');
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('待批示');

    // 常务副区长赵明远批示，再呈区长。
    await laterAs(s, 'changwu', minutes(30));
    await page.goto(detailUrl);
    const panel = page.getByTestId('instruction-panel');
    await panel.getByLabel('批示意见').fill('同意拟办意见，请区发展和改革局牵头落实。');
    await panel.getByRole('button', { name: buttonName('签批') }).click();
    await expect.poll(() => page.getByTestId('instructions').textContent()).toContain('同意拟办意见，请区发展和改革局牵头落实。');
    const escalate = page.getByTestId('action-escalate');
    await escalate.getByLabel('呈报说明').fill('呈林志远区长审定。');
    await escalate.getByRole('button', { name: '呈区长' }).click();
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('待批示');
    await expect.poll(() => page.getByTestId('assignment').textContent()).toContain('林志远');
    await shot(page, 'escalated');

    // 区长林志远批示：先看到副区长的批示。
    await laterAs(s, 'quzhang', minutes(30));
    await page.goto(detailUrl);
    const headPanel = page.getByTestId('instruction-panel');
    await expect.poll(() => headPanel.textContent()).toContain('同意拟办意见，请区发展和改革局牵头落实。（赵明远，');
    await headPanel.getByLabel('批示意见').fill('同意。请发改局3月25日前报送进展。');
    await headPanel.getByRole('button', { name: buttonName('签批') }).click();
    await expect.poll(() => page.getByTestId('instruction').count()).toBe(2);
    await expect.poll(() => page.getByTestId('instruction-panel').count()).toBe(0);

    // 办公室送周文博、吴海燕两位副区长传阅；未阅完不能转办。
    await laterAs(s, 'bgs', minutes(20));
    await page.goto(detailUrl);
    const circulate = page.getByTestId('action-circulate');
    await pickOptions(page, '传阅领导', ['周文博', '吴海燕']);
    await circulate.getByRole('button', { name: '送传阅' }).click();
    await expect.poll(() => page.getByTestId('circulation-progress').textContent()).toBe('已阅 0/2，未阅：周文博、吴海燕');
    const transfer = page.getByTestId('action-transfer');
    await transfer.getByRole('button', { name: buttonName('转办') }).click();
    // The refusal, not just any alert: a stale version would show as a conflict instead.
    await expect.poll(async () => ((await transfer.getByTestId('rule-refusal').count()) === 1 ? transfer.getByTestId('rule-refusal').textContent() : '')).toMatch(/第六十[五六]条/);
    await shot(page, 'transfer-refused');

    await laterAs(s, 'zhouwb', minutes(15));
    await page.goto(detailUrl);
    await page.getByTestId('read-panel').getByRole('button', { name: buttonName('已阅') }).click();
    await expect.poll(() => page.getByTestId('read-panel').count()).toBe(0);
    await expect.poll(() => page.getByTestId('circulation-progress').textContent()).toBe('已阅 1/2，未阅：吴海燕');

    await laterAs(s, 'wuhy', minutes(15));
    await page.goto(detailUrl);
    const read = page.getByTestId('read-panel');
    await read.getByLabel('阅示意见').fill('请区交通运输局配合做好项目用地和道路配套。');
    await read.getByRole('button', { name: '签署阅示意见' }).click();
    await expect.poll(() => page.getByTestId('circulation-progress').textContent()).toBe('已阅 2/2');
    await page.getByTestId('circulation').scrollIntoViewIfNeeded();
    await shot(page, 'circulated');

    // 办公室转办区发展和改革局，承办单位办结。
    await laterAs(s, 'bgs', minutes(10));
    await page.goto(detailUrl);
    await expect.poll(() => page.getByTestId('action-transfer').textContent()).toContain('区发展和改革局');
    await page.getByTestId('action-transfer').getByRole('button', { name: buttonName('转办') }).click();
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('承办中');

    await laterAs(s, 'fgj', minutes(60));
    await page.goto(detailUrl);
    await page.getByLabel('办理结果').fill('已制定重点项目推进计划，3月24日报送进展。');
    await page.getByRole('button', { name: buttonName('办结') }).click();
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('已办结');

    // 收文处理笺：登记、拟办、每一条批示和阅示（姓名、日期）、转办、办结。
    await laterAs(s, 'bgs', minutes(5));
    await page.goto(detailUrl);
    await expect
      .poll(() => timelineSteps(page))
      .toEqual(['receive', 'register', 'review', 'propose', 'assign', 'instruct', 'escalate', 'instruct', 'circulate', 'read', 'read', 'transfer', 'complete']);
    await page.getByTestId('slip-link').click();
    await page.waitForURL(/\/slip$/);
    const slip = page.getByTestId('processing-slip');
    await expect.poll(() => slip.textContent()).toContain('收〔2026〕1号');
    // The heading names the office in full, as its seal and letterhead do.
    expect(await slip.getByRole('heading', { level: 1 }).textContent()).toBe('临淄区人民政府办公室收文处理笺');
    const text = (await slip.textContent()) ?? '';
    for (const expected of [
      '淄博市人民政府',
      '淄政字〔2026〕8号',
      cityTitle,
      '纸质',
      '2 份 / 6 页',
      '拟请赵明远副区长阅批，呈林志远区长审定。',
      '同意拟办意见，请区发展和改革局牵头落实。',
      '赵明远',
      '同意。请发改局3月25日前报送进展。',
      '林志远',
      '周文博',
      '请区交通运输局配合做好项目用地和道路配套。',
      '吴海燕',
      '区发展和改革局',
      '已制定重点项目推进计划，3月24日报送进展。',
      '2026年3月2日',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // In order: the deputy's 批示, the 区长's, then the two readers'.
    const entries = await page.getByTestId('slip-instructions').getByTestId('slip-entry').allTextContents();
    expect(entries.map((entry) => entry.replace(/\s+/g, ''))).toEqual([
      expect.stringContaining('赵明远'),
      expect.stringContaining('林志远'),
      expect.stringContaining('周文博'),
      expect.stringContaining('吴海燕'),
    ]);
    await shot(page, 'processing-slip');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: /打\s*印/ }).isVisible()).toBe(false);
    await shot(page, 'processing-slip-print');
    await page.emulateMedia({ media: 'screen' });

    const word = page.waitForEvent('download');
    await page.getByRole('button', { name: /下载 Word/ }).click();
    const wordFile = await word;
    expect(wordFile.suggestedFilename()).toMatch(/\.docx$/);
    const wordPath = await wordFile.path();
    expect(fs.readFileSync(wordPath).subarray(0, 2).toString()).toBe('PK');
    if (hasLibreOffice) {
      const pdf = page.waitForEvent('download');
      await page.getByRole('button', { name: /下载 PDF/ }).click();
      const pdfFile = await pdf;
      expect(pdfFile.suggestedFilename()).toMatch(/\.pdf$/);
      expect(fs.readFileSync(await pdfFile.path()).subarray(0, 5).toString()).toBe('%PDF-');
    } else {
      console.log('SKIPPED processing-slip PDF download: no LibreOffice (Debian package libreoffice-writer-nogui)');
    }

    // 已办：周文博 sees the document he read; the office clerk sees it too, from the menu.
    await page.goto(`${baseUrl}/`);
    await page.getByRole('menuitem', { name: '已办' }).click();
    await page.waitForURL(/\/documents\/done$/);
    await expect.poll(() => page.getByRole('link', { name: cityTitle }).count()).toBe(1);
    await laterAs(s, 'zhouwb', minutes(1));
    await page.goto(`${baseUrl}/documents/done`);
    await expect.poll(() => page.getByRole('link', { name: cityTitle }).count()).toBe(1);
    const row = page.locator('.ant-table-row', { hasText: cityTitle });
    expect(await row.textContent()).toContain('阅');
    await shot(page, 'done-list');

    const stored = await s.handle.db.selectFrom('incomingDocuments').select(['status', 'channel', 'sourceKind', 'senderName', 'copies', 'pages']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: 'completed', channel: 'paper', sourceKind: 'higher', senderName: '淄博市人民政府', copies: 2, pages: 6 });
  });

  it('第六十四条 退回的请示：报送单位看到退回理由与条款，修改后重新报送同一件，两稿都保留，办结', async () => {
    const { page, baseUrl } = s;
    // The body asks for a second matter the declaration leaves out: the office returns it (art. 64 一文一事).
    const filed = await (await agentAs(s, 'fgj')).post('/api/documents/incoming', {
      docType: '请示',
      title: '区发展和改革局关于申请园区道路改造资金及增加编制的请示',
      body: '拟申请园区道路改造资金300万元，并请增加编制2名。妥否，请批示。',
      signerName: '王建华',
      declaredMatters: ['园区道路改造资金300万元'],
      writtenOn: '2026-03-02',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const id = filed.json().id as string;
    // A fresh agent each step: moving the clock idles sessions out, and agentAs signs in again when needed.
    const walk = async (loginName: string, action: string, body: Record<string, unknown> = {}) => {
      const agent = await agentAs(s, loginName);
      const version = (await agent.get(`/api/documents/incoming/${id}`)).json().version as number;
      const response = await agent.post(`/api/documents/incoming/${id}/${action}`, { version, ...body });
      expect(response.statusCode, `${action}: ${response.body}`).toBe(200);
    };
    await walk('fgj-head', 'sign-off');
    await walk('bgs', 'receive');
    await walk('bgs', 'register');
    await walk('bgs', 'review', { outcome: 'return', reasons: ['not_one_matter'], opinion: '编制事项请另行报送' });

    // The office's 工作台 no longer holds it; the filing unit's does.
    await laterAs(s, 'bgs', minutes(5));
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.getByText(/^全部（\d+）$/).count()).toBe(1);
    expect(await page.locator('.ant-table-row', { hasText: '园区道路改造资金' }).count()).toBe(0);

    await laterAs(s, 'fgj', minutes(30));
    await page.goto(`${baseUrl}/`);
    const waiting = page.locator('.ant-table-row', { hasText: '园区道路改造资金' });
    await expect.poll(() => waiting.count()).toBe(1);
    await waiting.getByRole('link').first().click();
    await page.waitForURL(new RegExp(`/documents/incoming/${id}$`));
    const reasons = page.getByTestId('return-reasons');
    await expect.poll(() => reasons.textContent()).toContain('第六十四条：请示未做到一文一事');
    expect(await reasons.textContent()).toContain('编制事项请另行报送');
    await shot(page, 'returned');

    await page.getByRole('button', { name: '修改后重新报送' }).click();
    await page.waitForURL(new RegExp(`/documents/incoming/${id}/resubmit$`));
    await expect.poll(() => page.getByLabel('标题', { exact: true }).inputValue()).toContain('园区道路改造资金');
    await expect.poll(() => page.getByTestId('return-reasons').textContent()).toContain('第六十四条');
    await page.getByLabel('标题', { exact: true }).fill('区发展和改革局关于申请园区道路改造资金的请示');
    await page.getByLabel('正文', { exact: true }).fill('拟申请园区道路改造资金300万元。妥否，请批示。');
    await page.getByLabel('修改说明').fill('按一文一事要求，删去增加编制事项，另行报送。');
    await shot(page, 'resubmit-form');
    await page.getByRole('button', { name: buttonName('重新报送') }).click();
    await page.waitForURL(new RegExp(`/documents/incoming/${id}$`));
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('待签发');
    await expect.poll(() => page.locator('[data-testid="versions"] [data-revision]').count()).toBe(2);
    expect(await page.getByTestId('versions').textContent()).toContain('修改：标题、正文');

    // The same document goes on: 签发 by the principal head again, then the office, the leader, the unit.
    await walk('fgj-head', 'sign-off');
    await walk('bgs', 'receive');
    await walk('bgs', 'register');
    await walk('bgs', 'review', { outcome: 'pass' });
    await walk('bgs', 'propose', { proposal: '拟请赵明远副区长阅批' });
    await walk('bgs', 'assign');
    await walk('changwu', 'instruct', { opinion: '同意，请区财政局统筹安排。' });
    await walk('bgs', 'transfer', { handlingUnitId: 'fgj' });
    await walk('fgj', 'complete', { result: '资金已落实，道路改造已开工。' });

    await laterAs(s, 'fgj', minutes(10));
    await page.goto(`${baseUrl}/documents/incoming/${id}`);
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('已办结');
    await expect.poll(() => timelineSteps(page)).toEqual(expect.arrayContaining(['return', 'resubmit', 'complete']));
    await page.getByTestId('versions').scrollIntoViewIfNeeded();
    await shot(page, 'resubmitted-completed');
    const rows = await s.handle.db.selectFrom('incomingDocumentVersions').select('revision').where('documentId', '=', id).orderBy('revision').execute();
    expect(rows.map((r) => r.revision)).toEqual([1, 2]);
    expect(await s.handle.db.selectFrom('incomingDocuments').select('id').where('title', 'like', '%园区道路改造资金%').execute()).toHaveLength(1);
  });
});
