import { nextCursorField, pageQuery } from '../paging.js';
import { z } from 'zod';
import { approvingBodies, invitationAddressees, invitationKinds, invitationStatuses, inviteeKinds, meetingChairs, meetingFormats, meetingStatuses, speechBases, speechKinds, speechStatuses } from '../../domain/events/types.js';
import { actions, localDate } from '../schemas.js';

const text = (what: string, max: number) => z.string().trim().min(1, `请填写${what}`).max(max, `${what}不超过${max}字`);
const id = z.string().min(1).max(100);

export const versionBody = z.object({ version: z.number().int().positive() });

/** A decision the decider takes in their own session: who they are comes from the session, never the body. */
export const decisionBody = versionBody.extend({
  decision: z.enum(['approved', 'refused'], { error: '请选择批准或不批准' }),
  opinion: text('意见', 500),
});

/** An approval the 区委 gave outside the platform, recorded by the office from its document (attached). */
export const outsideApprovalBody = versionBody.extend({
  decision: z.enum(['approved', 'refused'], { error: '请选择批准或不批准' }),
  attachmentId: z.string().min(1, '请附上批准文件').max(100),
  documentNumber: z.string().trim().max(100).nullable().optional(),
  decidedOn: localDate,
  note: z.string().trim().max(500).nullable().optional(),
});

export const submitInvitationBody = z.object({
  title: text('活动名称', 200),
  kind: z.enum(invitationKinds, { error: '活动类别无效' }),
  activityDate: localDate,
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM')
    .nullable()
    .optional(),
  place: z.string().trim().max(200).default(''),
  detail: z.string().trim().max(2000).default(''),
  invitedPersonId: id,
  /** The person the 请柬 names as addressee (抬头); null or absent when it is addressed to the 区政府办公室 (art. 90). */
  addresseePersonId: id.nullable().optional(),
  addresseeName: z.string().trim().max(100).nullable().optional(),
  /** Deprecated: the unit's own statement; the addressee above is what the rules read. */
  addressedTo: z.enum(invitationAddressees, { error: '请选择报送对象' }).optional(),
  /** Art. 92: a visit of city departments or other counties on which the leader is asked to accompany throughout. */
  isFullAccompaniment: z.boolean().default(false),
});

export const arrangeBody = versionBody.extend({
  note: z.string().trim().max(500).default(''),
  /** The addressee the office reads on the 请柬 (art. 90): a person, or null for the office; absent keeps the unit's statement. */
  addresseePersonId: id.nullable().optional(),
  addresseeName: z.string().trim().max(100).nullable().optional(),
  /** Art. 92: the plan coordinated with the offices of the 区委, 区人大 and 区政协, for a visit of city leaders. */
  planAttachmentId: id.nullable().optional(),
});
export const declineBody = versionBody.extend({ reason: text('不予安排的理由', 500) });

export const invitationListQuery = pageQuery.extend({ status: z.enum(invitationStatuses).optional() });
export const meetingListQuery = pageQuery.extend({ status: z.enum(meetingStatuses).optional() });
export const speechListQuery = pageQuery.extend({ status: z.enum(speechStatuses).optional() });

export const requestMeetingBody = z.object({
  title: text('会议名称', 200),
  meetingDate: localDate,
  format: z.enum(meetingFormats).default('video'),
  chairedBy: z.enum(meetingChairs, { error: '请选择会议主持人' }),
  chairPersonId: id.nullable().optional(),
  inviteePostIds: z.array(id).max(100).default([]),
  detail: z.string().trim().max(2000).default(''),
});

export const inviteeOptionsQuery = z.object({ date: localDate.optional() });

export const requestSpeechBody = z.object({
  kind: z.enum(speechKinds, { error: '请选择讲话或文章' }),
  basis: z.enum(speechBases, { error: '请选择报批事由' }),
  title: text('题目', 200),
  speakerPersonId: id.nullable().optional(),
  occasion: text('场合或刊物', 200),
  eventDate: localDate,
  outline: z.string().trim().max(4000).default(''),
});

const approvalView = z
  .object({
    decision: z.enum(['approved', 'refused']),
    body: z.enum(approvingBodies),
    bodyLabel: z.string(),
    approverName: z.string(),
    approverPost: z.string(),
    decidedOn: z.string(),
    opinion: z.string(),
    recordedAt: z.string(),
    /** `in_session`: the decider acted here (for `actingForName` when standing in); `recorded_from_document`: the office recorded an outside approval from the attached document. */
    mode: z.enum(['in_session', 'recorded_from_document']),
    actingForName: z.string().nullable(),
    attachmentId: z.string().nullable(),
    /** Who entered it: the decider, or the office clerk who recorded the document. */
    recordedByName: z.string().nullable(),
  })
  .nullable();

const flagView = z.object({ ruleId: z.string(), article: z.number(), message: z.string() });

export const invitationView = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(invitationKinds),
  kindLabel: z.string(),
  /** Art. 91 (approval of the 区委 or 区政府) or art. 92 (the 区长's approval to accompany throughout) before the office arranges it. */
  needsApproval: z.boolean(),
  activityDate: z.string(),
  startTime: z.string().nullable(),
  place: z.string(),
  detail: z.string(),
  invitedPersonId: z.string(),
  invitedName: z.string(),
  invitingUnitId: z.string(),
  invitingUnitName: z.string(),
  addressedTo: z.enum(invitationAddressees),
  addresseePersonId: z.string().nullable(),
  addresseeName: z.string().nullable(),
  isFullAccompaniment: z.boolean(),
  planAttachmentId: z.string().nullable(),
  submittedOn: z.string(),
  status: z.enum(invitationStatuses),
  statusLabel: z.string(),
  approval: approvalView,
  arrangedOn: z.string().nullable(),
  arrangementNote: z.string().nullable(),
  leaderItemId: z.string().nullable(),
  declineReason: z.string().nullable(),
  flags: z.array(flagView),
  version: z.number(),
  createdAt: z.string(),
  actions,
});

const inviteeView = z.object({
  postId: z.string(),
  kind: z.enum(inviteeKinds),
  kindLabel: z.string(),
  postTitle: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  holderPersonId: z.string().nullable(),
  holderName: z.string().nullable(),
});

export const meetingView = z.object({
  id: z.string(),
  title: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  meetingDate: z.string(),
  format: z.enum(meetingFormats),
  formatLabel: z.string(),
  chairedBy: z.enum(meetingChairs),
  chairPersonId: z.string().nullable(),
  chairName: z.string(),
  invitees: z.array(inviteeView),
  headApproval: z.object({ approverName: z.string(), approvedOn: z.string(), opinion: z.string(), actingForName: z.string().nullable().optional(), grounds: z.array(z.string()).optional() }).nullable(),
  detail: z.string(),
  submittedOn: z.string(),
  status: z.enum(meetingStatuses),
  statusLabel: z.string(),
  approval: approvalView,
  flags: z.array(flagView),
  version: z.number(),
  createdAt: z.string(),
  actions,
});

export const speechView = z.object({
  id: z.string(),
  kind: z.enum(speechKinds),
  kindLabel: z.string(),
  basis: z.enum(speechBases),
  basisLabel: z.string(),
  title: z.string(),
  speakerPersonId: z.string(),
  speakerName: z.string(),
  occasion: z.string(),
  eventDate: z.string(),
  outline: z.string(),
  submittedOn: z.string(),
  status: z.enum(speechStatuses),
  statusLabel: z.string(),
  approval: approvalView,
  version: z.number(),
  createdAt: z.string(),
  actions,
});

export const inviteeOptionsView = z.object({ date: z.string(), items: z.array(inviteeView) });

export const invitationListView = z.object({ items: z.array(invitationView), ...nextCursorField, actions });
export const meetingListView = z.object({ items: z.array(meetingView), ...nextCursorField, actions });
export const speechListView = z.object({ items: z.array(speechView), ...nextCursorField, actions });
