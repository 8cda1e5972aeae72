import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { startWithLastingSessions } from '../leave/agents.js';

/** Monday 2026-03-02, 09:00 in Beijing. */
const BASE = '2026-03-02T01:00:00Z';

/** An invitation from 发改局 to 副区长周文博, ten days ahead; the card's addressee is what a test says. */
const invitation = (overrides: Record<string, unknown> = {}) => ({
  title: '全区重点项目观摩活动',
  kind: 'work_activity',
  activityDate: '2026-03-12',
  startTime: '09:30',
  place: '区会展中心',
  detail: '联系人：发改局办公室',
  invitedPersonId: 'zhou-wenbo',
  ...overrides,
});

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

async function upload(agent: Agent): Promise<string> {
  const boundary = '----zhengwu';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="接待方案.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    pdf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const r = await agent.request({ method: 'POST', url: '/api/attachments', payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
  if (r.statusCode !== 201) throw new Error(`upload failed: ${r.body}`);
  return r.json().id;
}

describe.each(dialects)('第九十条、第九十二条 邀请与来访接待（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;
  let fgj: Agent;
  let office: Agent;

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, BASE);
    fgj = await t.as('fgj');
    office = await t.as('bgs');
  });
  afterAll(async () => t.close());

  it('第九十条 请柬抬头为区政府领导同志个人的（由组织机构数据判定，不凭单位勾选）被拒绝；抬头为办公室的接收', async () => {
    const personal = await fgj.post('/api/events/invitations', invitation({ addresseePersonId: 'zhou-wenbo', addressedTo: 'office' }));
    expect(personal.statusCode).toBe(422);
    expect(personal.json().violations).toEqual([expect.objectContaining({ ruleId: 'events.invitation-through-office', article: 90 })]);
    expect(personal.json().violations[0].message).toContain('“副区长周文博”');
    const toOffice = await fgj.post('/api/events/invitations', invitation({ addresseePersonId: null }));
    expect(toOffice.statusCode).toBe(201);
    expect(toOffice.json()).toMatchObject({ addressedTo: 'office', addresseePersonId: null });
  });

  it('第九十条 办公室登记时记录请柬实际抬头：抬头为领导个人的，安排照办但在记录上标注', async () => {
    const filed = (await fgj.post('/api/events/invitations', invitation({ title: '项目签约仪式' }))).json();
    const arranged = await office.post(`/api/events/invitations/${filed.id}/arrange`, { version: filed.version, note: '', addresseePersonId: 'zhou-wenbo', addresseeName: '周文博副区长' });
    expect(arranged.statusCode, arranged.body).toBe(200);
    expect(arranged.json()).toMatchObject({ status: 'arranged', addressedTo: 'leader', addresseePersonId: 'zhou-wenbo', addresseeName: '周文博副区长' });
    expect(arranged.json().flags).toContainEqual(expect.objectContaining({ ruleId: 'events.invitation-through-office', article: 90 }));
    const audit = await t.handle.db.selectFrom('auditEvents').select(['summary']).where('objectId', '=', filed.id).where('act', '=', 'invitation.arrange').execute();
    expect(JSON.stringify(audit)).toContain('周文博副区长');
  });

  it('第九十二条 市直部门、外区县来宾考察调研：原则上不全程陪同，请领导全程陪同的须经区长本人批准后方可安排', async () => {
    const r = await fgj.post('/api/events/invitations', invitation({ kind: 'peer_visit', title: '某区发改局来临考察', isFullAccompaniment: true }));
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ status: 'awaiting_approval', isFullAccompaniment: true });
    const early = await office.post(`/api/events/invitations/${r.json().id}/arrange`, { version: r.json().version, note: '' });
    expect(early.statusCode).toBe(422);
    expect(early.json().violations).toContainEqual(expect.objectContaining({ ruleId: 'events.visit-no-full-accompaniment', article: 92 }));
    const head = await t.as('quzhang');
    expect((await head.get(`/api/events/invitations/${r.json().id}`)).json().actions).toContain('approve');
    const approved = await head.post(`/api/events/invitations/${r.json().id}/decision`, { version: r.json().version, decision: 'approved', opinion: '同意全程陪同' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'awaiting_arrangement', approval: { approverName: '林志远' } });
    expect((await office.post(`/api/events/invitations/${r.json().id}/arrange`, { version: approved.json().version, note: '' })).statusCode).toBe(200);
    // Without full accompaniment the counterpart department receives: no approval needed.
    expect((await fgj.post('/api/events/invitations', invitation({ kind: 'peer_visit', title: '某县商务局来临考察' }))).json().status).toBe('awaiting_arrangement');
  });

  it('第九十二条 市级领导来临淄视察调研：按与区委、区人大、区政协办公室协调确定的方案办理，未附方案不能安排', async () => {
    const r = (await fgj.post('/api/events/invitations', invitation({ kind: 'city_leader_visit', title: '市领导调研重点项目' }))).json();
    const refused = await office.post(`/api/events/invitations/${r.id}/arrange`, { version: r.version, note: '' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().violations).toEqual([expect.objectContaining({ ruleId: 'events.visit-coordinated-plan', article: 92 })]);
    const planAttachmentId = await upload(office);
    const arranged = await office.post(`/api/events/invitations/${r.id}/arrange`, { version: r.version, note: '', planAttachmentId });
    expect(arranged.statusCode, arranged.body).toBe(200);
    expect(arranged.json().planAttachmentId).toBe(planAttachmentId);
  });

  it('第九十条 活动已过十天才报送：说明活动日期已过，不写“仅提前0天”', async () => {
    const r = await fgj.post('/api/events/invitations', invitation({ activityDate: '2026-02-20' }));
    expect(r.statusCode).toBeGreaterThanOrEqual(400);
    const text = JSON.stringify(r.json());
    expect(text).not.toContain('提前0天');
  });
});
