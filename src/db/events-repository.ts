import type { Insertable, Selectable, Updateable } from 'kysely';
import type {
  ApprovalRecord,
  ApprovingBody,
  DepartmentMeeting,
  HeadApproval,
  Invitation,
  InvitationAddressee,
  InvitationKind,
  InvitationStatus,
  MeetingChair,
  MeetingFormat,
  MeetingInvitee,
  MeetingStatus,
  RecordedFlag,
  Speech,
  SpeechBasis,
  SpeechKind,
  SpeechStatus,
} from '../domain/events/types.js';
import type { Db, Tx } from './database.js';
import type { EventApprovalColumns, EventDepartmentMeetingTable, EventInvitationTable, EventSpeechTable } from './schema.js';

type Conn = Db | Tx;

const toApproval = (r: EventApprovalColumns): ApprovalRecord | null =>
  r.approvalDecision === null
    ? null
    : {
        decision: r.approvalDecision as ApprovalRecord['decision'],
        body: (r.approvalBody ?? 'government') as ApprovingBody,
        approverName: r.approverName ?? '',
        approverPost: r.approverPost ?? '',
        decidedOn: r.approvalDecidedOn ?? '',
        opinion: r.approvalOpinion ?? '',
        recordedByUserId: r.approvalRecordedByUserId,
        recordedAt: r.approvalRecordedAt ?? '',
      };

/** The approval columns of a decision, for an update. */
export function approvalColumns(a: ApprovalRecord): EventApprovalColumns {
  return {
    approvalDecision: a.decision,
    approvalBody: a.body,
    approverName: a.approverName,
    approverPost: a.approverPost,
    approvalDecidedOn: a.decidedOn,
    approvalOpinion: a.opinion,
    approvalRecordedByUserId: a.recordedByUserId,
    approvalRecordedAt: a.recordedAt,
  };
}

/** Empty approval columns, for a new request. */
export const noApproval: EventApprovalColumns = {
  approvalDecision: null,
  approvalBody: null,
  approverName: null,
  approverPost: null,
  approvalDecidedOn: null,
  approvalOpinion: null,
  approvalRecordedByUserId: null,
  approvalRecordedAt: null,
};

const toInvitation = (r: Selectable<EventInvitationTable>): Invitation => ({
  id: r.id,
  title: r.title,
  kind: r.kind as InvitationKind,
  activityDate: r.activityDate,
  startTime: r.startTime,
  place: r.place,
  detail: r.detail,
  invitedPersonId: r.invitedPersonId,
  invitingUnitId: r.invitingUnitId,
  addressedTo: r.addressedTo as InvitationAddressee,
  submittedOn: r.submittedOn,
  submittedByUserId: r.submittedByUserId,
  status: r.status as InvitationStatus,
  approval: toApproval(r),
  arrangedOn: r.arrangedOn,
  arrangementNote: r.arrangementNote,
  leaderItemId: r.leaderItemId,
  declineReason: r.declineReason,
  flags: JSON.parse(r.flags) as RecordedFlag[],
  version: r.version,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

const toMeeting = (r: Selectable<EventDepartmentMeetingTable>): DepartmentMeeting => ({
  id: r.id,
  title: r.title,
  unitId: r.unitId,
  meetingDate: r.meetingDate,
  format: r.format as MeetingFormat,
  chairedBy: r.chairedBy as MeetingChair,
  chairPersonId: r.chairPersonId,
  chairName: r.chairName,
  invitees: JSON.parse(r.invitees) as MeetingInvitee[],
  headApproval: r.headApproval === null ? null : (JSON.parse(r.headApproval) as HeadApproval),
  detail: r.detail,
  submittedOn: r.submittedOn,
  submittedByUserId: r.submittedByUserId,
  status: r.status as MeetingStatus,
  approval: toApproval(r),
  flags: JSON.parse(r.flags) as RecordedFlag[],
  version: r.version,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

const toSpeech = (r: Selectable<EventSpeechTable>): Speech => ({
  id: r.id,
  kind: r.kind as SpeechKind,
  basis: r.basis as SpeechBasis,
  title: r.title,
  speakerPersonId: r.speakerPersonId,
  occasion: r.occasion,
  eventDate: r.eventDate,
  outline: r.outline,
  submittedOn: r.submittedOn,
  submittedByUserId: r.submittedByUserId,
  status: r.status as SpeechStatus,
  approval: toApproval(r),
  version: r.version,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

/** Who sees which requests: the office all; a unit its own; a leader those naming them. */
export type EventsScope = { all: true } | { all: false; unitId: string | null; personId: string | null };

/** Whether a meeting request is one the scope may see. */
export function isMeetingInScope(m: DepartmentMeeting, scope: EventsScope): boolean {
  if (scope.all) return true;
  return m.unitId === scope.unitId || (scope.personId !== null && (m.chairPersonId === scope.personId || m.invitees.some((i) => i.holderPersonId === scope.personId)));
}

/** Whether an invitation is one the scope may see: the inviting unit's, or the invited leader's. */
export function isInvitationInScope(i: Invitation, scope: EventsScope): boolean {
  return scope.all || i.invitingUnitId === scope.unitId || (scope.personId !== null && i.invitedPersonId === scope.personId);
}

/** Whether a speech request is one the scope may see: the speaker's own. */
export function isSpeechInScope(s: Speech, scope: EventsScope): boolean {
  return scope.all || (scope.personId !== null && s.speakerPersonId === scope.personId);
}

/** Invitations, department meeting requests and speech requests: the events area's three aggregates. */
export const eventsRepository = {
  async insertInvitation(db: Conn, row: Insertable<EventInvitationTable>): Promise<void> {
    await db.insertInto('eventInvitations').values(row).execute();
  },

  async findInvitation(db: Conn, id: string): Promise<Invitation | undefined> {
    const row = await db.selectFrom('eventInvitations').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toInvitation(row);
  },

  async listInvitations(db: Conn, scope: EventsScope, filter: { status?: InvitationStatus | undefined }): Promise<Invitation[]> {
    let q = db.selectFrom('eventInvitations').selectAll();
    if (!scope.all) {
      const { unitId, personId } = scope;
      q = q.where((eb) => eb.or([eb('invitingUnitId', '=', unitId ?? '—'), eb('invitedPersonId', '=', personId ?? '—')]));
    }
    if (filter.status) q = q.where('status', '=', filter.status);
    return (await q.orderBy('activityDate', 'desc').orderBy('createdAt', 'desc').limit(500).execute()).map(toInvitation);
  },

  async invitationsInStatus(db: Conn, statuses: readonly InvitationStatus[]): Promise<Invitation[]> {
    return (await db.selectFrom('eventInvitations').selectAll().where('status', 'in', [...statuses]).orderBy('activityDate').execute()).map(toInvitation);
  },

  /** Applies a transition only if the row is still at the version (and status) the caller read. */
  async updateInvitation(db: Conn, id: string, expected: { version: number; status: InvitationStatus }, changes: Updateable<EventInvitationTable>): Promise<boolean> {
    const result = await db
      .updateTable('eventInvitations')
      .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', expected.version)
      .where('status', '=', expected.status)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  async insertMeeting(db: Conn, row: Insertable<EventDepartmentMeetingTable>): Promise<void> {
    await db.insertInto('eventDepartmentMeetings').values(row).execute();
  },

  async findMeeting(db: Conn, id: string): Promise<DepartmentMeeting | undefined> {
    const row = await db.selectFrom('eventDepartmentMeetings').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toMeeting(row);
  },

  /** A unit's requests in a calendar year, in the given statuses (the art. 58 count). */
  async countMeetingsInYear(db: Conn, unitId: string, year: string, statuses: readonly MeetingStatus[]): Promise<number> {
    const row = await db
      .selectFrom('eventDepartmentMeetings')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('unitId', '=', unitId)
      .where('meetingDate', '>=', `${year}-01-01`)
      .where('meetingDate', '<=', `${year}-12-31`)
      .where('status', 'in', [...statuses])
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** Meetings visible in a scope: the office all; a unit its own; a leader those they chair or are invited to. */
  async listMeetings(db: Conn, scope: EventsScope, filter: { status?: MeetingStatus | undefined }): Promise<DepartmentMeeting[]> {
    let q = db.selectFrom('eventDepartmentMeetings').selectAll();
    if (!scope.all) {
      const unitId = scope.unitId ?? '—';
      const personId = scope.personId ?? '—';
      // The invitees are JSON: LIKE narrows the rows on both dialects, the filter below decides.
      q = q.where((eb) => eb.or([eb('unitId', '=', unitId), eb('chairPersonId', '=', personId), eb('invitees', 'like', `%${JSON.stringify(personId)}%`)]));
    }
    if (filter.status) q = q.where('status', '=', filter.status);
    const rows = (await q.orderBy('meetingDate', 'desc').orderBy('createdAt', 'desc').limit(500).execute()).map(toMeeting);
    return scope.all ? rows : rows.filter((m) => isMeetingInScope(m, scope));
  },

  async meetingsInStatus(db: Conn, statuses: readonly MeetingStatus[]): Promise<DepartmentMeeting[]> {
    return (await db.selectFrom('eventDepartmentMeetings').selectAll().where('status', 'in', [...statuses]).orderBy('meetingDate').execute()).map(toMeeting);
  },

  async updateMeeting(db: Conn, id: string, expected: { version: number; status: MeetingStatus }, changes: Updateable<EventDepartmentMeetingTable>): Promise<boolean> {
    const result = await db
      .updateTable('eventDepartmentMeetings')
      .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', expected.version)
      .where('status', '=', expected.status)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  async insertSpeech(db: Conn, row: Insertable<EventSpeechTable>): Promise<void> {
    await db.insertInto('eventSpeeches').values(row).execute();
  },

  async findSpeech(db: Conn, id: string): Promise<Speech | undefined> {
    const row = await db.selectFrom('eventSpeeches').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toSpeech(row);
  },

  async listSpeeches(db: Conn, scope: EventsScope, filter: { status?: SpeechStatus | undefined }): Promise<Speech[]> {
    let q = db.selectFrom('eventSpeeches').selectAll();
    if (!scope.all) q = q.where('speakerPersonId', '=', scope.personId ?? '—');
    if (filter.status) q = q.where('status', '=', filter.status);
    return (await q.orderBy('eventDate', 'desc').orderBy('createdAt', 'desc').limit(500).execute()).map(toSpeech);
  },

  async speechesInStatus(db: Conn, statuses: readonly SpeechStatus[]): Promise<Speech[]> {
    return (await db.selectFrom('eventSpeeches').selectAll().where('status', 'in', [...statuses]).orderBy('eventDate').execute()).map(toSpeech);
  },

  async updateSpeech(db: Conn, id: string, expected: { version: number; status: SpeechStatus }, changes: Updateable<EventSpeechTable>): Promise<boolean> {
    const result = await db
      .updateTable('eventSpeeches')
      .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', expected.version)
      .where('status', '=', expected.status)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },
};
