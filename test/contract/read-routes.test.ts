import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';

/**
 * The declared response schemas hold for real data: the serializer checks every answer against its schema and a
 * mismatch is a 500, so each read below must answer 200 on the demo government (issue 10, item 8).
 */
describe.each(dialects)('接口契约：各读取接口按声明的结构返回（%s）', (dialect) => {
  let t: TestApp;
  const agents: Record<string, Agent> = {};

  beforeAll(async () => {
    t = await startTestApp(dialect);
    for (const login of ['bgs', 'sysadmin', 'secadmin', 'auditadmin', 'fgj']) agents[login] = await logInAs(t.app, login);
  });
  afterAll(async () => t.close());

  const reads: [login: string, url: string][] = [
    ['fgj', '/api/session'],
    ['fgj', '/api/session/password-policy'],
    ['fgj', '/api/session/sessions'],
    ['bgs', '/api/workbench'],
    ['bgs', '/api/org/units'],
    ['bgs', '/api/org/units/fgj?history=1'],
    ['bgs', '/api/org/leaders'],
    ['sysadmin', '/api/org/people'],
    ['bgs', '/api/org/cover-pairs'],
    ['bgs', '/api/org/export'],
    ['bgs', '/api/rules'],
    ['bgs', '/api/rules/articles'],
    ['bgs', '/api/rules/articles/53'],
    ['bgs', '/api/rules/parameters'],
    ['bgs', '/api/calendar/years'],
    ['bgs', '/api/calendar/months/2026-02'],
    ['bgs', '/api/calendar/deadline?start=2026-09-28&amount=5'],
    ['bgs', '/api/calendar/deadline?start=2026-01-31&amount=1&basis=months'],
    ['bgs', '/api/calendar/notices/2026'],
    ['sysadmin', '/api/admin/users'],
    ['secadmin', '/api/security/users'],
    ['secadmin', '/api/security/settings'],
    ['auditadmin', '/api/audit/events?pageSize=200'],
    ['auditadmin', '/api/audit/events/1'],
    ['auditadmin', '/api/audit/acts'],
    ['auditadmin', '/api/audit/verify'],
    ['auditadmin', '/api/audit/head'],
    ['auditadmin', '/api/audit/export.xlsx'],
  ];

  it('上传附件（201）后上传者可下载原文件，类型与 SM3 随附', async () => {
    const boundary = '----zhengwu-contract';
    const content = Buffer.from('%PDF-1.4\n%contract\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="通知.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const office = agents.bgs as Agent;
    const uploaded = await office.request({ method: 'POST', url: '/api/attachments', payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const downloaded = await office.get(`/api/attachments/${uploaded.json().id}`);
    expect(downloaded.statusCode).toBe(200);
    expect(downloaded.headers['content-type']).toContain('application/pdf');
    expect(downloaded.headers['x-content-sm3']).toBe(uploaded.json().sm3);
    expect(downloaded.rawPayload.equals(content)).toBe(true);
  });

  it.each(reads)('%s GET %s 答复 200', async (login, url) => {
    const r = await (agents[login] as Agent).get(url);
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
  });
});
