import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ActionSpec, CaseDefinition } from '../../src/domain/case.js';
import { incomingDocumentCase } from '../../src/domain/documents/case.js';
import { departmentMeetingCase, speechCase } from '../../src/domain/events/case.js';
import { leaveReportCase } from '../../src/domain/leave/case.js';
import { absenceCase, meetingCase, topicCase } from '../../src/domain/meetings/case.js';
import { reportCase, suggestionCase, taskCase } from '../../src/domain/supervision/case.js';
import type { Agent } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { makeAbsenceRequest, makeDepartmentMeeting, makeIncoming, makeLeaveReport, makeMeeting, makeSpeech, makeSuggestion, makeTask, makeTopic, versionOf } from '../harness/factories.js';
import { createUserWithRoles } from '../harness/users.js';
import { startWithLastingSessions } from '../leave/agents.js';

/**
 * Issue 10, "done when": for every kind of case, 20 identical requests at once → one success, 19 × 409 with
 * the current version and state, and one audit row (art. 66: each step is taken once). The kinds whose own area
 * tests had no such race are raced here; race-coverage.test.ts names any kind that has none anywhere.
 */

type AnyCase = CaseDefinition<string, never, string>;
const BASE = '2026-03-02T01:00:00Z';

/** The audit act a declared action records. */
const actOf = (def: AnyCase, action: string): string => (def.actions as Record<string, ActionSpec<string, never>>)[action]?.act ?? `${def.kind}.${action}`;

describe.each(dialects)('并发：同一案件的同一办理二十个请求同时到达，一个成功，其余 409，只记一条审计（第六十六条）（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, BASE);
    await createUserWithRoles(t, { loginName: 'czj-head', displayName: '财政局局长', unitId: 'czj', roles: ['unit_head'], personId: 'czj-principal' });
    await createUserWithRoles(t, { loginName: 'czj-staff', displayName: '财政局经办人', unitId: 'czj', roles: ['unit_staff'] });
    for (const login of ['bgs', 'fgj', 'fgj-head', 'czj-head', 'czj-staff', 'quzhang', 'zhouwb', 'fuquzhang']) await t.as(login);
  }, 120_000);
  afterAll(async () => t.close());
  afterEach(() => t.clock.set(BASE));

  /** Fires 20 identical requests at once and checks the outcome, the conflicts' details and the audit trail. */
  async function race(agent: Agent, url: string, body: Record<string, unknown>, def: AnyCase, action: string, objectId: string): Promise<void> {
    const responses = await Promise.all(Array.from({ length: 20 }, () => agent.post(url, body)));
    const codes = responses.map((r) => r.statusCode);
    const won = codes.filter((c) => c >= 200 && c < 300);
    expect(won, responses.find((r) => r.statusCode !== 409)?.body).toHaveLength(1);
    expect(
      codes.filter((c) => c === 409),
      responses.find((r) => r.statusCode >= 300 && r.statusCode !== 409)?.body,
    ).toHaveLength(19);
    // Every losing request is told where the case stands now, whichever guard (version, unique row) stopped it.
    for (const r of responses.filter((x) => x.statusCode === 409)) {
      expect(r.json().code, r.body).toBe('conflict');
      expect(r.json().details, r.body).toMatchObject({ currentVersion: expect.any(Number) });
    }
    const audit = await t.handle.db.selectFrom('auditEvents').select(['act', 'result']).where('objectId', '=', objectId).where('act', '=', actOf(def, action)).execute();
    expect(audit.filter((a) => a.result === 'success')).toHaveLength(1);
  }

  it('公文（incoming_document）二十个并发签收', async () => {
    const doc = await makeIncoming(await t.as('fgj'), { title: '区发展和改革局关于并发签收的报告' });
    const office = await t.as('bgs');
    const version = await versionOf(office, `/api/documents/incoming/${doc.id}`);
    await race(office, `/api/documents/incoming/${doc.id}/receive`, { version }, incomingDocumentCase as unknown as AnyCase, 'receive', doc.id);
  });

  // The countersign is a row of its own per unit (shared by documents and topics): its unique key is a second
  // guard, and the losers it stops must be told the case's current version too.
  it('公文（incoming_document）相关单位二十个并发会签', async () => {
    const doc = await makeIncoming(await t.as('fgj'), { title: '区发展和改革局关于并发会签的报告', relatedUnitIds: ['czj'] });
    const czjHead = await t.as('czj-head');
    const read = (await czjHead.get(`/api/documents/incoming/${doc.id}`)).json();
    expect(read.status).toBe('countersigning');
    await race(czjHead, `/api/documents/incoming/${doc.id}/countersign`, { version: read.version, isAgreed: true, opinion: '同意' }, incomingDocumentCase as unknown as AnyCase, 'countersign', doc.id);
  });

  it('会议申请（department_meeting）二十个并发批准', async () => {
    const m = await makeDepartmentMeeting(await t.as('fgj'), { title: '全区发展改革系统并发审批会议', meetingDate: '2026-05-12' });
    const office = await t.as('bgs');
    const version = await versionOf(office, `/api/events/department-meetings/${m.id}`);
    await race(office, `/api/events/department-meetings/${m.id}/decision`, { version, decision: 'approved', opinion: '同意' }, departmentMeetingCase as unknown as AnyCase, 'approve', m.id);
  });

  it('讲话文章报批（speech）区长二十个并发同意', async () => {
    const s = await makeSpeech(await t.as('zhouwb'), { title: '在并发测试大会上的讲话' });
    const head = await t.as('quzhang');
    const version = await versionOf(head, `/api/events/speeches/${s.id}`);
    await race(head, `/api/events/speeches/${s.id}/decision`, { version, decision: 'approved', opinion: '同意' }, speechCase as unknown as AnyCase, 'consent', s.id);
  });

  it('请假报告（leave_report）二十个并发销假', async () => {
    const fgjHead = await t.as('fgj-head');
    const r = await makeLeaveReport(fgjHead, { startDate: '2026-03-02', endDate: '2026-03-03', isEmergency: true, emergencyReason: '突发情况' });
    const version = await versionOf(fgjHead, `/api/leave/reports/${r.id}`);
    await race(fgjHead, `/api/leave/reports/${r.id}/return`, { version }, leaveReportCase as unknown as AnyCase, 'return', r.id);
  });

  it('议题（meeting_topic）相关单位二十个并发会签', async () => {
    const m = await makeMeeting(await t.as('bgs'), { title: '并发会签专题会议', attendeeUnitIds: ['fgj', 'czj'] });
    const topic = await makeTopic(await t.as('fgj'), m.id, { title: '关于并发会签的议题', relatedUnitIds: ['czj'] });
    const czjHead = await t.as('czj-head');
    const version = await versionOf(czjHead, `/api/meeting-topics/${topic.id}`);
    await race(czjHead, `/api/meeting-topics/${topic.id}/countersign`, { version, isAgreed: true }, topicCase as unknown as AnyCase, 'countersign', topic.id);
  });

  it('会议请假（meeting_absence）区长二十个并发同意', async () => {
    const office = await t.as('bgs');
    const m = await makeMeeting(office, { kind: 'head_office', title: '并发请假的区长办公会议', convenerPersonId: 'lin-zhiyuan', chairPersonId: 'lin-zhiyuan', attendeeUnitIds: [] });
    const absence = await makeAbsenceRequest(office, m.id, 'zhou-wenbo');
    const head = await t.as('quzhang');
    const listed = ((await head.get(`/api/meetings/${m.id}`)).json().absenceRequests as { id: string; version: number }[]).find((a) => a.id === absence.id);
    expect(listed).toBeDefined();
    await race(head, `/api/meeting-absences/${absence.id}/decide`, { version: listed?.version, isConsented: true }, absenceCase as unknown as AnyCase, 'consent', absence.id);
  });

  it('会议（meeting）二十个并发起草纪要：只有一个纪要号', async () => {
    const office = await t.as('bgs');
    const m = await makeMeeting(office, { title: '并发起草纪要的专题会议', meetingDate: '2026-03-04', attendeeUnitIds: ['fgj'] });
    t.clock.set('2026-03-04T02:00:00Z');
    const version = await versionOf(office, `/api/meetings/${m.id}`);
    await race(office, `/api/meetings/${m.id}/minutes`, { version, text: '会议研究了重点项目。' }, meetingCase as unknown as AnyCase, 'draft_minutes', m.id);
    expect((await office.get(`/api/meetings/${m.id}`)).json().minutesNumber).toMatch(/〔2026〕\d+号$/);
  });

  it('督办任务（task）二十个并发未完成销号：只记一次（第七十九条）', async () => {
    const office = await t.as('bgs');
    const fgj = await t.as('fgj');
    const m = await makeMeeting(office, { title: '并发销号的专题会议', meetingDate: '2026-03-05', attendeeUnitIds: ['fgj'] });
    t.clock.set('2026-03-05T02:00:00Z');
    const task = await makeTask({ office, chair: await t.as('fuquzhang'), unit: fgj }, m.id, '区发改局牵头并发销号事项');
    const version = await versionOf(office, `/api/supervision/tasks/${task.id}`);
    await race(office, `/api/supervision/tasks/${task.id}/close-incomplete`, { version, reason: '政策调整，不再实施' }, taskCase as unknown as AnyCase, 'close_incomplete', task.id);
  });

  it('督办报告（task_report）牵头单位主要负责人二十个并发审核同意（第七十五条）', async () => {
    const office = await t.as('bgs');
    const fgj = await t.as('fgj');
    const m = await makeMeeting(office, { title: '并发审核报告的专题会议', meetingDate: '2026-03-05', attendeeUnitIds: ['fgj'] });
    t.clock.set('2026-03-05T02:00:00Z');
    const task = await makeTask({ office, chair: await t.as('fuquzhang'), unit: fgj }, m.id, '区发改局牵头并发审核报告事项');
    const submitted = await fgj.post(`/api/supervision/tasks/${task.id}/reports`, { version: await versionOf(fgj, `/api/supervision/tasks/${task.id}`), kind: 'progress', text: '已完成清单初稿', progress: 40 });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const head = await t.as('fgj-head');
    const report = ((await head.get(`/api/supervision/tasks/${task.id}`)).json().reports as { id: string; version: number; actions: string[] }[])[0];
    expect(report?.actions).toContain('approve');
    await race(head, `/api/supervision/reports/${report?.id}/approve`, { version: report?.version }, reportCase as unknown as AnyCase, 'approve', report?.id as string);
  });

  it('建议提案（supervision_suggestion）办公室二十个并发交办：只成一个任务、一个计时（第四十条）', async () => {
    const office = await t.as('bgs');
    const s = await makeSuggestion(office, { title: '关于并发交办的建议', code: '并发第1号', leadUnitId: null });
    const version = await versionOf(office, `/api/supervision/suggestions/${s.id}`);
    await race(office, `/api/supervision/suggestions/${s.id}/assign`, { version, leadUnitId: 'fgj', coUnitIds: [] }, suggestionCase as unknown as AnyCase, 'assign', s.id);
    // The one assignment opened one task with one clock, and the suggestion moved once.
    const tasks = await t.handle.db.selectFrom('tasks').select(['id', 'deadlineId']).where('sourceId', '=', s.id).execute();
    expect(tasks).toHaveLength(1);
    expect(await t.handle.db.selectFrom('deadlines').select('id').where('id', '=', tasks[0]?.deadlineId ?? '').execute()).toHaveLength(1);
    const row = await t.handle.db.selectFrom('supervisionSuggestions').select(['status', 'version', 'taskId']).where('id', '=', s.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'assigned', version: version + 1, taskId: tasks[0]?.id });
    expect(await t.handle.db.selectFrom('auditEvents').select('objectId').where('act', '=', 'supervision.task.open').where('objectId', '=', tasks[0]?.id ?? '').execute()).toHaveLength(1);
    // Sent back (art. 40), it may be assigned again — but not on the version read before the first assignment:
    // the version, not only the state, is what a late request loses to (on SQLite, where the race above is
    // serialised, this is what fails if the version check goes).
    const fgj = await t.as('fgj');
    const sentBack = await fgj.post(`/api/supervision/suggestions/${s.id}/send-back`, { version: version + 1, reason: '不属于本单位职责' });
    expect(sentBack.statusCode, sentBack.body).toBe(200);
    const stale = await office.post(`/api/supervision/suggestions/${s.id}/assign`, { version, leadUnitId: 'czj', coUnitIds: [] });
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().details).toMatchObject({ currentVersion: version + 2, currentState: 'sent_back' });
    expect((await t.handle.db.selectFrom('tasks').select('leadUnitId').where('sourceId', '=', s.id).executeTakeFirstOrThrow()).leadUnitId).toBe('fgj');
  });
});
