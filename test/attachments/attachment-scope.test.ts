import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../harness/app.js';
import { dialects } from '../harness/databases.js';
import { createUserWithRoles } from '../harness/users.js';
import { startWithLastingSessions } from '../leave/agents.js';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

async function upload(agent: Agent, name: string): Promise<string> {
  const boundary = '----zhengwu';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`),
    pdf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const r = await agent.request({ method: 'POST', url: '/api/attachments', payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
  if (r.statusCode !== 201) throw new Error(`upload failed: ${r.body}`);
  return r.json().id;
}

describe.each(dialects)('附件随其所属案件的对象范围：看不到案件就下载不到附件（%s）', (dialect) => {
  let t: Awaited<ReturnType<typeof startWithLastingSessions>>;
  let office: Agent;
  let fgj: Agent;
  let czj: Agent;

  beforeAll(async () => {
    t = await startWithLastingSessions(dialect, '2026-03-02T01:00:00Z');
    await createUserWithRoles(t, { loginName: 'czj-clerk', displayName: '财政局经办人', unitId: 'czj', roles: ['unit_staff'] });
    office = await t.as('bgs');
    fgj = await t.as('fgj');
    czj = await t.as('czj-clerk');
  });
  afterAll(async () => t.close());

  it('第九十一条 区委批准文件：办公室与邀请单位可下载，其他单位得到404', async () => {
    const invitation = {
      title: '行业论坛致辞',
      kind: 'forum',
      activityDate: '2026-03-20',
      startTime: '09:30',
      place: '区会展中心',
      detail: '联系人：发改局办公室',
      invitedPersonId: 'zhou-wenbo',
      addressedTo: 'office',
    };
    const created = await fgj.post('/api/events/invitations', invitation);
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json();
    const documentId = await upload(office, '区委批复.pdf');
    const recorded = await office.post(`/api/events/invitations/${id}/outside-approval`, { version: 1, decision: 'approved', attachmentId: documentId, documentNumber: '临委办字〔2026〕5号', decidedOn: '2026-03-02' });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json()).toMatchObject({ approval: { mode: 'recorded_from_document', attachmentId: documentId } });

    expect((await office.get(`/api/attachments/${documentId}`)).statusCode).toBe(200);
    expect((await fgj.get(`/api/attachments/${documentId}`)).statusCode).toBe(200);
    expect((await czj.get(`/api/attachments/${documentId}`)).statusCode).toBe(404);
  });

  it('上传者以外，其他单位下载不到未挂在其可见案件上的附件', async () => {
    const loose = await upload(fgj, '草稿.pdf');
    expect((await fgj.get(`/api/attachments/${loose}`)).statusCode).toBe(200);
    expect((await czj.get(`/api/attachments/${loose}`)).statusCode).toBe(404);
    expect((await office.get(`/api/attachments/${loose}`)).statusCode).toBe(404);
  });
});
