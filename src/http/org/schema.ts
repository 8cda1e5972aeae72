import { nextCursorField } from '../paging.js';
import { z } from 'zod';
import { idNumberProblem, MOBILE_MESSAGE, MOBILE_PATTERN, normalizeIdNumber } from '../../crypto/personal-numbers.js';
import { postKinds, unitFunctions, unitKinds } from '../../domain/org/types.js';
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
  function: z.enum(unitFunctions).nullable(),
  functionLabel: z.string().nullable(),
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
  holders: z.array(
    z.object({ appointmentId: z.string(), personId: z.string(), name: z.string(), from: z.string(), to: z.string().nullable(), mobileMasked: z.string().nullable() }),
  ),
});

export const unitDetailView = unitView.extend({ posts: z.array(postView) });

export const createUnitBody = z.object({
  name,
  shortName: z.string().trim().max(50).nullable().optional(),
  kind: z.enum(unitKinds, { error: '单位类别无效' }),
  function: z.enum(unitFunctions, { error: '单位职能无效' }).nullable().optional(),
  parentId: z.string().min(1).max(100).nullable().optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});

export const updateUnitBody = z.object({
  version: z.number().int().positive('须提供读取时的版本号'),
  name: name.optional(),
  shortName: z.string().trim().max(50).nullable().optional(),
  function: z.enum(unitFunctions, { error: '单位职能无效' }).nullable().optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});

export const leaderView = z.object({
  personId: z.string(),
  name: z.string(),
  post: z.object({ id: z.string(), kind: z.enum(postKinds), title: z.string() }),
  portfolio: z.object({
    units: z.array(z.object({ id: z.string(), name: z.string() })),
    areas: z.array(z.string()),
    /** Art. 9 "一岗双责": the four kinds of work within this deputy's own fields (`leads`: those the portfolio names). */
    dualDuty: z.object({ fields: z.array(z.string()), duties: z.array(z.string()), leads: z.array(z.string()) }),
  }),
  cover: z.object({ personId: z.string(), name: z.string() }).nullable(),
  /** Masked (`138****5678`); the full number only through `GET /api/org/people/:id/contact`. */
  mobileMasked: z.string().nullable(),
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

/**
 * A person in the directory. Contact data is masked for everyone; the masked ID number is shown only to
 * those who maintain contact data (the system administrator), since no other role needs it (ASVS 8.2.3).
 */
export const personListItem = z.object({
  id: z.string(),
  name: z.string(),
  mobileMasked: z.string().nullable(),
  idNumberMasked: z.string().nullable().optional(),
  actions,
});

export const personListView = z.object({ items: z.array(personListItem), ...nextCursorField });

const mobile = z.string().trim().regex(MOBILE_PATTERN, MOBILE_MESSAGE);
const idNumber = z
  .string()
  .transform(normalizeIdNumber)
  .superRefine((value, issue) => {
    const problem = idNumberProblem(value);
    if (problem) issue.addIssue({ code: 'custom', message: problem });
  });

/** Either field may be left out (kept) or null (removed); at least one must be given. */
export const personContactBody = z
  .object({ mobile: mobile.nullable().optional(), idNumber: idNumber.nullable().optional() })
  .refine((b) => b.mobile !== undefined || b.idNumber !== undefined, { message: '须至少提供手机号码或居民身份证号码之一', path: ['mobile'] });

export const maskedContactView = z.object({ personId: z.string(), mobileMasked: z.string().nullable(), idNumberMasked: z.string().nullable() });

/** The full numbers: only in the response to the audited contact view, never in lists or logs. */
export const personContactView = z.object({ personId: z.string(), name: z.string(), mobile: z.string().nullable(), idNumber: z.string().nullable() });

export const appointmentView = z.object({ id: z.string(), personId: z.string(), postId: z.string(), validFrom: z.string(), validTo: z.string().nullable() });

export const coverPairView = z.object({ id: z.string(), firstPersonId: z.string(), secondPersonId: z.string(), validFrom: z.string(), validTo: z.string().nullable() });

/** How many records of each kind an import added or updated. */
export const importCountsView = z.object({
  units: z.number(),
  posts: z.number(),
  people: z.number(),
  appointments: z.number(),
  portfolioItems: z.number(),
  coverPairs: z.number(),
});
