import type { Generated } from 'kysely';

/**
 * The database as the application sees it (camelCase; columns are snake_case through CamelCasePlugin).
 * Timestamps are ISO-8601 UTC text and dates `YYYY-MM-DD` text on both dialects, so that the same code and
 * comparisons run on SQLite and PostgreSQL. Booleans are 0/1 integers for the same reason.
 */
export type Database = {
  units: UnitTable;
  people: PersonTable;
  posts: PostTable;
  appointments: AppointmentTable;
  portfolioItems: PortfolioItemTable;
  coverPairs: CoverPairTable;
  users: UserTable;
  userRoles: UserRoleTable;
  sessions: SessionTable;
  auditEvents: AuditEventTable;
  auditChainHead: AuditChainHeadTable;
  calendarNotices: CalendarNoticeTable;
  deadlines: DeadlineTable;
};

export type UnitTable = {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  parentId: string | null;
  sortOrder: number;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type PersonTable = {
  id: string;
  name: string;
  /** SM4-encrypted mobile number (base64); null when not recorded. */
  mobileEncrypted: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type PostTable = {
  id: string;
  unitId: string;
  kind: string;
  title: string;
  sortOrder: number;
  createdAt: string;
};

export type AppointmentTable = {
  id: string;
  personId: string;
  postId: string;
  validFrom: string;
  validTo: string | null;
  createdAt: string;
};

export type PortfolioItemTable = {
  id: string;
  personId: string;
  /** A unit in the leader's charge, or null when the item is an area of work. */
  unitId: string | null;
  area: string | null;
  validFrom: string;
  validTo: string | null;
};

export type CoverPairTable = {
  id: string;
  firstPersonId: string;
  secondPersonId: string;
  validFrom: string;
  validTo: string | null;
};

export type UserTable = {
  id: string;
  loginName: string;
  displayName: string;
  personId: string | null;
  unitId: string | null;
  passwordHash: string;
  mustChangePassword: number;
  isDisabled: number;
  failedLogins: number;
  lockedUntil: string | null;
  passwordChangedAt: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type UserRoleTable = {
  userId: string;
  role: string;
};

export type SessionTable = {
  /** SHA-256 of the session token; the token itself is only in the user's cookie. */
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  revokedAt: string | null;
};

export type AuditEventTable = {
  seq: Generated<number>;
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorName: string;
  actingForPersonId: string | null;
  act: string;
  objectType: string;
  objectId: string | null;
  result: string;
  summary: string;
  article: number | null;
  requestId: string | null;
  ip: string | null;
  prevHash: string;
  hash: string;
};

export type AuditChainHeadTable = {
  id: number;
  seq: number;
  hash: string;
};

export type CalendarNoticeTable = {
  year: number;
  /** The year's notice as JSON (the shape of `YearNotice` in src/calendar). */
  notice: string;
  importedBy: string | null;
  importedAt: string;
};

/**
 * A deadline some area tracks, kept with the calculation that produced it, so that it can explain itself
 * and be recomputed when a year's holiday notice is imported.
 */
export type DeadlineTable = {
  id: string;
  objectType: string;
  objectId: string;
  /** What is due, in Chinese (e.g. "议题报送截止"). */
  label: string;
  basis: string;
  amount: number;
  start: string;
  due: string;
  isProvisional: number;
  isOpen: number;
  ruleId: string | null;
  article: number | null;
  /** The whole `Deadline` (src/calendar) as JSON. */
  detail: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};
