import type { Calendar } from '../../calendar/index.js';
import { toChineseNumeral } from '../../rules/chinese-numerals.js';
import { meetsQuorum, quorumMinimum } from '../../rules/parameters.js';
import type { LocalDate } from '../../rules/types.js';

/** The four kinds of government meeting (art. 47). */
export const meetingKinds = ['plenary', 'executive', 'head_office', 'topical'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const meetingKindLabels: Record<MeetingKind, string> = {
  plenary: '区政府全体会议',
  executive: '区政府常务会议',
  head_office: '区长办公会议',
  topical: '区政府专题会议',
};

export const meetingStatuses = ['planned', 'held', 'minutes_drafted', 'minutes_approved', 'minutes_signed'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const meetingStatusLabels: Record<MeetingStatus, string> = {
  planned: '筹备中',
  held: '已召开',
  minutes_drafted: '纪要待签发',
  minutes_approved: '纪要已审定',
  minutes_signed: '纪要已签发',
};

/* The matters art. 27 reserves for the plenary or executive meeting are rulebook data ('meetings.majorMatters'), not code. */

export type MemberRole = 'member' | 'observer';
export type AttendanceStatus = 'present' | 'absent' | 'unknown';

/** One seat at a meeting on its date: who, in which capacity, and why they sit there. */
export type Seat = { personId: string; name: string; role: MemberRole; post: string };

export type LeaderOnDay = { personId: string; name: string; kind: string; title: string };

/**
 * Who sits at a meeting of a kind, from the organisation on the meeting's date (art. 48–51): plenary — the
 * head, deputies and the principal heads of the 工作部门, the office director among them (art. 5); executive and head's office — head, deputies, office
 * director, with the executive meeting's fixed observers (区纪委监委, office deputy directors, 区司法局, legal
 * adviser); topical — the convener and the units concerned (named per meeting).
 */
export function composition(
  kind: MeetingKind,
  org: { leaders: readonly LeaderOnDay[]; departmentPrincipals: readonly { personId: string; name: string; unitName: string }[]; fixedObservers: readonly { personId: string; name: string; post: string }[] },
): Seat[] {
  const leaders = org.leaders.filter((l) => ['head', 'executive_deputy', 'deputy'].includes(l.kind));
  const director = org.leaders.filter((l) => l.kind === 'office_director');
  const seat = (l: LeaderOnDay, role: MemberRole = 'member'): Seat => ({ personId: l.personId, name: l.name, role, post: l.title });
  switch (kind) {
    case 'plenary':
      // The 区政府办公室 is one of the government's 工作部门 (art. 5), so its 主任 sits with the other departments' principals (art. 48).
      return [...leaders.map((l) => seat(l)), ...director.map((l) => seat(l)), ...org.departmentPrincipals.map((p) => ({ personId: p.personId, name: p.name, role: 'member' as const, post: `${p.unitName}主要负责人` }))];
    case 'executive':
      return [...leaders.map((l) => seat(l)), ...director.map((l) => seat(l)), ...org.fixedObservers.map((o) => ({ ...o, role: 'observer' as const }))];
    case 'head_office':
      return [...leaders.map((l) => seat(l)), ...director.map((l) => seat(l))];
    case 'topical':
      return [];
  }
}

export type Quorum = { members: number; present: number; required: number; hasQuorum: boolean; explanation: string };

/** The quorum of art. 49 ("出席人数须超过应到人数的二分之一" in 2022), with the fraction and its strictness from the rulebook as of the meeting date; the explanation is composed from them. */
export function quorumOf(members: number, present: number, fraction: { numerator: number; denominator: number; strict: boolean }): Quorum {
  // One computation of the quorum for the whole platform (src/rules/parameters.ts), tested at its edge there and here.
  const required = quorumMinimum(fraction, members);
  const hasQuorum = meetsQuorum(fraction, present, members);
  const share = `${fraction.strict ? '超过' : '达到'}应到人数的${toChineseNumeral(fraction.denominator)}分之${toChineseNumeral(fraction.numerator)}`;
  return { members, present, required, hasQuorum, explanation: `应到${members}人，实到${present}人；出席人数须${share}，即至少${required}人——${hasQuorum ? '符合' : '不足'}法定人数` };
}

export type DecisionItemInput = { content: string; leadUnitId: string; coUnitIds: readonly string[]; dueOn: LocalDate };

/**
 * Art. 53 "会前5个工作日": the working days before the meeting on which a topic is in — those from the day of
 * submission up to the day before the meeting. A topic submitted on the N-th working day before the meeting is
 * in time whether the meeting sits on a working day, a weekend or a holiday; a 调休 working day counts.
 */
export function workingDaysBefore(calendar: Pick<Calendar, 'workingDaysBetween' | 'isWorkingDay'>, submittedOn: LocalDate, meetingDate: LocalDate): number {
  const between = calendar.workingDaysBetween(submittedOn, meetingDate); // (submittedOn, meetingDate]
  return between + (calendar.isWorkingDay(submittedOn) ? 1 : 0) - (calendar.isWorkingDay(meetingDate) ? 1 : 0);
}

