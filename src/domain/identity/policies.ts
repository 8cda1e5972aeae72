import { businessRoles, type Role } from './roles.js';

/**
 * Who may do what, as data. Every HTTP route names one of these actions (or `public`); the authorization
 * matrix test fails when a route names none. Data scope (own unit, portfolio, all) is applied by each
 * area's queries on top of this.
 */
export const policies = {
  /** Read the organisation: units, posts, leaders, portfolios, cover pairs. */
  'org.read': { roles: [...businessRoles, 'system_admin'] },
  /** Change the organisation (the system administrator runs the structure). */
  'org.write': { roles: ['system_admin'] },
  'org.export': { roles: ['system_admin', 'office_staff'] },
  'org.import': { roles: ['system_admin'] },
  /** See one's own 工作台. */
  'workbench.read': { roles: businessRoles },
  /** Browse the rulebook. */
  'rules.read': { roles: [...businessRoles, 'system_admin', 'security_admin', 'audit_admin'] },
  /** See the working-day calendar and deadlines' explanations. */
  'calendar.read': { roles: [...businessRoles, 'system_admin'] },
  /** Import a year's holiday notice. */
  'calendar.import': { roles: ['system_admin'] },
  /** Read and export the audit trail. */
  'audit.read': { roles: ['audit_admin'] },
  /** One's own session and password. */
  'session.self': { roles: [...businessRoles, 'system_admin', 'security_admin', 'audit_admin'] },
} as const satisfies Record<string, { roles: readonly Role[] }>;

export type Action = keyof typeof policies;

/** `public` routes need no session: login, health, the API description. */
export type RoutePolicy = Action | 'public';

export function can(userRoles: readonly string[], action: Action): boolean {
  const allowed: readonly string[] = policies[action].roles;
  return userRoles.some((r) => allowed.includes(r));
}

/** The web app's menu, each entry shown only to those who may take its action. */
const menu: readonly { key: string; action: Action }[] = [
  { key: 'workbench', action: 'workbench.read' },
  { key: 'org', action: 'org.read' },
  { key: 'rules', action: 'rules.read' },
  { key: 'calendar', action: 'calendar.read' },
  { key: 'audit', action: 'audit.read' },
  { key: 'docs', action: 'rules.read' },
];

export function menuFor(userRoles: readonly string[]): string[] {
  return menu.filter((m) => can(userRoles, m.action)).map((m) => m.key);
}
