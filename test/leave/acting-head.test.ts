import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { makeDocument } from '../documents/factories.js';
import { startWithLastingSessions } from './agents.js';

/** Monday 2026-03-02, 09:00 in Beijing; the 区长 is away on 9–10 March. */
const BASE = '2026-03-02T01:00:00Z';
const AWAY = '2026-03-09T02:00:00Z';

/**
 * Art. 7 against art. 62–63: while the 区长 is away the executive deputy presides over the whole of the
 * government's work — every one of the 区长's items, urgent or not — even when a cover has been arranged for
 * the 区长 (an arranged cover, like a cover pair, takes only urgent work, and only when the executive deputy
 * is away too). Checked across areas: a 请示 for the 区长's 批示, an item on the 区长's list, and the 区长's
 * approval of a department meeting.
 */
describe.each(dialects)('第七条 区长外出期间常务副区长主持全面工作（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;
  let head: Agent;
  let zhao: Agent; // 常务副区长
  let sun: Agent; // 副区长, arranged as the 区长's cover
  let office: Agent;
  let fgj: Agent;
  const ids = { document: '', item: '', meeting: '' };

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, BASE);
    head = await t.as('quzhang');
    zhao = await t.as('changwu');
    sun = await t.as('fuquzhang');
    office = await t.as('bgs');
    fgj = await t.as('fgj');
    // The 区长 arranges 孙立华 as his cover and records his absence (art. 63, art. 7).
    expect((await head.post('/api/leave/cover-assignments', { absentPersonId: 'lin-zhiyuan', coverPersonId: 'sun-lihua', validFrom: '2026-03-09', validTo: '2026-03-10', reason: '区长外出' })).statusCode).toBe(201);
    const away = await head.post('/api/leave/reports', {
      kind: 'business_trip',
      startDate: '2026-03-09',
      endDate: '2026-03-10',
      place: '济南',
      reason: '参加全省会议',
      actingPersonName: '赵明远',
      contact: '13912345678',
      isEmergency: false,
      attachmentIds: [],
    });
    expect(away.statusCode).toBe(201);
    ids.document = await makeDocument(t.handle, new Date(BASE), { status: 'assigned', assignedLeaderPersonId: 'lin-zhiyuan', urgency: 'normal', title: '关于申请重点项目前期经费的请示' });
    ids.item = (await office.post('/api/leader-items', { kind: 'meeting', title: '听取重点项目汇报', addresseePersonId: 'lin-zhiyuan', isUrgent: false })).json().id;
    const meeting = await fgj.post('/api/events/department-meetings', {
      title: '全区发展改革系统工作会议',
      meetingDate: '2026-04-10',
      format: 'video',
      chairedBy: 'deputy',
      chairPersonId: 'sun-lihua',
      inviteePostIds: ['p-qidu-principal'],
      detail: '',
    });
    expect(meeting.json().status).toBe('awaiting_head_approval');
    ids.meeting = meeting.json().id;
    t.clock.set(AWAY);
  });
  afterAll(async () => t.close());

  it('第七条 常务副区长代区长批示一般（非急件）请示，记为代区长、依第七条', async () => {
    const detail = (await zhao.get(`/api/documents/incoming/${ids.document}`)).json();
    expect(detail.actions).toContain('instruct');
    expect((await zhao.post(`/api/documents/incoming/${ids.document}/instruct`, { version: detail.version, opinion: '同意，请区财政局统筹安排。' })).statusCode).toBe(200);
    const audit = await t.handle.db.selectFrom('auditEvents').select(['actorName', 'actingForPersonId', 'article']).where('objectId', '=', ids.document).where('act', '=', 'documents.incoming.instruct').execute();
    expect(audit).toEqual([{ actorName: '赵明远', actingForPersonId: 'lin-zhiyuan', article: 7 }]);
  });

  it('第七条、第六十二条 区长安排的补位领导只办紧急事项：非急件请示、一般事项、会议审批都不归孙立华', async () => {
    const doc = await makeDocument(t.handle, new Date(AWAY), { status: 'assigned', assignedLeaderPersonId: 'lin-zhiyuan', urgency: 'normal' });
    const seen = await sun.get(`/api/documents/incoming/${doc}`);
    expect(seen.statusCode === 404 || !(seen.json().actions as string[]).includes('instruct')).toBe(true);
    expect((await sun.post(`/api/documents/incoming/${doc}/instruct`, { version: 1, opinion: '同意。' })).statusCode).not.toBe(204);
    expect((await sun.get(`/api/leader-items/${ids.item}`)).statusCode).toBe(404);
    const meeting = await sun.get(`/api/events/department-meetings/${ids.meeting}`);
    expect(meeting.statusCode === 404 || !(meeting.json().actions as string[]).includes('approve_town_principals')).toBe(true);
    expect((await sun.post(`/api/events/department-meetings/${ids.meeting}/head-decision`, { version: 1, decision: 'approved', opinion: '同意' })).statusCode).not.toBe(200);
  });

  it('第七条 常务副区长代区长办理区长的一般事项，记为代区长处理', async () => {
    const detail = (await zhao.get(`/api/leader-items/${ids.item}`)).json();
    expect(detail).toMatchObject({ actions: ['handle'], actingFor: { personId: 'lin-zhiyuan', name: '林志远' } });
    expect((await zhao.post(`/api/leader-items/${ids.item}/handle`, { version: detail.version, note: '已代为听取' })).statusCode).toBe(204);
    const audit = await t.handle.db.selectFrom('auditEvents').select(['actorName', 'actingForPersonId', 'article']).where('objectId', '=', ids.item).where('act', '=', 'leader_item.handle').execute();
    expect(audit).toEqual([{ actorName: '赵明远', actingForPersonId: 'lin-zhiyuan', article: 7 }]);
  });

  it('第七条、第五十八条 常务副区长代区长批准副区长会议请镇街主要负责人参加，记为代区长', async () => {
    const detail = (await zhao.get(`/api/events/department-meetings/${ids.meeting}`)).json();
    expect(detail.actions).toContain('approve_town_principals');
    const decided = await zhao.post(`/api/events/department-meetings/${ids.meeting}/head-decision`, { version: detail.version, decision: 'approved', opinion: '同意' });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'awaiting_approval', headApproval: { actingForName: '林志远' } });
    const audit = await t.handle.db.selectFrom('auditEvents').select(['actorName', 'actingForPersonId']).where('objectId', '=', ids.meeting).where('act', '=', 'department_meeting.head_approval').execute();
    expect(audit).toEqual([{ actorName: '赵明远', actingForPersonId: 'lin-zhiyuan' }]);
  });
});
