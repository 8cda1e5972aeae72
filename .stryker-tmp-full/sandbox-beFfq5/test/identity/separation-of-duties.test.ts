// @ts-nocheck
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, logInAs, signInAgain, startTestApp, type TestApp } from '../harness/app.js';
import { enrolTotp } from '../harness/totp.js';
import { dialects } from '../harness/databases.js';

describe.each(dialects)('三员分立（等保 8.1.4.2d、8.1.5）（%s）', (dialect) => {
  let t: TestApp;
  let sysadmin: Agent;
  let secadmin: Agent;
  let auditadmin: Agent;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    sysadmin = await logInAs(t.app, 'sysadmin');
    secadmin = await logInAs(t.app, 'secadmin');
    auditadmin = await logInAs(t.app, 'auditadmin');
  });
  afterAll(async () => t.close());

  it('系统管理员开设账号，不能授予角色、不能读审计、不能改安全策略', async () => {
    const created = await sysadmin.post('/api/admin/users', { loginName: 'czj-staff', displayName: '财政局经办人', unitId: 'czj' });
    expect(created.statusCode).toBe(201);
    expect(created.json().temporaryPassword).toHaveLength(14);
    const id = created.json().id;
    expect((await sysadmin.put(`/api/security/users/${id}/roles`, { roles: ['unit_staff'] })).statusCode).toBe(403);
    expect((await sysadmin.get('/api/audit/events')).statusCode).toBe(403);
    expect((await sysadmin.get('/api/security/settings')).statusCode).toBe(403);
  });

  it('安全管理员授予角色、修改安全策略，不能开设账号、重置密码、接触业务数据', async () => {
    const users = (await secadmin.get('/api/security/users')).json().items as { id: string; loginName: string; actions: string[] }[];
    const target = users.find((u) => u.loginName === 'fgj');
    expect(target?.actions).toEqual(['grant_roles']);
    expect((await secadmin.put(`/api/security/users/${target?.id}/roles`, { roles: ['unit_staff', 'unit_head'] })).statusCode).toBe(204);
    expect((await secadmin.post(`/api/admin/users/${target?.id}/reset-password`)).statusCode).toBe(403);
    expect((await secadmin.post('/api/admin/users', { loginName: 'x1', displayName: 'x' })).statusCode).toBe(403);
    expect((await secadmin.get('/api/org/units')).statusCode).toBe(403);
    expect((await secadmin.get('/api/workbench')).statusCode).toBe(403);
    expect((await secadmin.get('/api/audit/events')).statusCode).toBe(403);

    const settings = (await secadmin.get('/api/security/settings')).json();
    expect(settings.deviations).toEqual([]);
    const loosened = await secadmin.put('/api/security/settings', { version: settings.version, settings: { ...settings.settings, passwordMinLength: 6 } });
    expect(loosened.statusCode).toBe(200);
    expect(loosened.json().deviations).toEqual(['密码最小长度不少于8位（当前为 6）']);
    expect((await secadmin.put('/api/security/settings', { version: settings.version, settings: settings.settings })).statusCode).toBe(409);
  });

  it('同一账号不能兼任两种管理员；不能修改本人角色', async () => {
    const users = (await secadmin.get('/api/security/users')).json().items as { id: string; loginName: string }[];
    const bgs = users.find((u) => u.loginName === 'bgs');
    const twoAdmins = await secadmin.put(`/api/security/users/${bgs?.id}/roles`, { roles: ['system_admin', 'audit_admin'] });
    expect(twoAdmins.statusCode).toBe(400);
    expect(twoAdmins.json().detail).toContain('三员分立');
    const self = users.find((u) => u.loginName === 'secadmin');
    expect((await secadmin.put(`/api/security/users/${self?.id}/roles`, { roles: ['security_admin', 'office_staff'] })).statusCode).toBe(400);
  });

  it('手机丢失：安全管理员重置动态口令（系统管理员不能），该账号下次登录重新绑定', async () => {
    const users = (await secadmin.get('/api/security/users')).json().items as { id: string; loginName: string; actions: string[] }[];
    const audit = users.find((u) => u.loginName === 'auditadmin');
    expect(audit?.actions).toContain('reset_totp');
    expect((await sysadmin.post(`/api/security/users/${audit?.id}/reset-totp`)).statusCode).toBe(403);
    expect((await secadmin.post(`/api/security/users/${audit?.id}/reset-totp`)).statusCode).toBe(204);
    expect((await auditadmin.get('/api/session')).statusCode).toBe(401);
    const row = await t.handle.db.selectFrom('users').select(['isTotpEnabled', 'totpSecretEncrypted']).where('loginName', '=', 'auditadmin').executeTakeFirstOrThrow();
    expect(row).toEqual({ isTotpEnabled: 0, totpSecretEncrypted: null });
    auditadmin = await signInAgain(t.app, 'auditadmin');
    expect((await auditadmin.get('/api/session')).json().user.needsTotpEnrolment).toBe(true);
    auditadmin.authenticator = await enrolTotp(auditadmin, t.clock);
  });

  it('密码策略对本人可读；会话说明能否停用动态口令', async () => {
    const office = await logInAs(t.app, 'fgj');
    expect((await office.get('/api/session/password-policy')).json()).toEqual({ minLength: 6, minClasses: 3, historySize: 5, expiryDays: 90 });
    expect((await sysadmin.get('/api/session')).json().user.canDisableTotp).toBe(false);
  });

  it('审计管理员只能读审计：不能管账号、不能改策略、不能接触业务', async () => {
    expect((await auditadmin.get('/api/admin/users')).statusCode).toBe(403);
    expect((await auditadmin.get('/api/security/settings')).statusCode).toBe(403);
    expect((await auditadmin.get('/api/org/units')).statusCode).toBe(403);
    const denied = await t.handle.db.selectFrom('auditEvents').select(['actorName', 'objectId', 'result']).where('act', '=', 'access.denied').where('objectId', '=', 'GET /api/org/units').execute();
    expect(denied).toContainEqual({ actorName: '审计管理员', objectId: 'GET /api/org/units', result: 'refused' });
  });

  it('停用账号立即结束其会话；重置密码后须修改且原会话失效', async () => {
    const office = await logInAs(t.app, 'bgs');
    const users = (await sysadmin.get('/api/admin/users')).json().items as { id: string; loginName: string }[];
    const bgs = users.find((u) => u.loginName === 'bgs');
    expect((await sysadmin.post(`/api/admin/users/${bgs?.id}/disable`)).statusCode).toBe(204);
    expect((await office.get('/api/session')).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/session', payload: { loginName: 'bgs', password: 'x' } })).statusCode).toBe(401);
    expect((await sysadmin.post(`/api/admin/users/${bgs?.id}/enable`)).statusCode).toBe(204);

    const reset = await sysadmin.post(`/api/admin/users/${bgs?.id}/reset-password`);
    const login = await t.app.inject({ method: 'POST', url: '/api/session', payload: { loginName: 'bgs', password: reset.json().temporaryPassword } });
    expect(login.json().user.mustChangePassword).toBe(true);
  });
});
