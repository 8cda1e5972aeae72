import { nextCursorField } from '../paging.js';
import { z } from 'zod';
import type { CaseDefinition } from '../../domain/case.js';
import { absenceCase, absenceStatuses, meetingCase, topicCase, topicStatuses } from '../../domain/meetings/case.js';
import { taskStatuses } from '../../domain/supervision/types.js';
import { meetingKinds, meetingStatuses } from '../../domain/meetings/types.js';

/** The 2xx bodies of the meetings routes. Field names follow the stored rows; `actions` come from the declarations. */

/** The actions a kind declares, as an enum, so the web's generated types name them. */
function actionsOf<A extends string>(def: CaseDefinition<string, never, A>) {
  return z.array(z.enum(Object.keys(def.actions) as [A, ...A[]]));
}

const violation = z.object({ ruleId: z.string(), article: z.number(), message: z.string() });

/** A decision item's clock on the deadlines table (art. 57). */
export const clockView = z.object({ due: z.string(), provisional: z.boolean(), explanation: z.string(), isOverdue: z.boolean() });

export const quorumView = z.object({ members: z.number(), present: z.number(), required: z.number(), hasQuorum: z.boolean(), explanation: z.string() });

export const countersignatureView = z.object({ topicId: z.string(), unitId: z.string(), signerPersonId: z.string().nullable(), signerName: z.string(), isAgreed: z.boolean(), grounds: z.string().nullable(), signedAt: z.string() });

export const topicView = z.object({
  id: z.string(),
  meetingId: z.string().nullable(),
  meetingKind: z.enum(meetingKinds),
  submittingUnitId: z.string(),
  unitName: z.string(),
  title: z.string(),
  summary: z.string(),
  isMajor: z.boolean(),
  /** One of art. 27's categories in the rulebook (see the meeting's `majorCategories`). */
  majorCategory: z.string().nullable(),
  /** The office's recorded correction of whether the topic is major (art. 8, 27). */
  majorClassification: z.object({ isMajor: z.boolean(), category: z.string().nullable(), by: z.string(), at: z.string(), reason: z.string() }).nullable(),
  relatedUnitIds: z.array(z.string()),
  coordinationNote: z.string().nullable(),
  status: z.enum(topicStatuses),
  statusLabel: z.string(),
  submittedOn: z.string(),
  leadTimeException: z.object({ reason: z.string().optional(), approvedBy: z.string().optional(), actingFor: z.string().optional(), approvedAt: z.string().optional(), opinion: z.string().optional() }).nullable(),
  reviewedByPersonId: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  /** The 区长's own 审定 (art. 53). */
  headReviewedBy: z.string().nullable(),
  headReviewedAt: z.string().nullable(),
  flags: z.array(violation),
  sortOrder: z.number(),
  version: z.number(),
  createdAt: z.string(),
  countersignatures: z.array(countersignatureView),
  actions: actionsOf(topicCase),
});

export const seatView = z.object({
  meetingId: z.string(),
  personId: z.string(),
  name: z.string(),
  post: z.string(),
  role: z.enum(['member', 'observer']),
  status: z.enum(['present', 'absent', 'unknown']),
  absenceReason: z.string().nullable(),
  absenceApprovedByPersonId: z.string().nullable(),
  leaveReportId: z.string().nullable(),
  /** Absence needs the 区长's consent to an absence request (art. 55): a government leader not on reported leave. */
  absenceNeedsHead: z.boolean(),
  updatedAt: z.string(),
});

export const absenceRequestView = z.object({
  id: z.string(),
  meetingId: z.string(),
  personId: z.string(),
  name: z.string(),
  reason: z.string(),
  status: z.enum(absenceStatuses),
  statusLabel: z.string(),
  decidedByPersonId: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  opinion: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  actions: actionsOf(absenceCase),
});

export const decisionView = z.object({
  id: z.string(),
  meetingId: z.string(),
  topicId: z.string().nullable(),
  content: z.string(),
  leadUnitId: z.string(),
  leadUnitName: z.string(),
  coUnitIds: z.array(z.string()),
  dueOn: z.string(),
  clock: clockView.nullable(),
  taskId: z.string().nullable(),
  /** The supervision task the item became when the minutes were signed (art. 57): its number and status. */
  task: z.object({ id: z.string(), number: z.string().nullable(), status: z.enum(taskStatuses), statusLabel: z.string() }).nullable(),
  sortOrder: z.number(),
  createdAt: z.string(),
});

export const meetingView = z.object({
  id: z.string(),
  kind: z.enum(meetingKinds),
  kindLabel: z.string(),
  title: z.string(),
  meetingDate: z.string(),
  startTime: z.string().nullable(),
  place: z.string(),
  convenerPersonId: z.string(),
  convener: z.string(),
  chairPersonId: z.string(),
  chair: z.string(),
  delegatedByPersonId: z.string().nullable(),
  delegatedBy: z.string().nullable(),
  attendeeUnitIds: z.array(z.string()),
  status: z.enum(meetingStatuses),
  statusLabel: z.string(),
  agendaStage: z.enum(['none', 'proposed', 'reviewed', 'decided']),
  agendaProposedAt: z.string().nullable(),
  agendaReviewedByPersonId: z.string().nullable(),
  agendaReviewedAt: z.string().nullable(),
  agendaDecidedByPersonId: z.string().nullable(),
  agendaDecidedAt: z.string().nullable(),
  minutesNumber: z.string().nullable(),
  minutesText: z.string().nullable(),
  minutesApprovedByPersonId: z.string().nullable(),
  minutesSignedByPersonId: z.string().nullable(),
  minutesSignedAt: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  attendance: z.array(seatView),
  quorum: quorumView,
  topics: z.array(topicView),
  decisions: z.array(decisionView),
  absenceRequests: z.array(absenceRequestView),
  /** Art. 51, 58: the 区长's decision on town and subdistrict principals at a 副区长's meeting. */
  townPrincipalsApproval: z
    .object({ status: z.enum(['pending', 'approved', 'refused']), unitIds: z.array(z.string()), approverName: z.string().optional(), actingForName: z.string().nullable().optional(), decidedAt: z.string().optional(), opinion: z.string().nullable().optional() })
    .nullable(),
  /** Art. 49: the 区长's entrustment of the chair to the executive deputy — his act, or his leave report naming the deputy. */
  chairEntrustment: z
    .object({ status: z.enum(['pending', 'entrusted']), basis: z.enum(['entrustment', 'leave_report']).optional(), headName: z.string().optional(), leaveReportId: z.string().optional(), entrustedAt: z.string().optional(), opinion: z.string().nullable().optional() })
    .nullable(),
  /** Art. 27's categories of major matters in the rulebook on the meeting date. */
  majorCategories: z.array(z.string()),
  actions: actionsOf(meetingCase),
});

export const meetingListView = z.object({
  ...nextCursorField,
  items: z.array(z.object({ id: z.string(), kind: z.enum(meetingKinds), kindLabel: z.string(), title: z.string(), meetingDate: z.string(), place: z.string(), chair: z.string(), status: z.enum(meetingStatuses), statusLabel: z.string() })),
  rhythm: z.object({ warnings: z.array(violation), executiveThisMonth: z.number(), plenaryThisYear: z.number() }),
  actions: z.array(z.enum(['plan'])),
});

export const createdView = z.object({ id: z.string() });
export const plannedView = z.object({ id: z.string(), flags: z.array(violation) });
export const submittedTopicView = z.object({ id: z.string(), status: z.enum(topicStatuses), flags: z.array(violation) });
export const statusView = z.object({ status: z.string() });
export const versionView = z.object({ version: z.number() });
export const draftedView = z.object({ minutesNumber: z.string(), version: z.number() });
export const signedView = z.object({ taskIds: z.array(z.string()), version: z.number() });
