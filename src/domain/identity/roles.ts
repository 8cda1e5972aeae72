export const roles = [
  'office_staff',
  'leader',
  'unit_staff',
  'unit_head',
  'legal_reviewer',
  'system_admin',
  'security_admin',
  'audit_admin',
] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  office_staff: '办公室工作人员',
  leader: '区政府领导',
  unit_staff: '单位经办人员',
  unit_head: '单位主要负责人',
  legal_reviewer: '合法性审查人员',
  system_admin: '系统管理员',
  security_admin: '安全管理员',
  audit_admin: '审计管理员',
};

/**
 * The public on the portal: never an account's role (not in `roles`), only the viewer of an anonymous visitor's
 * own acts (an applicant correcting or withdrawing their request).
 */
export const publicRole = 'public' as const;

/** The three separated administrators (三员分立): no account may hold two of them. */
export const administratorRoles: readonly Role[] = ['system_admin', 'security_admin', 'audit_admin'];

/** Roles that do the government's business (as opposed to running the system). */
export const businessRoles: readonly Role[] = ['office_staff', 'leader', 'unit_staff', 'unit_head', 'legal_reviewer'];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/**
 * Roles whose accounts must sign in with a second factor unless the security administrator decides otherwise
 * (等保 8.1.4.1d asks two factors of a level-3 system's users): the three administrators, and the leaders, whose
 * accounts decide and sign for the government.
 */
export const defaultTotpRequiredRoles: readonly Role[] = ['system_admin', 'security_admin', 'audit_admin', 'leader'];

/**
 * Refuses a role set that joins two administrator roles (等保 8.1.4.2d, 8.1.5), or joins the audit administrator
 * with any other role: whoever reviews the record must not also make it.
 */
export function roleSetProblem(set: readonly Role[]): string | undefined {
  const distinct = [...new Set(set)];
  const admins = distinct.filter((r) => administratorRoles.includes(r));
  if (admins.length > 1) return `三员分立：同一账号不能同时担任${admins.map((r) => roleLabels[r]).join('与')}`;
  if (distinct.includes('audit_admin') && distinct.length > 1) {
    return `三员分立：审计管理员不能兼任其他角色（${distinct.filter((r) => r !== 'audit_admin').map((r) => roleLabels[r]).join('、')}）`;
  }
  return undefined;
}
