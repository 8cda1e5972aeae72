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

/** The three separated administrators (三员分立): no account may hold two of them. */
export const administratorRoles: readonly Role[] = ['system_admin', 'security_admin', 'audit_admin'];

/** Roles that do the government's business (as opposed to running the system). */
export const businessRoles: readonly Role[] = ['office_staff', 'leader', 'unit_staff', 'unit_head', 'legal_reviewer'];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** Refuses a role set that joins two administrator roles (等保 8.1.4.2d, 8.1.5). */
export function roleSetProblem(set: readonly Role[]): string | undefined {
  const admins = set.filter((r) => administratorRoles.includes(r));
  if (admins.length > 1) return `三员分立：同一账号不能同时担任${admins.map((r) => roleLabels[r]).join('与')}`;
  return undefined;
}
