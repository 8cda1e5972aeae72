import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, startTestApp, type TestApp } from '../harness/app.js';

describe('规则库接口', () => {
  let t: TestApp;
  let office: Agent;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    office = await logInAs(t.app, 'bgs');
  });
  afterAll(async () => t.close());

  it('施行中的规则：文件信息与缺少第十章标题的原文特殊情况', async () => {
    const r = (await office.get('/api/rules')).json();
    expect(r).toMatchObject({ title: '临淄区人民政府工作规则', issued: '2022-01-31', repeals: ['临政发〔2017〕1号'] });
    expect(r.quirks.map((q: { code: string }) => q.code)).toContain('missing-chapter-heading');
    expect(r.totals).toBeDefined();
  });

  it('94条全部可浏览；按原文检索', async () => {
    expect((await office.get('/api/rules/articles')).json().total).toBe(94);
    const hits = (await office.get(`/api/rules/articles?q=${encodeURIComponent('5个工作日')}`)).json();
    expect(hits.items.map((a: { number: number }) => a.number)).toContain(53);
  });

  it('第五十三条 一条的视图列出原文、参数与以其命名的测试', async () => {
    const a = (await office.get('/api/rules/articles/53')).json();
    expect(a.text).toContain('一般应于会前5个工作日');
    expect(a.parameters.map((p: { key: string }) => p.key)).toContain('meetings.topicLeadWorkingDays');
    expect(a.tests.length).toBeGreaterThan(0);
    expect((await office.get('/api/rules/articles/95')).statusCode).toBe(404);
  });

  it('第五十五条 一条的视图列出代码中承载它的位置：规则编号、作用、文件与行号', async () => {
    const a = (await office.get('/api/rules/articles/55')).json();
    expect(a.carriers).toContainEqual(expect.objectContaining({ id: 'meetings.absence-to-head', kind: 'guard', file: 'src/operations/meetings/attendance.ts', line: expect.any(Number) }));
    // Only places in code: a registered sentence no code uses is not shown as a carrier.
    expect(a.carriers.every((c: { file: string; line: number }) => c.file.startsWith('src/') && c.line > 0)).toBe(true);
    const totals = (await office.get('/api/rules')).json().totals;
    expect(totals).toMatchObject({ articles: 94, partly: expect.any(Number) });
  });

  it('按行为日期取参数：2026年施行的参数各注明条款', async () => {
    const r = (await office.get('/api/rules/parameters?asOf=2026-03-02')).json();
    const lead = r.items.find((p: { key: string }) => p.key === 'meetings.topicLeadWorkingDays');
    expect(lead).toMatchObject({ value: 5, cites: { article: 53 } });
    expect((await office.get('/api/rules/parameters?asOf=2020-01-01')).json().items).toEqual([]);
  });
});
