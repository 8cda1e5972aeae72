// @ts-nocheck
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, startTestApp, type TestApp } from '../harness/app.js';
import { dialects } from '../harness/databases.js';

type Event = { act: string; actLabel: string | null; objectType: string; objectTypeLabel: string | null; objectId: string | null; objectName: string | null };

/**
 * The audit page shows what the server names (issue 10, item 8): the act in Chinese and the object as a person
 * reads it, not `unit 3f2a…`. 等保 8.1.5.2: the auditor must be able to read the trail.
 */
describe.each(dialects)('审计记录的操作与对象名称来自服务端（%s）', (dialect) => {
  let t: TestApp;
  let auditor: Agent;
  let sysadmin: Agent;
  let unitId: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    auditor = await logInAs(t.app, 'auditadmin');
    sysadmin = await logInAs(t.app, 'sysadmin');
    const created = await sysadmin.post('/api/org/units', { name: '区审计名称测试局', kind: 'department', parentId: 'gov' });
    expect(created.statusCode).toBe(201);
    unitId = created.json().id;
  });
  afterAll(async () => t.close());

  it('检索结果中每条记录带操作的中文名称与对象的可读名称', async () => {
    const r = await auditor.get('/api/audit/events?act=org.unit.create');
    expect(r.statusCode).toBe(200);
    const event = (r.json().items as Event[]).find((e) => e.objectId === unitId);
    expect(event).toMatchObject({ act: 'org.unit.create', actLabel: '新增单位', objectType: 'unit', objectTypeLabel: '单位', objectName: '区审计名称测试局' });
  });

  it('账号以姓名与登录名显示；单条记录同样带名称', async () => {
    const logins = (await auditor.get('/api/audit/events?act=identity.login&pageSize=200')).json().items as Event[];
    const login = logins.find((e) => e.objectType === 'user' && e.objectName?.includes('（sysadmin）'));
    expect(login?.actLabel).toBe('登录');
    const seq = (await auditor.get('/api/audit/events?act=org.unit.create')).json().items[0].seq as number;
    expect((await auditor.get(`/api/audit/events/${seq}`)).json()).toMatchObject({ actLabel: '新增单位', objectName: '区审计名称测试局' });
  });

  it('操作与对象类型的名称表：含内核记录的案件动作；仅审计管理员可读', async () => {
    const r = await auditor.get('/api/audit/acts');
    expect(r.statusCode).toBe(200);
    const { acts, objectTypes } = r.json() as { acts: { act: string; label: string }[]; objectTypes: { objectType: string; label: string }[] };
    expect(acts).toEqual(expect.arrayContaining([{ act: 'identity.login', label: '登录' }, { act: 'documents.incoming.receive', label: '签收（公文）' }]));
    expect(objectTypes).toEqual(expect.arrayContaining([{ objectType: 'incoming_document', label: '公文' }]));
    expect((await sysadmin.get('/api/audit/acts')).statusCode).toBe(403);
  });
});
