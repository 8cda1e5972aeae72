import { describe, expect, it } from 'vitest';
import { agentAs, signInAs } from '../accounts.js';
import { browserAvailable, screenshot, useBrowserSession } from '../harness.js';

/** antd puts a space between two Chinese characters on a button ("拟 稿"); match the name either way. */
const named = (text: string) => new RegExp(`${[...text].join('\\s*')}$`);

const TITLE = '临淄区2026年国民经济和社会发展计划';

/**
 * 发布审核 in the staff app: the office's clerk prepares an item through the 拟稿 form; she may not publish what she
 * prepared; a second member of the office finds it on the 工作台, publishes it, and the portal serves it.
 */
describe.runIf(browserAvailable())('第八十三条 发布审核：办公室工作人员拟稿，拟稿人以外的工作人员从工作台审核发布，门户网站即可查看', () => {
  const s = useBrowserSession('disclosure');

  it('第八十三条：gkk 拟稿后只能修改、不能审核发布；bgs 从工作台打开并审核发布，/api/public/publications/:id 返回该信息', async () => {
    const { page, baseUrl } = s;

    // The clerk prepares the item through the form.
    await signInAs(s, 'gkk');
    await page.goto(`${baseUrl}/disclosure`);
    await page.getByTestId('publications-table').waitFor();
    await page.getByRole('button', { name: named('拟稿') }).click();
    const modal = page.getByRole('dialog', { name: '拟稿公开信息' });
    await modal.getByLabel('栏目').click();
    await page.getByTitle('规划计划').click();
    await modal.getByLabel('标题').fill(TITLE);
    await modal.getByLabel('发布机构').fill('临淄区发展和改革局');
    await modal.getByLabel('正文').fill('一、总体要求\n二、主要目标\n三、重点任务');
    await modal.getByRole('button', { name: named('提交发布审核') }).click();
    await page.waitForURL(/\/disclosure\/publications\/[^/]+$/);
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    await expect.poll(() => page.getByTestId('publication-status').textContent()).toBe('待发布审核');
    await page.getByTestId('publication-revise').waitFor();
    expect(await page.getByTestId('publication-publish').count()).toBe(0);
    await screenshot(page, 'disclosure-prepared');

    // Not on the portal before the review.
    const visitor = await s.app.inject({ method: 'GET', url: `/api/public/publications/${id}` });
    expect(visitor.statusCode).toBe(404);

    // A second member of the office finds it on the 工作台 and publishes it.
    await signInAs(s, 'bgs');
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(`**/disclosure/publications/${id}`);
    await page.getByTestId('personal-data-clear').waitFor();
    await page.getByTestId('publication-publish').getByRole('button', { name: named('审核发布') }).click();
    await expect.poll(() => page.getByTestId('publication-status').textContent()).toBe('已发布');
    expect(await page.getByTestId('portal-link').getAttribute('href')).toBe(`/gk/items/${id}`);
    await screenshot(page, 'disclosure-published');

    await expect.poll(async () => (await s.app.inject({ method: 'GET', url: `/api/public/publications/${id}` })).statusCode).toBe(200);
    const published = await s.app.inject({ method: 'GET', url: `/api/public/publications/${id}` });
    expect(published.json()).toMatchObject({ id, title: TITLE, category: 'plans' });

    // The timeline names the reviewer, not the preparer.
    const reviewer = await agentAs(s, 'bgs');
    const detail = await reviewer.get(`/api/disclosure/publications/${id}`);
    expect(detail.json()).toMatchObject({ status: 'published', reviewedByName: '王芳', preparedByName: '刘敏' });
  });
});
