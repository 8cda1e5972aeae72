import { nextCursorField, pageQuery } from '../paging.js';
import { z } from 'zod';
import { leaderItemKinds, leaveKinds } from '../../domain/leave/types.js';
import { actions, localDate } from '../schemas.js';

const text = (what: string, max: number) => z.string().trim().min(1, `请填写${what}`).max(max, `${what}不超过${max}字`);

export const reportLeaveBody = z.object({
  personId: z.string().min(1).max(100).optional(),
  kind: z.enum(leaveKinds, { error: '外出事由类别无效' }),
  startDate: localDate,
  endDate: localDate,
  place: text('地点', 100),
  reason: text('事由', 500),
  actingPersonName: z.string().trim().max(50),
  actingPersonId: z.string().min(1).max(100).nullable().optional(),
  contact: z.string().trim().max(30),
  isEmergency: z.boolean().default(false),
  emergencyReason: z.string().trim().max(500).nullable().optional(),
  attachmentIds: z.array(z.string().min(1).max(100)).max(20).default([]),
});

export const versionBody = z.object({ version: z.number().int().positive() });
export const returnBody = versionBody.extend({ returnedOn: localDate.optional() });

export const leaveReportView = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  kind: z.enum(leaveKinds),
  kindLabel: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  days: z.number(),
  place: z.string(),
  reason: z.string(),
  actingPersonName: z.string(),
  /** The 24-hour contact, masked (`139****5678`); the whole number only from `GET /api/leave/reports/{id}/contact`. */
  contactMasked: z.string(),
  isEmergency: z.boolean(),
  emergencyReason: z.string().nullable(),
  reportedOn: z.string(),
  recipients: z.array(z.object({ personId: z.string(), name: z.string(), post: z.string() })),
  flags: z.array(z.object({ ruleId: z.string(), article: z.number(), message: z.string() })),
  status: z.enum(['reported', 'returned', 'cancelled']),
  returnedOn: z.string().nullable(),
  attachments: z.array(z.object({ id: z.string(), kind: z.string(), fileName: z.string(), size: z.number(), sm3: z.string() })),
  version: z.number(),
  actions,
});

export const listQuery = pageQuery.extend({ from: localDate.optional(), to: localDate.optional(), personId: z.string().max(100).optional(), status: z.enum(['reported', 'returned', 'cancelled']).optional() });

export const assignCoverBody = z.object({
  absentPersonId: z.string().min(1).max(100),
  coverPersonId: z.string().min(1).max(100),
  validFrom: localDate,
  validTo: localDate,
  reason: text('理由', 200),
});

export const leaderItemBody = z.object({
  kind: z.enum(leaderItemKinds, { error: '事项类别无效' }),
  title: text('标题', 200),
  detail: z.string().trim().max(2000).default(''),
  addresseePersonId: z.string().min(1).max(100),
  unitId: z.string().min(1).max(100).nullable().optional(),
  isUrgent: z.boolean().default(false),
  dueOn: localDate.nullable().optional(),
});

export const handleItemBody = versionBody.extend({ note: text('办理情况', 1000) });

const flagView = z.object({ ruleId: z.string(), article: z.number(), message: z.string() });
const coverView = z.object({ personId: z.string(), name: z.string(), basis: z.enum(['assignment', 'pair', 'acting_head']) });
const presidingView = z.object({ personId: z.string(), name: z.string(), isActing: z.boolean() });

/** The whole 24-hour contact, from the audited read only. */
export const leaveContactView = z.object({ reportId: z.string(), personId: z.string(), personName: z.string(), contact: z.string() });

export const reportListView = z.object({ items: z.array(leaveReportView), ...nextCursorField, actions });
export const reportCreatedView = z.object({ id: z.string(), flags: z.array(flagView) });
export const createdView = z.object({ id: z.string() });

export const whereaboutsView = z.object({
  date: z.string(),
  presiding: presidingView.nullable(),
  leaders: z.array(z.object({ personId: z.string(), name: z.string(), post: z.string(), isAway: z.boolean(), cover: coverView.nullable() })),
  away: z.array(leaveReportView.extend({ cover: coverView.nullable() })),
});

export const coverCalendarView = z.object({
  from: z.string(),
  to: z.string(),
  days: z.array(z.object({ date: z.string(), away: z.array(z.object({ personId: z.string(), name: z.string(), cover: coverView.nullable() })), presiding: presidingView.nullable() })),
  /** `assign_cover` for the 区长, who alone arranges other covers (art. 63). */
  actions,
});

export const leaderItemView = z.object({
  id: z.string(),
  kind: z.enum(leaderItemKinds),
  kindLabel: z.string(),
  title: z.string(),
  detail: z.string(),
  addresseePersonId: z.string(),
  addresseeName: z.string(),
  unitId: z.string().nullable(),
  isUrgent: z.boolean(),
  dueOn: z.string().nullable(),
  sourceType: z.string().nullable(),
  sourceId: z.string().nullable(),
  status: z.enum(['open', 'handled']),
  statusLabel: z.string(),
  handledByUserId: z.string().nullable(),
  handledByName: z.string().nullable(),
  handledActingForPersonId: z.string().nullable(),
  handledActingForName: z.string().nullable(),
  handledAt: z.string().nullable(),
  handlingNote: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  /** Whoever handles the addressee's urgent items while they are away today. */
  cover: coverView.nullable(),
  /** Set when the caller would act for the absent addressee (art. 62, 7). */
  actingFor: z.object({ personId: z.string(), name: z.string() }).nullable(),
  actions,
});

export const leaderItemListView = z.object({ items: z.array(leaderItemView), ...nextCursorField, actions });
export const leaderItemListQuery = pageQuery.extend({ status: z.enum(['open', 'handled']).optional() });
