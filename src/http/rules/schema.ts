import { z } from 'zod';
import { CARRIER_KINDS } from '../../rules/code-carriers.js';
import { AREAS, CARRYING_KINDS, PARAMETER_UNITS } from '../../rules/index.js';
import { countLimitSchema, countRangeSchema, documentStepLimitsSchema, fractionSchema, matterListSchema, urgentStepHoursSchema } from '../../rules/parameters.js';

const carryingKind = z.enum(CARRYING_KINDS);

/** The rulebook's lists are readonly in src/rules; so are they here. */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
const area = z.enum(AREAS);

/** When something is in force: both days included; no `to` means until superseded. */
const effective = z.object({ from: z.string(), to: z.string().optional() });

/** A chapter; `title` is null where the source has no heading for it (a recorded quirk). */
const chapter = z.object({ number: z.number(), title: z.string().nullable() });

/**
 * A parameter's value, one of the shapes `parameterSpecs` allows: a count, a fraction `{numerator, denominator,
 * strict}`, a range `{min, max}`, a limit `{max}`, or one count per step. A range comes before a limit: the first
 * shape that fits is the one sent.
 */
const parameterValue = z.union([z.number(), fractionSchema, countRangeSchema, countLimitSchema, documentStepLimitsSchema, urgentStepHoursSchema, matterListSchema]);

export const articleParameterView = z.object({
  key: z.string(),
  value: parameterValue,
  unit: z.enum(PARAMETER_UNITS),
  summary: z.string(),
  effective,
  /** Where a number the article does not set comes from, and whether that source is confirmed as the one in force. */
  basis: z.object({ source: z.string(), isConfirmed: z.boolean() }).optional(),
});

export const coverageTotalsView = z.object({
  articles: z.number(),
  byKind: z.record(carryingKind, z.number()),
  carried: z.number(),
  partly: z.number(),
  tested: z.number(),
  advisory: z.number(),
  uncarried: z.number(),
});

export const rulebookView = z.object({
  id: z.string(),
  title: z.string(),
  issuer: z.string(),
  issued: z.string(),
  adopted: z.object({ date: z.string(), meeting: z.string() }).nullable(),
  effective,
  repeals: list(z.string()),
  chapters: list(chapter),
  quirks: list(z.object({ code: z.string(), message: z.string() })),
  kinds: list(carryingKind),
  totals: coverageTotalsView,
});

/** One article as `articleView` in src/rules/present.ts presents it. */
export const articleViewSchema = z.object({
  rulebook: z.object({ id: z.string(), title: z.string() }),
  number: z.number(),
  numeral: z.string(),
  label: z.string(),
  citation: z.string(),
  chapter: z.object({ number: z.number(), title: z.string().nullable(), label: z.string() }).nullable(),
  text: z.string(),
  paragraphs: list(z.string()),
  hash: z.string(),
  kind: carryingKind.nullable(),
  kinds: list(carryingKind),
  gist: z.string().nullable(),
  areas: list(area),
  /** The places in code that carry the article: rule id, what it does there (flag: only marks, never refuses), file:line. */
  carriers: list(z.object({ id: z.string(), kind: z.enum(CARRIER_KINDS), area: area.nullable(), summary: z.string().nullable(), file: z.string(), line: z.number() })),
  parameters: list(articleParameterView),
});

export const articleListView = z.object({ items: z.array(articleViewSchema.extend({ testCount: z.number() })), total: z.number() });

export const articleDetailView = articleViewSchema.extend({ tests: list(z.object({ title: z.string(), file: z.string() })) });

export const parameterInForceView = articleParameterView.extend({
  cites: z.object({ article: z.number(), clause: z.string().optional() }),
  rulebook: z.object({ id: z.string(), title: z.string(), jurisdiction: z.string() }),
  citation: z.string(),
});

export const parameterListView = z.object({ asOf: z.string(), items: z.array(parameterInForceView) });
