import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { startWithLastingSessions } from './agents.js';

const BASE = '2026-03-02T01:00:00Z';
const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

/** A leave report as the form sends it, from the test clock's day (2026-03-02, a Monday). */
const report = (overrides: Record<string, unknown> = {}) => ({
  kind: 'business_trip',
  startDate: '2026-03-06',
  endDate: '2026-03-07',
  place: '北京',
  reason: '参加全国会议',
  actingPersonName: '副局长',
  contact: '13912345678',
  isEmergency: false,
  attachmentIds: [],
  ...overrides,
});

async function upload(agent: Agent, kind: string): Promise<string> {
  const boundary = '----zhengwu';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="通知.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    pdf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const r = await agent.request({ method: 'POST', url: '/api/attachments', payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
  if (r.statusCode !== 201) throw new Error(`upload failed: ${r.body}`);
  return r.json().id;
}

describe.each(dialects)('请销假与工作补位（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;
  let zhao: Agent; // 常务副区长, covers with 孙立华
  let sun: Agent; // 副区长
  let head: Agent; // 区长
  let office: Agent;
  let fgjHead: Agent; // 发改局局长

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, BASE);
    zhao = await t.as('changwu');
    sun = await t.as('fuquzhang');
    head = await t.as('quzhang');
    office = await t.as('bgs');
    fgjHead = await t.as('fgj-head');
  });
  afterAll(async () => t.close());
  // Tests that move to a later day sign in afresh there (sessions idle out); the others stay on the base day.
  afterEach(() => t.clock.set(BASE));

  it('第八十二条 提前2天报告被拒；同样的外出按紧急外出报备被接受并标注', async () => {
    const late = await fgjHead.post('/api/leave/reports', report({ startDate: '2026-03-04', endDate: '2026-03-04' }));
    expect(late.statusCode).toBe(422);
    expect(late.json().violations).toEqual([expect.objectContaining({ ruleId: 'leave.notice-days-ahead', article: 82 })]);

    const emergency = await fgjHead.post('/api/leave/reports', report({ startDate: '2026-03-04', endDate: '2026-03-04', isEmergency: true, emergencyReason: '家人突发疾病' }));
    expect(emergency.statusCode).toBe(201);
    expect(emergency.json().flags).toEqual([expect.objectContaining({ ruleId: 'leave.notice-days-ahead', article: 82 })]);
    const detail = (await office.get(`/api/leave/reports/${emergency.json().id}`)).json();
    expect(detail.recipients.map((r: { post: string }) => r.post)).toEqual(['区委书记', '区长']);
    expect(detail.contactMasked).toBe('139****5678');
  });

  it('第八十二条 外出5天未附通知、方案、日程被拒；附上后接受', async () => {
    const long = report({ startDate: '2026-03-10', endDate: '2026-03-14' });
    const refused = await fgjHead.post('/api/leave/reports', long);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().violations[0]).toMatchObject({ ruleId: 'leave.long-absence-attachments', article: 82 });
    const attachmentIds = [await upload(fgjHead, 'notice'), await upload(fgjHead, 'plan'), await upload(fgjHead, 'schedule')];
    const accepted = await fgjHead.post('/api/leave/reports', { ...long, attachmentIds });
    expect(accepted.statusCode).toBe(201);
    const detail = (await fgjHead.get(`/api/leave/reports/${accepted.json().id}`)).json();
    expect(detail.attachments.map((a: { kind: string }) => a.kind).sort()).toEqual(['notice', 'plan', 'schedule']);
  });

  it('第八十二条 须留24小时联系电话与代为主持工作的负责人', async () => {
    const r = await fgjHead.post('/api/leave/reports', report({ contact: '', actingPersonName: '' }));
    expect(r.statusCode).toBe(400);
  });

  it('第六十三条 互相补位的领导不能同时外出；区长另行安排补位后可以', async () => {
    const first = await zhao.post('/api/leave/reports', report({ startDate: '2026-03-09', endDate: '2026-03-10', actingPersonName: '孙立华' }));
    expect(first.statusCode).toBe(201);
    const second = await sun.post('/api/leave/reports', report({ startDate: '2026-03-10', endDate: '2026-03-11', actingPersonName: '—' }));
    expect(second.statusCode).toBe(422);
    expect(second.json().violations[0]).toMatchObject({ ruleId: 'cover.partners-not-away-together', article: 63 });

    expect((await zhao.post('/api/leave/cover-assignments', { absentPersonId: 'sun-lihua', coverPersonId: 'zhou-wenbo', validFrom: '2026-03-10', validTo: '2026-03-11', reason: '二人同时外出' })).statusCode).toBe(422);
    const assigned = await head.post('/api/leave/cover-assignments', { absentPersonId: 'sun-lihua', coverPersonId: 'zhou-wenbo', validFrom: '2026-03-10', validTo: '2026-03-11', reason: '二人同时外出' });
    expect(assigned.statusCode).toBe(201);
    const allowed = await sun.post('/api/leave/reports', report({ startDate: '2026-03-10', endDate: '2026-03-11', actingPersonName: '—' }));
    expect(allowed.statusCode).toBe(201);

    t.clock.set('2026-03-10T02:00:00Z');
    const whereabouts = (await (await t.as('bgs')).get('/api/leave/whereabouts')).json();
    const sunRow = whereabouts.leaders.find((l: { personId: string }) => l.personId === 'sun-lihua');
    expect(sunRow).toMatchObject({ isAway: true, cover: { personId: 'zhou-wenbo', basis: 'assignment' } });
  });

  it('第六十二条 副区长外出时，其紧急事项进入补位领导的工作台，办理记为代其处理', async () => {
    // 周文博 and 吴海燕 cover each other; 周文博 reports a trip.
    const zhou = await t.as('zhouwb');
    await t.as('wuhy');
    expect((await zhou.post('/api/leave/reports', report({ startDate: '2026-03-16', endDate: '2026-03-17', actingPersonName: '吴海燕' }))).statusCode).toBe(201);
    const urgent = await office.post('/api/leader-items', { kind: 'emergency', title: '某镇突发险情处置', addresseePersonId: 'zhou-wenbo', isUrgent: true });
    const routine = await office.post('/api/leader-items', { kind: 'meeting', title: '例行座谈会', addresseePersonId: 'zhou-wenbo', isUrgent: false });
    expect(urgent.statusCode).toBe(201);

    t.clock.set('2026-03-16T02:00:00Z');
    const wuThere = await t.as('wuhy');
    const inbox = (await wuThere.get('/api/workbench')).json().items as { id: string; actingFor?: { name: string } }[];
    const item = inbox.find((i) => i.id === urgent.json().id);
    expect(item?.actingFor?.name).toBe('周文博');
    expect(inbox.some((i) => i.id === routine.json().id)).toBe(false);

    const detail = (await wuThere.get(`/api/leader-items/${urgent.json().id}`)).json();
    expect(detail.actions).toEqual(['handle']);
    expect((await wuThere.post(`/api/leader-items/${urgent.json().id}/handle`, { version: detail.version, note: '已赶赴现场指挥处置' })).statusCode).toBe(204);
    const audit = await t.handle.db.selectFrom('auditEvents').select(['actingForPersonId', 'article', 'actorName']).where('act', '=', 'leader_item.handle').execute();
    expect(audit).toEqual([{ actingForPersonId: 'zhou-wenbo', article: 62, actorName: '吴海燕' }]);
  });

  it('第七条 区长外出期间由常务副区长主持工作，区长的紧急事项转常务副区长', async () => {
    expect((await head.post('/api/leave/reports', report({ startDate: '2026-03-23', endDate: '2026-03-24', actingPersonName: '赵明远' }))).statusCode).toBe(201);
    const urgent = await office.post('/api/leader-items', { kind: 'urgent_document', title: '紧急请示签批', addresseePersonId: 'lin-zhiyuan', isUrgent: true });
    t.clock.set('2026-03-23T02:00:00Z');
    const whereabouts = (await (await t.as('bgs')).get('/api/leave/whereabouts')).json();
    expect(whereabouts.presiding).toMatchObject({ personId: 'zhao-mingyuan', isActing: true });
    const inbox = (await (await t.as('changwu')).get('/api/workbench')).json().items as { id: string; actingFor?: { name: string } }[];
    expect(inbox.find((i) => i.id === urgent.json().id)?.actingFor?.name).toBe('林志远');
  });

  it('销假关闭报告；单位负责人只能看到本人的报告，看不到别人的（404）', async () => {
    const mine = (await fgjHead.get('/api/leave/reports')).json().items as { id: string; personId: string; version: number }[];
    expect(mine.every((r) => r.personId === 'fgj-principal')).toBe(true);
    const others = (await office.get('/api/leave/reports')).json().items as { id: string; personId: string }[];
    const notMine = others.find((r) => r.personId !== 'fgj-principal');
    expect((await fgjHead.get(`/api/leave/reports/${notMine?.id}`)).statusCode).toBe(404);
    const first = mine[0];
    t.clock.set('2026-03-20T02:00:00Z');
    const there = await t.as('fgj-head');
    expect((await there.post(`/api/leave/reports/${first?.id}/return`, { version: first?.version })).statusCode).toBe(204);
    expect((await there.get(`/api/leave/reports/${first?.id}`)).json().status).toBe('returned');
  });

  it('第八十二条 不在请销假范围的人员不能报告', async () => {
    const r = await office.post('/api/leave/reports', report({ personId: 'office-clerk' }));
    expect(r.statusCode).toBe(400);
    expect(r.json().detail).toContain('第八十二条');
  });
});
