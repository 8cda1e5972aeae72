import { api } from './client';

/** How the platform carries an article (rules-map.md); the first of an article's kinds is its primary one. */
export type CarryingKind = 'guard' | 'clock' | 'route' | 'record' | 'quota' | 'advisory';

/** The areas of the platform, plus `rulebook` for what the rulebook itself carries. */
export type Area =
  | 'rulebook'
  | 'org'
  | 'documents'
  | 'normative'
  | 'decisions'
  | 'meetings'
  | 'supervision'
  | 'leave'
  | 'events'
  | 'information'
  | 'disclosure'
  | 'study'
  | 'petitions'
  | 'audit'
  | 'identity';

/** When something is in force: both days included; no `to` means until superseded. */
export type Effective = { from: string; to?: string };

/** A chapter; `title` is null where the source has no heading for it (a recorded quirk). */
export type Chapter = { number: number; title: string | null };

/** Something odd about the source text that is kept as it is, and said so. */
export type RulebookQuirk = { code: string; message: string };

export type CoverageTotals = {
  articles: number;
  /** Articles per primary kind. */
  byKind: Record<CarryingKind, number>;
  /** Articles cited by at least one carrier. */
  carried: number;
  /** Articles named by at least one test title. */
  tested: number;
  advisory: number;
  /** Articles that are not advisory and have no carrier yet. */
  uncarried: number;
};

/** The rulebook in force (`GET /api/rules`). */
export type RulebookInfo = {
  id: string;
  title: string;
  issuer: string;
  issued: string;
  adopted: { date: string; meeting: string } | null;
  effective: Effective;
  /** Document numbers of the instruments it repeals: 临政发〔2017〕1号. */
  repeals: string[];
  chapters: Chapter[];
  quirks: RulebookQuirk[];
  kinds: CarryingKind[];
  totals: CoverageTotals;
};

export type ParameterUnit =
  | 'working-day'
  | 'calendar-day'
  | 'ratio'
  | 'meetings-per-year'
  | 'meetings-per-month'
  | 'sessions-per-month'
  | 'sessions-per-quarter'
  | 'days-per-year'
  | 'briefings-per-department'
  | 'hour';

/** "More than half" is `{ numerator: 1, denominator: 2, strict: true }`; `strict: false` means "at least". */
export type Fraction = { numerator: number; denominator: number; strict: boolean };
export type CountRange = { min: number; max: number };
export type CountLimit = { max: number };
export type ParameterValue = number | Fraction | CountRange | CountLimit;

/** A parameter as an article sets it. */
export type ArticleParameter = {
  key: string;
  value: ParameterValue;
  unit: ParameterUnit;
  /** Chinese: what the article says, near its own words. */
  summary: string;
  effective: Effective;
};

/** A parameter in force on a date, with the article it comes from (`GET /api/rules/parameters`). */
export type ParameterInForce = ArticleParameter & {
  cites: { article: number; clause?: string };
  rulebook: { id: string; title: string; jurisdiction: string };
  /** 《临淄区人民政府工作规则》第四十九条第一款 */
  citation: string;
};

export type Carrier = {
  id: string;
  kind: Exclude<CarryingKind, 'advisory'>;
  area: Area;
  /** One Chinese sentence: what the platform does to carry the article. */
  summary: string;
};

export type TestRef = { title: string; file: string };

/** One article as the server presents it (`ArticleView` in src/rules/present.ts). */
export type ArticleView = {
  rulebook: { id: string; title: string };
  number: number;
  /** The number as the source writes it: 五十三. */
  numeral: string;
  /** 第五十三条 */
  label: string;
  /** 《临淄区人民政府工作规则》第五十三条 */
  citation: string;
  chapter: { number: number; title: string | null; label: string } | null;
  text: string;
  paragraphs: string[];
  /** SHA-256 (hex) of `text`: a changed text is caught. */
  hash: string;
  kind: CarryingKind | null;
  kinds: CarryingKind[];
  /** Short English note for developers; not shown to users. */
  gist: string | null;
  areas: Area[];
  carriers: Carrier[];
  parameters: ArticleParameter[];
};

export type ArticleListItem = ArticleView & { testCount: number };

export type ArticleDetail = ArticleView & { tests: TestRef[] };

export type ArticleFilter = { q?: string; kind?: CarryingKind; chapter?: number };

export const rulesKeys = {
  all: ['rules'] as const,
  rulebook: () => ['rules', 'rulebook'] as const,
  articles: (filter: ArticleFilter) => ['rules', 'articles', filter] as const,
  article: (number: number) => ['rules', 'article', number] as const,
  parameters: (asOf: string) => ['rules', 'parameters', asOf] as const,
};

export function fetchRulebook(signal?: AbortSignal): Promise<RulebookInfo> {
  return api.get<RulebookInfo>('/api/rules', { signal });
}

export function fetchArticles(filter: ArticleFilter, signal?: AbortSignal): Promise<{ items: ArticleListItem[]; total: number }> {
  return api.get<{ items: ArticleListItem[]; total: number }>('/api/rules/articles', {
    query: { q: filter.q, kind: filter.kind, chapter: filter.chapter },
    signal,
  });
}

export function fetchArticle(number: number, signal?: AbortSignal): Promise<ArticleDetail> {
  return api.get<ArticleDetail>(`/api/rules/articles/${number}`, { signal });
}

export function fetchParameters(asOf: string, signal?: AbortSignal): Promise<{ asOf: string; items: ParameterInForce[] }> {
  return api.get<{ asOf: string; items: ParameterInForce[] }>('/api/rules/parameters', { query: { asOf }, signal });
}
