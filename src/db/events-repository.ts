import { type Expression, type Insertable, type Selectable, type SelectQueryBuilder, sql, type SqlBool } from 'kysely';
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
import { approvalRequiredKinds } from '../domain/events/types.js';
import type { Db, Dialect, Tx } from './database.js';
import { keysetAfter, type KeysetPage } from './keyset.js';
import type { Database, EventApprovalColumns, EventDepartmentMeetingTable, EventInvitationTable, EventSpeechTable } from './schema.js';

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
        actingForName: r.approvalActingForName,
        attachmentId: r.approvalAttachmentId,
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
    approvalActingForName: a.actingForName,
    approvalAttachmentId: a.attachmentId,
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
  approvalActingForName: null,
  approvalAttachmentId: null,
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
  addresseePersonId: r.addresseePersonId,
  addresseeName: r.addresseeName,
  isFullAccompaniment: r.isFullAccompaniment === 1,
  planAttachmentId: r.planAttachmentId,
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

/**
 * Who sees which requests: the office all; a unit its own; a leader what is addressed to them (invited,
 * chairing, invited to the meeting, speaking); and the 区长 — or the executive deputy presiding for him — what
 * waits for or carries his decision (art. 58, 81, 91). Applied inside every query; outside it is 404.
 */
export type EventsScope = { all: true } | { all: false; unitId: string | null; personId: string | null; isHeadsDesk: boolean };

const none = '—';

function invitationsIn<O>(q: SelectQueryBuilder<Database, 'eventInvitations', O>, scope: EventsScope) {
  if (scope.all) return q;
  return q.where((eb) =>
    eb.or([
      eb('invitingUnitId', '=', scope.unitId ?? none),
      eb('invitedPersonId', '=', scope.personId ?? none),
      ...(scope.isHeadsDesk ? [eb('kind', 'in', [...approvalRequiredKinds]), eb.and([eb('kind', '=', 'peer_visit'), eb('isFullAccompaniment', '=', 1)])] : []),
    ]),
  );
}

function meetingsIn<O>(q: SelectQueryBuilder<Database, 'eventDepartmentMeetings', O>, scope: EventsScope) {
  if (scope.all) return q;
  const personId = scope.personId ?? none;
  return q.where((eb) =>
    eb.or([
      eb('unitId', '=', scope.unitId ?? none),
      eb('chairPersonId', '=', personId),
      // The invitees are JSON; a holder's id appears as `"holderPersonId":"<id>"`, a principal as `"kind":"town_principal"`.
      eb('invitees', 'like', `%"holderPersonId":${JSON.stringify(personId)}%`),
      // What waits for or carries the 区长's decision (art. 58): town principals at a 副区长's meeting, a meeting beyond the year's number.
      ...(scope.isHeadsDesk
        ? [eb.and([eb('chairedBy', '=', 'deputy'), eb('invitees', 'like', '%"kind":"town_principal"%')]), eb('flags', 'like', '%"ruleId":"events.meeting-yearly-limit"%')]
        : []),
    ]),
  );
}

function speechesIn<O>(q: SelectQueryBuilder<Database, 'eventSpeeches', O>, scope: EventsScope) {
  if (scope.all || scope.isHeadsDesk) return q;
  return q.where('speakerPersonId', '=', scope.personId ?? none);
}

/** A page the 工作台 asks for: the work predicate, the keyset condition after the cursor, the page size plus one. */
export type EventsWorkPage = { work: Expression<SqlBool>; after: Expression<SqlBool>; limit: number };

/** Invitations, department meeting requests and speech requests: the events area's three aggregates. */
export const eventsRepository = {
  /**
   * Holds, until the caller's transaction ends, every other transaction that takes the same key, so a count
   * across rows and the insert it allows happen as one on PostgreSQL (the art. 58 yearly quota). SQLite runs
   * one write transaction at a time already.
   */
  async serialize(db: Tx, dialect: Dialect, key: string): Promise<void> {
    if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(db);
  },

  async insertInvitation(db: Conn, row: Insertable<EventInvitationTable>): Promise<void> {
    await db.insertInto('eventInvitations').values(row).execute();
  },

  async findInvitation(db: Conn, id: string, scope: EventsScope): Promise<Invitation | undefined> {
    const row = await invitationsIn(db.selectFrom('eventInvitations').selectAll(), scope).where('id', '=', id).executeTakeFirst();
    return row && toInvitation(row);
  },

  async listInvitations(db: Conn, scope: EventsScope, filter: { status?: InvitationStatus | undefined; statuses?: readonly InvitationStatus[] }, page?: KeysetPage): Promise<Invitation[]> {
    let q = invitationsIn(db.selectFrom('eventInvitations').selectAll(), scope);
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.statuses) q = q.where('status', 'in', [...filter.statuses]);
    // Latest first, keyset-paged by (day, created, id); without a page, the latest 500 as before.
    if (page) q = q.where(keysetAfter([sql.ref('activityDate'), sql.ref('createdAt'), sql.ref('id')], page.after, 'desc'));
    return (await q.orderBy('activityDate', 'desc').orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(page?.limit ?? 500).execute()).map(toInvitation);
  },

  async insertMeeting(db: Conn, row: Insertable<EventDepartmentMeetingTable>): Promise<void> {
    await db.insertInto('eventDepartmentMeetings').values(row).execute();
  },

  async findMeeting(db: Conn, id: string, scope: EventsScope): Promise<DepartmentMeeting | undefined> {
    const row = await meetingsIn(db.selectFrom('eventDepartmentMeetings').selectAll(), scope).where('id', '=', id).executeTakeFirst();
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

  async listMeetings(db: Conn, scope: EventsScope, filter: { status?: MeetingStatus | undefined; statuses?: readonly MeetingStatus[] }, page?: KeysetPage): Promise<DepartmentMeeting[]> {
    let q = meetingsIn(db.selectFrom('eventDepartmentMeetings').selectAll(), scope);
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.statuses) q = q.where('status', 'in', [...filter.statuses]);
    // Latest first, keyset-paged by (day, created, id); without a page, the latest 500 as before.
    if (page) q = q.where(keysetAfter([sql.ref('meetingDate'), sql.ref('createdAt'), sql.ref('id')], page.after, 'desc'));
    return (await q.orderBy('meetingDate', 'desc').orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(page?.limit ?? 500).execute()).map(toMeeting);
  },

  async insertSpeech(db: Conn, row: Insertable<EventSpeechTable>): Promise<void> {
    await db.insertInto('eventSpeeches').values(row).execute();
  },

  async findSpeech(db: Conn, id: string, scope: EventsScope): Promise<Speech | undefined> {
    const row = await speechesIn(db.selectFrom('eventSpeeches').selectAll(), scope).where('id', '=', id).executeTakeFirst();
    return row && toSpeech(row);
  },

  async listSpeeches(db: Conn, scope: EventsScope, filter: { status?: SpeechStatus | undefined; statuses?: readonly SpeechStatus[] }, page?: KeysetPage): Promise<Speech[]> {
    let q = speechesIn(db.selectFrom('eventSpeeches').selectAll(), scope);
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.statuses) q = q.where('status', 'in', [...filter.statuses]);
    // Latest first, keyset-paged by (day, created, id); without a page, the latest 500 as before.
    if (page) q = q.where(keysetAfter([sql.ref('eventDate'), sql.ref('createdAt'), sql.ref('id')], page.after, 'desc'));
    return (await q.orderBy('eventDate', 'desc').orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(page?.limit ?? 500).execute()).map(toSpeech);
  },
  /**
   * Pages of the 工作台 (one per kind): the requests within the scope on which `work` holds (the declaration's
   * work predicate in SQL), strictly after the cursor (`after`), by the day they are due (activity, meeting,
   * speech), created, id — at most `limit`; and how many `work` selects in all (a COUNT).
   */
  async invitationWorkPage(db: Conn, scope: EventsScope, page: EventsWorkPage): Promise<{ rows: Invitation[]; count: number }> {
    const q = invitationsIn(db.selectFrom('eventInvitations').selectAll(), scope).where(page.work);
    const total = await invitationsIn(db.selectFrom('eventInvitations'), scope).where(page.work).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await q.where(page.after).orderBy('activityDate').orderBy('createdAt').orderBy('id').limit(page.limit).execute();
    return { rows: rows.map(toInvitation), count: Number(total.n) };
  },
  async meetingWorkPage(db: Conn, scope: EventsScope, page: EventsWorkPage): Promise<{ rows: DepartmentMeeting[]; count: number }> {
    const q = meetingsIn(db.selectFrom('eventDepartmentMeetings').selectAll(), scope).where(page.work);
    const total = await meetingsIn(db.selectFrom('eventDepartmentMeetings'), scope).where(page.work).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await q.where(page.after).orderBy('meetingDate').orderBy('createdAt').orderBy('id').limit(page.limit).execute();
    return { rows: rows.map(toMeeting), count: Number(total.n) };
  },
  async speechWorkPage(db: Conn, scope: EventsScope, page: EventsWorkPage): Promise<{ rows: Speech[]; count: number }> {
    const q = speechesIn(db.selectFrom('eventSpeeches').selectAll(), scope).where(page.work);
    const total = await speechesIn(db.selectFrom('eventSpeeches'), scope).where(page.work).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await q.where(page.after).orderBy('eventDate').orderBy('createdAt').orderBy('id').limit(page.limit).execute();
    return { rows: rows.map(toSpeech), count: Number(total.n) };
  },
};
