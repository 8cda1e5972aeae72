import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { startWithLastingSessions } from './agents.js';

const BASE = '2026-03-02T01:00:00Z';
const MOBILE = '13912345678';
const MASKED = '139****5678';
const LANDLINE = '0533-7181234';

const report = (overrides: Record<string, unknown> = {}) => ({
  kind: 'business_trip',
  startDate: '2026-03-06',
  endDate: '2026-03-07',
  place: '北京',
  reason: '参加全国会议',
  actingPersonName: '—',
  contact: MOBILE,
  isEmergency: false,
  attachmentIds: [],
  ...overrides,
});

describe.each(dialects)('个人信息 外出领导的24小时联系电话：列表与详情脱敏，完整号码只经留痕的查看（第八十二条；等保 8.1.4.11）（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;
  let deputy: Agent; // 副区长周文博
  let head: Agent; // 区长
  let office: Agent;
  let fgjHead: Agent; // 发改局局长: sees only their own reports
  let deputyReport: string;
  let fgjReport: string;

  const readsOf = async (reportId: string) =>
    t.handle.db.selectFrom('auditEvents').selectAll().where('act', '=', 'leave.report.contact.read').where('objectId', '=', reportId).orderBy('seq').execute();

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, BASE);
    deputy = await t.as('zhouwb');
    head = await t.as('quzhang');
    office = await t.as('bgs');
    fgjHead = await t.as('fgj-head');
    const a = await deputy.post('/api/leave/reports', report());
    expect(a.statusCode, a.body).toBe(201);
    deputyReport = a.json().id;
    const b = await fgjHead.post('/api/leave/reports', report({ contact: LANDLINE, actingPersonName: '副局长' }));
    expect(b.statusCode, b.body).toBe(201);
    fgjReport = b.json().id;
  });
  afterAll(async () => t.close());

  it('请销假报告列表、详情、领导去向只返回脱敏号码，并给出 read_contact', async () => {
    for (const agent of [office, head, deputy]) {
      const list = await agent.get('/api/leave/reports');
      expect(list.statusCode).toBe(200);
      expect(list.json().items.find((r: { id: string }) => r.id === deputyReport)).toMatchObject({ contactMasked: MASKED, actions: expect.arrayContaining(['read_contact']) });
      const detail = await agent.get(`/api/leave/reports/${deputyReport}`);
      expect(detail.json()).toMatchObject({ contactMasked: MASKED });
      const whereabouts = await agent.get('/api/leave/whereabouts?date=2026-03-06');
      expect(whereabouts.json().away.map((r: { contactMasked: string }) => r.contactMasked)).toContain(MASKED);
      for (const body of [list.body, detail.body, whereabouts.body]) {
        expect(body).not.toContain(MOBILE);
        expect(body).not.toContain(LANDLINE);
        expect(body).not.toContain('7181234');
        expect(body).not.toContain('sm4v1:');
      }
    }
    expect((await fgjHead.get(`/api/leave/reports/${fgjReport}`)).json().contactMasked).toBe('********1234');
  });

  it('查看完整号码：可看该报告者均可查看，不缓存，每次查看写一条审计记录（不含号码）', async () => {
    const before = (await readsOf(deputyReport)).length;
    for (const agent of [office, head]) {
      const r = await agent.get(`/api/leave/reports/${deputyReport}/contact`);
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json()).toEqual({ reportId: deputyReport, personId: 'zhou-wenbo', personName: '周文博', contact: MOBILE });
      expect(r.headers['cache-control']).toBe('no-store');
    }
    const reads = await readsOf(deputyReport);
    expect(reads).toHaveLength(before + 2);
    expect(reads.at(-1)).toMatchObject({ objectType: 'leave_report', result: 'success', article: 82 });
    for (const read of reads) expect(read.summary).not.toContain(MOBILE);

    const own = await fgjHead.get(`/api/leave/reports/${fgjReport}/contact`);
    expect(own.statusCode).toBe(200);
    expect(own.json().contact).toBe(LANDLINE);
  });

  it('看不到该报告的人查看完整号码得到 404，不留成功的查看记录', async () => {
    const before = (await readsOf(deputyReport)).length;
    const r = await fgjHead.get(`/api/leave/reports/${deputyReport}/contact`);
    expect(r.statusCode).toBe(404);
    expect(r.body).not.toContain(MOBILE);
    expect((await fgjHead.get('/api/leave/reports/no-such-report/contact')).statusCode).toBe(404);
    expect(await readsOf(deputyReport)).toHaveLength(before);
  });
});
