import type { ColumnType, Generated } from 'kysely';

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
  auditVerification: AuditVerificationTable;
  changeStamps: ChangeStampTable;
  calendarNotices: CalendarNoticeTable;
  deadlines: DeadlineTable;
  passwordHistory: PasswordHistoryTable;
  securitySettings: SecuritySettingsTable;
  attachments: AttachmentTable;
  leaveReports: LeaveReportTable;
  coverAssignments: CoverAssignmentTable;
  leaderItems: LeaderItemTable;
  counters: CounterTable;
  incomingDocuments: IncomingDocumentTable;
  incomingDocumentVersions: IncomingDocumentVersionTable;
  timelineEntries: TimelineEntryTable;
  outsideApprovals: OutsideApprovalTable;
  caseCountersignatures: CaseCountersignatureTable;
  meetings: MeetingTable;
  meetingTopics: MeetingTopicTable;
  meetingAttendance: MeetingAttendanceTable;
  meetingAbsenceRequests: MeetingAbsenceRequestTable;
  tasks: TaskTable;
  decisionItems: DecisionItemTable;
  eventInvitations: EventInvitationTable;
  eventDepartmentMeetings: EventDepartmentMeetingTable;
  eventSpeeches: EventSpeechTable;
  outgoingDocuments: OutgoingDocumentTable;
  outgoingDocumentVersions: OutgoingDocumentVersionTable;
  outgoingDocumentUnits: OutgoingDocumentUnitTable;
  outgoingReceipts: OutgoingReceiptTable;
  documentNumberSequences: DocumentNumberSequenceTable;
  signOffAuthorizations: SignOffAuthorizationTable;
  publications: PublicationTable;
  commentDrafts: CommentDraftTable;
  publicComments: PublicCommentTable;
  spentChallenges: SpentChallengeTable;
  disclosureRequests: DisclosureRequestTable;
  disclosureChallenges: DisclosureChallengeTable;
  publicMessages: PublicMessageTable;
  taskReports: TaskReportTable;
  taskExtensions: TaskExtensionTable;
  supervisionSuggestions: SupervisionSuggestionTable;
  spotChecks: SpotCheckTable;
  supervisionResults: SupervisionResultTable;
  supervisionPlans: SupervisionPlanTable;
};

export type UnitTable = {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  function: string | null;
  parentId: string | null;
  sortOrder: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** The full official name where `name` is the everyday one (临淄区人民政府办公室); null when `name` is full. */
  fullName: string | null;
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

/** The head up to which `zhengwu audit verify` last found the chain sound (one row). */
export type AuditVerificationTable = {
  id: number;
  seq: number;
  hash: string;
  verifiedAt: string;
  fullVerifiedAt: string | null;
};

/** A random stamp the database renews whenever a table held in memory by every process changes (triggers). */
export type ChangeStampTable = {
  name: string;
  stamp: string;
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

/** Named sequences (register numbers per year), incremented inside the transaction that uses them. */
export type CounterTable = { name: string; value: number };

/** A document filed to the government (收文), with every element of 《党政机关公文处理工作条例》 art. 9 it carries. */
export type IncomingDocumentTable = {
  id: string;
  status: string;
  docType: string;
  title: string;
  body: string;
  senderDocNumber: string | null;
  issuingUnitId: string;
  signerPersonId: string | null;
  signerName: string;
  addressedTo: string;
  addresseePersonId: string | null;
  exceptionKind: string | null;
  classification: string;
  urgency: string;
  copyNumber: string | null;
  /** JSON array of the matters the submitter declares (a 请示 carries exactly one). */
  declaredMatters: string;
  /** JSON array of the units whose powers the matter touches. */
  relatedUnitIds: string;
  isJoint: number;
  attachmentNote: string | null;
  writtenOn: string;
  note: string | null;
  cc: string | null;
  isMajor: number;
  /** JSON array of the 主送机关 as the document states them (art. 64 "不得多头报文"); `[]` when not stated. */
  mainRecipients: ColumnType<string, string | undefined, string>;
  /** The approval the filer cites for filing past its superior body (art. 64 "未经批准不得越级行文"). */
  skipLevelApproval: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON: flags raised for the office (text checks, declared exceptions). */
  flags: string;
  registerYear: number | null;
  registerSeq: number | null;
  registerNumber: string | null;
  proposal: string | null;
  assignedLeaderPersonId: string | null;
  assignedActingForPersonId: string | null;
  assignmentBasis: string | null;
  /** JSON: the leader's 批示 (opinion, name, date, circled, acting for). */
  instruction: string | null;
  handlingUnitId: string | null;
  coUnitIds: string;
  result: string | null;
  /** When the current step began; its due date is in `deadlines` (working days) or `stepDueAt` (hours). */
  stepStartedAt: string;
  stepDeadlineId: string | null;
  stepDueAt: string | null;
  submittedByUserId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  // Migration 20261202T0610-incoming-sources: where the document came from and how it was handled (issue 14).
  /** platform (filed by a unit here) | higher | peer | unaffiliated | subordinate (a body's document the office registers). */
  sourceKind: ColumnType<string, string | undefined, string>;
  /** 来文方式: platform | paper | exchange (电子公文交换). */
  channel: ColumnType<string, string | undefined, string>;
  /** The sender as the document names it, for a body outside the platform (the unit's name otherwise). */
  senderName: ColumnType<string | null, string | null | undefined, string | null>;
  copies: ColumnType<number | null, number | null | undefined, number | null>;
  pages: ColumnType<number | null, number | null | undefined, number | null>;
  /** 公开属性: public | on_request | not_public. */
  disclosure: ColumnType<string | null, string | null | undefined, string | null>;
  /** 保密期限 as the sender marks it (non-classified documents only, art. 84). */
  secrecyPeriod: ColumnType<string | null, string | null | undefined, string | null>;
  /** The unit whose remit a registered document concerns: routes it by portfolio (art. 65). */
  routingUnitId: ColumnType<string | null, string | null | undefined, string | null>;
  receivedAt: ColumnType<string | null, string | null | undefined, string | null>;
  completedAt: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON array of every 批示, oldest first (the single `instruction` is the latest). */
  instructions: ColumnType<string, string | undefined, string>;
  /** JSON {reasons: [{ruleId?, key, article, message}], opinion, by, at}: the office's last return at 初审. */
  returned: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON array of the 传阅: each reader, when sent, whether it must be read before 转办, their 已阅 or opinion. */
  circulation: ColumnType<string, string | undefined, string>;
  /** JSON array of the person ids still to read (for the 工作台's SQL). */
  pendingReaderIds: ColumnType<string, string | undefined, string>;
  /** The revision the document is at (a returned document resubmitted is the same document, one revision on). */
  revision: ColumnType<number, number | undefined, number>;
};

/** One revision of an incoming document as filed (or resubmitted after 退回): its fields, who, when. */
export type IncomingDocumentVersionTable = {
  id: string;
  documentId: string;
  revision: number;
  /** JSON of the filed fields, the attachment ids and the countersignatures it carried. */
  fields: string;
  recordedByUserId: string | null;
  recordedByName: string;
  recordedAt: string;
  note: string | null;
};

/** One entry of a case's timeline: every kind of case writes here (the kernel's `recordTimeline`). */
export type TimelineEntryTable = {
  id: string;
  objectType: string;
  objectId: string;
  /** Order of entries on one case (several acts may share a millisecond). */
  seq: number;
  action: string;
  actorUserId: string | null;
  actorName: string;
  actingForPersonId: string | null;
  actingForName: string | null;
  opinion: string | null;
  article: number | null;
  occurredAt: string;
};

/** An approval given outside the platform (区委, 区委书记, 市政府), recorded by the office from its document. */
export type OutsideApprovalTable = {
  id: string;
  objectType: string;
  objectId: string;
  action: string;
  /** Who gave it, as the document names them: 中共临淄区委, 区委书记. */
  approver: string;
  isApproved: number;
  documentNumber: string | null;
  attachmentId: string;
  note: string | null;
  recordedByUserId: string;
  recordedByName: string;
  recordedAt: string;
};

/**
 * One unit's countersignature on a case (incoming documents art. 64, agenda topics art. 52): signed by the
 * unit's principal head, agreeing or disagreeing with grounds. One shared table for every kind of case.
 */
export type CaseCountersignatureTable = {
  id: string;
  objectType: string;
  objectId: string;
  unitId: string;
  signerPersonId: string | null;
  signerName: string;
  isAgreed: number;
  opinion: string | null;
  grounds: string | null;
  signedAt: string;
};

/** The decision the office records on an events request (art. 58, 81, 91): who, in what post, when, with what opinion. */
export type EventApprovalColumns = {
  approvalDecision: string | null;
  approvalBody: string | null;
  approverName: string | null;
  approverPost: string | null;
  approvalDecidedOn: string | null;
  approvalOpinion: string | null;
  approvalRecordedByUserId: string | null;
  approvalRecordedAt: string | null;
  /** The absent approver a stand-in acted for (art. 7), by name. */
  approvalActingForName: string | null;
  /** For an approval given outside the platform: the attached document it was recorded from. */
  approvalAttachmentId: string | null;
};

/** An invitation of a government leader to an activity, submitted to the office (art. 90–92). */
export type EventInvitationTable = EventApprovalColumns & {
  id: string;
  title: string;
  kind: string;
  activityDate: string;
  startTime: string | null;
  place: string;
  detail: string;
  invitedPersonId: string;
  invitingUnitId: string;
  /** `office`, or `leader` for a 请柬 sent to the leader personally (refused under art. 90, never stored). */
  addressedTo: string;
  /** The person the 请柬 names as addressee, if it names one (art. 90); null when addressed to the office. */
  addresseePersonId: ColumnType<string | null, string | null | undefined, string | null>;
  /** The addressee as written on the 请柬, as the unit or the office recorded it. */
  addresseeName: ColumnType<string | null, string | null | undefined, string | null>;
  /** Art. 92: a visitor's reception asking the leader to accompany throughout (原则上不全程陪同). */
  isFullAccompaniment: ColumnType<number, number | undefined, number>;
  /** Art. 92: the plan coordinated with the offices of the 区委, 区人大 and 区政协, for a visit of city leaders. */
  planAttachmentId: ColumnType<string | null, string | null | undefined, string | null>;
  submittedOn: string;
  submittedByUserId: string | null;
  status: string;
  arrangedOn: string | null;
  arrangementNote: string | null;
  /** The leader item the arrangement created for the invited leader. */
  leaderItemId: string | null;
  declineReason: string | null;
  /** JSON: rule flags kept for the office. */
  flags: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** A department's request to hold a system-wide meeting (art. 58). */
export type EventDepartmentMeetingTable = EventApprovalColumns & {
  id: string;
  title: string;
  unitId: string;
  meetingDate: string;
  format: string;
  chairedBy: string;
  chairPersonId: string | null;
  chairName: string;
  /** JSON: the invited posts with their holders as of the request. */
  invitees: string;
  /** JSON: the 区长's approval for town principals at a meeting a 副区长 chairs, when recorded. */
  headApproval: string | null;
  detail: string;
  submittedOn: string;
  submittedByUserId: string | null;
  status: string;
  /** JSON: rule flags for the approver (a deputy invited, an in-person meeting). */
  flags: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** A request for the government's consent to a speech or article (art. 81). */
export type EventSpeechTable = EventApprovalColumns & {
  id: string;
  kind: string;
  basis: string;
  title: string;
  speakerPersonId: string;
  occasion: string;
  eventDate: string;
  outline: string;
  submittedOn: string;
  submittedByUserId: string | null;
  status: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** A government meeting (art. 47–51) from arrangement to signed minutes (art. 54–56). */
export type MeetingTable = {
  id: string;
  kind: string;
  title: string;
  meetingDate: string;
  startTime: string | null;
  place: string;
  convenerPersonId: string;
  chairPersonId: string;
  /** The leader on whose behalf a delegated meeting is held (art. 49, 51, 56). */
  delegatedByPersonId: string | null;
  /** JSON: units concerned (topical meetings). */
  attendeeUnitIds: string;
  status: string;
  agendaProposedAt: string | null;
  agendaReviewedByPersonId: string | null;
  agendaReviewedAt: string | null;
  agendaDecidedByPersonId: string | null;
  agendaDecidedAt: string | null;
  minutesNumber: string | null;
  minutesText: string | null;
  minutesApprovedByPersonId: string | null;
  minutesSignedByPersonId: string | null;
  minutesSignedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** JSON: the 区长's decision on town and subdistrict principals at a 副区长's meeting (art. 51, 58). */
  townPrincipalsApproval: string | null;
  /** JSON: the 区长's entrustment of the executive meeting's chair to the executive deputy (art. 49). */
  chairEntrustment: string | null;
};

export type MeetingTopicTable = {
  id: string;
  meetingId: string | null;
  meetingKind: string;
  submittingUnitId: string;
  title: string;
  summary: string;
  isMajor: number;
  majorCategory: string | null;
  relatedUnitIds: string;
  coordinationNote: string | null;
  status: string;
  submittedOn: string;
  /** JSON: the 区长's recorded exception to the lead time (art. 53). */
  leadTimeException: string | null;
  flags: string;
  sortOrder: number;
  version: number;
  createdAt: string;
  /** The deputy in charge who reviewed (审定) the topic (art. 53). */
  reviewedByPersonId: string | null;
  reviewedAt: string | null;
  /** The 区长's own 审定 (art. 53). */
  headReviewedByPersonId: string | null;
  headReviewedAt: string | null;
  /** JSON: the office's recorded correction of whether the topic is a major matter (art. 8, 27). */
  majorClassification: string | null;
};

export type MeetingAttendanceTable = {
  meetingId: string;
  personId: string;
  role: string;
  status: string;
  absenceReason: string | null;
  absenceApprovedByPersonId: string | null;
  leaveReportId: string | null;
  updatedAt: string;
};

/** A supervision task (督办任务, art. 32, 57, 75–77): one row of the ledger, from its source to its close and look-back. */
export type TaskTable = {
  id: string;
  /** 督〔2026〕N号; null only for tasks created before numbering. */
  number: string | null;
  /** Where it comes from: `meeting_decision`, `leader_instruction`, `annual_plan`, `deputy_suggestion`, `audit_finding` … */
  sourceType: string;
  /** The source object's id (decision item, incoming document, suggestion, task …), or '' for an outside source named in `sourceRef`. */
  sourceId: string;
  /** An outside source in words (审计报告名称、检察建议书文号、媒体报道标题). */
  sourceRef: string | null;
  title: string;
  description: string | null;
  /** `task`, `rectification` (a problem list), `problem` (one problem on it), `look_back` (回头看). */
  category: string;
  parentId: string | null;
  /** The sub-task's share of its parent's progress. */
  weight: number;
  /** 0–100, as the last approved report has it (a parent's is the weighted roll-up of its sub-tasks). */
  progress: number;
  leadUnitId: string;
  coUnitIds: string;
  leaderPersonId: string | null;
  focusArea: string | null;
  dueOn: string;
  deadlineId: string | null;
  reportEveryWorkingDays: number | null;
  lastReportOn: string | null;
  /** open · reviewing · done · closed_incomplete */
  status: string;
  closedAs: string | null;
  closedReason: string | null;
  closedAt: string | null;
  /** The day the look-back (回头看) of this task falls due (art. 77); set when it closes done. */
  lookBackOn: string | null;
  /** On a look-back task: the task it looks back on. */
  lookBackOfId: string | null;
  createdByUserId: string | null;
  article: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** A progress or final report of the lead unit: approved by its principal head (art. 75), reviewed by the office. */
export type TaskReportTable = {
  id: string;
  taskId: string;
  kind: string;
  text: string;
  progress: number;
  /** submitted · approved · accepted · returned */
  status: string;
  unitId: string;
  draftedByUserId: string;
  approvedByPersonId: string | null;
  approvedAt: string | null;
  reviewedByPersonId: string | null;
  reviewedAt: string | null;
  reviewOpinion: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** One extension of a task's deadline: requested by the lead unit, decided by its approver (a recorded event). */
export type TaskExtensionTable = {
  id: string;
  taskId: string;
  reason: string;
  requestedDueOn: string;
  previousDueOn: string;
  /** requested · approved · refused */
  status: string;
  requestedByUserId: string;
  approverPersonId: string | null;
  decidedByPersonId: string | null;
  decidedAt: string | null;
  opinion: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** A deputy's suggestion (人大代表建议) or CPPCC proposal (政协提案), art. 40. */
export type SupervisionSuggestionTable = {
  id: string;
  /** deputy · cppcc */
  kind: string;
  code: string;
  session: string;
  title: string;
  /** JSON array of names. */
  proposers: string;
  summary: string | null;
  leadUnitId: string | null;
  coUnitIds: string;
  assignedOn: string | null;
  /** registered · assigned · sent_back · answered · closed */
  status: string;
  taskId: string | null;
  round: number;
  answer: string | null;
  answeredOn: string | null;
  /** satisfied · basically_satisfied · dissatisfied */
  satisfaction: string | null;
  sendBackReason: string | null;
  isForPublication: number;
  batchId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** A random spot check (随机抽查, art. 75): the population, seed and sample reproduce the draw. */
export type SpotCheckTable = {
  id: string;
  title: string;
  seed: string;
  ratioPercent: number;
  /** JSON array of task ids, in the order drawn from. */
  population: string;
  /** JSON array of task ids drawn. */
  sample: string;
  /** JSON of the filter that chose the population. */
  criteria: string;
  /** JSON object task id → finding. */
  findings: string;
  drawnByUserId: string;
  drawnAt: string;
  version: number;
  updatedAt: string;
};

/** A use of supervision results (art. 79): a circular, an admonitory talk, a referral for accountability. */
export type SupervisionResultTable = {
  id: string;
  /** circular · admonitory_talk · referral */
  kind: string;
  number: string | null;
  title: string;
  text: string;
  taskIds: string;
  unitIds: string;
  personName: string | null;
  /** A referral's receiving body (区纪委监委). */
  referredTo: string | null;
  /** An admonitory talk's leader, as in post that day (id and name as of the act). */
  heldByPersonId: string | null;
  heldByName: string | null;
  heldOn: string;
  recordedByUserId: string;
  createdAt: string;
};

/** The annual supervision plan (督查工作年度计划, art. 76). */
export type SupervisionPlanTable = {
  id: string;
  year: number;
  title: string;
  text: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type DecisionItemTable = {
  id: string;
  meetingId: string;
  topicId: string | null;
  content: string;
  leadUnitId: string;
  coUnitIds: string;
  dueOn: string;
  taskId: string | null;
  sortOrder: number;
  createdAt: string;
  /** The clock on the deadlines table; the task the item becomes runs on the same one (art. 57). */
  deadlineId: string | null;
};

/** A government leader's request to be absent from a meeting, on which the 区长 consents or not (art. 55). */
export type MeetingAbsenceRequestTable = {
  id: string;
  meetingId: string;
  personId: string;
  reason: string;
  status: string;
  requestedByUserId: string | null;
  decidedByPersonId: string | null;
  decidedAt: string | null;
  opinion: string | null;
  version: number;
  createdAt: string;
};

/** An outgoing document (发文); JSON columns hold lists and structured text (src/domain/outgoing/types.ts). */
export type OutgoingDocumentTable = {
  id: string;
  status: string;
  issuer: string;
  draftingUnitId: string;
  issuingUnitId: string;
  docType: string;
  title: string;
  /** JSON [{unitId|null, name}]: 主送, units in the platform and bodies outside it by name. */
  mainRecipients: string;
  copyTo: string;
  disclosure: string;
  disclosureReason: string | null;
  classification: string;
  urgency: string;
  /** JSON BodyBlock[]. */
  body: string;
  note: string | null;
  sequenceCode: string;
  isPolicy: number;
  /** JSON {title, body} of the policy document's 解读 (art. 36). */
  interpretation: string | null;
  interpretationReviewedAt: string | null;
  answersIncomingId: string | null;
  countersignUnitIds: string;
  /** JSON: units that have countersigned (agreeing or not); reopened after coordination. */
  signedUnitIds: ColumnType<string, string | undefined, string>;
  hasOpenDisagreement: number;
  coordinationNote: string | null;
  directsLowerGovernments: number;
  /** JSON {personId, name, opinion, at}: the government's 审定 of a department's directive (art. 70). */
  directiveApproval: string | null;
  /** JSON ReviewChecklist (art. 67, 68, 71). */
  checklist: string;
  leaderReviewerPersonId: string | null;
  leaderReviewerName: string | null;
  signerPersonId: string | null;
  signerName: string | null;
  /** JSON SignOffRecord (条例 第二十二条). */
  signOff: string | null;
  needsRecheck: number;
  returnReasons: string;
  flags: string;
  countersignDeadlineId: string | null;
  documentYear: number | null;
  documentSeq: number | null;
  documentNumber: string | null;
  sealedByName: string | null;
  sealedAt: string | null;
  writtenOn: string | null;
  issuedAt: string | null;
  revision: number;
  createdByUserId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** The basis of the matter (art. 69(一)): executive_meeting | routine_approval, or null for neither. */
  matterBasis: ColumnType<string | null, string | null | undefined, string | null>;
  /** The 常务会议 that decided the matter, when it did. */
  decidedAtMeetingId: ColumnType<string | null, string | null | undefined, string | null>;
};

/** Every revision of an outgoing document's text, kept and shown (returned and resubmitted, 核改, 复核). */
export type OutgoingDocumentVersionTable = { id: string; documentId: string; revision: number; fields: string; reason: string; recordedByName: string; recordedAt: string };

/** The units that see an outgoing document, and why: `drafting`, `issuing`, `countersign`, `recipient`. */
export type OutgoingDocumentUnitTable = { documentId: string; unitId: string; role: string };

/** A unit's receipt of an issued document (签收). */
export type OutgoingReceiptTable = {
  id: string;
  documentId: string;
  unitId: string;
  role: string;
  status: string;
  acknowledgedByName: string | null;
  acknowledgedAt: string | null;
  version: number;
  createdAt: string;
};

/** A 发文字号 sequence as data: 临政发, 临政办发, 临财发 … */
export type DocumentNumberSequenceTable = { code: string; name: string; issuer: string; unitId: string | null; sortOrder: number };

/** The 区长's authorisation of another to sign off (art. 69(一)): for a 文种 or one document, dated. */
export type SignOffAuthorizationTable = {
  id: string;
  personId: string;
  personName: string;
  issuer: string;
  scope: string;
  docType: string | null;
  documentId: string | null;
  validFrom: string;
  validTo: string | null;
  note: string | null;
  grantedByPersonId: string;
  grantedByName: string;
  grantedAt: string;
  revokedAt: string | null;
  /** What the authorisation is for (art. 69(一)): executive_meeting | routine_approval; null for the office's documents. */
  basis: ColumnType<string | null, string | null | undefined, string | null>;
};

/** A document waiting to be published on the public portal (art. 71; 政府信息公开条例 第二十六条). */
/** An item of the disclosure catalogue, from its queueing for the office's publication review to publication or withdrawal (art. 83). */
export type PublicationTable = {
  id: string;
  category: string;
  title: string;
  documentNumber: string | null;
  issuingBody: string;
  writtenOn: string | null;
  body: string;
  sourceType: string | null;
  sourceId: string | null;
  /** The publication this one interprets (政策解读 of a policy document, art. 36). */
  interpretsId: string | null;
  /** The unit the item comes from (the drafting unit of a document, the unit that prepared it): its scope. */
  unitId: string | null;
  attachmentIds: Generated<string>;
  status: string;
  preparedByUserId: string | null;
  preparedByName: string;
  reviewOpinion: string | null;
  reviewedByPersonId: string | null;
  reviewedByName: string | null;
  reviewedAt: string | null;
  publishedAt: string | null;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
  withdrawnByName: string | null;
  deadlineId: string | null;
  dueOn: string | null;
  queuedAt: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** A draft published for public comment (art. 36, 23). */
export type CommentDraftTable = {
  id: string;
  kind: string;
  title: string;
  explanation: string;
  body: string;
  draftingUnitId: string;
  bearsOnBusiness: number;
  periodBasis: string;
  periodAmount: number;
  opensOn: string | null;
  closesOn: string | null;
  deadlineId: string | null;
  status: string;
  preparedByUserId: string;
  preparedByName: string;
  reviewedByName: string | null;
  publishedAt: string | null;
  commentCount: Generated<number>;
  commentsSummary: string | null;
  response: string | null;
  finalPublicationId: string | null;
  concludedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** A comment of the public on a draft; the commenter is not tracked (no address, no account). */
export type PublicCommentTable = {
  id: string;
  draftId: string;
  body: string;
  displayName: string | null;
  isHidden: Generated<number>;
  createdAt: string;
};

export type SpentChallengeTable = { digest: string; expiresAt: string };

/** A request for disclosure (依申请公开, 条例 第二十七–第四十五条) on its statutory clock. */
export type DisclosureRequestTable = {
  id: string;
  number: string;
  accessCodeHash: string;
  applicantKind: string;
  organizationKind: string | null;
  applicantName: string;
  idNumberEncrypted: string | null;
  contactEncrypted: string;
  addressEncrypted: string | null;
  description: string;
  purpose: string | null;
  delivery: string;
  channel: string;
  receivedOn: string;
  /** The day the 20 working days count from: receipt, or receipt of the corrected request (条例 第三十条). */
  clockStart: string;
  status: string;
  deadlineId: string;
  dueOn: string;
  /** JSON: the extension, approved by the head of the disclosure office in person (条例 第三十三条). */
  extension: string | null;
  /** JSON: the 补正 notice and its answer (条例 第三十条). */
  correction: string | null;
  /** JSON list: consultations of third parties or other organs, excluded from the clock (条例 第三十二、三十三条). */
  consultations: Generated<string>;
  pausedWorkingDays: Generated<number>;
  outcome: string | null;
  outcomeReason: string | null;
  answer: string | null;
  answeredOn: string | null;
  answeredByName: string | null;
  answerAttachmentId: string | null;
  carriedFromYear: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** An administrative reconsideration or lawsuit about disclosure (条例 第五十条 annual report, table 四). */
export type DisclosureChallengeTable = {
  id: string;
  requestId: string | null;
  kind: string;
  outcome: string;
  filedOn: string;
  note: string | null;
  recordedByName: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** A message from the public (政民互动, art. 39). */
export type PublicMessageTable = {
  id: string;
  number: string;
  accessCodeHash: string;
  subject: string;
  body: string;
  displayName: string | null;
  contactEncrypted: string | null;
  wantsPublic: number;
  receivedOn: string;
  status: string;
  unitId: string | null;
  deadlineId: string;
  dueOn: string;
  answer: string | null;
  answeredByName: string | null;
  /** Who answered: the publication review is another person's act (art. 83). */
  answeredByUserId: string | null;
  answeredOn: string | null;
  publishedAt: string | null;
  publishedByName: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};
