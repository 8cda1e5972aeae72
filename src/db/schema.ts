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
  auditAnchor: AuditAnchorTable;
  calendarNotices: CalendarNoticeTable;
  deadlines: DeadlineTable;
  passwordHistory: PasswordHistoryTable;
  securitySettings: SecuritySettingsTable;
  attachments: AttachmentTable;
  leaveReports: LeaveReportTable;
  coverAssignments: CoverAssignmentTable;
  leaderItems: LeaderItemTable;
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
  /** Mobile number as SM4 field ciphertext (`sm4v1:…`, see src/crypto); null when not recorded. */
  mobileEncrypted: string | null;
  /** 居民身份证号码 as SM4 field ciphertext (`sm4v1:…`); null when not recorded. */
  idNumberEncrypted: string | null;
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
  /** The TOTP secret, SM4-encrypted; set at enrolment, kept while the second factor is on. */
  totpSecretEncrypted: Generated<string | null>;
  isTotpEnabled: Generated<number>;
  /** The last accepted TOTP time step, so a code is never accepted twice (ASVS 6.5.1). */
  totpLastStep: Generated<number | null>;
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
  isMfaPending: Generated<number>;
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

/**
 * The last link removed by a lawful purge (one row, id 1): verification starts from it. Like the chain head it
 * may only advance (database triggers).
 */
export type AuditAnchorTable = {
  id: number;
  seq: number;
  hash: string;
  purgedAt: string;
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

/** Earlier password hashes of a user, so the last few are never reused. */
export type PasswordHistoryTable = { userId: string; passwordHash: string; createdAt: string };

/** The security policy as the security administrator set it (one row); absent means the configured defaults. */
export type SecuritySettingsTable = { id: number; settings: string; version: number; updatedBy: string | null; updatedAt: string };

/** A stored file (PDF, OFD, DOCX, image) with its SM3 digest; owned by the record it was attached to. */
export type AttachmentTable = {
  id: string;
  ownerType: string | null;
  ownerId: string | null;
  kind: string;
  fileName: string;
  mediaType: string;
  size: number;
  sm3: string;
  content: Buffer;
  uploadedByUserId: string | null;
  createdAt: string;
};

export type LeaveReportTable = {
  id: string;
  personId: string;
  unitId: string | null;
  kind: string;
  startDate: string;
  endDate: string;
  place: string;
  reason: string;
  actingPersonId: string | null;
  actingPersonName: string;
  /** The 24-hour contact number, SM4-encrypted. */
  contactEncrypted: string;
  isEmergency: number;
  emergencyReason: string | null;
  reportedOn: string;
  reportedByUserId: string | null;
  /** JSON: the people the report reaches (区委书记, 区长), recorded as recipients. */
  recipients: string;
  /** JSON: violations flagged for the office (e.g. an emergency departure reported late). */
  flags: string;
  status: string;
  returnedOn: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type CoverAssignmentTable = {
  id: string;
  absentPersonId: string;
  coverPersonId: string;
  validFrom: string;
  validTo: string;
  assignedByPersonId: string;
  reason: string;
  createdAt: string;
};

/** Something a leader must attend to (a meeting, reception, emergency, urgent document, invitation). */
export type LeaderItemTable = {
  id: string;
  kind: string;
  title: string;
  detail: string;
  addresseePersonId: string;
  unitId: string | null;
  isUrgent: number;
  dueOn: string | null;
  sourceType: string | null;
  sourceId: string | null;
  status: string;
  handledByUserId: string | null;
  handledActingForPersonId: string | null;
  handledAt: string | null;
  handlingNote: string | null;
  createdByUserId: string | null;
  version: number;
  createdAt: string;
};
