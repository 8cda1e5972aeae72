import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { commitChange } from '../../src/db/change.js';
import { loadCalendar } from '../../src/operations/calendar/load-calendar.js';
import { trackDeadline } from '../../src/operations/calendar/track-deadline.js';

/** A 2027 notice as the State Council might issue it (synthetic: the real one is not out yet). */
const notice2027 = {
  year: 2027,
  source: { title: '国务院办公厅关于2027年部分节假日安排的通知', documentNumber: null, issuedOn: '2026-11-10', url: null },
  amendments: [],
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-13' },
  ],
  adjustedWorkingDays: [
    { date: '2027-02-20', holidayName: '春节' },
  ],
  notes: [],
};

describe.each(dialects)('工作日历：导入放假通知并重算未结期限（%s）', (dialect) => {
  let t: TestApp;
  let sysadmin: Agent;
  let office: Agent;

  beforeAll(async () => {
    t = await startTestApp(dialect, { now: '2026-12-20T02:00:00Z' });
    sysadmin = await logInAs(t.app, 'sysadmin');
    office = await logInAs(t.app, 'bgs');
  });
  afterAll(async () => t.close());

  it('2026年2月：春节放假与调休上班日在月历中标明', async () => {
    const r = await office.get('/api/calendar/months/2026-02');
    expect(r.statusCode).toBe(200);
    const day = (d: string) => r.json().days.find((x: { date: string }) => x.date === d);
    expect(day('2026-02-14')).toMatchObject({ isWorkingDay: true, reason: 'adjusted_working_day' });
    expect(day('2026-02-16')).toMatchObject({ isWorkingDay: false, reason: 'holiday', holidayName: '春节' });
    expect(r.json().year.status).toBe('official');
  });

  it('跨入2027年的期限标为暂定；导入2027年通知后重算、不再暂定，并留痕', async () => {
    const ctx = { handle: t.handle, clock: t.clock, actor: { userId: null, name: '测试', roles: [], unitId: null, personId: null }, request: { requestId: null, ip: null } };
    const tracked = await commitChange(ctx, async (trx, at) => {
      const calendar = await loadCalendar(trx);
      const result = await trackDeadline(trx, calendar, { objectType: 'test_item', objectId: 'x1', label: '测试期限', start: '2026-12-31', basis: 'working_days', amount: 30, cites: { article: 53 } }, at);
      return { result, audit: [] };
    });
    expect(tracked.deadline.provisional).toBe(true);
    expect(tracked.deadline.provisionalYears).toEqual([2027]);

    const explained = await office.get('/api/calendar/deadline?start=2026-12-31&amount=30');
    expect(explained.json()).toMatchObject({ due: tracked.deadline.due, provisional: true });
    expect(explained.json().explanation).toContain('暂定');

    expect((await office.post('/api/calendar/notices', { format: 'json', text: JSON.stringify(notice2027) })).statusCode).toBe(403);
    const imported = await sysadmin.post('/api/calendar/notices', { format: 'json', text: JSON.stringify(notice2027) });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ year: 2027, outcome: 'inserted', recomputed: 1 });
    expect(imported.json().changed).toHaveLength(1);

    const row = await t.handle.db.selectFrom('deadlines').selectAll().where('id', '=', tracked.id).executeTakeFirstOrThrow();
    expect(row.isProvisional).toBe(0);
    expect(row.due).toBe(imported.json().changed[0].due);
    expect(row.due).not.toBe(tracked.deadline.due);
    const audit = await t.handle.db.selectFrom('auditEvents').select(['act', 'article']).where('act', '=', 'calendar.deadline.recompute').execute();
    expect(audit).toEqual([{ act: 'calendar.deadline.recompute', article: 53 }]);

    const years = await office.get('/api/calendar/years');
    expect(years.json().items.find((y: { year: number }) => y.year === 2027).status).toBe('imported');
  });

  it('导入内容有误时给出中文说明且不写入任何数据', async () => {
    const bad = { ...notice2027, year: 2028, holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01' }] };
    const r = await sysadmin.post('/api/calendar/notices', { format: 'json', text: JSON.stringify(bad) });
    expect(r.statusCode).toBe(400);
    expect(r.json().detail).toMatch(/[\u4e00-\u9fa5]/);
    const ics = await sysadmin.post('/api/calendar/notices', { format: 'ics', text: 'BEGIN:VCALENDAR\nEND:VCALENDAR' });
    expect(ics.statusCode).toBe(400);
    const stored = await t.handle.db.selectFrom('calendarNotices').select('year').execute();
    expect(stored.map((s) => s.year)).toEqual([2027]);
  });

  it('通知网址只接受 http:// 与 https://：javascript: 等得到中文 400，不写入任何数据', async () => {
    const withUrl = (url: string, where: 'source' | 'amendment') =>
      JSON.stringify(
        where === 'source'
          ? { ...notice2027, year: 2028, holidays: [{ name: '元旦', from: '2028-01-01', to: '2028-01-01' }], source: { ...notice2027.source, url } }
          : { ...notice2027, year: 2028, holidays: [{ name: '元旦', from: '2028-01-01', to: '2028-01-01' }], amendments: [{ ...notice2027.source, url }] },
      );
    for (const [url, where] of [
      ['javascript:alert(document.cookie)', 'source'],
      ['JavaScript:alert(1)', 'source'],
      ['data:text/html,<script>alert(1)</script>', 'source'],
      ['//evil.example/x', 'source'],
      ['ftp://www.gov.cn/notice', 'amendment'],
      ['javascript:alert(1)', 'amendment'],
    ] as const) {
      const r = await sysadmin.post('/api/calendar/notices', { format: 'json', text: withUrl(url, where) });
      expect(r.statusCode, url).toBe(400);
      expect(r.json().detail, url).toContain('只接受以 http:// 或 https:// 开头的网址');
    }
    expect((await t.handle.db.selectFrom('calendarNotices').select('year').execute()).map((s) => s.year)).not.toContain(2028);
  });
});
