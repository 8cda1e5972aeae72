// @ts-nocheck
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, policies, type Action } from '../../src/domain/identity/policies.js';
import { roles } from '../../src/domain/identity/roles.js';
import { type Agent, logInAs, startTestApp, type TestApp } from '../harness/app.js';
import { createUserWithRoles } from '../harness/users.js';

/** One demo login per role, and an outsider: unit staff of another department. */
const loginOf: Record<(typeof roles)[number] | 'outsider', string> = {
  office_staff: 'bgs',
  leader: 'quzhang',
  unit_staff: 'fgj',
  unit_head: 'fgj-head',
  legal_reviewer: 'sfj',
  system_admin: 'sysadmin',
  security_admin: 'secadmin',
  audit_admin: 'auditadmin',
  outsider: 'czj-staff',
};

describe('授权矩阵：每个接口 × 每个角色（及其他单位人员）（等保 8.1.4.2，ASVS 8.2.1）', () => {
  let t: TestApp;
  const agents = new Map<string, Agent>();

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    await createUserWithRoles(t, { loginName: 'czj-staff', displayName: '财政局经办人', unitId: 'czj', roles: ['unit_staff'] });
    for (const [role, login] of Object.entries(loginOf)) agents.set(role, await logInAs(t.app, login));
  }, 120_000);
  afterAll(async () => t.close());

  const apiRoutes = () => t.app.routeCatalogue.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));

  it('每个接口都声明了访问策略，且策略存在', () => {
    const missing = apiRoutes().filter((r) => r.policy === undefined || (r.policy !== 'public' && !(r.policy in policies)));
    expect(missing, `routes without a policy: ${missing.map((r) => `${r.method} ${r.url}`).join(', ')}`).toEqual([]);
  });

  it('允许的角色不被拒绝；不允许的角色得到 403；公开接口无需登录', async () => {
    // Logging out ends the agent's session, so it goes last.
    const routes = [...apiRoutes()].sort((a, b) => Number(a.method === 'DELETE' && a.url === '/api/session') - Number(b.method === 'DELETE' && b.url === '/api/session'));
    const failures: string[] = [];
    for (const route of routes) {
      const url = route.url.replace(/:[A-Za-z]+/g, 'no-such-id-404');
      for (const [role, agent] of agents) {
        const roleSet = role === 'outsider' ? ['unit_staff'] : [role];
        const response = await agent.request({
          method: route.method as 'GET',
          url,
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
        });
        const allowed = route.policy === 'public' || can(roleSet, route.policy as Action);
        const status = response.statusCode;
        if (allowed ? status === 401 || status === 403 : status !== 403) {
          failures.push(`${route.method} ${route.url} as ${role}: ${status} (expected ${allowed ? 'not 401/403' : '403'}) ${response.body.slice(0, 120)}`);
        }
        if (status >= 500) failures.push(`${route.method} ${route.url} as ${role}: ${status}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
