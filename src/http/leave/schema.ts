import { z } from 'zod';
import { leaveKinds } from '../../domain/leave/types.js';
import { leaderItemKinds } from '../../operations/leave/leader-items.js';
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
  /** The 24-hour contact: in full for the office, leaders and the reporter; masked otherwise. */
  contact: z.string(),
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

export const listQuery = z.object({ from: localDate.optional(), to: localDate.optional(), personId: z.string().max(100).optional(), status: z.enum(['reported', 'returned', 'cancelled']).optional() });

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
