import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { CaseDefinition } from '../../src/domain/case.js';
import { incomingDocumentCase } from '../../src/domain/documents/case.js';
import { departmentMeetingCase, invitationCase, speechCase } from '../../src/domain/events/case.js';
import { businessRoles } from '../../src/domain/identity/roles.js';
import { leaderItemCase, leaveReportCase } from '../../src/domain/leave/case.js';
import { absenceCase, meetingCase, topicCase } from '../../src/domain/meetings/case.js';
import { extensionCase, reportCase, taskCase } from '../../src/domain/supervision/case.js';
import { demoLogins } from '../../src/db/seed/demo-government.js';
import { localDateOf } from '../../src/clock.js';
import type { Agent } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { makeAbsenceRequest, makeDepartmentMeeting, makeIncoming, makeInvitation, makeLeaderItem, makeLeaveReport, makeMeeting, makeSpeech, makeTopic } from '../harness/factories.js';
import { startWithLastingSessions } from '../leave/agents.js';

/**
 * Issue 10, "done when": for random states and users, the 工作台 items are exactly the objects on which the user
 * has an action that is work (`isWork`, default true — 催办, 延期, 撤回, 销假 and the like are not). Random
 * sequences of real acts, each by someone the object's `actions` say may take it, move cases of every kind;
 * then every demo business user's 工作台 is compared with the list routes' `actions` (and, for meetings, with
 * the `actions` of each meeting's topics and absence requests, the nested collections the 工作台 lists).
 */

type AnyCase = CaseDefinition<string, never, string>;
/**
 * Whether an entry of `actions` is work: a declared action whose `isWork` is not false. `actions` may also carry
 * what the caller may see or do beside the case's steps (e.g. read a leader's full contact): not work.
 */
const isWorkIn = (def: AnyCase) => (action: string) => {
  const spec = (def.actions as Record<string, { isWork?: boolean } | undefined>)[action];
  return spec !== undefined && spec.isWork !== false;
};

/** A kind of case: where its objects are listed (with `actions`), read one by one, and how each act is sent. */
type Kind = {
  def: AnyCase;
  area: string;
  /** The list route whose items carry `actions`; none where the objects are read inside their parent. */
  list?: string;
  detail: (id: string, parent?: string) => string;
  /** Where the object sits in its detail's answer, when it is a nested collection's member. */
  pickFrom?: (body: Record<string, unknown>, id: string) => { actions: string[]; version: number } | undefined;
  /** The request for an act, or undefined for one the suite does not take (it needs a document from outside). */
  act: (id: string, action: string, version: number, choice: number) => { url: string; body: Record<string, unknown> } | undefined;
};

const decision = (choice: number) => ({ decision: choice % 3 === 0 ? 'refused' : 'approved', opinion: '同意' });

const kinds: Record<string, Kind> = {
  incoming_document: {
    def: incomingDocumentCase as unknown as AnyCase,
    area: 'documents',
    list: '/api/documents/incoming?pageSize=200',
    detail: (id) => `/api/documents/incoming/${id}`,
    act: (id, action, version, choice) => {
      const bodies: Record<string, [string, Record<string, unknown>]> = {
        sign_off: ['sign-off', {}],
        countersign: ['countersign', { isAgreed: true, opinion: '同意' }],
        receive: ['receive', {}],
        register: ['register', {}],
        review: ['review', { outcome: 'pass' }],
        return: ['review', { outcome: 'return', reasons: ['format'] }],
        propose: ['propose', { proposal: '请阅批' }],
        assign: ['assign', {}],
        instruct: ['instruct', { opinion: '同意。' }],
        transfer: ['transfer', { handlingUnitId: choice % 2 === 0 ? 'fgj' : 'czj' }],
        complete: ['complete', { result: '已办结' }],
        extend: ['extend', { workingDays: 3, approver: '办公室主任', reason: '情况复杂' }],
        archive: ['archive', {}],
      };
      const b = bodies[action];
      return b ? { url: `/api/documents/incoming/${id}/${b[0]}`, body: { version, ...b[1] } } : undefined;
    },
  },
  invitation: {
    def: invitationCase as unknown as AnyCase,
    area: 'events',
    list: '/api/events/invitations',
    detail: (id) => `/api/events/invitations/${id}`,
    act: (id, action, version, choice) => {
      const base = `/api/events/invitations/${id}`;
      if (action === 'approve' || action === 'refuse') return { url: `${base}/decision`, body: { version, decision: action === 'approve' ? 'approved' : 'refused', opinion: '同意' } };
      if (action === 'arrange') return { url: `${base}/arrange`, body: { version } };
      if (action === 'decline') return { url: `${base}/decline`, body: { version, reason: '日程冲突' } };
      if (action === 'withdraw') return { url: `${base}/withdraw`, body: { version } };
      void choice;
      return undefined;
    },
  },
  department_meeting: {
    def: departmentMeetingCase as unknown as AnyCase,
    area: 'events',
    list: '/api/events/department-meetings',
    detail: (id) => `/api/events/department-meetings/${id}`,
    act: (id, action, version, choice) => {
      const base = `/api/events/department-meetings/${id}`;
      if (action === 'approve_town_principals' || action === 'refuse_town_principals') return { url: `${base}/head-decision`, body: { version, ...decision(action === 'approve_town_principals' ? 1 : 0) } };
      if (action === 'approve' || action === 'refuse') return { url: `${base}/decision`, body: { version, ...decision(action === 'approve' ? 1 : 0) } };
      if (action === 'withdraw') return { url: `${base}/withdraw`, body: { version } };
      void choice;
      return undefined;
    },
  },
  speech: {
    def: speechCase as unknown as AnyCase,
    area: 'events',
    list: '/api/events/speeches',
    detail: (id) => `/api/events/speeches/${id}`,
    act: (id, action, version) => (action === 'consent' || action === 'refuse' ? { url: `/api/events/speeches/${id}/decision`, body: { version, ...decision(action === 'consent' ? 1 : 0) } } : undefined),
  },
  leave_report: {
    def: leaveReportCase as unknown as AnyCase,
    area: 'leave',
    list: '/api/leave/reports',
    detail: (id) => `/api/leave/reports/${id}`,
    act: (id, action, version) => (action === 'return' || action === 'cancel' ? { url: `/api/leave/reports/${id}/${action}`, body: { version } } : undefined),
  },
  leader_item: {
    def: leaderItemCase as unknown as AnyCase,
    area: 'leave',
    list: '/api/leader-items',
    detail: (id) => `/api/leader-items/${id}`,
    act: (id, action, version) => (action === 'handle' ? { url: `/api/leader-items/${id}/handle`, body: { version, note: '已办理' } } : undefined),
  },
  meeting: {
    def: meetingCase as unknown as AnyCase,
    area: 'meetings',
    detail: (id) => `/api/meetings/${id}`,
    act: (id, action, version, choice) => {
      const base = `/api/meetings/${id}`;
      const bodies: Record<string, [string, Record<string, unknown>]> = {
        propose_agenda: ['agenda/propose', { version, topicIds: [] }],
        review_agenda: ['agenda/review', { version }],
        decide_agenda: ['agenda/decide', { version }],
        record_decision: ['decisions', { content: `议定事项${choice}`, leadUnitId: choice % 2 === 0 ? 'fgj' : 'czj', coUnitIds: [], dueOn: '2026-12-30' }],
        draft_minutes: ['minutes', { version, text: '会议研究了有关事项。' }],
        approve_minutes: ['minutes/approve', { version }],
        sign_minutes: ['minutes/sign', { version }],
      };
      const b = bodies[action];
      return b ? { url: `${base}/${b[0]}`, body: b[1] } : undefined;
    },
  },
  meeting_topic: {
    def: topicCase as unknown as AnyCase,
    area: 'meetings',
    detail: (id) => `/api/meeting-topics/${id}`,
    act: (id, action, version, choice) => {
      const base = `/api/meeting-topics/${id}`;
      if (action === 'countersign') return { url: `${base}/countersign`, body: choice % 3 === 0 ? { version, isAgreed: false, grounds: '意见不一致' } : { version, isAgreed: true } };
      if (action === 'coordinate') return { url: `${base}/coordinate`, body: { version, note: '已协调一致' } };
      if (action === 'approve_exception') return { url: `${base}/exception`, body: { version, opinion: '同意上会' } };
      if (action === 'review') return { url: `${base}/review`, body: { version } };
      return undefined;
    },
  },
  meeting_absence: {
    def: absenceCase as unknown as AnyCase,
    area: 'meetings',
    detail: (_, parent) => `/api/meetings/${parent}`,
    pickFrom: (body, id) => (body.absenceRequests as { id: string; actions: string[]; version: number }[]).find((a) => a.id === id),
    act: (id, action, version, choice) => (action === 'consent' || action === 'decline' ? { url: `/api/meeting-absences/${id}/decide`, body: { version, isConsented: action === 'consent', opinion: choice % 2 === 0 ? '同意' : null } } : undefined),
  },
  // The supervision task a decision item became (art. 57), its reports (art. 75) and extensions (art. 32).
  task: {
    def: taskCase as unknown as AnyCase,
    area: 'supervision',
    list: '/api/supervision/tasks',
    detail: (id) => `/api/supervision/tasks/${id}`,
    act: (id, action, version, choice) => {
      const base = `/api/supervision/tasks/${id}`;
      if (action === 'report') return { url: `${base}/reports`, body: { version, kind: choice % 2 === 0 ? 'final' : 'progress', text: '已按期推进', progress: choice % 2 === 0 ? 100 : 50 } };
      if (action === 'request_extension') return { url: `${base}/extensions`, body: { version, dueOn: '2026-06-30', reason: '客观原因需要延期' } };
      if (action === 'close_incomplete' && choice % 4 === 0) return { url: `${base}/close-incomplete`, body: { version, reason: '政策调整，不再实施' } };
      return undefined;
    },
  },
  task_report: {
    def: reportCase as unknown as AnyCase,
    area: 'supervision',
    detail: (_, parent) => `/api/supervision/tasks/${parent}`,
    pickFrom: (body, id) => (body.reports as { id: string; actions: string[]; version: number }[]).find((r) => r.id === id),
    act: (id, action, version) => {
      if (action === 'approve' || action === 'accept') return { url: `/api/supervision/reports/${id}/${action}`, body: { version } };
      if (action === 'decline' || action === 'return') return { url: `/api/supervision/reports/${id}/${action}`, body: { version, opinion: '请补充材料' } };
      return undefined;
    },
  },
  task_extension: {
    def: extensionCase as unknown as AnyCase,
    area: 'supervision',
    detail: (_, parent) => `/api/supervision/tasks/${parent}`,
    pickFrom: (body, id) => (body.extensions as { id: string; actions: string[]; version: number }[]).find((e) => e.id === id),
    act: (id, action, version) => (action === 'approve' || action === 'refuse' ? { url: `/api/supervision/extensions/${id}/${action}`, body: { version } } : undefined),
  },
};

/** Every demo account with a business role: whose 工作台 is compared. */
const users = demoLogins.filter((l) => l.roles.some((r) => (businessRoles as readonly string[]).includes(r))).map((l) => l.loginName);
const leaders = demoLogins.filter((l) => l.roles.includes('leader') && l.personId).map((l) => ({ login: l.loginName, personId: l.personId as string }));

type Step =
  | { op: 'create'; kind: keyof typeof creators; n: number }
  | { op: 'child'; kind: keyof typeof childCreators; n: number; pick: number }
  | { op: 'act'; pick: number; who: number; choice: number }
  | { op: 'tick'; days: number };

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Makers of a new case of each kind, in a state and with relations that `n` varies. */
const creators = {
  incoming_document: async (as: (l: string) => Promise<Agent>, n: number) => {
    const asRequest = n % 3 === 0;
    return makeIncoming(await as('fgj'), {
      docType: asRequest ? '请示' : '报告',
      title: `区发展和改革局关于属性测试第${n}项的${asRequest ? '请示' : '报告'}`,
      body: asRequest ? '区政府：\n拟申请经费。妥否，请批示。' : '区政府：\n情况如下。特此报告。',
      declaredMatters: asRequest ? ['申请经费'] : [],
      ...(n % 4 === 1 ? { signerPersonId: 'fgj-principal' } : {}),
      ...(n % 5 === 2 ? { urgency: 'urgent' } : {}),
      ...(n % 6 === 3 ? { relatedUnitIds: ['czj'] } : {}),
    });
  },
  invitation: async (as: (l: string) => Promise<Agent>, n: number, today: string) =>
    makeInvitation(await as('fgj'), {
      title: `属性测试活动${n}`,
      kind: n % 2 === 0 ? 'work_activity' : 'ribbon_cutting',
      activityDate: addDays(today, 12 + (n % 20)),
      invitedPersonId: leaders[n % leaders.length]?.personId,
    }),
  department_meeting: async (as: (l: string) => Promise<Agent>, n: number, today: string, serial: number) =>
    // One meeting a year per unit (art. 58): each request is for a year of its own.
    makeDepartmentMeeting(await as('fgj'), {
      title: `全区发展改革系统第${serial}次会议`,
      meetingDate: `${Number(today.slice(0, 4)) + 1 + serial}-04-10`,
      ...(n % 2 === 0 ? { format: 'in_person', chairedBy: 'deputy', inviteePostIds: ['p-zhou-wenbo', 'p-qidu-principal'] } : {}),
    }),
  speech: async (as: (l: string) => Promise<Agent>, n: number, today: string) => makeSpeech(await as(n % 2 === 0 ? 'zhouwb' : 'wuhy'), { title: `属性测试讲话${n}`, eventDate: addDays(today, 5 + (n % 10)) }),
  leader_item: async (as: (l: string) => Promise<Agent>, n: number) =>
    makeLeaderItem(await as('bgs'), { title: `属性测试事项${n}`, addresseePersonId: leaders[n % leaders.length]?.personId, isUrgent: n % 2 === 0 }),
  // An emergency absence from today (art. 82 allows it without notice), which changes who stands in for whom.
  leave_report: async (as: (l: string) => Promise<Agent>, n: number, today: string) => {
    const leader = leaders[n % leaders.length] as { login: string };
    return makeLeaveReport(await as(leader.login), { startDate: today, endDate: addDays(today, n % 3), isEmergency: true, emergencyReason: '突发情况', actingPersonName: '—' });
  },
  // A meeting of each kind the office plans, a few days ahead; the topical ones held by a deputy or on his behalf.
  meeting: async (as: (l: string) => Promise<Agent>, n: number, today: string) => {
    const meetingDate = addDays(today, 1 + (n % 9));
    const byKind = [
      { kind: 'topical', title: `属性测试专题会议${n}`, convenerPersonId: 'sun-lihua', chairPersonId: 'sun-lihua', attendeeUnitIds: ['fgj', 'czj'] },
      { kind: 'topical', title: `受委托的属性测试专题会议${n}`, convenerPersonId: 'zhou-wenbo', chairPersonId: 'chen-siyuan', attendeeUnitIds: ['fgj'] },
      { kind: 'head_office', title: `属性测试区长办公会议${n}`, convenerPersonId: 'lin-zhiyuan', chairPersonId: 'lin-zhiyuan', attendeeUnitIds: [] },
      { kind: 'executive', title: `属性测试常务会议${n}`, convenerPersonId: 'lin-zhiyuan', chairPersonId: 'lin-zhiyuan', attendeeUnitIds: [] },
    ];
    return makeMeeting(await as('bgs'), { ...byKind[n % byKind.length], meetingDate });
  },
};

/** Cases made inside another (a topic or an absence request on a meeting of this run). */
const childCreators = {
  meeting_topic: async (as: (l: string) => Promise<Agent>, n: number, meetingId: string) =>
    makeTopic(await as('fgj'), meetingId, { title: `属性测试议题${n}`, ...(n % 2 === 0 ? { relatedUnitIds: ['czj'] } : {}), ...(n % 3 === 0 ? { requestException: { reason: '上级督办' } } : {}) }),
  meeting_absence: async (as: (l: string) => Promise<Agent>, n: number, meetingId: string) => makeAbsenceRequest(await as('bgs'), meetingId, leaders[n % leaders.length]?.personId),
};

/**
 * Two groups, each its own property over its own objects: the areas refitted first, and the meetings area (whose
 * 工作台 items are read from each meeting's detail, with its topics and absence requests). Leave reports are made
 * in both, since who is away decides who stands in for whom.
 */
const groups = [
  {
    name: '公文、邀请、会议申请、讲话文章报批、请假报告、领导事项',
    areas: ['documents', 'events', 'leave'],
    creators: ['incoming_document', 'invitation', 'department_meeting', 'speech', 'leader_item', 'leave_report'] as (keyof typeof creators)[],
    children: [] as (keyof typeof childCreators)[],
  },
  {
    name: '会议、议题、会议请假、督办任务、督办报告、延期申请',
    areas: ['meetings', 'supervision'],
    creators: ['meeting', 'leave_report'] as (keyof typeof creators)[],
    children: ['meeting_topic', 'meeting_absence'] as (keyof typeof childCreators)[],
  },
];

describe.each(dialects)('工作台与 actions 出自同一声明：随机的办理序列之后，每个人工作台上的事项正是他有待办动作的对象（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;
  let serial = 0;

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, '2026-03-02T01:00:00Z');
    for (const login of users) await t.as(login);
  }, 120_000);
  afterAll(async () => t.close());

  const today = () => localDateOf(t.clock.now());
  // Bounded: the meetings group reads every meeting's detail for every user, so it runs fewer sequences.
  const runsOf = (areas: readonly string[]) => (dialect === 'sqlite' ? (areas.includes('meetings') ? 10 : 15) : 5);

  it.each(groups.map((g) => [g.name, g] as const))('随机状态与随机用户：工作台 = 列表中对该用户有待办动作的对象（%s）', async (_, group) => {
    const made: { kind: string; id: string; parent?: string }[] = [];
    let acted = 0;
    let compared = 0;
    const areas = new Set(group.areas);
    const numRuns = runsOf(group.areas);
    const inGroup = Object.values(kinds).filter((k) => areas.has(k.area));

    async function run(step: Step): Promise<void> {
      if (step.op === 'tick') {
        t.clock.set(new Date(t.clock.now().getTime() + step.days * 86_400_000).toISOString());
        return;
      }
      if (step.op === 'create') {
        serial += 1;
        try {
          const m = await creators[step.kind](t.as, step.n, today(), serial);
          made.push({ kind: step.kind, id: m.id });
        } catch {
          // A rule may refuse the new case (e.g. notice days, mutual covers away together): nothing was made.
        }
        return;
      }
      if (step.op === 'child') {
        const meetings = made.filter((m) => m.kind === 'meeting');
        const parent = meetings[step.pick % Math.max(1, meetings.length)];
        if (!parent) return;
        try {
          const m = await childCreators[step.kind](t.as, step.n, parent.id);
          made.push({ kind: step.kind, id: m.id, parent: parent.id });
        } catch {
          // Refused by a rule (lead time, a meeting already held, an absence the kind of meeting does not take).
        }
        return;
      }
      if (made.length === 0) return;
      const target = made[step.pick % made.length] as { kind: string; id: string; parent?: string };
      const kind = kinds[target.kind] as Kind;
      // Someone who may act on it now, starting from a random user; the act is one of their `actions`.
      for (let i = 0; i < users.length; i += 1) {
        const agent = await t.as(users[(step.who + i) % users.length] as string);
        const r = await agent.get(kind.detail(target.id, target.parent));
        if (r.statusCode !== 200) continue;
        const read = kind.pickFrom ? kind.pickFrom(r.json(), target.id) : (r.json() as { actions: string[]; version: number });
        if (!read) continue;
        const requests = read.actions.map((a) => kind.act(target.id, a, read.version, step.choice)).filter((x) => x !== undefined);
        const request = requests[step.choice % Math.max(1, requests.length)];
        if (!request) continue;
        const done: LightMyRequestResponse = await agent.post(request.url, request.body);
        // An action offered is either taken or refused by a rule it declares (422) — never a 400, 403, 404 or 500.
        expect([200, 201, 204, 422], `${today()} ${request.url}: ${done.body}`).toContain(done.statusCode);
        if (done.statusCode < 300) acted += 1;
        // Signed minutes turn decision items into tasks (art. 57): they join the cases the sequence moves.
        if (request.url.endsWith('/minutes/sign') && done.statusCode === 200) {
          for (const id of done.json().taskIds as string[]) if (!made.some((m) => m.id === id)) made.push({ kind: 'task', id });
        }
        // A report or an extension asked on a task joins them too, read inside its task.
        if (target.kind === 'task' && done.statusCode === 201 && (request.url.endsWith('/reports') || request.url.endsWith('/extensions'))) {
          made.push({ kind: request.url.endsWith('/reports') ? 'task_report' : 'task_extension', id: done.json().id as string, parent: target.id });
        }
        return;
      }
    }

    async function compareEveryone(): Promise<void> {
      for (const login of users) {
        const agent = await t.as(login);
        const workbench = await agent.get('/api/workbench');
        expect(workbench.statusCode, login).toBe(200);
        // A meeting's item is keyed "<meeting id>:<step>" (one per meeting); every other item by its object's id.
        const onWorkbench = [...new Set((workbench.json().items as { id: string; area: string }[]).filter((i) => areas.has(i.area)).map((i) => `${i.area} ${i.id.split(':')[0]}`))].sort();
        const withWork: string[] = [];
        if (areas.has('meetings')) {
          // Meetings are listed without actions: each is read, with its topics and absence requests (nested collections).
          const calendar = await agent.get('/api/meetings?from=2026-01-01&to=2026-12-31');
          if (calendar.statusCode === 200) {
            for (const { id } of calendar.json().items as { id: string }[]) {
              const read = await agent.get(`/api/meetings/${id}`);
              // A meeting on one's calendar is one's to read (the same scope filter serves both).
              expect(read.statusCode, `${login} /api/meetings/${id}: ${read.body.slice(0, 300)}`).toBe(200);
              const m = read.json() as { actions: string[]; topics: { id: string; actions: string[] }[]; absenceRequests: { id: string; actions: string[] }[] };
              if (m.actions.some(isWorkIn(meetingCase as unknown as AnyCase))) withWork.push(`meetings ${id}`);
              for (const topic of m.topics) if (topic.actions.some(isWorkIn(topicCase as unknown as AnyCase))) withWork.push(`meetings ${topic.id}`);
              for (const absence of m.absenceRequests) if (absence.actions.some(isWorkIn(absenceCase as unknown as AnyCase))) withWork.push(`meetings ${absence.id}`);
            }
          }
        }
        if (areas.has('supervision')) {
          // Reports and extensions are read inside their task, for every task on the viewer's ledger.
          const ledger = await agent.get('/api/supervision/tasks?pageSize=200');
          if (ledger.statusCode === 200) {
            for (const { id } of ledger.json().items as { id: string }[]) {
              const read = await agent.get(`/api/supervision/tasks/${id}`);
              expect(read.statusCode, `${login} /api/supervision/tasks/${id}: ${read.body.slice(0, 300)}`).toBe(200);
              const task = read.json() as { reports: { id: string; actions: string[] }[]; extensions: { id: string; actions: string[] }[] };
              for (const r of task.reports) if (r.actions.some(isWorkIn(reportCase as unknown as AnyCase))) withWork.push(`supervision ${r.id}`);
              for (const e of task.extensions) if (e.actions.some(isWorkIn(extensionCase as unknown as AnyCase))) withWork.push(`supervision ${e.id}`);
            }
          }
        }
        for (const kind of inGroup) {
          if (!kind.list) continue;
          const list = await agent.get(kind.list);
          if (list.statusCode === 403) continue;
          expect(list.statusCode, `${login} ${kind.list}`).toBe(200);
          for (const item of list.json().items as { id: string; actions: string[] }[]) if (item.actions.some(isWorkIn(kind.def))) withWork.push(`${kind.area} ${item.id}`);
        }
        expect(onWorkbench, `${login} 的工作台（${today()}）`).toEqual([...new Set(withWork)].sort());
        compared += onWorkbench.length;
      }
    }

    const step: fc.Arbitrary<Step> = fc.oneof(
      { weight: 3, arbitrary: fc.record({ op: fc.constant('create' as const), kind: fc.constantFrom(...group.creators), n: fc.nat(59) }) },
      ...(group.children.length > 0 ? [{ weight: 3, arbitrary: fc.record({ op: fc.constant('child' as const), kind: fc.constantFrom(...group.children), n: fc.nat(59), pick: fc.nat() }) }] : []),
      { weight: 7, arbitrary: fc.record({ op: fc.constant('act' as const), pick: fc.nat(), who: fc.nat(users.length - 1), choice: fc.nat(11) }) },
      { weight: 1, arbitrary: fc.record({ op: fc.constant('tick' as const), days: fc.integer({ min: 0, max: 3 }) }) },
    );

    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 12 }), async (steps) => {
        for (const s of steps) await run(s);
        await compareEveryone();
      }),
      { numRuns, seed: 20261201, endOnFailure: true },
    );
    // The sequences did move cases and put work on 工作台, so the equality above was not of two empty sets.
    expect(acted).toBeGreaterThanOrEqual(numRuns);
    expect(compared).toBeGreaterThan(0);
    if (dialect === 'sqlite') for (const k of [...group.creators, ...group.children]) expect(made.map((m) => m.kind), k).toContain(k);
  }, 240_000);
});
