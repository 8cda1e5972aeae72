import { z } from 'zod';
import { invalid } from '../domain/errors.js';
import { articleLabel, toChineseNumeral } from './chinese-numerals.js';
import { isLocalDate } from './effective.js';
import { hashArticleText, splitParagraphs } from './parse-rulebook-text.js';
import { PARAMETER_KEYS, PARAMETER_UNITS, parameterSpecs, type AnyParameter, type ParameterKey } from './parameters.js';
import { AREAS, type Area, type Article, type CarryingKind, type Chapter, type Citation, type Effective, type LocalDate, type RulebookQuirk } from './types.js';

export const CARRYING_KINDS = ['guard', 'clock', 'route', 'record', 'quota', 'advisory'] as const satisfies readonly CarryingKind[];

/** How the platform carries one article (rules-map.md): its kinds, the first being primary, and where. */
export type ArticleCarrying = {
  article: number;
  /** The primary kind: `kinds[0]`. */
  kind: CarryingKind;
  kinds: readonly [CarryingKind, ...CarryingKind[]];
  /** English, short. */
  gist: string;
  areas: readonly Area[];
  /** The "where" column of rules-map.md, as written. */
  where: string;
};

export type Jurisdiction = { id: string; name: string };

/**
 * A rulebook loaded and checked: one version of one jurisdiction's work rules. Plain data (JSON in, JSON out).
 * A later version of the same jurisdiction supersedes it from the later `effective.from` (see rulebook-set.ts).
 */
export type Rulebook = {
  /** Stable slug, `<jurisdiction>-<year>`: linzi-2022. */
  id: string;
  jurisdiction: Jurisdiction;
  title: string;
  issuer: string;
  issued: LocalDate;
  /** The meeting that adopted it, where known. */
  adopted?: { date: LocalDate; meeting: string };
  effective: Effective;
  /** Document numbers of the instruments it repeals: 临政发〔2017〕1号. */
  repeals: readonly string[];
  chapters: readonly Chapter[];
  articles: readonly Article[];
  quirks: readonly RulebookQuirk[];
  carrying: readonly ArticleCarrying[];
  parameters: readonly AnyParameter[];
};

const localDate = z.string().refine(isLocalDate, { message: 'expected a real date YYYY-MM-DD' });
const effectiveSchema = z
  .object({ from: localDate, to: localDate.optional() })
  .refine((e) => e.to === undefined || e.from <= e.to, { message: 'effective.to is before effective.from' });
const articleNumber = z.number().int().positive();
const citationSchema = z.object({ article: articleNumber, clause: z.string().min(1).optional() });
const chapterSchema = z.object({ number: z.number().int().positive(), title: z.string().min(1).nullable() });
const kindSchema = z.enum(CARRYING_KINDS);

const articleDataSchema = z.object({
  number: articleNumber,
  /** Defaults to the number written in Chinese. */
  numeral: z.string().min(1).optional(),
  chapter: chapterSchema.nullable(),
  text: z.string().min(1),
  /** Derived from `text` when absent; must agree with it when present. */
  paragraphs: z.array(z.string()).optional(),
  /** Computed from `text` when absent; must agree with it when present (a changed text is caught). */
  hash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});

const carryingSchema = z
  .object({
    article: articleNumber,
    kind: kindSchema.optional(),
    kinds: z.array(kindSchema).min(1),
    gist: z.string().min(1),
    areas: z.array(z.enum(AREAS)),
    where: z.string().default(''),
  })
  .refine((c) => c.kind === undefined || c.kind === c.kinds[0], { message: 'kind must be the first of kinds' })
  .refine((c) => !c.kinds.includes('advisory') || c.kinds.length === 1, { message: 'advisory stands alone' })
  .refine((c) => new Set(c.kinds).size === c.kinds.length, { message: 'kinds repeat' });

const parameterDataSchema = z
  .object({
    key: z.enum(PARAMETER_KEYS as [ParameterKey, ...ParameterKey[]]),
    value: z.unknown(),
    unit: z.enum(PARAMETER_UNITS),
    cites: citationSchema,
    /** Defaults to the rulebook's own window. */
    effective: effectiveSchema.optional(),
    summary: z.string().min(1),
    basis: z.object({ source: z.string().min(1), isConfirmed: z.boolean() }).optional(),
  })
  .superRefine((p, ctx) => {
    const spec = parameterSpecs[p.key];
    const parsed = spec.value.safeParse(p.value);
    if (!parsed.success) ctx.addIssue({ code: 'custom', path: ['value'], message: `${p.key}: ${z.prettifyError(parsed.error)}` });
    if (p.unit !== spec.unit) ctx.addIssue({ code: 'custom', path: ['unit'], message: `${p.key} is counted in ${spec.unit}, not ${p.unit}` });
  });

/**
 * A rulebook as data: what `loadRulebook` accepts, e.g. from a JSON file. Another district or a revised year is
 * a new object of this shape, not new code.
 */
export const rulebookDataSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id is a lower-case slug such as linzi-2022'),
    jurisdiction: z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: z.string().min(1) }),
    title: z.string().min(1),
    issuer: z.string().min(1),
    issued: localDate,
    adopted: z.object({ date: localDate, meeting: z.string().min(1) }).optional(),
    effective: effectiveSchema,
    repeals: z.array(z.string().min(1)).default([]),
    articles: z.array(articleDataSchema).min(1),
    quirks: z.array(z.object({ code: z.string().min(1), message: z.string().min(1) })).default([]),
    carrying: z.array(carryingSchema).default([]),
    parameters: z.array(parameterDataSchema).default([]),
  })
  .superRefine((data, ctx) => {
    const numbers = new Set<number>();
    for (const [i, a] of data.articles.entries()) {
      if (numbers.has(a.number)) ctx.addIssue({ code: 'custom', path: ['articles', i, 'number'], message: `article ${a.number} appears twice` });
      numbers.add(a.number);
      if (a.hash !== undefined && a.hash !== hashArticleText(a.text)) {
        ctx.addIssue({ code: 'custom', path: ['articles', i, 'hash'], message: `article ${a.number}: text does not match its hash` });
      }
      if (a.paragraphs !== undefined && JSON.stringify(a.paragraphs) !== JSON.stringify(splitParagraphs(a.text))) {
        ctx.addIssue({ code: 'custom', path: ['articles', i, 'paragraphs'], message: `article ${a.number}: paragraphs do not match its text` });
      }
    }
    const carried = new Set<number>();
    for (const [i, c] of data.carrying.entries()) {
      if (!numbers.has(c.article)) ctx.addIssue({ code: 'custom', path: ['carrying', i, 'article'], message: `no article ${c.article}` });
      if (carried.has(c.article)) ctx.addIssue({ code: 'custom', path: ['carrying', i, 'article'], message: `article ${c.article} carried twice` });
      carried.add(c.article);
    }
    for (const [i, p] of data.parameters.entries()) {
      if (!numbers.has(p.cites.article)) ctx.addIssue({ code: 'custom', path: ['parameters', i, 'cites'], message: `${p.key} cites missing article ${p.cites.article}` });
      const e = p.effective;
      if (e && (e.from < data.effective.from || (data.effective.to !== undefined && (e.to === undefined || e.to > data.effective.to)))) {
        ctx.addIssue({ code: 'custom', path: ['parameters', i, 'effective'], message: `${p.key} is in force outside its rulebook` });
      }
    }
  });

type DeepReadonly<T> = T extends (infer E)[] ? readonly DeepReadonly<E>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** Rulebook data as written in a module or a JSON file (readonly arrays accepted). */
export type RulebookData = DeepReadonly<z.input<typeof rulebookDataSchema>>;

/**
 * Checks rulebook data and fills what can be derived (numerals, paragraphs, hashes, parameter windows).
 * Throws a DomainError `invalid_input` listing every problem, so a bad file never half-loads.
 */
export function loadRulebook(data: unknown): Rulebook {
  const parsed = rulebookDataSchema.safeParse(data);
  if (!parsed.success) {
    invalid(`工作规则数据无效：${z.prettifyError(parsed.error)}`, { issues: parsed.error.issues });
  }
  const d = parsed.data;
  const articles: Article[] = d.articles.map((a) => ({
    number: a.number,
    numeral: a.numeral ?? toChineseNumeral(a.number),
    chapter: a.chapter,
    text: a.text,
    paragraphs: splitParagraphs(a.text),
    hash: hashArticleText(a.text),
  }));
  const chapters: Chapter[] = [];
  for (const a of articles) {
    if (a.chapter && !chapters.some((c) => c.number === a.chapter?.number)) chapters.push(a.chapter);
  }
  return {
    id: d.id,
    jurisdiction: d.jurisdiction,
    title: d.title,
    issuer: d.issuer,
    issued: d.issued,
    ...(d.adopted ? { adopted: d.adopted } : {}),
    effective: d.effective,
    repeals: d.repeals,
    chapters,
    articles,
    quirks: d.quirks,
    carrying: d.carrying.map((c) => {
      const kinds = c.kinds as [CarryingKind, ...CarryingKind[]];
      return { article: c.article, kind: kinds[0], kinds, gist: c.gist, areas: c.areas, where: c.where };
    }),
    // The schema checked each value against its key's spec, so the pairing the type promises holds.
    parameters: d.parameters.map((p) => ({ ...p, effective: p.effective ?? d.effective }) as AnyParameter),
  };
}

export function getArticle(rulebook: Rulebook, number: number): Article | undefined {
  return rulebook.articles.find((a) => a.number === number);
}

export function getCarrying(rulebook: Rulebook, number: number): ArticleCarrying | undefined {
  return rulebook.carrying.find((c) => c.article === number);
}

/** 《临淄区人民政府工作规则》第五十三条 (第一款). How an article is cited to users. */
export function formatCitation(rulebook: Pick<Rulebook, 'title'>, citation: Citation): string {
  return `《${rulebook.title}》${articleLabel(citation.article)}${citation.clause ?? ''}`;
}
