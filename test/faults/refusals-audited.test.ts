/**
 * Every refused act leaves an audit row (等保 8.1.4.3a/b; issue 12 items 5 and 6): a rule refusal (422, with
 * its articles), a refusal by data scope or a missing object on a write (404), a refusal inside the request
 * (403) — each in its own transaction, since the act's own rolled back. And the request id in audit rows is
 * the server's, never the one a client sends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';

describe.each(dialects)('被拒绝的操作留有审计记录（等保 8.1.4.3）（%s）', (dialect) => {
  let t: TestApp;
  let sysadmin: Agent;
  let leader: Agent;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sysadmin = await logInAs(t.app, 'sysadmin');
    leader = await logInAs(t.app, 'wuhy');
  }, 60_000);
  afterAll(async () => t.close());

  const refusalOf = async (requestId: string) =>
    t.handle.db.selectFrom('auditEvents').selectAll().where('requestId', '=', requestId).where('act', '=', 'request.refused').execute();

  it('第八十二条 外出须提前报告：规则拒绝（422）记为 refused，并写明条款', async () => {
    const r = await leader.post('/api/leave/reports', {
      kind: 'study',
      startDate: '2026-02-20',
      endDate: '2026-02-21',
      place: '省委党校',
      reason: '培训',
      actingPersonName: '周文博',
      contact: '13900000002',
      isEmergency: false,
      attachmentIds: [],
    });
    expect(r.statusCode, r.body).toBe(422);
    const rows = await refusalOf(String(r.headers['x-request-id']));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ result: 'refused', article: 82, actorName: '吴海燕' });
    const summary = JSON.parse(rows[0]?.summary ?? '{}') as { route: string; status: number; violations: { article: number }[] };
    expect(summary).toMatchObject({ route: 'POST /api/leave/reports', status: 422 });
    expect(summary.violations.map((v) => v.article)).toContain(82);
  });

  it('写操作的对象不存在或不在数据范围内（404）：记为 refused，指明对象', async () => {
    const r = await sysadmin.patch('/api/org/units/no-such-unit', { version: 1, sortOrder: 3 });
    expect(r.statusCode).toBe(404);
    const rows = await refusalOf(String(r.headers['x-request-id']));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ result: 'refused', objectType: 'org', objectId: 'no-such-unit' });
  });

  it('请求中被拒绝（403，缺少防伪令牌）：记为 refused；读操作与未登录的请求不记', async () => {
    const r = await sysadmin.request({ method: 'POST', url: '/api/org/units', payload: { name: '区某局', kind: 'department', parentId: 'gov' }, headers: { 'x-csrf-token': 'forged' } });
    expect(r.statusCode).toBe(403);
    expect(await refusalOf(String(r.headers['x-request-id']))).toHaveLength(1);
    const read = await sysadmin.get('/api/org/units/no-such-unit');
    expect(read.statusCode).toBe(404);
    expect(await refusalOf(String(read.headers['x-request-id']))).toHaveLength(0);
  });

  it('角色不允许（403）只记一条 access.denied，不重复', async () => {
    const r = await leader.post('/api/org/units', { name: '区某局', kind: 'department', parentId: 'gov' });
    expect(r.statusCode).toBe(403);
    const rows = await t.handle.db.selectFrom('auditEvents').select(['act', 'result']).where('requestId', '=', String(r.headers['x-request-id'])).execute();
    expect(rows).toEqual([{ act: 'access.denied', result: 'refused' }]);
  });

  it('审计记录中的请求编号是服务器生成的，不是客户端 X-Request-Id 所给的', async () => {
    const r = await sysadmin.request({ method: 'POST', url: '/api/org/units', payload: { name: '请求编号测试局', kind: 'department', parentId: 'gov' }, headers: { 'x-request-id': 'chosen-by-client' } });
    expect(r.statusCode, r.body).toBe(201);
    const serverId = String(r.headers['x-request-id']);
    expect(serverId).not.toBe('chosen-by-client');
    expect(serverId).toMatch(/^[0-9a-f-]{36}$/);
    const rows = await t.handle.db.selectFrom('auditEvents').select('requestId').where('act', 'like', 'org.%').where('requestId', 'in', [serverId, 'chosen-by-client']).execute();
    expect(rows.map((row) => row.requestId)).toEqual([serverId]);
  });
});
