import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { parameter } from '../../src/rules/index.js';
import { createUserWithRoles } from '../harness/users.js';
import { startWithLastingSessions } from './agents.js';

/** Monday 2026-03-02, 09:00 in Beijing. */
const BASE = '2026-03-02T01:00:00Z';
const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

const report = (overrides: Record<string, unknown> = {}) => ({
  kind: 'business_trip',
  startDate: '2026-03-06',
  endDate: '2026-03-06',
  place: '北京',
  reason: '参加全国会议',
  actingPersonName: '副职负责人',
  contact: '13912345678',
  isEmergency: false,
  attachmentIds: [],
  ...overrides,
});

async function upload(agent: Agent, kind: string): Promise<string> {
  const boundary = '----zhengwu';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="附件.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    pdf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const r = await agent.request({ method: 'POST', url: '/api/attachments', payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
  if (r.statusCode !== 201) throw new Error(`upload failed: ${r.body}`);
  return r.json().id;
}

describe.each(dialects)('第八十二条 请销假（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;
  let fgjHead: Agent;

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, BASE);
    fgjHead = await t.as('fgj-head');
  });
  afterAll(async () => t.close());
  afterEach(() => t.clock.set(BASE));

  it('第八十二条 区政府办公室主任在请销假人员之列（办公室是区政府工作部门）', async () => {
    const director = await t.as('bgszr');
    const r = await director.post('/api/leave/reports', report());
    expect(r.statusCode).toBe(201);
    const audit = await t.handle.db.selectFrom('auditEvents').select(['actorName', 'article']).where('objectId', '=', r.json().id).where('act', '=', 'leave.report').execute();
    expect(audit).toEqual([{ actorName: '陈思源', article: 82 }]);
  });

  it('第九十三条 政府直属事业单位适用本规则：其主要负责人与部门主要负责人一样须请销假；村委会主任不在其列', async () => {
    const now = t.clock.now().toISOString();
    const db = t.handle.db;
    await db
      .insertInto('units')
      .values([
        { id: 'jgsw', name: '区机关事务服务中心', shortName: null, kind: 'affiliated_institution', function: null, parentId: 'gov', sortOrder: 900, version: 1, createdAt: now, updatedAt: now },
        { id: 'cun', name: '齐都镇示范村村民委员会', shortName: null, kind: 'village_committee', function: null, parentId: 'qidu', sortOrder: 901, version: 1, createdAt: now, updatedAt: now },
      ])
      .execute();
    await db
      .insertInto('posts')
      .values([
        { id: 'p-jgsw-principal', unitId: 'jgsw', kind: 'principal', title: '主任', sortOrder: 0, createdAt: now },
        { id: 'p-cun-principal', unitId: 'cun', kind: 'principal', title: '村委会主任', sortOrder: 0, createdAt: now },
      ])
      .execute();
    await db
      .insertInto('people')
      .values([
        { id: 'jgsw-principal', name: '钱立群', mobileEncrypted: null, idNumberEncrypted: null, version: 1, createdAt: now, updatedAt: now },
        { id: 'cun-principal', name: '孔德明', mobileEncrypted: null, idNumberEncrypted: null, version: 1, createdAt: now, updatedAt: now },
      ])
      .execute();
    await db
      .insertInto('appointments')
      .values([
        { id: 'a-jgsw', personId: 'jgsw-principal', postId: 'p-jgsw-principal', validFrom: '2022-01-31', validTo: null, createdAt: now },
        { id: 'a-cun', personId: 'cun-principal', postId: 'p-cun-principal', validFrom: '2022-01-31', validTo: null, createdAt: now },
      ])
      .execute();
    await createUserWithRoles(t, { loginName: 'jgsw-head', displayName: '钱立群', unitId: 'jgsw', roles: ['unit_head'], personId: 'jgsw-principal' });
    await createUserWithRoles(t, { loginName: 'cun-head', displayName: '孔德明', unitId: 'cun', roles: ['unit_head'], personId: 'cun-principal' });
    const institution = await t.as('jgsw-head');
    expect((await institution.post('/api/leave/reports', report())).statusCode).toBe(201);
    const village = await t.as('cun-head');
    const r = await village.post('/api/leave/reports', report());
    expect(r.statusCode).toBe(400);
    expect(r.json().detail).toContain('第八十二条');
  });

  it('第八十二条 不列区长：区长外出只作记录（第七条），不适用提前3天报告，也不报送区委书记、区长', async () => {
    const head = await t.as('quzhang');
    // One day ahead, no emergency: an art. 82 reporter would be refused.
    const r = await head.post('/api/leave/reports', report({ startDate: '2026-03-03', endDate: '2026-03-03', actingPersonName: '赵明远' }));
    expect(r.statusCode).toBe(201);
    expect(r.json().flags).toEqual([]);
    const detail = (await head.get(`/api/leave/reports/${r.json().id}`)).json();
    expect(detail.recipients).toEqual([]);
    const audit = await t.handle.db.selectFrom('auditEvents').select(['article']).where('objectId', '=', r.json().id).where('act', '=', 'leave.report').execute();
    expect(audit).toEqual([{ article: 7 }]);
    // A 副区长 with the same report is refused.
    const zhou = await t.as('zhouwb');
    const late = await zhou.post('/api/leave/reports', report({ startDate: '2026-03-03', endDate: '2026-03-03' }));
    expect(late.statusCode).toBe(422);
    expect(late.json().violations[0]).toMatchObject({ ruleId: 'leave.notice-days-ahead', article: 82 });
  });

  it('第八十二条 外出超过3天的，要附有关通知、方案及日程安排：只附其一被拒绝，三者齐全被接受', async () => {
    const long = { startDate: '2026-03-09', endDate: '2026-03-13' };
    const onlyNotice = await fgjHead.post('/api/leave/reports', report({ ...long, attachmentIds: [await upload(fgjHead, 'notice')] }));
    expect(onlyNotice.statusCode).toBe(422);
    expect(onlyNotice.json().violations[0]).toMatchObject({ ruleId: 'leave.long-absence-attachments', article: 82 });
    expect(onlyNotice.json().violations[0].message).toContain('尚缺方案、日程安排');
    expect(onlyNotice.json().violations[0].message).toContain(`超过${parameter('leave.longAbsenceDays', '2026-03-02')}天`);
    const all = await fgjHead.post('/api/leave/reports', report({ ...long, attachmentIds: [await upload(fgjHead, 'notice'), await upload(fgjHead, 'plan'), await upload(fgjHead, 'schedule')] }));
    expect(all.statusCode).toBe(201);
  });

  it('第八十二条 因紧急事项临时外出的要及时报备：超过时限（参数）报备的被标注，当日报备的不标注', async () => {
    const limit = parameter('leave.emergencyReportDays', '2026-03-02');
    const emergency = { isEmergency: true, emergencyReason: '家人突发疾病' };
    const prompt = await fgjHead.post('/api/leave/reports', report({ ...emergency, startDate: '2026-03-02', endDate: '2026-03-02' }));
    expect(prompt.statusCode).toBe(201);
    expect(prompt.json().flags.map((f: { ruleId: string }) => f.ruleId)).not.toContain('leave.emergency-reported-promptly');
    t.clock.set('2026-03-20T01:00:00Z');
    const start = `2026-03-${String(20 - limit - 1).padStart(2, '0')}`;
    const late = await fgjHead.post('/api/leave/reports', report({ ...emergency, startDate: start, endDate: start }));
    expect(late.statusCode).toBe(201);
    const flag = (late.json().flags as { ruleId: string; article: number; message: string }[]).find((f) => f.ruleId === 'leave.emergency-reported-promptly');
    expect(flag).toMatchObject({ article: 82 });
    expect(flag?.message).toContain(`外出之日起${limit}天内`);
  });
});
