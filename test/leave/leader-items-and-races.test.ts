import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { startWithLastingSessions } from './agents.js';

const BASE = '2026-03-02T01:00:00Z';

const report = (overrides: Record<string, unknown> = {}) => ({
  kind: 'business_trip',
  startDate: '2026-03-06',
  endDate: '2026-03-07',
  place: '北京',
  reason: '参加全国会议',
  actingPersonName: '—',
  contact: '13912345678',
  isEmergency: false,
  attachmentIds: [],
  ...overrides,
});

describe.each(dialects)('领导事项与并发（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;
  let office: Agent;

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, BASE);
    office = await t.as('bgs');
    for (const login of ['quzhang', 'changwu', 'fuquzhang', 'zhouwb', 'wuhy', 'fgj-head']) await t.as(login);
  });
  afterAll(async () => t.close());
  afterEach(() => t.clock.set(BASE));

  const item = async (overrides: Record<string, unknown>) => {
    const r = await office.post('/api/leader-items', { kind: 'meeting', title: '座谈会', addresseePersonId: 'zhou-wenbo', isUrgent: false, ...overrides });
    expect(r.statusCode).toBe(201);
    return r.json().id as string;
  };

  it('第六十二条 已办理的事项再次办理答409（不是400），并给出当前状态与版本', async () => {
    const zhou = await t.as('zhouwb');
    const id = await item({ title: '听取汇报' });
    expect((await zhou.post(`/api/leader-items/${id}/handle`, { version: 1, note: '已听取' })).statusCode).toBe(204);
    const again = await zhou.post(`/api/leader-items/${id}/handle`, { version: 2, note: '再办' });
    expect(again.statusCode).toBe(409);
    expect(again.json().details).toMatchObject({ currentState: 'handled', currentVersion: 2 });
    expect((await zhou.get(`/api/leader-items/${id}`)).json()).toMatchObject({ status: 'handled', actions: [] });
  });

  it('第六十二条 同一事项20个并发办理：1个成功、19个409、审计只记1条', async () => {
    const zhou = await t.as('zhouwb');
    const id = await item({ title: '并发办理' });
    const codes = (await Promise.all(Array.from({ length: 20 }, () => zhou.post(`/api/leader-items/${id}/handle`, { version: 1, note: '办理' })))).map((r) => r.statusCode);
    expect(codes.filter((c) => c === 204)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    const audit = await t.handle.db.selectFrom('auditEvents').select('act').where('objectId', '=', id).where('act', '=', 'leader_item.handle').execute();
    expect(audit).toHaveLength(1);
  });

  it('第六十二条 不是收件人、也不为其补位的领导看不到事项（404）；补位只办紧急事项', async () => {
    const id = await item({ title: '仅周文博' });
    const sun = await t.as('fuquzhang');
    expect((await sun.get(`/api/leader-items/${id}`)).statusCode).toBe(404);
    expect((await sun.post(`/api/leader-items/${id}/handle`, { version: 1, note: 'x' })).statusCode).toBe(404);
    expect(((await sun.get('/api/leader-items')).json().items as { id: string }[]).some((i) => i.id === id)).toBe(false);
    // 吴海燕 covers 周文博 but he is not away today: the item is not hers.
    const wu = await t.as('wuhy');
    expect((await wu.get(`/api/leader-items/${id}`)).statusCode).toBe(404);
  });

  it('第七条 区长外出期间，常务副区长主持全面工作：区长的一般（非紧急）事项也由其代为办理，记为代区长处理', async () => {
    const head = await t.as('quzhang');
    expect((await head.post('/api/leave/reports', report({ startDate: '2026-03-09', endDate: '2026-03-10', actingPersonName: '赵明远' }))).statusCode).toBe(201);
    const id = await item({ title: '听取重点项目汇报', addresseePersonId: 'lin-zhiyuan', isUrgent: false });
    t.clock.set('2026-03-09T02:00:00Z');
    const zhao = await t.as('changwu');
    const detail = (await zhao.get(`/api/leader-items/${id}`)).json();
    expect(detail).toMatchObject({ actions: ['handle'], actingFor: { personId: 'lin-zhiyuan', name: '林志远' } });
    expect((await zhao.post(`/api/leader-items/${id}/handle`, { version: detail.version, note: '已代为听取' })).statusCode).toBe(204);
    const audit = await t.handle.db.selectFrom('auditEvents').select(['actorName', 'actingForPersonId', 'article']).where('objectId', '=', id).where('act', '=', 'leader_item.handle').execute();
    expect(audit).toEqual([{ actorName: '赵明远', actingForPersonId: 'lin-zhiyuan', article: 7 }]);
    // A deputy's cover takes only urgent work: 孙立华 does not see the head's item at all.
    const sun = await t.as('fuquzhang');
    expect((await sun.get(`/api/leader-items/${id}`)).statusCode).toBe(404);
  });

  it('第六十二条 有期限的领导事项与请假报告各有一个期限时钟，办结时停止', async () => {
    const id = await item({ title: '限期事项', dueOn: '2026-03-20' });
    const clocks = await t.handle.db.selectFrom('deadlines').select(['due', 'isOpen', 'article']).where('objectType', '=', 'leader_item').where('objectId', '=', id).execute();
    expect(clocks).toEqual([{ due: '2026-03-20', isOpen: 1, article: 62 }]);
    const zhou = await t.as('zhouwb');
    expect((await zhou.post(`/api/leader-items/${id}/handle`, { version: 1, note: '已办' })).statusCode).toBe(204);
    expect((await t.handle.db.selectFrom('deadlines').select('isOpen').where('objectId', '=', id).execute()).map((d) => d.isOpen)).toEqual([0]);

    const fgjHead = await t.as('fgj-head');
    const filed = (await fgjHead.post('/api/leave/reports', report({ startDate: '2026-03-12', endDate: '2026-03-13', actingPersonName: '副局长' }))).json();
    const leaveClocks = await t.handle.db.selectFrom('deadlines').select(['label', 'due', 'isOpen', 'article']).where('objectType', '=', 'leave_report').where('objectId', '=', filed.id).execute();
    expect(leaveClocks).toEqual([{ label: '销假', due: '2026-03-13', isOpen: 1, article: 82 }]);
    expect((await fgjHead.post(`/api/leave/reports/${filed.id}/cancel`, { version: 1 })).statusCode).toBe(204);
    expect((await t.handle.db.selectFrom('deadlines').select('isOpen').where('objectId', '=', filed.id).execute()).map((d) => d.isOpen)).toEqual([0]);
  });

  it('第八十二条 撤销、销假由本人或办公室办理；别人的报告看不到（404），已销假的再销假答409', async () => {
    const fgjHead = await t.as('fgj-head');
    const zhou = await t.as('zhouwb');
    const mine = (await zhou.post('/api/leave/reports', report({ startDate: '2026-03-16', endDate: '2026-03-16' }))).json();
    expect((await fgjHead.get(`/api/leave/reports/${mine.id}`)).statusCode).toBe(404);
    expect((await fgjHead.post(`/api/leave/reports/${mine.id}/cancel`, { version: 1 })).statusCode).toBe(404);
    expect((await office.get(`/api/leave/reports/${mine.id}`)).json().actions).toEqual(['return', 'cancel', 'read_contact']);
    const zhao = await t.as('changwu');
    expect((await zhao.get(`/api/leave/reports/${mine.id}`)).json().actions).toEqual(['read_contact']);
    expect((await zhao.post(`/api/leave/reports/${mine.id}/cancel`, { version: 1 })).statusCode).toBe(403);
    t.clock.set('2026-03-17T02:00:00Z');
    const later = await t.as('zhouwb');
    expect((await later.post(`/api/leave/reports/${mine.id}/return`, { version: 1 })).statusCode).toBe(204);
    const again = await later.post(`/api/leave/reports/${mine.id}/return`, { version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().details).toMatchObject({ currentState: 'returned' });
  });

  it('第六十三条 另行安排补位只给区长：补位日历只对区长给出 assign_cover，副区长安排被拒绝', async () => {
    const calendar = (agent: Agent) => agent.get('/api/leave/cover-calendar?from=2026-03-02&to=2026-03-03');
    expect((await calendar(await t.as('quzhang'))).json().actions).toEqual(['assign_cover']);
    expect((await calendar(await t.as('changwu'))).json().actions).toEqual([]);
    expect((await calendar(office)).json().actions).toEqual([]);
    const refused = await (await t.as('changwu')).post('/api/leave/cover-assignments', { absentPersonId: 'sun-lihua', coverPersonId: 'zhou-wenbo', validFrom: '2026-05-10', validTo: '2026-05-11', reason: '试' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().violations).toEqual([expect.objectContaining({ ruleId: 'cover.head-assigns', article: 63 })]);
  });

  it('第六十三条 互相补位的两位领导同时报告重叠的外出（8次并发尝试），从不同时获准', async () => {
    const zhao = await t.as('changwu');
    const sun = await t.as('fuquzhang');
    for (let round = 0; round < 8; round++) {
      const day = (n: number) => `2026-04-${String(1 + round * 3 + n).padStart(2, '0')}`;
      const [a, b] = await Promise.all([
        zhao.post('/api/leave/reports', report({ startDate: day(0), endDate: day(1) })),
        sun.post('/api/leave/reports', report({ startDate: day(1), endDate: day(2) })),
      ]);
      const codes = [a.statusCode, b.statusCode].sort();
      expect(codes, `round ${round}`).toEqual([201, 422]);
      const refused = a.statusCode === 422 ? a : b;
      expect(refused.json().violations[0]).toMatchObject({ ruleId: 'cover.partners-not-away-together', article: 63 });
    }
  });
});
