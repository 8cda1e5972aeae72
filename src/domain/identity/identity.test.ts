import { describe, expect, it } from 'vitest';
import { isPasswordExpired, passwordProblems } from './password-policy.js';
import { isTotpRequired, profileDeviations } from './security-settings.js';
import { can, menuFor, policies, scopeOf } from './policies.js';
import { administratorRoles, defaultTotpRequiredRoles, roles, roleSetProblem } from './roles.js';

describe('密码策略（等保 8.1.4.1a）', () => {
  it('至少8位、三类字符、不含登录名', () => {
    const policy = { passwordMinLength: 8, passwordMinClasses: 3 };
    expect(passwordProblems('Ab1!', 'x', policy)).toContain('密码长度不少于8位');
    expect(passwordProblems('abcdefgh1', 'x', policy).join()).toContain('至少3类');
    expect(passwordProblems('Bgs#2026pass', 'bgs', policy).join()).toContain('不能包含登录名');
    expect(passwordProblems('Ceshi#2026pass', 'bgs', policy)).toEqual([]);
  });

  it('过期：密码设置满有效期后须修改', () => {
    expect(isPasswordExpired('2026-01-01T00:00:00Z', new Date('2026-03-31T00:00:00Z'), 90)).toBe(false);
    expect(isPasswordExpired('2026-01-01T00:00:00Z', new Date('2026-04-02T00:00:00Z'), 90)).toBe(true);
  });
});

describe('三员分立与访问策略', () => {
  it('同一账号不能兼任两种管理员', () => {
    expect(roleSetProblem(['system_admin', 'audit_admin'])).toContain('三员分立');
    expect(roleSetProblem(['system_admin'])).toBeUndefined();
  });

  it('审计管理员不兼任任何其他角色（业务角色也不行）', () => {
    expect(roleSetProblem(['audit_admin', 'leader'])).toBe('三员分立：审计管理员不能兼任其他角色（区政府领导）');
    expect(roleSetProblem(['audit_admin', 'office_staff', 'unit_staff'])).toContain('审计管理员不能兼任其他角色');
    expect(roleSetProblem(['audit_admin', 'audit_admin'])).toBeUndefined();
    expect(roleSetProblem(['security_admin', 'office_staff'])).toBeUndefined();
  });

  it('审计管理员只能读审计；系统管理员不能读审计', () => {
    expect(can(['audit_admin'], 'audit.read')).toBe(true);
    expect(can(['audit_admin'], 'org.read')).toBe(false);
    expect(can(['system_admin'], 'audit.read')).toBe(false);
    expect(menuFor(['audit_admin'])).toContain('audit');
    expect(menuFor(['system_admin'])).not.toContain('audit');
  });

  it('没有任何一个角色拥有全部权限（无超级用户）', () => {
    for (const role of roles) {
      const all = Object.keys(policies).every((action) => can([role], action as keyof typeof policies));
      expect(all, role).toBe(false);
    }
    expect(administratorRoles).toHaveLength(3);
  });
});

describe('安全策略偏离等保三级基线时明示', () => {
  const base = { passwordMinLength: 8, passwordMinClasses: 3, passwordExpiryDays: 90, passwordHistory: 5, lockoutAttempts: 5, lockoutMinutes: 15, sessionIdleMinutes: 30, sessionAbsoluteHours: 12, totpRequiredRoles: [...defaultTotpRequiredRoles] };
  it('默认值无偏离；放宽的项逐条列出', () => {
    expect(profileDeviations(base)).toEqual([]);
    expect(profileDeviations({ ...base, passwordMinLength: 6, sessionIdleMinutes: 60 })).toHaveLength(2);
  });

  it('等保 8.1.4.1d 双因素：不再要求区政府领导使用动态口令即为偏离，并写明哪些角色', () => {
    expect(profileDeviations({ ...base, totpRequiredRoles: ['system_admin', 'security_admin', 'audit_admin'] })).toEqual(['三员与区政府领导须使用动态口令（当前不要求：区政府领导）']);
    expect(profileDeviations({ ...base, totpRequiredRoles: [...defaultTotpRequiredRoles, 'office_staff'] })).toEqual([]);
  });

  it('等保 8.1.4.1d 双因素：默认要求三员与区政府领导使用动态口令，其余角色不要求', () => {
    expect(isTotpRequired(base, ['leader'])).toBe(true);
    expect(isTotpRequired(base, ['audit_admin'])).toBe(true);
    expect(isTotpRequired(base, ['office_staff', 'unit_staff'])).toBe(false);
    expect(isTotpRequired({ totpRequiredRoles: [] }, ['leader'])).toBe(false);
  });
});

describe('数据范围（等保 8.1.4.2f，ASVS 8.2.2）', () => {
  it('办公室与区政府领导看全部；单位人员看本单位；单位负责人的请假只看本人', () => {
    expect(scopeOf(['office_staff'], 'documents.read')).toBe('all');
    expect(scopeOf(['leader'], 'documents.read')).toBe('all');
    expect(scopeOf(['unit_staff'], 'documents.read')).toBe('own_unit');
    expect(scopeOf(['unit_head'], 'leave.read')).toBe('self');
    expect(scopeOf(['unit_staff', 'office_staff'], 'supervision.read')).toBe('all');
    expect(scopeOf(['unit_staff'], 'supervision.read')).toBe('own_unit');
  });

  it('没有范围规定的操作不限范围；无权的角色不带来范围', () => {
    expect(scopeOf(['system_admin'], 'org.read')).toBe('all');
    expect(scopeOf(['audit_admin', 'unit_staff'], 'documents.read')).toBe('own_unit');
  });
});
