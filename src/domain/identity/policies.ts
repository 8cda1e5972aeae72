import { businessRoles, publicRole, type Role } from './roles.js';

/**
 * How much of an area's records a role sees: `all`; `own_unit` — what its unit filed, handles or must act
 * on; `self` — the user's own records. Each area's queries apply it; objects outside answer 404.
 */
export type DataScope = 'all' | 'own_unit' | 'self';

/** The office and the government's leaders see everything of an area; units see their own. */
const officeAndLeadersAll = (rest: DataScope): Partial<Record<Role, DataScope>> & { default: DataScope } => ({ office_staff: 'all', leader: 'all', default: rest });

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
  /** Leaders' whereabouts and leave reports (a unit head sees only their own). */
  'leave.read': { roles: ['office_staff', 'leader', 'unit_head'], scope: officeAndLeadersAll('self') },
  /** File, return from and cancel leave reports (one's own; the office on a leader's behalf). */
  'leave.report': { roles: ['office_staff', 'leader', 'unit_head'] },
  /** Report, return from or cancel a leader's leave on their behalf (代报, 代为销假: the office). */
  'leave.report_for': { roles: ['office_staff'] },
  /** Arrange another cover for a period (the 区长 alone, checked in the operation). */
  'cover.assign': { roles: ['leader'] },
  /** Items waiting for leaders: the office logs them, leaders (or their covers) handle them. */
  'leader_items.read': { roles: ['office_staff', 'leader'], scope: { office_staff: 'all', default: 'self' } },
  'leader_items.create': { roles: ['office_staff'] },
  'leader_items.handle': { roles: ['leader'] },
  /** Invitations, department meeting requests and speech requests (each scoped: a unit its own, a leader theirs). */
  /** The office sees every invitation and request; a leader those addressed to them; a unit its own. */
  'events.read': { roles: ['office_staff', 'leader', 'unit_staff', 'unit_head'], scope: { office_staff: 'all', default: 'own_unit' } },
  /** Invite a government leader through the office (art. 90), and withdraw one's own invitation. */
  'events.invite': { roles: ['unit_staff', 'unit_head'] },
  /** Ask to hold a department's system-wide meeting (art. 58), and withdraw the request. */
  'events.request_meeting': { roles: ['unit_staff', 'unit_head'] },
  /** Ask the government's consent to a speech or article (art. 81): the leader, or the office for them. */
  'events.request_speech': { roles: ['leader', 'office_staff'] },
  /** Ask it for a named leader (the office, on the leader's behalf). */
  'events.request_speech_for': { roles: ['office_staff'] },
  /** Arrange or decline an invitation (art. 90 "由区政府办公室统一安排"). */
  'events.arrange': { roles: ['office_staff'] },
  /** The office's own decisions on meeting requests (art. 58), and approvals given outside the platform (区委, art. 91) recorded with their document. */
  'events.approve': { roles: ['office_staff'] },
  /** Decide as the 区政府 in one's own session: the 区长 (or the executive deputy presiding for him) approves (art. 58, 81, 91). */
  'events.decide': { roles: ['leader'] },
  /** Incoming documents: everyone in the business reads within their scope (a unit sees its own). */
  'documents.read': { roles: businessRoles, scope: officeAndLeadersAll('own_unit') },
  'documents.submit': { roles: ['unit_staff', 'unit_head'] },
  /** A related unit's principal head countersigns a cross-unit matter (art. 64). */
  'documents.countersign': { roles: ['unit_head'] },
  /** The filing unit's principal head signs off a 请示 before it reaches the office (art. 64). */
  'documents.sign_off': { roles: ['unit_head'] },
  /** The office's steps: 签收, 登记, 初审, 拟办, 批办, 转办, 归档, 延期, 催办. */
  'documents.office': { roles: ['office_staff'] },
  'documents.instruct': { roles: ['leader'] },
  /** The handling unit reports the result back. */
  'documents.handle': { roles: ['unit_staff', 'unit_head'] },
  /** Outgoing documents (发文): the office and leaders see all; a unit what it drafts, countersigns or issues. */
  'outgoing.read': { roles: businessRoles, scope: officeAndLeadersAll('own_unit') },
  /** Draft and revise a document (代拟 by a department, or the office's own draft). */
  'outgoing.draft': { roles: ['unit_staff', 'unit_head', 'office_staff'] },
  /** The drafting unit's principal head approves and submits the draft (art. 68 部门主要负责人审核把关); the office its own. */
  'outgoing.submit': { roles: ['unit_head', 'office_staff'] },
  /** A unit concerned countersigns, by its principal head (art. 68). */
  'outgoing.countersign': { roles: ['unit_head'] },
  /** The office's review (核稿), return and edits of government and office drafts, and coordination of a countersign disagreement (art. 68). */
  'outgoing.office': { roles: ['office_staff'] },
  /** A leader's 审签 and, for a department's directive to lower governments, 审定 (art. 69, 70). */
  'outgoing.lead': { roles: ['leader'] },
  /** Sign off (签发): a government leader (art. 69), or a department's principal head for its own documents. */
  'outgoing.sign_off': { roles: ['leader', 'unit_head'] },
  /** Number, seal and issue (印发): the office, or a department its own documents. */
  'outgoing.issue': { roles: ['office_staff', 'unit_staff', 'unit_head'] },
  /** Sign for a document issued to one's unit (签收). */
  'outgoing.receive': { roles: ['office_staff', 'unit_staff', 'unit_head', 'legal_reviewer'] },
  /** The 区长's authorisation of others to sign off (art. 69(一)); the operation checks that it is the 区长. */
  'outgoing.authorize': { roles: ['leader'] },
  /** Meetings: the calendar, details, topics, minutes and decision items. */
  'meetings.read': { roles: businessRoles, scope: officeAndLeadersAll('own_unit') },
  /** The office arranges meetings, agendas and attendance, records decisions and drafts minutes. */
  'meetings.office': { roles: ['office_staff'] },
  /** Units submit agenda topics; related units' heads countersign them. */
  'meetings.topic': { roles: ['unit_staff', 'unit_head'] },
  /** A related unit's principal head countersigns an agenda topic (art. 52). */
  'meetings.countersign': { roles: ['unit_head'] },
  /** Leaders review and decide agendas, approve exceptions, coordinate, approve and sign minutes (checked per article). */
  'meetings.lead': { roles: ['leader'] },
  /** The supervision ledger: tasks, reports, extensions, suggestions and proposals (units see what they lead or help with). */
  'supervision.read': { roles: businessRoles, scope: officeAndLeadersAll('own_unit') },
  /** The office keeps the ledger: opens tasks, registers suggestions, reviews reports, closes, spot-checks, records results (art. 57, 75–79). */
  'supervision.office': { roles: ['office_staff'] },
  /** The lead unit reports progress, asks for extensions, answers or sends back suggestions (art. 32, 40). */
  'supervision.report': { roles: ['unit_staff', 'unit_head'] },
  /** The lead unit's principal head approves its report before it reaches the office (art. 75). */
  'supervision.approve': { roles: ['unit_head'] },
  /** The leader in charge decides an extension of a task's deadline (checked per task). */
  'supervision.lead': { roles: ['leader'] },
  /** Government information disclosure in the staff app: the publication queue, drafts, requests, messages (units see their own). */
  'disclosure.read': { roles: businessRoles, scope: officeAndLeadersAll('own_unit') },
  /** Prepare an item for publication or a draft for comment (the drafting unit or the office). */
  'disclosure.prepare': { roles: ['office_staff', 'unit_staff', 'unit_head'] },
  /** The office's publication review (art. 83): publish, refuse, withdraw; drafts' comment periods; messages published. */
  'disclosure.review': { roles: ['office_staff'] },
  /** Disclosure requests name private persons: the office and the government's leaders see them, the units do not. */
  'disclosure.request_read': { roles: ['office_staff', 'leader'] },
  /** The office handles disclosure requests (条例 第二十七–第四十五条) and records reconsideration and lawsuits. */
  'disclosure.requests': { roles: ['office_staff'] },
  /** The head of the disclosure office extends a request's answer period in person (条例 第三十三条; checked per request). */
  'disclosure.extend': { roles: ['leader', 'office_staff'] },
  /** The office, or the unit it assigns, answers a message from the public (art. 39). */
  'disclosure.messages': { roles: ['office_staff', 'unit_staff', 'unit_head'] },
  /** The public on the portal: an applicant's own acts on their request (补正, 撤回), known by its number and access code. */
  'disclosure.apply': { roles: [publicRole] },
  /** Upload attachments and read those of records one may read. */
  'attachments.use': { roles: businessRoles },
  /** One's own session, password, second factor and sessions on other devices. */
  'session.self': { roles: [...businessRoles, 'system_admin', 'security_admin', 'audit_admin'] },
  /** Accounts: open, disable, reset passwords (the system administrator; never roles). */
  'users.manage': { roles: ['system_admin'] },
  /** Roles of accounts and the security policy (the security administrator; never passwords). */
  'security.manage': { roles: ['security_admin'] },
} as const satisfies Record<string, { roles: readonly (Role | typeof publicRole)[]; scope?: Partial<Record<Role, DataScope>> & { default: DataScope } }>;

export type Action = keyof typeof policies;

/** `public` routes need no session: login, health, the API description. */
export type RoutePolicy = Action | 'public';

export function can(userRoles: readonly string[], action: Action): boolean {
  const allowed: readonly string[] = policies[action].roles;
  return userRoles.some((r) => allowed.includes(r));
}

const breadth: Record<DataScope, number> = { self: 0, own_unit: 1, all: 2 };

/** The widest data scope the user's roles give for an action (`all` where the policy sets none). */
export function scopeOf(userRoles: readonly string[], action: Action): DataScope {
  const policy = policies[action];
  const scope: (Partial<Record<string, DataScope>> & { default: DataScope }) | undefined = 'scope' in policy ? policy.scope : undefined;
  if (!scope) return 'all';
  const scopes = userRoles.filter((r) => can([r], action)).map((r) => scope[r] ?? scope.default);
  return scopes.reduce<DataScope>((widest, s) => (breadth[s] > breadth[widest] ? s : widest), 'self');
}

/** The web app's menu, each entry shown only to those who may take its action. */
const menu: readonly { key: string; action: Action }[] = [
  { key: 'workbench', action: 'workbench.read' },
  { key: 'done', action: 'documents.read' },
  { key: 'org', action: 'org.read' },
  { key: 'documents', action: 'documents.read' },
  { key: 'outgoing', action: 'outgoing.read' },
  { key: 'meetings', action: 'meetings.read' },
  { key: 'supervision', action: 'supervision.read' },
  { key: 'disclosure', action: 'disclosure.read' },
  { key: 'leave', action: 'leave.read' },
  { key: 'events', action: 'events.read' },
  { key: 'rules', action: 'rules.read' },
  { key: 'calendar', action: 'calendar.read' },
  { key: 'audit', action: 'audit.read' },
  { key: 'users', action: 'users.manage' },
  { key: 'security', action: 'security.manage' },
  { key: 'account', action: 'session.self' },
  { key: 'docs', action: 'rules.read' },
];

/**
 * Every policy action the user's roles hold: what the web app reads to show a page's tools (报送公文, 催办清单 …)
 * instead of deriving permissions from role names.
 */
export function actionsOf(userRoles: readonly string[]): Action[] {
  return (Object.keys(policies) as Action[]).filter((a) => can(userRoles, a));
}

export function menuFor(userRoles: readonly string[]): string[] {
  return menu.filter((m) => can(userRoles, m.action)).map((m) => m.key);
}
