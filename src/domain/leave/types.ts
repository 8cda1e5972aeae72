import type { LocalDate } from '../../rules/types.js';

/** What takes a leader away (art. 82: 出差（出访）、学习、离岗休假、探亲、就医; art. 62–63 add 考察、招商). */
export const leaveKinds = ['business_trip', 'visit_abroad', 'study', 'inspection', 'investment_promotion', 'vacation', 'family_visit', 'medical'] as const;
export type LeaveKind = (typeof leaveKinds)[number];

export const leaveKindLabels: Record<LeaveKind, string> = {
  business_trip: '出差',
  visit_abroad: '出访',
  study: '学习',
  inspection: '考察',
  investment_promotion: '招商',
  vacation: '离岗休假',
  family_visit: '探亲',
  medical: '就医',
};

/** Documents an absence of more than the rulebook's number of days must carry (art. 82: 通知、方案及日程安排). */
export const leaveAttachmentKinds = ['notice', 'plan', 'schedule'] as const;
export type LeaveAttachmentKind = (typeof leaveAttachmentKinds)[number];
export const leaveAttachmentLabels: Record<LeaveAttachmentKind, string> = { notice: '有关通知', plan: '方案', schedule: '日程安排' };

export type LeaveStatus = 'reported' | 'returned' | 'cancelled';

export type LeaveReport = {
  id: string;
  personId: string;
  unitId: string | null;
  kind: LeaveKind;
  startDate: LocalDate;
  endDate: LocalDate;
  place: string;
  reason: string;
  /** Who runs the unit meanwhile (代为主持工作的负责人). */
  actingPersonId: string | null;
  actingPersonName: string;
  isEmergency: boolean;
  emergencyReason: string | null;
  reportedOn: LocalDate;
  status: LeaveStatus;
  returnedOn: LocalDate | null;
  version: number;
};

/** The 区长's own arrangement of another cover for a period (art. 63: 特殊情况时，由区长安排其他领导同志进行工作补位). */
export type CoverAssignment = { id: string; absentPersonId: string; coverPersonId: string; validFrom: LocalDate; validTo: LocalDate; assignedByPersonId: string };

/** Number of calendar days of an absence, both ends included. */
export function absenceDays(startDate: LocalDate, endDate: LocalDate): number {
  return Math.round((Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Calendar days from one date to a later one (negative when earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whether an absence (not cancelled, not yet returned before the day) covers a day. */
export function isAwayOn(report: Pick<LeaveReport, 'startDate' | 'endDate' | 'status' | 'returnedOn'>, day: LocalDate): boolean {
  if (report.status === 'cancelled') return false;
  if (report.startDate > day || report.endDate < day) return false;
  return report.returnedOn === null || day < report.returnedOn;
}

/** Whether two absences share a day. */
export function absencesOverlap(a: Pick<LeaveReport, 'startDate' | 'endDate'>, b: Pick<LeaveReport, 'startDate' | 'endDate'>): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/** What an item waiting for a leader is about (the office logs them; arranged invitations become one). */
export const leaderItemKinds = ['meeting', 'reception', 'emergency', 'urgent_document', 'invitation', 'other'] as const;
export type LeaderItemKind = (typeof leaderItemKinds)[number];
export const leaderItemKindLabels: Record<LeaderItemKind, string> = {
  meeting: '出席会议',
  reception: '公务接待',
  emergency: '突发事件',
  urgent_document: '紧急公文签署',
  invitation: '活动邀请',
  other: '其他事项',
};

export type LeaderItemStatus = 'open' | 'handled';

/** Something a leader must attend to; while they are away an urgent one reaches whoever stands in (art. 62, 7). */
export type LeaderItem = {
  id: string;
  kind: LeaderItemKind;
  title: string;
  detail: string;
  addresseePersonId: string;
  unitId: string | null;
  isUrgent: boolean;
  dueOn: LocalDate | null;
  sourceType: string | null;
  sourceId: string | null;
  status: LeaderItemStatus;
  handledByUserId: string | null;
  handledActingForPersonId: string | null;
  handledAt: string | null;
  handlingNote: string | null;
  createdByUserId: string | null;
  version: number;
  createdAt: string;
};
