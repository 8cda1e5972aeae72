import { describe, expect, it } from 'vitest';
import { agentAs } from '../accounts.js';
import { browserAvailable, screenshot, useBrowserSession } from '../harness.js';
import { uploadPdf } from '../../test/harness/factories.js';
import { created, expectAccessible, expectNoHorizontalScroll, publishedItem, settled } from './helpers.js';

const DOCUMENT = '临淄区促进民营经济高质量发展若干措施';
const DOCUMENT_NUMBER = '临政发〔2026〕3号';
const INTERPRETATION = '《临淄区促进民营经济高质量发展若干措施》政策解读';
const PENDING = '临淄区2026年重点项目计划（待审核）';
const DRAFT = '临淄区城市停车设施管理办法（征求意见稿）';

/**
 * The public portal (政府信息公开门户, /gk) as an anonymous visitor on a phone (375×812): the catalogue, search,
 * a document and its interpretation linked both ways, a draft for comment, a disclosure request filed and tracked
 * to its answer; an item not yet through the publication review (art. 83) is 404; axe-core finds no WCAG 2.1 A/AA
 * violation on any page, nothing scrolls sideways, and the large-text mode persists.
 */
describe.runIf(browserAvailable())('门户网站：公众匿名浏览目录、检索、阅读文件及其解读、对草案提意见、申请公开并查询答复（第三十三至三十九条、第八十三条；无障碍 GB/T 37668-2019）', () => {
  const ids = { document: '', interpretation: '', pending: '', draft: '' };
  const s = useBrowserSession('portal', async (s) => {
    const clerk = await agentAs(s, 'bgs');
    const reviewer = await agentAs(s, 'gkk');
    ids.document = await publishedItem(clerk, reviewer, {
      category: 'documents',
      title: DOCUMENT,
      documentNumber: DOCUMENT_NUMBER,
      issuingBody: '临淄区人民政府',
      writtenOn: '2026-02-26',
      body: '为进一步优化营商环境，激发民营经济发展活力，制定本措施。\n一、降低经营成本。对新设立的小微企业，按规定落实各项减税降费政策。\n二、加强要素保障。',
    });
    ids.interpretation = await publishedItem(clerk, reviewer, {
      category: 'interpretations',
      title: INTERPRETATION,
      issuingBody: '临淄区发展和改革局',
      body: '一、起草背景。\n二、主要内容：措施共三个方面十二条。',
      interpretsId: ids.document,
    });
    ids.pending = await publishedItem(clerk, reviewer, { category: 'plans', title: PENDING, issuingBody: '临淄区人民政府', body: '尚未经发布审核。' }, false);
    const unit = await agentAs(s, 'fgj');
    const draft = await created(
      unit.post('/api/disclosure/drafts', {
        kind: 'normative',
        title: DRAFT,
        explanation: '为规范停车设施建设和管理，起草本办法。',
        body: '第一条 为加强城市停车设施管理，制定本办法。\n第二条 本办法适用于本区城市建成区。',
        bearsOnBusiness: false,
        periodBasis: 'working_days',
        periodAmount: 7,
      }),
    );
    await created(reviewer.post(`/api/disclosure/drafts/${draft.id}/publish`, { version: draft.version }));
    ids.draft = draft.id;
    await s.page.setViewportSize({ width: 375, height: 812 });
    await s.page.context().clearCookies();
  });

  /** Opens a portal address, waits for its data, checks it with axe-core and for sideways scrolling. */
  const visit = async (path: string, heading: string | RegExp) => {
    await s.page.goto(`${s.baseUrl}${path}`);
    await settled(s.page, heading);
    await expectNoHorizontalScroll(s.page, path);
    await expectAccessible(s.page, path);
  };

  it('第三十五、三十六条 目录、检索与文件：首页按栏目列出条数，文件页显示文号、日期、发布机构、公开属性和正文，文件与解读双向链接；未经发布审核的信息为404（第八十三条）', async () => {
    const { page, baseUrl } = s;
    // The portal is its own page, cacheable, with no session.
    const html = await page.request.get(`${baseUrl}/gk`);
    expect(html.headers()['cache-control']).toBe('public, max-age=60');
    expect(await html.text()).toContain('application/atom+xml');

    await visit('/gk', /政府信息公开$/);
    expect(await page.title()).toContain('政府信息公开');
    const catalogue = page.getByTestId('catalogue');
    await expect.poll(() => catalogue.getByRole('link', { name: /^法规文件/ }).locator('.count').getAttribute('data-count')).toBe('1');
    expect(await catalogue.getByRole('link', { name: /^规划计划/ }).locator('.count').getAttribute('data-count')).toBe('0');
    expect(await page.getByRole('link', { name: DRAFT }).count()).toBe(1);
    expect(await page.getByText(PENDING).count()).toBe(0);
    await screenshot(page, 'portal-home');

    // The catalogue's category, then the document.
    await catalogue.getByRole('link', { name: /^法规文件/ }).click();
    await settled(page, '法规文件');
    await expectAccessible(page, '/gk/category/documents');
    await page.getByRole('link', { name: DOCUMENT }).click();
    await settled(page, DOCUMENT);
    expect(page.url()).toBe(`${baseUrl}/gk/items/${ids.document}`);
    const meta = await page.locator('.document-meta').textContent();
    for (const text of [DOCUMENT_NUMBER, '临淄区人民政府', '2026年2月26日', '主动公开']) expect(meta).toContain(text);
    expect(await page.getByTestId('document-body').locator('p').count()).toBe(3);
    await expectNoHorizontalScroll(page, 'document');
    await expectAccessible(page, '/gk/items/:document');
    expect(await page.title()).toContain(DOCUMENT);
    await screenshot(page, 'portal-document');

    // Its interpretation, and back (art. 36: linked both ways).
    await page.getByTestId('interpretations').getByRole('link', { name: INTERPRETATION }).click();
    await settled(page, INTERPRETATION);
    await expectAccessible(page, '/gk/items/:interpretation');
    await page.getByTestId('interprets').getByRole('link', { name: DOCUMENT }).click();
    await settled(page, DOCUMENT);

    // Full-text search from the home page's box: a word of the text, not of the title.
    await page.goto(`${baseUrl}/gk`);
    await settled(page, /政府信息公开$/);
    await page.getByRole('searchbox', { name: '搜索公开信息' }).fill('减税降费');
    await page.getByRole('button', { name: '搜索' }).click();
    await settled(page, '信息检索');
    await expect.poll(() => page.getByTestId('search-count').getAttribute('data-count')).toBe('1');
    expect(await page.getByRole('link', { name: DOCUMENT }).count()).toBe(1);
    await expectNoHorizontalScroll(page, 'search');
    await expectAccessible(page, '/gk/search?q=');
    await visit('/gk/search?q=' + encodeURIComponent('重点项目计划'), '信息检索');
    await expect.poll(() => page.getByTestId('search-count').getAttribute('data-count')).toBe('0');

    // Not through the publication review: the 404 page, as for any unknown address.
    await visit(`/gk/items/${ids.pending}`, '页面不存在');
    expect(await page.getByTestId('not-found').count()).toBe(1);
    await visit('/gk/items/no-such-item', '页面不存在');
    await visit('/gk/no/such/page', '页面不存在');
    await visit('/gk/accessibility', '无障碍说明');
  });

  it('第三十六条 征求意见：草案显示起草说明与征求意见期，公众完成浏览器校验后提交意见，意见数增加', async () => {
    const { page } = s;
    await visit('/gk/drafts', '征求意见');
    await page.getByRole('link', { name: DRAFT }).click();
    await settled(page, DRAFT);
    expect(await page.getByTestId('draft-status').getAttribute('data-open')).toBe('true');
    expect(await page.getByTestId('comment-count').textContent()).toBe('0 条');
    expect(await page.getByText('为规范停车设施建设和管理').count()).toBe(1);
    await expectAccessible(page, '/gk/drafts/:id');

    // The required field is refused in the page first, tied to its input.
    await page.getByRole('button', { name: '提交意见' }).click();
    const body = page.getByLabel(/意见内容/);
    await expect.poll(() => body.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await body.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent()).toContain('请填写您的意见');
    await expectAccessible(page, '/gk/drafts/:id (error)');

    // The honeypot is out of reach: hidden from sight and from the keyboard.
    const honeypot = page.locator('input[name="website"]');
    expect(await honeypot.getAttribute('tabindex')).toBe('-1');
    expect(await honeypot.getAttribute('autocomplete')).toBe('off');
    const trap = page.locator('[aria-hidden="true"]:has(input[name="website"])');
    expect(await trap.count()).toBe(1);
    const box = await trap.boundingBox();
    expect(box && box.width * box.height).toBeLessThanOrEqual(1);

    await body.fill('建议在老旧小区周边增设夜间共享停车位。');
    await page.getByLabel(/称呼/).fill('市民');
    await page.getByRole('button', { name: '提交意见' }).click();
    await expect.poll(() => page.getByTestId('comment-accepted').count()).toBe(1);
    await expect.poll(() => page.getByTestId('comment-count').textContent()).toBe('1 条');
    const stored = await s.handle.db.selectFrom('publicComments').select(['body', 'displayName']).execute();
    expect(stored).toEqual([{ body: '建议在老旧小区周边增设夜间共享停车位。', displayName: '市民' }]);
    await expectAccessible(page, '/gk/drafts/:id (accepted)');
    await screenshot(page, 'portal-draft-commented');
  });

  it('第三十四条 依申请公开：在线提交申请，编号和查询码只显示一次；办公室答复后凭编号和查询码查到答复并下载答复书', async () => {
    const { page } = s;
    await visit('/gk/apply', '依申请公开');
    await page.getByLabel(/^姓名/).fill('张明');
    await page.getByLabel(/^联系电话/).fill('13905330001');
    await page.getByLabel(/^所需信息描述/).fill('2026年临淄区城市停车设施建设计划及资金安排');
    await page.getByLabel(/^用途/).fill('了解本小区周边停车设施规划');
    await page.getByRole('button', { name: '提交申请' }).click();
    await expect.poll(() => page.getByTestId('request-filed').count()).toBe(1);
    const number = (await page.getByTestId('request-number').textContent()) ?? '';
    const accessCode = (await page.getByTestId('request-access-code').textContent()) ?? '';
    expect(number).toMatch(/^依申〔2026〕\d+号$/);
    expect(accessCode.length).toBeGreaterThan(5);
    expect(await page.getByTestId('request-filed').textContent()).toContain('请妥善保存');
    await expectAccessible(page, '/gk/apply (filed)');
    await screenshot(page, 'portal-request-filed');

    // Tracking: in the body of a POST, never in the address.
    await visit('/gk/track', '查询办理进度');
    const track = async () => {
      await page.getByLabel(/^申请编号/).fill(number);
      await page.getByLabel(/^查询码/).fill(accessCode);
      await page.getByRole('button', { name: '查询' }).click();
    };
    await track();
    await expect.poll(() => page.getByTestId('tracked-request').getAttribute('data-status')).toBe('received');
    expect(await page.getByTestId('request-explanation').textContent()).toContain('工作日');
    expect(page.url()).not.toContain(accessCode);
    await expectAccessible(page, '/gk/track (received)');

    // The office answers (through the API), with the answer as a file.
    const office = await agentAs(s, 'bgs');
    const listed = (await office.get(`/api/disclosure/requests?q=${encodeURIComponent(number)}`)).json().items as { id: string; version: number; number: string }[];
    const request = listed.find((r) => r.number === number);
    expect(request).toBeDefined();
    const file = await uploadPdf(office, '政府信息公开申请答复书.pdf');
    await created(office.post(`/api/disclosure/requests/${request!.id}/answer`, { version: request!.version, outcome: 'disclosed', answer: '您申请的信息予以公开，见附件。', attachmentId: file }));

    await page.reload();
    await settled(page, '查询办理进度');
    await track();
    await expect.poll(() => page.getByTestId('tracked-request').getAttribute('data-status')).toBe('answered');
    expect(await page.getByTestId('request-outcome').textContent()).toBe('予以公开');
    expect(await page.getByTestId('request-answer').textContent()).toContain('您申请的信息予以公开');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载答复书' }).click()]);
    expect(download.suggestedFilename()).toBe('政府信息公开申请答复书.pdf');
    await expectNoHorizontalScroll(page, 'track');
    await expectAccessible(page, '/gk/track (answered)');
    await screenshot(page, 'portal-request-answered');

    // A wrong access code: the same answer as an unknown number, said in the alert region.
    await page.getByLabel(/^查询码/).fill('wrong-code');
    await page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '提交未成功' }).count()).toBe(1);
    await expectAccessible(page, '/gk/track (refused)');
  });

  it('第三十九条 政民互动：公众留言得到编号和查询码，办公室答复并经另一人审核公开后，留言和答复出现在栏目中，联系方式不公开', async () => {
    const { page } = s;
    await visit('/gk/messages', '政民互动');
    await page.getByLabel(/^主题/).fill('关于齐都镇公交线路的咨询');
    await page.getByLabel(/^留言内容/).fill('请问齐都镇至区政务服务中心的公交线路何时开通？');
    await page.getByLabel(/^联系方式/).fill('13905330002');
    await page.getByRole('button', { name: '提交留言' }).click();
    await expect.poll(() => page.getByTestId('message-posted').count()).toBe(1);
    const number = (await page.getByTestId('message-number').textContent()) ?? '';
    const accessCode = (await page.getByTestId('message-access-code').textContent()) ?? '';
    await expectAccessible(page, '/gk/messages (posted)');

    const office = await agentAs(s, 'bgs');
    const listed = (await office.get('/api/disclosure/messages')).json().items as { id: string; version: number; number: string }[];
    const message = listed.find((m) => m.number === number)!;
    const answered = await created(office.post(`/api/disclosure/messages/${message.id}/answer`, { version: message.version, answer: '该线路计划于2026年5月开通。' }));
    await created((await agentAs(s, 'gkk')).post(`/api/disclosure/messages/${message.id}/publish`, { version: answered.version }));

    await visit('/gk/messages', '政民互动');
    await page.getByLabel(/^留言编号/).fill(number);
    await page.getByLabel(/^查询码/).fill(accessCode);
    await page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => page.getByTestId('tracked-message').getAttribute('data-status')).toBe('published');
    expect(await page.getByTestId('tracked-message').textContent()).toContain('该线路计划于2026年5月开通。');
    await page.getByRole('link', { name: '关于齐都镇公交线路的咨询' }).click();
    await settled(page, '关于齐都镇公交线路的咨询');
    const shown = (await page.locator('article').textContent()) ?? '';
    expect(shown).toContain('该线路计划于2026年5月开通。');
    expect(shown).not.toContain('13905330002');
    await expectNoHorizontalScroll(page, 'message');
    await expectAccessible(page, '/gk/messages/:id');
  });

  it('适老化：大字版按钮放大字号并记住选择，大字下不出现横向滚动', async () => {
    const { page } = s;
    await visit('/gk/messages', '政民互动');
    const toggle = page.getByRole('button', { name: '大字版' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const rootSize = () => page.evaluate<string>('getComputedStyle(document.documentElement).fontSize');
    expect(await rootSize()).toBe('16px');
    await toggle.click();
    await expect.poll(rootSize).toBe('20px');
    expect(await page.getByRole('button', { name: '标准版' }).getAttribute('aria-pressed')).toBe('true');
    await expectNoHorizontalScroll(page, 'messages (large text)');
    await expectAccessible(page, '/gk/messages (large text)');
    // Kept across pages and reloads.
    await visit(`/gk/items/${ids.document}`, DOCUMENT);
    expect(await rootSize()).toBe('20px');
    await screenshot(page, 'portal-large-text');
    await page.getByRole('button', { name: '标准版' }).click();
    await expect.poll(rootSize).toBe('16px');
  });
});
