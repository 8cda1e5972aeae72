import { z } from 'zod';
import { resultKinds, taskCategories, taskSources, taskStatuses } from '../../domain/supervision/types.js';
import { spotCheckPopulations } from '../../operations/supervision/spot-checks.js';
import { nextCursorField, pageQuery } from '../paging.js';
import { localDate } from '../schemas.js';
import { ledgerCountsView, ledgerQuery } from './task-schema.js';

/** The bodies and views of what the ledger yields (督查督办 art. 57, 75, 79): spot checks, results, reports, exports, the dashboard. */

const id = z.string().min(1).max(100);
const version = z.number().int().positive();
const text = (what: string, max: number) => z.string().trim().min(1, `请填写${what}`).max(max, `${what}不超过${max}字`);

/** The ledger's filter as query parameters, without paging: exports, reports and the dashboard read it. */
export const ledgerFilterQuery = ledgerQuery.omit({ pageSize: true, cursor: true });

/** The ledger's filter in a JSON body (a spot check's criteria). */
export const ledgerFilterBody = z
  .object({
    sourceType: z.enum(taskSources).optional(),
    category: z.enum(taskCategories).optional(),
    leadUnitId: id.optional(),
    leaderPersonId: id.optional(),
    status: z.enum(taskStatuses).optional(),
    isOverdue: z.boolean().optional(),
    focusArea: z.string().max(200).optional(),
    dueFrom: localDate.optional(),
    dueTo: localDate.optional(),
    createdFrom: localDate.optional(),
    createdTo: localDate.optional(),
    q: z.string().trim().max(100).optional(),
    isTopLevel: z.boolean().optional(),
  })
  .strict();

export const periodicQuery = ledgerFilterQuery.extend({ from: localDate, to: localDate });

export const drawSpotCheckBody = z.object({
  title: text('抽查名称', 200),
  population: z.enum(spotCheckPopulations).default('open'),
  filter: ledgerFilterBody.default({}),
  percent: z.number().int().min(1, '抽查比例应为1至100的整数（百分比）').max(100, '抽查比例应为1至100的整数（百分比）').nullable().optional(),
  seed: z.string().trim().max(200).nullable().optional(),
});

export const drawnView = z.object({ id: z.string(), seed: z.string(), percent: z.number(), populationSize: z.number(), sample: z.array(z.string()) });

const findingView = z.object({ text: z.string(), isProblem: z.boolean(), recordedAt: z.string(), rectificationTaskId: z.string().nullable(), rectificationNumber: z.string().nullable() });

export const spotCheckSummaryView = z.object({
  id: z.string(),
  title: z.string(),
  seed: z.string(),
  percent: z.number(),
  population: z.enum(spotCheckPopulations),
  populationLabel: z.string(),
  populationSize: z.number(),
  sampleSize: z.number(),
  findingCount: z.number(),
  drawnAt: z.string(),
  version: z.number(),
});

export const spotCheckListView = z.object({ items: z.array(spotCheckSummaryView), ...nextCursorField });

export const spotCheckDetailView = spotCheckSummaryView.extend({
  filter: z.record(z.string(), z.unknown()),
  /** Re-drawn from the stored population and seed just now. */
  verify: z.object({ isReproduced: z.boolean(), explanation: z.string() }),
  sample: z.array(
    z.object({
      taskId: z.string(),
      number: z.string().nullable(),
      title: z.string(),
      leadUnitName: z.string(),
      status: z.string(),
      statusLabel: z.string(),
      finding: findingView.nullable(),
    }),
  ),
});

export const findingBody = z.object({
  version,
  taskId: id,
  text: text('检查情况', 5000),
  isProblem: z.boolean(),
  rectification: z.object({ dueOn: localDate, title: z.string().trim().max(300).nullable().optional(), leadUnitId: id.nullable().optional() }).nullable().optional(),
});

export const findingRecordedView = z.object({ version: z.number(), rectification: z.object({ id: z.string(), number: z.string() }).nullable() });

const idList = z.array(id).max(500);

export const resultBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('circular'),
    title: z.string().trim().max(200).nullable().optional(),
    text: z.string().trim().max(50_000).nullable().optional(),
    filter: ledgerFilterBody.optional(),
    taskIds: idList.nullable().optional(),
    unitIds: idList.nullable().optional(),
    heldOn: localDate.nullable().optional(),
  }),
  z.object({
    kind: z.literal('admonitory_talk'),
    unitId: id,
    personName: text('被约谈人', 100),
    leaderPersonId: id,
    heldOn: localDate,
    notes: text('约谈情况', 10_000),
    taskIds: idList.nullable().optional(),
    title: z.string().trim().max(200).nullable().optional(),
  }),
  z.object({
    kind: z.literal('referral'),
    referredTo: text('移交机关', 100),
    unitIds: z.array(id).min(1, '请选择被移交问责的单位').max(50),
    taskIds: idList.nullable().optional(),
    reason: text('移交理由', 10_000),
    heldOn: localDate,
    title: z.string().trim().max(200).nullable().optional(),
  }),
]);

export const recordedResultView = z.object({ id: z.string(), number: z.string().nullable() });

export const resultView = z.object({
  id: z.string(),
  kind: z.enum(resultKinds),
  kindLabel: z.string(),
  number: z.string().nullable(),
  title: z.string(),
  text: z.string(),
  tasks: z.array(z.object({ id: z.string(), number: z.string().nullable(), title: z.string() })),
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  personName: z.string().nullable(),
  /** 约谈: the leader who held it. */
  heldBy: z.string().nullable(),
  /** 移交问责: the body it is referred to. */
  referredTo: z.string().nullable(),
  heldOn: z.string(),
  createdAt: z.string(),
  docxHref: z.string().nullable(),
  xlsxHref: z.string().nullable(),
});

export const resultListQuery = pageQuery.extend({ kind: z.enum(resultKinds).optional(), taskId: id.optional(), unitId: id.optional(), heldFrom: localDate.optional(), heldTo: localDate.optional() });
export const resultListView = z.object({ items: z.array(resultView), ...nextCursorField });

export const circularDraftView = z.object({ title: z.string(), text: z.string(), taskIds: z.array(z.string()), unitIds: z.array(z.string()) });

export const importedView = z.object({ count: z.number(), numbers: z.array(z.string()) });

const unitCounts = ledgerCountsView.extend({ unitId: z.string(), unitName: z.string() });
export const dashboardView = z.object({
  totals: ledgerCountsView,
  byStatus: z.array(z.object({ status: z.enum(taskStatuses), label: z.string(), count: z.number() })),
  byUnit: z.array(unitCounts),
  bySource: z.array(ledgerCountsView.extend({ sourceType: z.string(), label: z.string() })),
  byMonth: z.array(ledgerCountsView.extend({ month: z.string() })),
});
