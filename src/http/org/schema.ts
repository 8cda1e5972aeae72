import { z } from 'zod';
import { postKinds, unitKinds } from '../../domain/org/types.js';
import { actions, localDate } from '../schemas.js';

export const asOfQuery = z.object({ asOf: localDate.optional() });
export const unitDetailQuery = asOfQuery.extend({ history: z.enum(['0', '1']).optional() });

const name = z.string().trim().min(1, '名称不能为空').max(100, '名称不能超过100字');

export const unitView = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(unitKinds),
  kindLabel: z.string(),
  parentId: z.string().nullable(),
  sortOrder: z.number(),
  version: z.number(),
  actions,
});

export const unitListView = z.object({ items: z.array(unitView), actions });

export const postView = z.object({
  id: z.string(),
  unitId: z.string(),
  kind: z.enum(postKinds),
  kindLabel: z.string(),
  title: z.string(),
  holders: z.array(z.object({ appointmentId: z.string(), personId: z.string(), name: z.string(), from: z.string(), to: z.string().nullable() })),
});

export const unitDetailView = unitView.extend({ posts: z.array(postView) });

export const createUnitBody = z.object({
  name,
  shortName: z.string().trim().max(50).nullable().optional(),
  kind: z.enum(unitKinds, { error: '单位类别无效' }),
  parentId: z.string().min(1).max(100).nullable().optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});

export const updateUnitBody = z.object({
  version: z.number().int().positive('须提供读取时的版本号'),
  name: name.optional(),
  shortName: z.string().trim().max(50).nullable().optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});

export const leaderView = z.object({
  personId: z.string(),
  name: z.string(),
  post: z.object({ id: z.string(), kind: z.enum(postKinds), title: z.string() }),
  portfolio: z.object({ units: z.array(z.object({ id: z.string(), name: z.string() })), areas: z.array(z.string()), dualDuty: z.array(z.string()) }),
  cover: z.object({ personId: z.string(), name: z.string() }).nullable(),
  actions,
});

export const appointBody = z
  .object({
    postId: z.string().min(1).max(100),
    personId: z.string().min(1).max(100).optional(),
    personName: name.optional(),
    validFrom: localDate,
    validTo: localDate.nullable().optional(),
  })
  .refine((b) => Boolean(b.personId) !== Boolean(b.personName), { message: '须且只能指定已有人员或新人员姓名之一', path: ['personId'] });

export const endBody = z.object({ validTo: localDate });

export const portfolioBody = z.object({
  validFrom: localDate,
  unitIds: z.array(z.string().min(1).max(100)).max(100),
  areas: z.array(z.string().trim().min(1).max(50)).max(50),
});

export const coverPairBody = z.object({
  firstPersonId: z.string().min(1).max(100),
  secondPersonId: z.string().min(1).max(100),
  validFrom: localDate,
  validTo: localDate.nullable().optional(),
});

export const personIdParams = z.object({ personId: z.string().min(1).max(100) });
