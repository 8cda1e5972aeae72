import { articleLabel, chapterLabel, fromChineseNumeral } from './chinese-numerals.js';
import { effectiveOverlaps } from './effective.js';
import type { AnyParameter } from './parameters.js';
import { getArticle, getCarrying, formatCitation, type Rulebook } from './rulebook.js';
import type { CarrierKind, CodeCarrier } from './code-carriers.js';
import type { Area, Article, CarryingKind } from './types.js';

export type ArticleSearchHit = {
  number: number;
  numeral: string;
  label: string;
  /** How the query matched: the article's number (53, 五十三, 第五十三条) or a substring of its text. */
  matchedBy: 'number' | 'text';
  /** Around the first match in the text (or the text's start for a number match), at most ~60 characters. */
  excerpt: string;
};

const EXCERPT_RADIUS = 24;

function excerptAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - EXCERPT_RADIUS);
  const end = Math.min(text.length, index + length + EXCERPT_RADIUS);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}

/** The article number a query names, if it names one: 53, 五十三, 第五十三条, 第53条. */
function numberQuery(query: string): number | undefined {
  const m = /^第?\s*([0-9]+|[零〇一二两三四五六七八九十百千]+)\s*条?$/.exec(query);
  if (!m?.[1]) return undefined;
  return /^[0-9]+$/.test(m[1]) ? Number(m[1]) : fromChineseNumeral(m[1]);
}

/**
 * Finds articles for the 规则库 page: the article a query names by number or numeral first, then every article
 * whose text contains the query, in article order. An empty query finds nothing.
 */
export function searchArticles(rulebook: Rulebook, query: string): ArticleSearchHit[] {
  const q = query.trim();
  if (q === '') return [];
  const hits: ArticleSearchHit[] = [];
  const named = numberQuery(q);
  const byNumber = named === undefined ? undefined : getArticle(rulebook, named);
  if (byNumber) {
    hits.push({ number: byNumber.number, numeral: byNumber.numeral, label: articleLabel(byNumber.number), matchedBy: 'number', excerpt: excerptAround(byNumber.text, 0, 0) });
  }
  for (const a of rulebook.articles) {
    if (a.number === byNumber?.number) continue;
    const index = a.text.indexOf(q);
    if (index >= 0) hits.push({ number: a.number, numeral: a.numeral, label: articleLabel(a.number), matchedBy: 'text', excerpt: excerptAround(a.text, index, q.length) });
  }
  return hits;
}

/** One article as the 规则库 page and API show it. */
export type ArticleView = {
  rulebook: { id: string; title: string };
  number: number;
  numeral: string;
  /** 第五十三条 */
  label: string;
  /** 《临淄区人民政府工作规则》第五十三条 */
  citation: string;
  chapter: { number: number; title: string | null; label: string } | null;
  text: string;
  paragraphs: readonly string[];
  hash: string;
  kind: CarryingKind | null;
  kinds: readonly CarryingKind[];
  gist: string | null;
  areas: readonly Area[];
  /** The places in code that carry it: rule id, what it does there, file:line. */
  carriers: readonly { id: string; kind: CarrierKind; area: Area | null; summary: string | null; file: string; line: number }[];
  parameters: readonly Pick<AnyParameter, 'key' | 'value' | 'unit' | 'summary' | 'effective' | 'basis'>[];
};

/**
 * An article with how it is carried: its kinds from the rulebook's data and the places in code (of those given,
 * found by `findCodeCarriers`) that cite it, plus the parameters it sets. Accepts the article or its number; undefined
 * if the rulebook has no such article.
 */
export function articleView(rulebook: Rulebook, article: Article | number, carriers: readonly CodeCarrier[] = []): ArticleView | undefined {
  const a = typeof article === 'number' ? getArticle(rulebook, article) : article;
  if (!a) return undefined;
  const carrying = getCarrying(rulebook, a.number);
  return {
    rulebook: { id: rulebook.id, title: rulebook.title },
    number: a.number,
    numeral: a.numeral,
    label: articleLabel(a.number),
    citation: formatCitation(rulebook, { article: a.number }),
    chapter: a.chapter ? { ...a.chapter, label: a.chapter.title ? `${chapterLabel(a.chapter.number)} ${a.chapter.title}` : `${chapterLabel(a.chapter.number)}（原文缺少本章标题）` } : null,
    text: a.text,
    paragraphs: a.paragraphs,
    hash: a.hash,
    kind: carrying?.kind ?? null,
    kinds: carrying?.kinds ?? [],
    gist: carrying?.gist ?? null,
    areas: carrying?.areas ?? [],
    carriers: carriers
      .filter((c) => (c.effective === null || effectiveOverlaps(c.effective, rulebook.effective)) && c.articles.includes(a.number))
      .map(({ ruleId, kind, area, summary, file, line }) => ({ id: ruleId, kind, area, summary, file, line })),
    parameters: rulebook.parameters
      .filter((p) => p.cites.article === a.number)
      .map(({ key, value, unit, summary, effective, basis }) => ({ key, value, unit, summary, effective, ...(basis ? { basis } : {}) }) as Pick<AnyParameter, 'key' | 'value' | 'unit' | 'summary' | 'effective' | 'basis'>),
  };
}
