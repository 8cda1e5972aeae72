import { randomUUID } from 'node:crypto';
import { commitChange, type OperationContext } from '../../db/change.js';
import type { Db, Tx } from '../../db/database.js';
import { leaveRepository } from '../../db/leave-repository.js';
import { meetingsRepository } from '../../db/meetings-repository.js';
import { orgRepository } from '../../db/org-repository.js';
import { found, invalid } from '../../domain/errors.js';
import { seatingRules } from '../../domain/meetings/rules.js';
import { type MeetingKind, meetingKindLabels } from '../../domain/meetings/types.js';
import { refuseBy, runRules, violationOf } from '../../rules/index.js';
import type { LocalDate, Violation } from '../../rules/types.js';
import type { ChairEntrustment, TownPrincipalsApproval } from './cases.js';
import { seatsFor } from './composition.js';

export type PlanMeetingInput = {
  kind: MeetingKind;
  title: string;
  meetingDate: LocalDate;
  startTime?: string | null;
  place: string;
  convenerPersonId: string;
  chairPersonId: string;
  attendeeUnitIds: readonly string[];
};

/** The article that says who convenes and chairs each kind of meeting (art. 48 plenary, 49 executive, 50 head's office, 51 topical). */
export const chairArticle: Record<MeetingKind, number> = { plenary: 48, executive: 49, head_office: 50, topical: 51 };

/** The towns and subdistricts among a meeting's units, by name (their principals are what art. 58 speaks of). */
export async function townUnitsOf(db: Db | Tx, unitIds: readonly string[]): Promise<{ id: string; name: string }[]> {
  const units = await orgRepository.listUnits(db);
  return units.filter((u) => unitIds.includes(u.id) && (u.kind === 'town' || u.kind === 'subdistrict')).map((u) => ({ id: u.id, name: u.shortName ?? u.name }));
}

/**
 * The 区长's leave report covering the meeting day that names the executive deputy to preside (art. 82 "代为主持
 * 工作的负责人"): he cannot attend, and his report says who presides — the entrustment of art. 49 on record.
 */
async function headsLeaveNaming(db: Tx, headPersonId: string, deputyPersonId: string, day: LocalDate) {
  return (await leaveRepository.reportsBetween(db, day, day, [headPersonId])).find((r) => r.actingPersonId === deputyPersonId && (r.returnedOn === null || r.returnedOn > day));
}

/**
 * The office arranges a meeting. Who convenes and chairs is the rulebook's: the 区长 for plenary, executive
 * and head's office meetings (art. 8, 48–50); the executive meeting may be chaired by the executive deputy only
 * when the 区长 cannot attend and entrusts him (art. 49) — his leave report naming the deputy, or his own
 * entrustment, recorded before the meeting decides anything; the 区长 or a 副区长 for topical meetings, which
 * they may delegate to the office director or a deputy director (art. 51). A 副区长's meeting that names towns or
 * subdistricts seats their principals only once the 区长 has approved (art. 58). Seats come from the
 * organisation on the meeting date.
 */
export async function planMeeting(ctx: OperationContext, input: PlanMeetingInput): Promise<{ id: string; flags: Violation[] }> {
  return commitChange(ctx, async (trx, at) => {
    const leaders = await orgRepository.leaders(trx, input.meetingDate, ['head', 'executive_deputy', 'deputy', 'office_director', 'office_deputy_director']);
    const kindOf = (id: string) => leaders.find((l) => l.personId === id)?.post.kind;
    found(leaders.find((l) => l.personId === input.convenerPersonId), '召集人');
    const chair = found(leaders.find((l) => l.personId === input.chairPersonId), '主持人');
    const convenerKind = kindOf(input.convenerPersonId);
    const chairKind = kindOf(input.chairPersonId);
    const label = meetingKindLabels[input.kind];
    let delegatedBy: string | null = null;
    let chairEntrustment: ChairEntrustment | null = null;
    const flags: Violation[] = [];
    // Each refusal cites the article it enforces: the one on the kind of meeting (48–51), or art. 8 for the convener.
    const violation = (article: number, message: string) => refuseBy('meetings.convener-and-chair', message, { article });
    if (input.kind === 'topical') {
      if (convenerKind !== 'head' && convenerKind !== 'deputy' && convenerKind !== 'executive_deputy') violation(51, '区政府专题会议由区长、副区长召集和主持');
      if (input.chairPersonId !== input.convenerPersonId) {
        if (chairKind !== 'office_director' && chairKind !== 'office_deputy_director') violation(51, '区政府专题会议由召集的区长、副区长主持，或委托区政府办公室主任、副主任召集和主持');
        delegatedBy = input.convenerPersonId;
      }
      if (input.attendeeUnitIds.length === 0) invalid('专题会议须列明参加的有关部门、单位');
    } else {
      if (convenerKind !== 'head') violation(8, `区长召集和主持${label}`);
      if (input.chairPersonId !== input.convenerPersonId) {
        if (input.kind !== 'executive') violation(chairArticle[input.kind], `${label}由区长召集和主持`);
        if (chairKind !== 'executive_deputy') violation(49, '区长不能出席会议时，可委托负责区政府常务工作的副区长召集并主持');
        delegatedBy = input.convenerPersonId;
        const report = await headsLeaveNaming(trx, input.convenerPersonId, input.chairPersonId, input.meetingDate);
        chairEntrustment = report ? { status: 'entrusted', basis: 'leave_report', leaveReportId: report.id, headName: leaders.find((l) => l.personId === input.convenerPersonId)?.name ?? '' } : { status: 'pending' };
        if (!report) flags.push(violationOf('meetings.convener-and-chair', `区长不能出席会议时，可委托负责区政府常务工作的副区长召集并主持；${chair.name}主持本次会议，须经区长委托，委托前会议不能形成决定`, { article: 49, severity: 'flag' }));
      }
    }
    // Art. 51, 58: a 副区长's topical meeting (held by him or on his behalf) names towns or subdistricts.
    const towns = input.kind === 'topical' ? await townUnitsOf(trx, input.attendeeUnitIds) : [];
    const isDeputysMeeting = convenerKind === 'deputy' || convenerKind === 'executive_deputy';
    const townFlags = runRules(seatingRules, { isDeputysMeeting, townUnits: towns.map((u) => u.name), isHeadApproved: false, stage: 'planning' }, input.meetingDate).violations;
    flags.push(...townFlags);
    const townPrincipalsApproval: TownPrincipalsApproval | null = townFlags.length > 0 ? { status: 'pending', unitIds: towns.map((u) => u.id) } : null;
    const id = randomUUID();
    const now = at.toISOString();
    await meetingsRepository.insert(trx, {
      id,
      kind: input.kind,
      title: input.title,
      meetingDate: input.meetingDate,
      startTime: input.startTime ?? null,
      place: input.place,
      convenerPersonId: input.convenerPersonId,
      chairPersonId: input.chairPersonId,
      delegatedByPersonId: delegatedBy,
      attendeeUnitIds: JSON.stringify(input.attendeeUnitIds),
      status: 'planned',
      agendaProposedAt: null,
      agendaReviewedByPersonId: null,
      agendaReviewedAt: null,
      agendaDecidedByPersonId: null,
      agendaDecidedAt: null,
      minutesNumber: null,
      minutesText: null,
      minutesApprovedByPersonId: null,
      minutesSignedByPersonId: null,
      minutesSignedAt: null,
      townPrincipalsApproval: townPrincipalsApproval ? JSON.stringify(townPrincipalsApproval) : null,
      chairEntrustment: chairEntrustment ? JSON.stringify(chairEntrustment) : null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    const seats = await seatsFor(trx, input.kind, input.meetingDate, input.attendeeUnitIds, { personId: chair.personId, name: chair.name }, townPrincipalsApproval?.unitIds ?? []);
    await meetingsRepository.insertAttendance(
      trx,
      seats.map((s) => ({ meetingId: id, personId: s.personId, role: s.role, status: s.leaveReportId ? 'absent' : 'unknown', absenceReason: s.leaveReportId ? '请假外出' : null, absenceApprovedByPersonId: null, leaveReportId: s.leaveReportId, updatedAt: now })),
    );
    return {
      result: { id, flags },
      audit: [{ act: 'meetings.plan', objectType: 'meeting', objectId: id, result: 'success', article: 47, summary: { kind: input.kind, title: input.title, meetingDate: input.meetingDate, delegatedBy, flags: flags.map((f) => f.ruleId) } }],
    };
  });
}
