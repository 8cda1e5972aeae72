import { describe, expect, it } from 'vitest';
import { isPasswordExpired, passwordProblems } from './password-policy.js';
import { actionsOf, can, menuFor, policies, scopeOf } from './policies.js';
import { administratorRoles, businessRoles, defaultTotpRequiredRoles, isRole, roleLabels, roles, roleSetProblem } from './roles.js';
import { isTotpRequired, profileDeviations, type SecuritySettings, securitySettingsSchema } from './security-settings.js';

const policy = { passwordMinLength: 8, passwordMinClasses: 3 };

describe('密码策略（等保 8.1.4.1a）的边界', () => {
  it.each([
    ['恰为最小长度', 'Abcdef1!', []],
    ['少一位', 'Abcde1!', ['密码长度不少于8位']],
    ['恰为128位', `Aa1!${'x'.repeat(124)}`, []],
    ['129位', `Aa1!${'x'.repeat(125)}`, ['密码长度不超过128位']],
    ['恰为三类：小写、数字、特殊', 'abcdefg1!', []],
    ['恰为三类：大写、小写、数字', 'Abcdefg12', []],
    ['恰为三类：大写、数字、特殊', 'ABCDEFG1!', []],
    ['恰为三类：大写、小写、特殊', 'Abcdefg!!', []],
    ['两类', 'abcdefg12', ['密码须包含大写字母、小写字母、数字、特殊字符中的至少3类']],
  ] as const)('%s', (_, password, problems) => {
    expect(passwordProblems(password, 'zhangsan', policy)).toEqual(problems);
  });

  it('要求四类时，缺小写或缺数字都不够', () => {
    const four = { passwordMinLength: 8, passwordMinClasses: 4 };
    expect(passwordProblems('ABCDEFG1!', 'zhangsan', four)).toHaveLength(1);
    expect(passwordProblems('Abcdefg!!', 'zhangsan', four)).toHaveLength(1);
    expect(passwordProblems('Abcdef1!', 'zhangsan', four)).toEqual([]);
  });

  it('不含登录名（不分大小写）；无登录名时不查', () => {
    expect(passwordProblems('Xx#ZhangSan1', 'zhangsan', policy)).toEqual(['密码不能包含登录名']);
    expect(passwordProblems('Xx#abc12345', '', policy)).toEqual([]);
  });

  it('有效期：恰满有效期当刻未过期，多一毫秒即过期', () => {
    const changed = '2026-01-01T00:00:00.000Z';
    expect(isPasswordExpired(changed, new Date('2026-01-31T00:00:00.000Z'), 30)).toBe(false);
    expect(isPasswordExpired(changed, new Date('2026-01-31T00:00:00.001Z'), 30)).toBe(true);
  });
});

describe('三员分立（等保 8.1.4.2d）', () => {
  it('两种管理员同在一账号时拒绝并写明是哪两种；业务角色可与一种管理员并存', () => {
    expect(roleSetProblem(['security_admin', 'office_staff', 'audit_admin'])).toBe('三员分立：同一账号不能同时担任安全管理员与审计管理员');
    expect(roleSetProblem(['office_staff', 'leader', 'security_admin'])).toBeUndefined();
    expect(roleSetProblem([])).toBeUndefined();
    expect(roleSetProblem(['audit_admin', 'leader', 'office_staff'])).toContain('区政府领导、办公室工作人员');
  });

  it('角色表：每个角色有中文名且互不相同；管理员与业务角色互不相交', () => {
    expect(Object.keys(roleLabels).sort()).toEqual([...roles].sort());
    const labels = roles.map((r) => roleLabels[r]);
    expect(labels.every((l) => l.length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(roles.length);
    expect(roleLabels.leader).toBe('区政府领导');
    expect(businessRoles).toEqual(['office_staff', 'leader', 'unit_staff', 'unit_head', 'legal_reviewer']);
    expect(administratorRoles).toEqual(['system_admin', 'security_admin', 'audit_admin']);
    expect(isRole('leader')).toBe(true);
    expect(isRole('root')).toBe(false);
  });
});

describe('访问策略（等保 8.1.4.2f）', () => {
  it('多个角色时，任一角色有权即有权', () => {
    expect(can(['unit_staff', 'office_staff'], 'documents.office')).toBe(true);
    expect(can(['office_staff', 'unit_staff'], 'documents.office')).toBe(true);
    expect(can([], 'documents.read')).toBe(false);
  });

  it.each([
    [['office_staff'], 'leader_items.read', 'all'],
    [['leader'], 'leader_items.read', 'self'],
    [['unit_head'], 'leave.read', 'self'],
    [['unit_head', 'leader'], 'leave.read', 'all'],
    [['leader', 'unit_head'], 'leave.read', 'all'],
    [['unit_staff'], 'events.read', 'own_unit'],
    [['unit_staff', 'office_staff'], 'events.read', 'all'],
    [['unit_staff', 'legal_reviewer'], 'documents.read', 'own_unit'],
    [['system_admin'], 'leave.read', 'self'],
    [['system_admin'], 'documents.read', 'self'],
  ] as const)('%j 对 %s 的范围为 %s', (userRoles, action, scope) => {
    expect(scopeOf(userRoles, action)).toBe(scope);
  });

  it('各角色持有的操作，即网页据以显示工具的清单', () => {
    expect(actionsOf(['audit_admin'])).toEqual(['rules.read', 'audit.read', 'session.self']);
    expect(actionsOf([])).toEqual([]);
    for (const a of actionsOf(['office_staff'])) expect(can(['office_staff'], a)).toBe(true);
    expect(actionsOf(['office_staff'])).toContain('documents.office');
    expect(actionsOf(['office_staff'])).not.toContain('documents.instruct');
  });

  it('菜单按角色', () => {
    expect(menuFor(['audit_admin'])).toEqual(['rules', 'audit', 'account', 'docs']);
    expect(menuFor(['system_admin'])).toEqual(['org', 'rules', 'calendar', 'users', 'account', 'docs']);
    expect(menuFor(['security_admin'])).toEqual(['rules', 'security', 'account', 'docs']);
    expect(menuFor(['office_staff'])).toEqual(['workbench', 'done', 'org', 'documents', 'outgoing', 'meetings', 'supervision', 'disclosure', 'leave', 'events', 'rules', 'calendar', 'account', 'docs']);
    expect(menuFor(['unit_staff'])).toEqual(['workbench', 'done', 'org', 'documents', 'outgoing', 'meetings', 'supervision', 'disclosure', 'events', 'rules', 'calendar', 'account', 'docs']);
  });

  it('每项操作至少有一个角色', () => {
    for (const [action, p] of Object.entries(policies)) expect(p.roles.length, action).toBeGreaterThan(0);
  });
});

const level3: SecuritySettings = { passwordMinLength: 8, passwordMinClasses: 3, passwordExpiryDays: 90, passwordHistory: 5, lockoutAttempts: 5, lockoutMinutes: 15, sessionIdleMinutes: 30, sessionAbsoluteHours: 12, totpRequiredRoles: [...defaultTotpRequiredRoles] };

describe('安全策略与等保三级基线', () => {
  it.each([
    ['passwordMinLength', 7, '密码最小长度不少于8位（当前为 7）'],
    ['passwordMinClasses', 2, '密码至少包含3类字符（当前为 2）'],
    ['passwordExpiryDays', 91, '密码有效期不超过90天（当前为 91）'],
    ['passwordHistory', 4, '不得重复使用最近5次密码（当前为 4）'],
    ['lockoutAttempts', 6, '连续失败不超过5次即锁定（当前为 6）'],
    ['lockoutMinutes', 4, '锁定时间不少于5分钟（当前为 4）'],
    ['sessionIdleMinutes', 31, '会话空闲超时不超过30分钟（当前为 31）'],
    ['sessionAbsoluteHours', 13, '会话最长不超过12小时（当前为 13）'],
  ] as const)('%s 放宽一档即为偏离', (key, value, text) => {
    expect(profileDeviations({ ...level3, [key]: value })).toEqual([text]);
  });

  it('动态口令：任一角色须用即须使用；不要求的角色逐一列出', () => {
    expect(isTotpRequired({ totpRequiredRoles: ['leader'] }, ['unit_staff', 'leader'])).toBe(true);
    expect(isTotpRequired({ totpRequiredRoles: ['leader'] }, ['unit_staff'])).toBe(false);
    const [deviation] = profileDeviations({ ...level3, totpRequiredRoles: ['system_admin', 'security_admin'] });
    expect(deviation).toContain('审计管理员、区政府领导');
  });

  it('恰为基线或更严不算偏离', () => {
    expect(profileDeviations({ ...level3, lockoutMinutes: 5 })).toEqual([]);
    expect(profileDeviations({ passwordMinLength: 12, passwordMinClasses: 4, passwordExpiryDays: 30, passwordHistory: 10, lockoutAttempts: 3, lockoutMinutes: 30, sessionIdleMinutes: 10, sessionAbsoluteHours: 8, totpRequiredRoles: [...defaultTotpRequiredRoles] })).toEqual([]);
  });

  const bounds: [Exclude<keyof SecuritySettings, 'totpRequiredRoles'>, number, number][] = [
    ['passwordMinLength', 6, 64],
    ['passwordMinClasses', 1, 4],
    ['passwordExpiryDays', 1, 3650],
    ['passwordHistory', 0, 24],
    ['lockoutAttempts', 1, 100],
    ['lockoutMinutes', 1, 1440],
    ['sessionIdleMinutes', 1, 1440],
    ['sessionAbsoluteHours', 1, 72],
  ];
  it.each(bounds)('%s 的取值范围为 %i 至 %i', (key, min, max) => {
    const ok = (n: number) => securitySettingsSchema.safeParse({ ...level3, [key]: n }).success;
    expect([ok(min), ok(max), ok(min - 1), ok(max + 1), ok(min + 0.5)]).toEqual([true, true, false, false, false]);
  });

  it('最小长度低于6位时说明原因', () => {
    const r = securitySettingsSchema.safeParse({ ...level3, passwordMinLength: 5 });
    expect(r.success ? '' : r.error.issues[0]?.message).toBe('密码最小长度不少于6位');
  });
});
