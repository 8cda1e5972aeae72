import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy.js';
import { can, menuFor, policies } from './policies.js';
import { administratorRoles, roles, roleSetProblem } from './roles.js';

describe('密码策略（等保 8.1.4.1a）', () => {
  it('至少8位、三类字符、不含登录名', () => {
    expect(passwordProblems('Ab1!', 'x')).toContain('密码长度不少于8位');
    expect(passwordProblems('abcdefgh1', 'x').join()).toContain('至少3类');
    expect(passwordProblems('Bgs#2026pass', 'bgs').join()).toContain('不能包含登录名');
    expect(passwordProblems('Ceshi#2026pass', 'bgs')).toEqual([]);
  });
});

describe('三员分立与访问策略', () => {
  it('同一账号不能兼任两种管理员', () => {
    expect(roleSetProblem(['system_admin', 'audit_admin'])).toContain('三员分立');
    expect(roleSetProblem(['system_admin'])).toBeUndefined();
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
