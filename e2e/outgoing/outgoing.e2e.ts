import { describe, expect, it } from 'vitest';
import type { Agent } from '../../test/harness/app.js';
import { browserAvailable, laterAs, useBrowserSession } from '../harness.js';
import { agentAs, buttonName, firstLoginThroughForms, pdfAvailable, pickOption, shot, signInAs, syncBrowserClock, timelineSteps, zipEntryText } from './helpers.js';

const title = '临淄区人民政府关于做好2026年春季农业生产工作的通知';
const minutes = (n: number) => n * 60_000;

describe.runIf(browserAvailable())('第六十八、六十九条 区政府发文从代拟到印发', () => {
  const s = useBrowserSession('outgoing');

  it('第六十八条 发改局代拟临政发通知，财政局3个工作日内会签，办公室审核（政策解读未同步审核被拒，第三十六条），区长签发，编号印发，齐都镇签收', async () => {
    const { page, baseUrl } = s;

    // 区发展和改革局经办人代区政府拟稿。
    await firstLoginThroughForms(s, 'fgj');
    await page.getByRole('menuitem', { name: '发文办理' }).click();
    await page.waitForURL(/\/outgoing$/);
    await page.getByRole('button', { name: /拟\s*稿/ }).click();
    await page.waitForURL(/\/outgoing\/new$/);
    await expect.poll(() => page.getByTestId('draft-form').count()).toBe(1);

    await pickOption(page, '发文字号', '临政发');
    await page.getByLabel('标题', { exact: true }).fill(title);
    await page.getByRole('button', { name: '加入各镇人民政府、街道办事处和开发区' }).first().click();
    const body = page.getByTestId('body-editor').first();
    await body.getByRole('button', { name: '添加段落' }).click();
    await body.getByLabel('第1段', { exact: true }).fill('为切实做好2026年春季农业生产工作，确保粮食稳产增收，现将有关事项通知如下。');
    await body.getByRole('button', { name: /一级标题/ }).click();
    await expect.poll(() => body.getByLabel('第2段', { exact: true }).inputValue()).toBe('一、');
    await body.getByLabel('第2段', { exact: true }).fill('一、抓好春耕备耕');
    await body.getByRole('button', { name: '添加段落' }).click();
    await body.getByLabel('第3段', { exact: true }).fill('各镇人民政府、街道办事处要组织农资供应，保障春耕生产资金需求。');
    await body.getByRole('button', { name: /一级标题/ }).click();
    await expect.poll(() => body.getByLabel('第4段', { exact: true }).inputValue()).toBe('二、');
    await body.getByLabel('第4段', { exact: true }).fill('二、落实资金保障');
    await page.getByLabel('附注', { exact: true }).fill('此件公开发布');
    // A body outside the platform is named, not picked.
    await page.getByLabel('抄送机关（平台外）', { exact: true }).fill('淄博市人民政府办公室');
    await page.keyboard.press('Enter');
    await pickOption(page, '会签单位', '区财政局');
    await page.getByRole('switch', { name: '政策性文件' }).click();
    await page.getByLabel('解读标题', { exact: true }).fill('《关于做好2026年春季农业生产工作的通知》政策解读');
    const interpretation = page.getByTestId('interpretation-editor');
    await interpretation.getByRole('button', { name: '添加段落' }).click();
    await interpretation.getByLabel('第1段', { exact: true }).fill('一图读懂春季农业生产扶持政策。');
    await expect.poll(() => page.getByText('报送后先送 1 个单位主要负责人会签').count()).toBe(1);
    await page.getByText('第六十七、六十八、七十一条 制发文件').scrollIntoViewIfNeeded();
    await shot(page, 'draft-form');
    await page.getByTestId('body-editor').first().scrollIntoViewIfNeeded();
    await shot(page, 'draft-body');
    // 事项依据（第六十九条第一项）：常务会议决定的事项须选会议；本件两者都不是，由区长签发。
    const form = page.getByTestId('draft-form');
    await form.locator('label', { hasText: '常务会议决定的事项' }).click();
    await expect.poll(() => page.getByLabel('决定该事项的常务会议', { exact: true }).count()).toBe(1);
    await form.locator('label', { hasText: /^其他$/ }).click();
    await expect.poll(() => page.getByLabel('决定该事项的常务会议', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: '保存文稿' }).click();
    await page.waitForURL(/\/outgoing\/[0-9a-f-]{36}$/);
    const detailUrl = page.url();
    const id = detailUrl.split('/').at(-1) ?? '';
    await expect.poll(() => page.getByTestId('matter-basis').textContent()).toBe('其他（由区长签发）');
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('起草中');
    await expect.poll(() => page.getByTestId('body-view').first().textContent()).toContain('一、抓好春耕备耕');
    expect(await page.getByTestId('elements').textContent()).toContain('淄博市人民政府办公室');
    const drafted = await s.handle.db.selectFrom('outgoingDocuments').select(['issuer', 'draftingUnitId', 'sequenceCode', 'isPolicy', 'countersignUnitIds', 'body', 'matterBasis', 'decidedAtMeetingId']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(drafted).toMatchObject({ issuer: 'government', draftingUnitId: 'fgj', sequenceCode: '临政发', countersignUnitIds: '["czj"]', matterBasis: null, decidedAtMeetingId: null });
    expect(JSON.parse(drafted.body)).toEqual([
      { kind: 'paragraph', text: '为切实做好2026年春季农业生产工作，确保粮食稳产增收，现将有关事项通知如下。' },
      { kind: 'heading', level: 1, text: '一、抓好春耕备耕' },
      { kind: 'paragraph', text: '各镇人民政府、街道办事处要组织农资供应，保障春耕生产资金需求。' },
      { kind: 'heading', level: 1, text: '二、落实资金保障' },
    ]);

    // 发改局局长审核把关后报送（第六十八条），先送财政局会签。
    await laterAs(s, 'fgj-head', minutes(10));
    await page.goto(detailUrl);
    await page.getByTestId('action-submit').getByRole('button', { name: '报送会签' }).click();
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('会签中');
    // Submitted Monday 2026-03-02: the reply is due in 3 working days, Thursday 03-05.
    await expect.poll(() => page.getByTestId('countersignatures').textContent()).toContain('2026-03-05');

    // 财政局局长从工作台打开，次日会签同意。
    await laterAs(s, 'czjjz', minutes(24 * 60));
    await page.goto(`${baseUrl}/`);
    const waiting = page.locator('.ant-table-row', { hasText: title });
    await expect.poll(() => waiting.textContent()).toContain('会签');
    await waiting.getByRole('link', { name: title }).click();
    await page.waitForURL(detailUrl);
    const countersign = page.getByTestId('action-countersign');
    await countersign.getByLabel('会签意见').fill('同意。资金由区财政统筹安排。');
    await countersign.getByRole('button', { name: buttonName('会签') }).click();
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('待审核');
    expect(await page.getByTestId('countersignatures').textContent()).toContain('同意。资金由区财政统筹安排。');
    expect(await page.getByTestId('countersign-overdue').count()).toBe(0);

    // 区长的工作台在办公室审核前没有这份文稿（第六十八条）。
    await laterAs(s, 'quzhang', minutes(5));
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.getByText(/^全部（\d+）$/).count()).toBe(1);
    expect(await page.getByRole('link', { name: title }).count()).toBe(0);

    // 办公室审核：政策解读未同步审核的，不予通过（第三十六条）；勾选后通过，呈区长签发。
    await laterAs(s, 'bgs', minutes(30));
    await page.goto(detailUrl);
    const review = page.getByTestId('action-review');
    await review.getByLabel('审核意见').fill('文稿已核，拟请区长签发。');
    await review.getByRole('button', { name: '审核通过' }).click();
    const refusal = review.getByTestId('rule-refusal');
    await expect.poll(() => refusal.textContent()).toContain('第三十六条');
    expect(await refusal.textContent()).toContain('同步审签');
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('待审核');
    await refusal.scrollIntoViewIfNeeded();
    await shot(page, 'refusal-36');
    await review.getByText('政策解读已同步审核（第三十六条）').click();
    await review.getByRole('button', { name: '审核通过' }).click();
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('待签发');

    // 区长从工作台打开，签署意见签发（第六十九条；条例第二十二条）。
    await laterAs(s, 'quzhang', minutes(60));
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: title }).click();
    await page.waitForURL(detailUrl);
    const signOff = page.getByTestId('action-sign-off');
    await signOff.getByLabel('签发意见').fill('同意印发。');
    await signOff.getByRole('button', { name: buttonName('签发') }).click();
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('已签发');
    await expect.poll(() => page.getByTestId('sign-off-record').textContent()).toContain('同意印发。（林志远，2026-03-03）');

    // 办公室编号、用印、印发。
    await laterAs(s, 'bgs', minutes(30));
    await page.goto(detailUrl);
    const issue = page.getByTestId('action-issue');
    await issue.getByText('已用印').click();
    await issue.getByRole('button', { name: buttonName('印发') }).click();
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('已印发');
    const number = (await page.getByTestId('document-number').textContent()) ?? '';
    expect(number).toMatch(/^临政发〔2026〕\d+号$/);
    const issued = await s.handle.db.selectFrom('outgoingDocuments').select(['status', 'documentNumber', 'sealedByName']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(issued).toEqual({ status: 'issued', documentNumber: number, sealedByName: '王芳' });
    await expect.poll(() => timelineSteps(page)).toEqual(['create', 'submit', 'countersign', 'review', 'sign_off', 'issue']);
    await page.getByTestId('document-title').scrollIntoViewIfNeeded();
    await shot(page, 'detail');

    // The files the page offers: the .docx carries the number and the title; the PDF is a PDF.
    const docx = await page.request.get(`${baseUrl}/api/outgoing/${id}/document.docx`);
    expect(docx.status()).toBe(200);
    const docxBytes = await docx.body();
    expect(docxBytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const documentXml = zipEntryText(docxBytes, 'word/document.xml') ?? '';
    expect(documentXml).toContain(number);
    expect(documentXml).toContain(title);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 Word' }).first().click();
    expect((await download).suggestedFilename()).toBe(`${number}.docx`);
    const pdf = await page.request.get(`${baseUrl}/api/outgoing/${id}/document.pdf`, { timeout: 120_000 });
    if (pdfAvailable()) {
      expect(pdf.status()).toBe(200);
      expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');
    } else {
      expect(pdf.status()).toBe(503);
      await page.getByRole('button', { name: '下载 PDF' }).first().click();
      await expect.poll(() => page.getByTestId('download-error').textContent()).toContain('LibreOffice');
    }

    // 齐都镇在“收到的文件”中看到并签收。
    await laterAs(s, 'qidu', minutes(20));
    await page.goto(`${baseUrl}/outgoing`);
    await page.getByRole('tab', { name: '收到的文件' }).click();
    await page.waitForURL(/\/outgoing\/received$/);
    const row = page.getByTestId('received-list').locator('.ant-table-row', { hasText: title });
    await expect.poll(() => row.textContent()).toContain(number);
    await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
    await shot(page, 'received');
    await row.getByRole('button', { name: buttonName('签收') }).click();
    await expect.poll(() => row.textContent()).toContain('已签收');
    const receipts = await s.handle.db.selectFrom('outgoingReceipts').select(['unitId', 'status', 'acknowledgedByName']).where('documentId', '=', id).execute();
    expect(receipts.find((receipt) => receipt.unitId === 'qidu')).toEqual({ unitId: 'qidu', status: 'acknowledged', acknowledgedByName: '齐都镇经办人' });
    expect(receipts.filter((receipt) => receipt.status === 'pending').length).toBe(receipts.length - 1);
  });
});

/** A 通知 in the government's name, drafted by the development and reform bureau, as the API takes it. */
function governmentNotice(title: string, countersignUnitIds: string[]) {
  return {
    issuer: 'government',
    docType: '通知',
    title,
    mainRecipientUnitIds: ['qidu', 'huangcheng'],
    disclosure: 'proactive',
    sequenceCode: '临政字',
    body: [
      { kind: 'heading', level: 1, text: '一、工作目标' },
      { kind: 'paragraph', text: '到2026年底，全区重点项目开工率达到90%以上。' },
    ],
    countersignUnitIds,
    checklist: { contentKind: 'important_matter', isProvidedByLaw: false, isCoveredByCurrentDocument: false, hasNewContent: true, isSeparateDivisionPlan: false, isDepartmentRemit: false },
  };
}

describe.runIf(browserAvailable())('第六十八条 会签逾期与退回修改', () => {
  const s = useBrowserSession('outgoing');

  async function draftAndSubmit(fgj: Agent, fgjHead: Agent, title: string, countersignUnitIds: string[]): Promise<string> {
    const created = await fgj.post('/api/outgoing', governmentNotice(title, countersignUnitIds));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const submitted = await fgjHead.post(`/api/outgoing/${id}/submit`, { version: created.json().version as number });
    expect(submitted.statusCode, submitted.body).toBe(200);
    return id;
  }

  it('第六十八条 财政局逾期未会签，按工作日显示逾期；办公室退回的文稿由起草单位修改后重新报送，各稿留存', async () => {
    const { page, baseUrl } = s;
    const fgj = await agentAs(s, 'fgj');
    const fgjHead = await agentAs(s, 'fgj-head');
    const late = await draftAndSubmit(fgj, fgjHead, '临淄区人民政府关于加快重点项目建设的通知', ['czj']);
    const returned = await draftAndSubmit(fgj, fgjHead, '临淄区人民政府关于开展营商环境评价的通知', []);

    // Submitted Monday 03-02, the countersign was due Thursday 03-05; on Monday 03-09 it is 2 working days late.
    s.clock.set('2026-03-09T02:00:00Z');
    await syncBrowserClock(s);
    await signInAs(s, 'bgs');
    await page.goto(`${baseUrl}/outgoing/${late}`);
    await expect.poll(() => page.getByTestId('countersign-overdue').textContent()).toBe('逾期2个工作日');
    await expect.poll(() => page.getByTestId('current-step').textContent()).toContain('区财政局逾期2个工作日未回复');
    expect(await page.getByTestId('countersignatures').textContent()).toContain('2026-03-05');
    await shot(page, 'countersign-overdue');

    // 办公室审核时退回，写明理由和条款。
    await page.goto(`${baseUrl}/outgoing/${returned}`);
    const giveBack = page.getByTestId('action-return');
    await pickOption(page, '退回理由1的条款', '第七十一条');
    await giveBack.getByLabel('退回理由1', { exact: true }).fill('现行文件规定仍然适用的内容请删去，不再重复发文');
    await giveBack.getByRole('button', { name: buttonName('退回') }).click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: buttonName('退回') }).click();
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('已退回');

    // 发改局经办人看到退回理由，修改标题和正文后保存。
    s.clock.advance(minutes(30));
    await syncBrowserClock(s);
    await signInAs(s, 'fgj');
    await page.goto(`${baseUrl}/outgoing/${returned}`);
    await expect.poll(() => page.getByTestId('return-reasons').textContent()).toContain('第七十一条：现行文件规定仍然适用的内容请删去，不再重复发文');
    await page.getByTestId('action-revise').getByRole('button', { name: '修改文稿' }).click();
    await page.waitForURL(new RegExp(`/outgoing/${returned}/edit$`));
    await page.getByLabel('标题', { exact: true }).fill('临淄区人民政府关于开展2026年度营商环境评价的通知');
    const body = page.getByTestId('body-editor').first();
    await body.getByLabel('第2段', { exact: true }).fill('2026年6月底前完成全区营商环境评价。');
    await page.getByRole('button', { name: '保存修改' }).click();
    await page.waitForURL(new RegExp(`/outgoing/${returned}$`));
    const versions = page.getByTestId('versions');
    await expect.poll(() => versions.textContent()).toContain('第2稿');
    expect(await versions.textContent()).toContain('第1稿');
    await versions.getByText('第1稿').click();
    await expect.poll(() => versions.textContent()).toContain('到2026年底，全区重点项目开工率达到90%以上。');
    await versions.scrollIntoViewIfNeeded();
    await shot(page, 'versions');

    // 发改局局长重新报送同一份文稿。
    s.clock.advance(minutes(10));
    await syncBrowserClock(s);
    await signInAs(s, 'fgj-head');
    await page.goto(`${baseUrl}/outgoing/${returned}`);
    await page.getByTestId('action-submit').getByRole('button', { name: buttonName('报送') }).click();
    await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('待审核');
    const rows = await s.handle.db.selectFrom('outgoingDocuments').select(['id', 'title', 'status']).where('id', '=', returned).execute();
    expect(rows).toEqual([{ id: returned, title: '临淄区人民政府关于开展2026年度营商环境评价的通知', status: 'office_review' }]);
    const kept = await s.handle.db.selectFrom('outgoingDocumentVersions').select('revision').where('documentId', '=', returned).orderBy('revision').execute();
    expect(kept.map((v) => v.revision)).toEqual([1, 2]);
  });

  it('第六十九条 区长授权常务副区长签发通知须写明授权依据，授权记录注明依据、日期和范围；授权和撤销只向区长提供', async () => {
    const { page, baseUrl } = s;
    await signInAs(s, 'quzhang');
    await page.goto(`${baseUrl}/outgoing/authorizations`);
    const grant = page.getByTestId('grant-authorization');
    await pickOption(page, '受权人', '赵明远');
    await pickOption(page, '授权文种', '通知');
    await grant.getByLabel('说明').fill('区长外出期间');

    // 未写明授权依据的，不予授权（第六十九条：限于常务会议决定的事项和例行批准手续）。
    await grant.getByRole('button', { name: buttonName('授权') }).click();
    const refusal = grant.getByTestId('rule-refusal');
    await expect.poll(() => refusal.textContent()).toContain('第六十九条');
    expect(await refusal.textContent()).toContain('请写明授权依据');
    expect(await s.handle.db.selectFrom('signOffAuthorizations').select('id').execute()).toHaveLength(0);

    await pickOption(page, '授权依据', '经区政府常务会议决定的事项');
    await grant.getByRole('button', { name: buttonName('授权') }).click();
    const row = page.getByTestId('authorizations').locator('.ant-table-row', { hasText: '赵明远' });
    await expect.poll(() => row.textContent()).toContain('通知（文种）');
    expect(await row.textContent()).toContain('经区政府常务会议决定的事项');
    expect(await row.textContent()).toContain('有效');
    expect(await row.getByRole('button', { name: buttonName('撤销') }).count()).toBe(1);
    await shot(page, 'authorizations');
    const stored = await s.handle.db.selectFrom('signOffAuthorizations').select(['personId', 'scope', 'docType', 'basis', 'grantedByName', 'revokedAt']).execute();
    expect(stored).toEqual([{ personId: 'zhao-mingyuan', scope: 'doc_type', docType: '通知', basis: 'executive_meeting', grantedByName: '林志远', revokedAt: null }]);

    // 授权是区长本人的行为：常务副区长看得到授权记录，但服务端不向他提供授权和撤销。
    await signInAs(s, 'changwu');
    await page.goto(`${baseUrl}/outgoing/authorizations`);
    await expect.poll(() => page.getByTestId('authorizations').locator('.ant-table-row').count()).toBe(1);
    expect(await page.getByTestId('grant-authorization').count()).toBe(0);
    expect(await page.getByTestId('authorizations').getByRole('button', { name: buttonName('撤销') }).count()).toBe(0);
  });
});
