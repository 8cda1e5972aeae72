import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-government.js';
import { type Agent, logInAs, startTestApp, type TestApp, TEST_PASSWORD } from '../harness/app.js';
import { dialects } from '../harness/databases.js';

const isProblem = (contentType: unknown) => String(contentType).startsWith('application/problem+json');

describe.each(dialects)('接口基础（%s）', (dialect) => {
  let t: TestApp;
  let office: Agent;
  let sysadmin: Agent;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    office = await logInAs(t.app, 'bgs');
    sysadmin = await logInAs(t.app, 'sysadmin');
  });
  afterAll(async () => t.close());

  it('健康检查报告数据库状态', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'ok', database: { dialect, ok: true } });
  });

  it('未登录访问业务接口得到 401 problem+json', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/org/units' });
    expect(r.statusCode).toBe(401);
    expect(isProblem(r.headers['content-type'])).toBe(true);
    expect(r.json()).toMatchObject({ status: 401, violations: [] });
  });

  it('密码错误时只说“登录名或密码错误”，不泄露账号是否存在', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/session', payload: { loginName: 'quzhang', password: 'nope' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/session', payload: { loginName: 'nobody', password: 'nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  it('演示账号首次登录须修改密码，修改前不能办理业务，弱密码被拒', async () => {
    const fresh = await logInAs(t.app, 'quzhang', { changePassword: false });
    const me = await fresh.get('/api/session');
    expect(me.json()).toMatchObject({ user: { mustChangePassword: true }, menu: ['account'] });
    expect((await fresh.get('/api/org/units')).statusCode).toBe(403);
    const weak = await fresh.post('/api/session/password', { currentPassword: DEMO_PASSWORD, newPassword: 'abc12345' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().detail).toContain('至少3类');
    const ok = await fresh.post('/api/session/password', { currentPassword: DEMO_PASSWORD, newPassword: TEST_PASSWORD });
    expect(ok.statusCode).toBe(204);
    expect((await fresh.get('/api/session')).json().menu).toContain('workbench');
    expect((await fresh.get('/api/org/units')).statusCode).toBe(200);
  });

  it('写操作缺少防伪令牌被拒（CSRF）', async () => {
    const r = await sysadmin.request({ method: 'POST', url: '/api/org/units', payload: { name: '区某局', kind: 'department', parentId: 'gov' }, headers: { 'x-csrf-token': 'forged' } });
    expect(r.statusCode).toBe(403);
    expect(r.json().detail).toContain('CSRF');
  });

  it('办公室工作人员看到组织机构树和菜单；只有系统管理员能改', async () => {
    const menu = (await office.get('/api/session')).json().menu;
    expect(menu).toEqual(expect.arrayContaining(['workbench', 'org']));
    const list = await office.get('/api/org/units');
    expect(list.statusCode).toBe(200);
    expect(list.json().actions).toEqual(['export']);
    expect(list.json().items.find((u: { id: string }) => u.id === 'gov').actions).toEqual([]);
    expect((await office.post('/api/org/units', { name: '区某局', kind: 'department', parentId: 'gov' })).statusCode).toBe(403);
    const created = await sysadmin.post('/api/org/units', { name: '区某局', kind: 'department', parentId: 'gov' });
    expect(created.statusCode).toBe(201);
    expect(created.json().actions).toContain('update');
  });

  it('单位详情列出职务与现任人员；按日期查询历史', async () => {
    const r = await office.get('/api/org/units/fgj?asOf=2026-03-02');
    expect(r.statusCode).toBe(200);
    const principal = r.json().posts.find((p: { kind: string }) => p.kind === 'principal');
    expect(principal.holders).toHaveLength(1);
    expect((await office.get('/api/org/units/fgj?asOf=2021-01-01')).json().posts[0].holders).toHaveLength(0);
  });

  it('领导列表含分管、一岗双责与补位', async () => {
    const r = await office.get('/api/org/leaders?asOf=2026-03-02');
    const exec = r.json().items.find((l: { post: { kind: string } }) => l.post.kind === 'executive_deputy');
    // Art. 9: the four kinds of work within the deputy's own portfolio.
    expect(exec.portfolio.dualDuty).toMatchObject({ duties: ['廉洁建设', '安全生产', '生态环保', '信访维稳'], fields: expect.arrayContaining(['财政金融']) });
    expect(exec.cover.name).toBeTruthy();
  });

  it('以旧版本修改单位得到 409，不覆盖他人修改', async () => {
    const unit = (await sysadmin.get('/api/org/units/tjj')).json();
    expect((await sysadmin.patch('/api/org/units/tjj', { version: unit.version, sortOrder: 5 })).statusCode).toBe(200);
    const stale = await sysadmin.patch('/api/org/units/tjj', { version: unit.version, sortOrder: 9 });
    expect(stale.statusCode).toBe(409);
    expect(isProblem(stale.headers['content-type'])).toBe(true);
  });

  it('导出的 JSON 可重新导入', async () => {
    const exported = await office.get('/api/org/export');
    expect(exported.headers['content-disposition']).toContain('attachment');
    const imported = await sysadmin.post('/api/org/import', exported.json());
    expect(imported.statusCode).toBe(200);
    expect(imported.json().units).toBe(exported.json().units.length);
  });

  it('每个接口：畸形请求体与不存在的编号得到 400/404 problem+json，从不 500', async () => {
    // Logging out is tested on its own; here it would end the agents' sessions midway.
    const api = t.app.routeCatalogue.filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && !(r.method === 'DELETE' && r.url === '/api/session'),
    );
    expect(api.length).toBeGreaterThan(10);
    for (const agent of [sysadmin, office]) {
      for (const route of api) {
        const url = route.url.replace(/:[A-Za-z]+/g, 'no-such-id-404');
        const bodies: (string | undefined)[] = route.method === 'GET' || route.method === 'DELETE' ? [undefined] : ['{"broken"', '[1,2,3]', '{"name": 12, "version": "x"}', '{}'];
        for (const body of bodies) {
          const r = await agent.request({
            method: route.method as 'GET',
            url,
            ...(body === undefined ? {} : { payload: body, headers: { 'content-type': 'application/json' } }),
          });
          expect(r.statusCode, `${route.method} ${url} ${body ?? ''} → ${r.body}`).toBeLessThan(500);
          if (r.statusCode >= 400) expect(isProblem(r.headers['content-type']), `${route.method} ${url}`).toBe(true);
        }
      }
    }
  });

  it('不存在的编号得到 404，不存在的接口得到 404', async () => {
    expect((await office.get('/api/org/units/nope')).statusCode).toBe(404);
    const r = await office.get('/api/no/such/route');
    expect(r.statusCode).toBe(404);
    expect(isProblem(r.headers['content-type'])).toBe(true);
  });

  it('退出后会话失效', async () => {
    const agent = await logInAs(t.app, 'fgj');
    expect((await agent.del('/api/session')).statusCode).toBe(204);
    expect((await agent.get('/api/session')).statusCode).toBe(401);
  });
});
