import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { startWithLastingSessions } from '../leave/agents.js';
import { act, draft, goodChecklist, governmentNotice, officeLetter, outgoingCast } from '../outgoing/factories.js';

const BASE = '2026-03-02T01:00:00Z';

type Listed = { items: { id: string; title: string }[]; nextCursor: string | null };

describe.each(dialects)('政务公开：发布审核与门户网站（第三十五、三十六、七十一、八十三条）（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;
  let office: Agent;
  let discloser: Agent;
  let fgj: Agent;
  let fgjHead: Agent;
  let head: Agent;

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, BASE);
    ({ fgj, fgjHead, office, head } = await outgoingCast(t));
    discloser = await t.as('gkk');
  }, 120_000);
  afterAll(async () => t.close());

  const anonymous = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
  const violations = (body: string) => (JSON.parse(body) as { violations: { ruleId: string; article: number; message: string }[] }).violations;

  /** Issues a policy notice with its interpretation (art. 36), marked for proactive disclosure; returns the queued items. */
  const issuePolicy = async (title: string, text = '各镇要按照全年计划，确保项目按期开工。') => {
    const id = await draft(fgj, governmentNotice({ title, isPolicy: true, body: [{ kind: 'paragraph', text }], interpretation: { title: `《${title}》政策解读`, body: [{ kind: 'paragraph', text: '一是明确了目标任务。' }] } }));
    await act(fgjHead, id, 'submit');
    await act(office, id, 'review', { checklist: goodChecklist, opinion: '文件与解读一并审核', isInterpretationReviewed: true });
    await act(head, id, 'sign-off', { opinion: '同意' });
    const issued = await act(office, id, 'issue', { sealed: true });
    const rows = await t.handle.db.selectFrom('publications').selectAll().where('sourceId', '=', id).orderBy('category').execute();
    return { outgoingId: id, documentNumber: issued.documentNumber as string, document: rows.find((r) => r.category === 'documents')!, interpretation: rows.find((r) => r.category === 'interpretations')! };
  };

  const versionOf = async (agent: Agent, id: string) => ((await agent.get(`/api/disclosure/publications/${id}`)).json() as { version: number }).version;

  it('第七十一条、第八十三条 主动公开的公文印发即列入发布审核，20个工作日期限；审核发布前门户网站、检索、订阅、开放数据都没有它', async () => {
    t.clock.set(BASE);
    const { document, interpretation, documentNumber } = await issuePolicy('临淄区人民政府关于促进民营经济发展的若干措施');
    expect(document).toMatchObject({ status: 'pending', documentNumber, issuingBody: '临淄区人民政府', dueOn: '2026-03-30' });
    expect(interpretation).toMatchObject({ status: 'pending', interpretsId: document.id });

    const queue = (await office.get('/api/disclosure/publications?status=pending')).json() as { items: { id: string; clock: { due: string; explanation: string } }[]; summary: { pending: number } };
    const queued = queue.items.find((i) => i.id === document.id)!;
    expect(queued.clock.due).toBe('2026-03-30');
    expect(queued.clock.explanation).toContain('20个工作日');

    expect((await anonymous(`/api/public/publications/${document.id}`)).statusCode).toBe(404);
    expect((await anonymous(`/api/open/publications/${document.id}`)).statusCode).toBe(404);
    const search = (await anonymous(`/api/public/publications?q=${encodeURIComponent('民营经济')}`)).json() as Listed;
    expect(search.items).toEqual([]);
    expect((await anonymous('/api/public/feed.atom')).body).not.toContain('民营经济');
    expect(((await anonymous('/api/open/publications')).json() as Listed).items.map((i) => i.id)).not.toContain(document.id);

    // Published by the office: now on the portal, found by search of two characters and of more, in the feeds.
    expect((await act2(discloser, document.id, 'publish', { opinion: '同意发布' })).status).toBe('published');
    const item = (await anonymous(`/api/public/publications/${document.id}`)).json() as { title: string; documentNumber: string; paragraphs: string[]; disclosureLabel: string; interpretations: unknown[] };
    expect(item).toMatchObject({ documentNumber, disclosureLabel: '主动公开', paragraphs: ['各镇要按照全年计划，确保项目按期开工。'] });
    // Its interpretation is not yet published: not linked.
    expect(item.interpretations).toEqual([]);
    for (const q of ['民营', '民营经济发展']) {
      const found = (await anonymous(`/api/public/publications?q=${encodeURIComponent(q)}`)).json() as Listed;
      expect(found.items.map((i) => i.id), q).toEqual([document.id]);
    }
    expect((await anonymous('/api/public/feed.atom')).body).toContain('临淄区人民政府关于促进民营经济发展的若干措施');
    expect((await anonymous('/api/public/feed.rss')).body).toContain(documentNumber);
    // The clock of proactive disclosure is closed by publication.
    const clock = await t.handle.db.selectFrom('deadlines').select('isOpen').where('id', '=', document.deadlineId!).executeTakeFirstOrThrow();
    expect(clock.isOpen).toBe(0);
  });

  /** Takes a review action, reading the current version first. */
  async function act2(agent: Agent, id: string, action: string, body: Record<string, unknown> = {}, status = 200) {
    const r = await agent.post(`/api/disclosure/publications/${id}/${action}`, { version: await versionOf(agent, id), ...body });
    expect(r.statusCode, r.body).toBe(status);
    return r.json();
  }

  it('第三十四条 依申请公开、不予公开的公文不进入发布审核，门户网站上没有它', async () => {
    const id = await draft(office, officeLetter({ title: '临淄区人民政府办公室关于商请协助核查的函' }));
    await act(office, id, 'submit');
    await act(office, id, 'review', { checklist: goodChecklist, opinion: '同意' });
    await act(await t.as('bgszr'), id, 'sign-off', { opinion: '同意' });
    await act(office, id, 'issue', { sealed: true });
    expect(await t.handle.db.selectFrom('publications').select('id').where('sourceId', '=', id).execute()).toEqual([]);
    expect(((await anonymous(`/api/public/publications?q=${encodeURIComponent('商请协助核查')}`)).json() as Listed).items).toEqual([]);
  });

  it('第三十六条 政策文件与其解读双向关联：文件页列出解读，解读页指回文件', async () => {
    const { document, interpretation } = await issuePolicy('临淄区人民政府关于支持科技创新的若干政策');
    await act2(discloser, document.id, 'publish');
    await act2(discloser, interpretation.id, 'publish');
    const doc = (await anonymous(`/api/public/publications/${document.id}`)).json() as { interpretations: { id: string; category: string }[] };
    expect(doc.interpretations).toEqual([expect.objectContaining({ id: interpretation.id, category: 'interpretations' })]);
    const reading = (await anonymous(`/api/public/publications/${interpretation.id}`)).json() as { interprets: { id: string } | null; categoryLabel: string };
    expect(reading).toMatchObject({ interprets: { id: document.id }, categoryLabel: '政策解读' });
  });

  it('第八十三条 发布审核是拟稿人以外的人的行为：拟稿人本人不能审核发布，另一名办公室工作人员可以', async () => {
    const prepared = await discloser.post('/api/disclosure/publications', { category: 'budgets', title: '临淄区2026年区级部门预算公开说明', issuingBody: '临淄区财政局', body: '2026年区级一般公共预算收入安排……' });
    expect(prepared.statusCode, prepared.body).toBe(201);
    const id = prepared.json().id as string;
    const mine = (await discloser.get(`/api/disclosure/publications/${id}`)).json() as { actions: string[] };
    expect(mine.actions).not.toContain('publish');
    const r = await discloser.post(`/api/disclosure/publications/${id}/publish`, { version: 1 });
    expect(r.statusCode).toBe(422);
    expect(violations(r.body)[0]).toMatchObject({ ruleId: 'disclosure.publication-review', article: 83 });
    expect((await act2(office, id, 'publish')).status).toBe('published');
    const site = (await anonymous('/api/public/site')).json() as { name: string; categories: { key: string; count: number }[] };
    expect(site.name).toBe('临淄区人民政府');
    expect(site.categories.find((c) => c.key === 'budgets')!.count).toBe(1);
  });

  it('第八十三条 含居民身份证号码、手机号码的信息不能发布（政府信息公开条例第十五条），说明发现了什么', async () => {
    const prepared = await office.post('/api/disclosure/publications', { category: 'enforcement', title: '行政处罚决定公示', issuingBody: '临淄区市场监督管理局', body: '当事人张某，身份证号码370305198001011237，联系电话13912345678，经查……' });
    const id = prepared.json().id as string;
    const detail = (await discloser.get(`/api/disclosure/publications/${id}`)).json() as { personalData: { label: string; masked: string }[] };
    expect(detail.personalData.map((p) => p.label)).toEqual(['居民身份证号码', '手机号码']);
    const r = await discloser.post(`/api/disclosure/publications/${id}/publish`, { version: 1 });
    expect(r.statusCode).toBe(422);
    const [v] = violations(r.body);
    expect(v).toMatchObject({ ruleId: 'disclosure.no-personal-data', article: 83 });
    expect(v!.message).toContain('139****5678');
    expect(v!.message).not.toContain('13912345678');
    // Corrected, it may be published.
    const revised = await office.put(`/api/disclosure/publications/${id}`, { version: 1, category: 'enforcement', title: '行政处罚决定公示', issuingBody: '临淄区市场监督管理局', body: '当事人张某，经查……' });
    expect(revised.statusCode, revised.body).toBe(200);
    expect((await act2(discloser, id, 'publish')).status).toBe('published');
  });

  it('第八十三条 撤回的信息在门户网站留下撤回说明，不留空洞；列表与检索中不再出现', async () => {
    const prepared = await office.post('/api/disclosure/publications', { category: 'plans', title: '临淄区国土空间总体规划（草案）说明', issuingBody: '临淄区自然资源局', body: '规划期限至2035年。' });
    const id = prepared.json().id as string;
    await act2(discloser, id, 'publish');
    expect((await act2(discloser, id, 'withdraw', { reason: '规划已修订，以新版为准' })).status).toBe('withdrawn');
    const notice = await anonymous(`/api/public/publications/${id}`);
    expect(notice.statusCode).toBe(200);
    expect(notice.json()).toMatchObject({ paragraphs: [], withdrawn: { reason: '规划已修订，以新版为准' } });
    const list = (await anonymous('/api/public/publications?category=plans')).json() as Listed;
    expect(list.items.map((i) => i.id)).not.toContain(id);
    const search = (await anonymous(`/api/public/publications?q=${encodeURIComponent('国土空间')}`)).json() as Listed;
    expect(search.items).toEqual([]);
  });

  it('第八十三条 并发：两名工作人员同时审核发布同一条公开信息，一个成功，另一个得到409', async () => {
    const prepared = await fgj.post('/api/disclosure/publications', { category: 'power_lists', title: '区发展和改革局权责清单', issuingBody: '临淄区发展和改革局', body: '行政许可：……' });
    const id = prepared.json().id as string;
    const results = await Promise.all([office, discloser].map((agent) => agent.post(`/api/disclosure/publications/${id}/publish`, { version: 1 })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const timeline = (await office.get(`/api/disclosure/publications/${id}`)).json() as { timeline: { action: string }[] };
    expect(timeline.timeline.filter((e) => e.action === 'publish')).toHaveLength(1);
  });

  it('第八十三条 工作台：待审核的信息出现在拟稿人以外的办公室工作人员的工作台上，发布后离开', async () => {
    const prepared = await discloser.post('/api/disclosure/publications', { category: 'major_issue_results', title: '关于某小区供暖问题的处理结果', issuingBody: '临淄区住房和城乡建设局', body: '经调查核实……' });
    const id = prepared.json().id as string;
    const ids = async (agent: Agent) => ((await agent.get('/api/workbench?pageSize=200')).json().items as { id: string; area: string }[]).filter((i) => i.area === 'disclosure').map((i) => i.id);
    expect(await ids(office)).toContain(id);
    expect(await ids(discloser)).not.toContain(id);
    expect(await ids(fgj)).not.toContain(id);
    await act2(office, id, 'publish');
    expect(await ids(office)).not.toContain(id);
  });

  it('门户网站的页面可缓存：ETag 未变时答复304', async () => {
    const first = await anonymous('/api/public/site');
    expect(first.headers['cache-control']).toContain('public');
    const again = await anonymous('/api/public/site', { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
  });

  it('单位只看到本单位拟稿的信息；不在范围内的为404', async () => {
    const prepared = await office.post('/api/disclosure/publications', { category: 'organization', title: '区政府办公室机构职能', issuingBody: '临淄区人民政府办公室', body: '主要职责：……' });
    const id = prepared.json().id as string;
    expect((await fgj.get(`/api/disclosure/publications/${id}`)).statusCode).toBe(404);
    const listed = (await fgj.get('/api/disclosure/publications')).json() as Listed;
    expect(listed.items.map((i) => i.id)).not.toContain(id);
  });
});
