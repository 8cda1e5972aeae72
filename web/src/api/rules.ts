import { client, ok, type QueryOf, type ResponseOf } from './client';

// Types are the server's own (schema.gen.ts); the names below are what the pages call them.

/** The rulebook in force (`GET /api/rules`). */
export type RulebookInfo = ResponseOf<'/api/rules', 'get'>;
/** How the platform carries an article (rules-map.md); the first of an article's kinds is its primary one. */
export type CarryingKind = RulebookInfo['kinds'][number];
export type CoverageTotals = RulebookInfo['totals'];
/** When something is in force: both days included; no `to` means until superseded. */
export type Effective = RulebookInfo['effective'];
/** A chapter; `title` is null where the source has no heading for it (a recorded quirk). */
export type Chapter = RulebookInfo['chapters'][number];
/** Something odd about the source text that is kept as it is, and said so. */
export type RulebookQuirk = RulebookInfo['quirks'][number];

/** One article as the server presents it (`articleView` in src/rules/present.ts), with how many tests name it. */
export type ArticleListItem = ResponseOf<'/api/rules/articles', 'get'>['items'][number];
export type ArticleDetail = ResponseOf<'/api/rules/articles/{number}', 'get'>;
export type ArticleView = Omit<ArticleDetail, 'tests'>;
export type TestRef = ArticleDetail['tests'][number];
export type Carrier = ArticleView['carriers'][number];
/** The areas of the platform, plus `rulebook` for what the rulebook itself carries. */
export type Area = ArticleView['areas'][number];
/** A parameter as an article sets it. */
export type ArticleParameter = ArticleView['parameters'][number];
export type ParameterUnit = ArticleParameter['unit'];
export type ParameterValue = ArticleParameter['value'];

/** A parameter in force on a date, with the article it comes from (`GET /api/rules/parameters`). */
export type ParameterInForce = ResponseOf<'/api/rules/parameters', 'get'>['items'][number];

export type ArticleFilter = Pick<QueryOf<'/api/rules/articles', 'get'>, 'q' | 'kind' | 'chapter'>;

export const rulesKeys = {
  all: ['rules'] as const,
  rulebook: () => ['rules', 'rulebook'] as const,
  articles: (filter: ArticleFilter) => ['rules', 'articles', filter] as const,
  article: (number: number) => ['rules', 'article', number] as const,
  parameters: (asOf: string) => ['rules', 'parameters', asOf] as const,
};

export function fetchRulebook(signal?: AbortSignal): Promise<RulebookInfo> {
  return ok(client.GET('/api/rules', { signal }));
}

export function fetchArticles(filter: ArticleFilter, signal?: AbortSignal): Promise<{ items: ArticleListItem[]; total: number }> {
  return ok(client.GET('/api/rules/articles', { params: { query: { q: filter.q, kind: filter.kind, chapter: filter.chapter } }, signal }));
}

export function fetchArticle(number: number, signal?: AbortSignal): Promise<ArticleDetail> {
  return ok(client.GET('/api/rules/articles/{number}', { params: { path: { number } }, signal }));
}

export function fetchParameters(asOf: string, signal?: AbortSignal): Promise<{ asOf: string; items: ParameterInForce[] }> {
  return ok(client.GET('/api/rules/parameters', { params: { query: { asOf } }, signal }));
}
