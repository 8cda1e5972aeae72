/** A date in the government's calendar, `YYYY-MM-DD` (Asia/Shanghai). */
// @ts-nocheck

export type LocalDate = string;

/** Where a rule comes from: an article (Arabic number) and, where it matters, a paragraph or item. */
export type Citation = { article: number; clause?: string };

/** What a rule reports when it is broken. `message` is Chinese and names the article. */
export type Violation = {
  ruleId: string;
  article: number;
  message: string;
  /** A flag lets the act through but marks it for the office's attention; a refusal stops it. */
  severity?: 'refusal' | 'flag';
};

/** The primary way the platform carries an article (see rules-map.md). */
export type CarryingKind = 'guard' | 'clock' | 'route' | 'record' | 'quota' | 'advisory';

/** When something is in force: from `from` through `to`, both days included; no `to` means until superseded. */
export type Effective = { from: LocalDate; to?: LocalDate };

/**
 * What a rule's `check` reports: the Chinese message and, for a flag, its severity. The engine stamps the
 * rule's id and its first cited article (or `article`, where a rule cites several and one applies).
 */
export type Finding = { message: string; severity?: 'refusal' | 'flag'; article?: number; ruleId?: string };

/**
 * Reads a parameter the rule declared in `params`, with the value in force on the act's day in the act's
 * jurisdiction. Typed per key by `ParameterValues` (see parameters.ts).
 */
export type ParamReader = <K extends import('./parameters.js').ParameterKey>(key: K) => import('./parameters.js').ParameterValues[K];

/**
 * A rule is data plus a pure function. `check` receives the facts of one act (already loaded) and a reader of
 * the rulebook parameters it declares in `params` as of the act's date, and returns a finding or nothing;
 * messages are composed from those values, so a rulebook that changes 5 working days to 7 changes the
 * message too.
 */
export type Rule<Facts> = {
  id: string;
  kind: Exclude<CarryingKind, 'advisory'>;
  cites: readonly Citation[];
  effective: Effective;
  /** One Chinese sentence: what the rule requires. */
  summary: string;
  /** The rulebook parameters `check` reads. */
  params?: readonly import('./parameters.js').ParameterKey[];
  check: (facts: Facts, param: ParamReader) => Finding | undefined;
};

/**
 * The areas of the platform (design.md) plus `rulebook` for what the rulebook itself carries (versions, scope).
 * One name per area, the same in `domain/`, `db/`, `http/` and `web/`.
 */
export const AREAS = [
  'rulebook',
  'org',
  'documents',
  'normative',
  'decisions',
  'meetings',
  'supervision',
  'leave',
  'events',
  'information',
  'disclosure',
  'study',
  'petitions',
  'audit',
  'identity',
] as const;
export type Area = (typeof AREAS)[number];

/**
 * Anything in the code that carries an article: a guard or other rule (a `Rule` is a carrier with a `check`),
 * a clock, a route, a record or a quota. The rules registry holds them; the coverage report counts them.
 */
export type Carrier = {
  id: string;
  kind: Exclude<CarryingKind, 'advisory'>;
  cites: readonly Citation[];
  effective: Effective;
  /** One Chinese sentence: what the platform does to carry the article. */
  summary: string;
  area: Area;
};

/** A chapter of a rulebook. `title` is null where the source has no heading text for it (a recorded quirk). */
export type Chapter = { number: number; title: string | null };

/**
 * One article exactly as the source has it. `text` starts at the article's numeral (indentation before it is
 * not part of the article) and ends at its last non-blank character; `hash` is the SHA-256 (hex) of `text`.
 */
export type Article = {
  number: number;
  /** The article's number as the source writes it: 一 … 九十四. */
  numeral: string;
  /** Null only for a rulebook without chapters. */
  chapter: Chapter | null;
  text: string;
  /** `text` split on newlines, each trimmed, empty ones dropped. */
  paragraphs: readonly string[];
  hash: string;
};

/** Something odd about a source text that we keep as it is and say so. */
export type RulebookQuirk = { code: string; message: string };
