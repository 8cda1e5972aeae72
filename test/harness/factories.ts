import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { Agent } from './app.js';

/**
 * Factories for every kind of case, made through the API as the people who make them (so each object is as real
 * as the operations leave it). Each returns the created object's id and version. Dates are relative to the test
 * apps' usual day, 2026-03-02; pass overrides for other days.
 */

export type Made = { id: string; version: number };

function made(what: string, r: LightMyRequestResponse): Made {
  if (r.statusCode !== 201 && r.statusCode !== 200) throw new Error(`${what}: ${r.statusCode} ${r.body}`);
  const body = r.json();
  return { id: body.id as string, version: (body.version as number | undefined) ?? 1 };
}

/** A 请示 or 报告 filed by a unit's clerk (a 请示 waits for its principal's 签发, art. 64). */
export const incomingRequest = (overrides: Record<string, unknown> = {}) => ({
  docType: '报告',
  title: '区发展和改革局关于重点项目推进情况的报告',
  body: '区政府：\n一季度共推进项目12个。特此报告。',
  senderDocNumber: null,
  signerName: '局长',
  declaredMatters: [],
  writtenOn: '2026-02-27',
  ...overrides,
});

export async function makeIncoming(clerk: Agent, overrides: Record<string, unknown> = {}): Promise<Made> {
  const body = incomingRequest(overrides);
  if (body.senderDocNumber === null) delete (body as Record<string, unknown>).senderDocNumber;
  return made('incoming document', await clerk.post('/api/documents/incoming', body));
}

export async function makeInvitation(unitAgent: Agent, overrides: Record<string, unknown> = {}): Promise<Made> {
  return made(
    'invitation',
    await unitAgent.post('/api/events/invitations', {
      title: '全区重点项目观摩活动',
      kind: 'work_activity',
      activityDate: '2026-03-20',
      startTime: '09:30',
      place: '区会展中心',
      detail: '联系人：发改局办公室',
      invitedPersonId: 'zhou-wenbo',
      addressedTo: 'office',
      ...overrides,
    }),
  );
}

export async function makeDepartmentMeeting(unitAgent: Agent, overrides: Record<string, unknown> = {}): Promise<Made> {
  return made(
    'department meeting',
    await unitAgent.post('/api/events/department-meetings', { title: '全区发展改革系统工作会议', meetingDate: '2026-04-10', format: 'video', chairedBy: 'department_head', inviteePostIds: [], detail: '', ...overrides }),
  );
}

/** A speech request, by the speaking leader (or the office for a named leader). */
export async function makeSpeech(requester: Agent, overrides: Record<string, unknown> = {}): Promise<Made> {
  return made(
    'speech',
    await requester.post('/api/events/speeches', { kind: 'speech', basis: 'on_behalf', title: '在全区优化营商环境大会上的讲话', occasion: '全区优化营商环境大会', eventDate: '2026-03-20', outline: '一、成绩；二、问题；三、部署', ...overrides }),
  );
}

/** A leave report of the signed-in leader or unit head (reported at least the notice days ahead, art. 82). */
export async function makeLeaveReport(reporter: Agent, overrides: Record<string, unknown> = {}): Promise<Made> {
  return made(
    'leave report',
    await reporter.post('/api/leave/reports', {
      kind: 'business_trip',
      startDate: '2026-03-09',
      endDate: '2026-03-10',
      place: '北京',
      reason: '参加全国会议',
      actingPersonName: '副局长',
      contact: '13912345678',
      isEmergency: false,
      attachmentIds: [],
      ...overrides,
    }),
  );
}

export async function makeLeaderItem(office: Agent, overrides: Record<string, unknown> = {}): Promise<Made> {
  return made('leader item', await office.post('/api/leader-items', { kind: 'meeting', title: '例行座谈会', addresseePersonId: 'zhou-wenbo', isUrgent: false, ...overrides }));
}

/** A meeting planned by the office: by default a topical meeting of 孙立华 that only the given units attend. */
export async function makeMeeting(office: Agent, overrides: Record<string, unknown> = {}): Promise<Made> {
  return made(
    'meeting',
    await office.post('/api/meetings', { kind: 'topical', title: '重点项目专题会议', meetingDate: '2026-03-20', place: '第二会议室', convenerPersonId: 'sun-lihua', chairPersonId: 'sun-lihua', attendeeUnitIds: ['fgj'], ...overrides }),
  );
}

export async function makeTopic(unitAgent: Agent, meetingId: string, overrides: Record<string, unknown> = {}): Promise<Made> {
  return made('meeting topic', await unitAgent.post(`/api/meetings/${meetingId}/topics`, { title: '关于重点项目推进的议题', summary: '……', ...overrides }));
}

export async function makeAbsenceRequest(office: Agent, meetingId: string, personId = 'zhou-wenbo'): Promise<Made> {
  return made('meeting absence', await office.post(`/api/meetings/${meetingId}/absence-requests`, { personId, reason: '赴省参加会议' }));
}

/** The meeting's current version, read as the agent. */
export async function versionOf(agent: Agent, url: string): Promise<number> {
  const r = await agent.get(url);
  if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body}`);
  return r.json().version as number;
}

/**
 * A follow-up task (art. 57): the office records a decision led by the unit and drafts the minutes of the
 * topical meeting, its chair signs them, and the supervision task comes into being (督〔2026〕N号). Returns the
 * task as the unit finds it in the supervision ledger.
 */
export async function makeTask(agents: { office: Agent; chair: Agent; unit: Agent }, meetingId: string, content = '区发改局牵头编制重点项目清单', leadUnitId = 'fgj'): Promise<Made> {
  made('decision', await agents.office.post(`/api/meetings/${meetingId}/decisions`, { content, leadUnitId, coUnitIds: [], dueOn: '2026-04-30' }));
  const drafted = await agents.office.post(`/api/meetings/${meetingId}/minutes`, { version: await versionOf(agents.office, `/api/meetings/${meetingId}`), text: '会议研究了重点项目。' });
  if (drafted.statusCode !== 200) throw new Error(`minutes: ${drafted.statusCode} ${drafted.body}`);
  const signed = await agents.chair.post(`/api/meetings/${meetingId}/minutes/sign`, { version: await versionOf(agents.chair, `/api/meetings/${meetingId}`) });
  if (signed.statusCode !== 200) throw new Error(`sign: ${signed.statusCode} ${signed.body}`);
  const taskIds = signed.json().taskIds as string[];
  const tasks = (await agents.unit.get(`/api/supervision/tasks?q=${encodeURIComponent(content)}`)).json().items as { id: string; version?: number; title: string }[];
  const task = tasks.find((x) => x.title === content && taskIds.includes(x.id));
  if (!task) throw new Error(`task "${content}" not listed for its lead unit`);
  return { id: task.id, version: task.version ?? 1 };
}

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

/** Uploads a small PDF as the agent; returns the attachment id. */
export async function uploadPdf(agent: Agent, fileName = '通知.pdf', kind = 'other'): Promise<string> {
  const boundary = '----zhengwu-factory';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`),
    pdf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const r = await agent.request({ method: 'POST', url: '/api/attachments', payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
  if (r.statusCode !== 201) throw new Error(`upload: ${r.statusCode} ${r.body}`);
  return r.json().id as string;
}

/**
 * A deputy's suggestion (建议提案, art. 40) registered by the office in a list of one (a code of its own), and —
 * unless `leadUnitId` is null — assigned (交办) to the lead unit, which opens its task. Returns the suggestion.
 */
export async function makeSuggestion(office: Agent, overrides: { title?: string; code?: string; session?: string; kind?: 'deputy' | 'cppcc'; leadUnitId?: string | null } = {}): Promise<Made> {
  const registered = await office.post('/api/supervision/suggestions/batch', {
    kind: overrides.kind ?? 'deputy',
    session: overrides.session ?? '区十九届人大三次会议',
    items: [{ code: overrides.code ?? `第${randomUUID().slice(0, 8)}号`, title: overrides.title ?? '关于改善农村道路的建议', proposers: ['张三', '李四'] }],
  });
  if (registered.statusCode !== 201) throw new Error(`suggestion: ${registered.statusCode} ${registered.body}`);
  const id = (registered.json().ids as string[])[0] as string;
  const leadUnitId = overrides.leadUnitId === undefined ? 'fgj' : overrides.leadUnitId;
  if (leadUnitId === null) return { id, version: 1 };
  const assigned = await office.post(`/api/supervision/suggestions/${id}/assign`, { version: 1, leadUnitId, coUnitIds: [] });
  if (assigned.statusCode !== 200) throw new Error(`assign: ${assigned.statusCode} ${assigned.body}`);
  return { id, version: assigned.json().version as number };
}

/** A rectification list (整改清单, art. 77) of an audit's findings, opened by the office: its problems are sub-tasks of the lead unit. */
export async function makeRectification(office: Agent, overrides: { title?: string; leadUnitId?: string } = {}): Promise<Made & { problemIds: string[] }> {
  const leadUnitId = overrides.leadUnitId ?? 'fgj';
  const r = await office.post('/api/supervision/rectifications', {
    sourceType: 'audit_finding',
    sourceRef: '临审报〔2026〕5号',
    title: overrides.title ?? '2025年度预算执行审计发现问题整改清单',
    leadUnitId,
    dueOn: '2026-04-30',
    problems: [{ title: '专项资金未按期拨付', leadUnitId, dueOn: '2026-03-31' }],
  });
  if (r.statusCode !== 201) throw new Error(`rectification: ${r.statusCode} ${r.body}`);
  return { id: r.json().id as string, version: 1, problemIds: (r.json().problems as { id: string }[]).map((p) => p.id) };
}

/** A random spot check (随机抽查, art. 75) by the office of the open tasks the ledger filter finds (there must be some). */
export async function makeSpotCheck(office: Agent, filter: Record<string, unknown>, overrides: Record<string, unknown> = {}): Promise<Made & { sample: string[] }> {
  const r = await office.post('/api/supervision/spot-checks', { title: '2026年3月随机抽查', population: 'open', filter, percent: 100, ...overrides });
  if (r.statusCode !== 201) throw new Error(`spot check: ${r.statusCode} ${r.body}`);
  return { id: r.json().id as string, version: 1, sample: r.json().sample as string[] };
}

/** A circular (督查通报, art. 79) recorded by the office against the given tasks and units. */
export async function makeCircular(office: Agent, taskIds: string[], unitIds: string[], overrides: Record<string, unknown> = {}): Promise<Made & { number: string }> {
  const r = await office.post('/api/supervision/results', { kind: 'circular', title: '关于督办任务落实情况的通报', text: '经办公室复核，特此通报。', taskIds, unitIds, ...overrides });
  if (r.statusCode !== 201) throw new Error(`circular: ${r.statusCode} ${r.body}`);
  return { id: r.json().id as string, version: 1, number: r.json().number as string };
}
