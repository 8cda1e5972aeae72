import { chineseDate } from '../calendar/explain.js';
import { DomainError } from '../domain/errors.js';
import { assertLocalDate, isInEffect } from './effective.js';
import type { ParameterBasis, ParameterKey, ParameterValues, Parameter } from './parameters.js';
import { formatCitation, type Rulebook } from './rulebook.js';
import type { Citation, Effective, LocalDate } from './types.js';

/**
 * Every rulebook the platform knows: several jurisdictions, and successive versions of each. Within one
 * jurisdiction a version is in force from its `effective.from` until the next version's `from` (or its own
 * `to`, if that comes first).
 */
export type RulebookSet = { readonly rulebooks: readonly Rulebook[] };

/** Builds a set, refusing two rulebooks with one id or two versions of one jurisdiction from the same day. */
export function createRulebookSet(rulebooks: readonly Rulebook[]): RulebookSet {
  const ids = new Set<string>();
  const starts = new Set<string>();
  for (const r of rulebooks) {
    if (ids.has(r.id)) throw new Error(`rulebook set: ${r.id} appears twice`);
    ids.add(r.id);
    const start = `${r.jurisdiction.id}@${r.effective.from}`;
    if (starts.has(start)) throw new Error(`rulebook set: two versions for ${r.jurisdiction.id} take effect on ${r.effective.from}`);
    starts.add(start);
  }
  return { rulebooks: [...rulebooks] };
}

/** The versions of one jurisdiction's rulebook, oldest first. */
export function rulebookVersions(set: RulebookSet, jurisdiction: string): readonly Rulebook[] {
  return set.rulebooks.filter((r) => r.jurisdiction.id === jurisdiction).sort((a, b) => (a.effective.from < b.effective.from ? -1 : 1));
}

/**
 * The rulebook of `jurisdiction` in force on `asOf` — the date of the act, not today: the latest version that
 * has taken effect by then, unless its own `to` has passed. A superseded version never comes back into force.
 */
export function rulebookInForce(set: RulebookSet, jurisdiction: string, asOf: LocalDate): Rulebook | undefined {
  assertLocalDate(asOf);
  const started = rulebookVersions(set, jurisdiction).filter((r) => r.effective.from <= asOf);
  const latest = started.at(-1);
  return latest && isInEffect(latest.effective, asOf) ? latest : undefined;
}

/** A parameter's value on the date of an act, with where it comes from. */
export type ParameterInForce<K extends ParameterKey> = {
  key: K;
  value: ParameterValues[K];
  unit: Parameter<K>['unit'];
  cites: Citation;
  effective: Effective;
  summary: string;
  basis?: ParameterBasis;
  rulebook: { id: string; title: string; jurisdiction: string };
  /** For people: 《临淄区人民政府工作规则》第五十三条. */
  citation: string;
};

/** Like `param`, but undefined when no rulebook or no value for the key is in force on that date. */
export function findParam<K extends ParameterKey>(set: RulebookSet, jurisdiction: string, key: K, asOf: LocalDate): ParameterInForce<K> | undefined {
  const rulebook = rulebookInForce(set, jurisdiction, asOf);
  if (!rulebook) return undefined;
  // Within one version a later-starting entry for the same key overrides an earlier one.
  const found = rulebook.parameters
    .filter((p): p is Parameter<K> & typeof p => p.key === key && isInEffect(p.effective, asOf))
    .reduce<Parameter<K> | undefined>((best, p) => (best === undefined || best.effective.from <= p.effective.from ? p : best), undefined);
  if (!found) return undefined;
  return {
    key,
    value: found.value,
    unit: found.unit,
    cites: found.cites,
    effective: found.effective,
    summary: found.summary,
    ...(found.basis ? { basis: found.basis } : {}),
    rulebook: { id: rulebook.id, title: rulebook.title, jurisdiction: rulebook.jurisdiction.id },
    citation: formatCitation(rulebook, found.cites),
  };
}

/**
 * The value of a rulebook parameter in force on `asOf`, the date of the act (a topic submitted on 2026-12-30
 * is judged by the rules of 2026-12-30, whenever the check runs), with its citation. The value's type follows
 * from the key. Throws a DomainError `invalid_input` when the jurisdiction has no rulebook, or no value for the
 * key, in force on that date (an act dated before the rules took effect).
 */
export function param<K extends ParameterKey>(set: RulebookSet, jurisdiction: string, key: K, asOf: LocalDate): ParameterInForce<K> {
  const found = findParam(set, jurisdiction, key, asOf);
  if (found) return found;
  const rulebook = rulebookInForce(set, jurisdiction, asOf);
  throw new DomainError(
    'invalid_input',
    rulebook ? `《${rulebook.title}》于${chineseDate(asOf)}未规定参数 ${key}` : `${jurisdiction} 于${chineseDate(asOf)}没有施行中的工作规则`,
    { details: { jurisdiction, key, asOf, rulebookId: rulebook?.id ?? null } },
  );
}
