import { z } from 'zod';
import { challengeKinds, challengeOutcomes, publicationCategories } from '../../domain/disclosure/types.js';
import { requestColumns } from '../../operations/disclosure/annual-report.js';

/** The annual report on government information disclosure (条例 第五十条) in the national template's tables. */

export const yearParams = z.object({ year: z.coerce.number().int().min(2008).max(2100) });

const cellValues = z.record(z.string(), z.number().nullable()).describe('null：平台没有该项数据，另行填报');
const templateCell = z.object({ item: z.string(), values: cellValues, note: z.string().nullable() });
const counts = z.object(Object.fromEntries(requestColumns.map((c) => [c, z.number()])) as Record<(typeof requestColumns)[number], z.ZodNumber>);
const outcomeCounts = z.object(Object.fromEntries([...challengeOutcomes, 'total'].map((o) => [o, z.number()])) as Record<(typeof challengeOutcomes)[number] | 'total', z.ZodNumber>);

export const annualReportView = z.object({
  year: z.number(),
  government: z.string(),
  title: z.string(),
  asOf: z.string(),
  proactive: z.object({
    documents: z.array(templateCell).describe('第二十条第（一）项：issued 本年制发件数，repealed 本年废止件数，inForce 现行有效件数'),
    decisions: z.array(templateCell).describe('第二十条第（五）（六）（八）项：value 本年处理决定数量（收费为金额，万元）'),
    byCategory: z.array(z.object({ category: z.enum(publicationCategories), label: z.string(), published: z.number() })),
    publishedTotal: z.number(),
  }),
  requests: z.object({
    columns: z.array(z.object({ key: z.enum(requestColumns), label: z.string() })),
    rows: z.array(z.object({ key: z.string(), label: z.string(), level: z.number(), counts: counts.nullable() })).describe('一 本年新收；二 上年结转；三 办理结果（按模板分组）；（七）总计；四 结转下年度'),
  }),
  challenges: z.object({
    kinds: z.array(z.object({ kind: z.enum(challengeKinds), label: z.string() })),
    outcomes: z.array(z.object({ outcome: z.enum([...challengeOutcomes, 'total']), label: z.string() })),
    counts: z.object(Object.fromEntries(challengeKinds.map((k) => [k, outcomeCounts])) as Record<(typeof challengeKinds)[number], typeof outcomeCounts>),
  }),
  notes: z.array(z.string()),
});

export const preparedReportView = z.object({ id: z.string(), status: z.string(), version: z.number() });
