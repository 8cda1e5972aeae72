import { chineseDate } from '../calendar/explain.js';
import { refuse } from '../domain/errors.js';
import { assertLocalDate, isInEffect, isLocalDate } from './effective.js';
import { isParameterKey, type ParameterKey } from './parameters.js';
import { defaultRulebookSet } from './rulebooks/index.js';
import { param as paramInForce, type RulebookSet } from './rulebook-set.js';
import type { Area, Carrier, LocalDate, ParamReader, Rule, Violation } from './types.js';

/** A carrier was registered wrongly (a programming error, caught at start or in tests). */
export class RegistryError extends Error {
  override readonly name = 'RegistryError';
}

/**
 * Where the areas declare what carries the rulebook: their rules (guards and checkable clocks, routes, quotas)
 * and the clocks, routes, records and quotas that live in their operations without a `check`. The coverage
 * report reads it; nothing enforces through it (operations run their own rules with `runRules`).
 */
export type RulesRegistry = {
  registerCarrier: (carrier: Carrier) => void;
  /** Registers carriers of one area; `area` is set on each. */
  registerCarriers: (area: Area, carriers: readonly Omit<Carrier, 'area'>[]) => void;
  /** Registers an area's rules as carriers (their `check` is not kept here). */
  registerRules: (area: Area, rules: readonly Rule<never>[]) => void;
  allCarriers: () => readonly Carrier[];
  carriersCiting: (article: number) => readonly Carrier[];
  /** The parameters a registered rule declares it reads. */
  paramsOf: (id: string) => readonly ParameterKey[];
  /** Ids of the carriers registered as rules (with a `check`), as opposed to plain carriers. */
  ruleIds: () => ReadonlySet<string>;
};

function validate(carrier: Carrier): void {
  const problems: string[] = [];
  if (!/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(carrier.id)) problems.push('id must be lower-case words joined by . or -');
  if (carrier.cites.length === 0) problems.push('cites no article');
  if (carrier.cites.some((c) => !Number.isInteger(c.article) || c.article < 1)) problems.push('cites a non-article');
  if (!isLocalDate(carrier.effective.from) || (carrier.effective.to !== undefined && !isLocalDate(carrier.effective.to))) problems.push('effective dates must be YYYY-MM-DD');
  if (carrier.summary.trim() === '') problems.push('summary is empty');
  if (problems.length > 0) throw new RegistryError(`carrier ${carrier.id}: ${problems.join('; ')}`);
}

/** A registry of its own, for tests and tools; the app uses the default one behind the functions below. */
export function createRulesRegistry(): RulesRegistry {
  const carriers = new Map<string, Carrier>();
  const params = new Map<string, readonly ParameterKey[]>();
  const registerCarrier = (carrier: Carrier): void => {
    validate(carrier);
    const existing = carriers.get(carrier.id);
    if (existing) throw new RegistryError(`carrier ${carrier.id} is already registered (by ${existing.area})`);
    const { id, kind, cites, effective, summary, area } = carrier;
    carriers.set(id, { id, kind, cites, effective, summary, area });
  };
  return {
    registerCarrier,
    registerCarriers: (area, list) => {
      for (const c of list) registerCarrier({ ...c, area });
    },
    registerRules: (area, rules) => {
      for (const r of rules) {
        const unknown = (r.params ?? []).filter((k) => !isParameterKey(k));
        if (unknown.length > 0) throw new RegistryError(`rule ${r.id}: declares unknown parameters ${unknown.join(', ')}`);
        registerCarrier({ id: r.id, kind: r.kind, cites: r.cites, effective: r.effective, summary: r.summary, area });
        params.set(r.id, r.params ?? []);
      }
    },
    paramsOf: (id) => params.get(id) ?? [],
    ruleIds: () => new Set(params.keys()),
    allCarriers: () => [...carriers.values()],
    carriersCiting: (article) => [...carriers.values()].filter((c) => c.cites.some((cite) => cite.article === article)),
  };
}

const defaultRegistry = createRulesRegistry();

/** Registers one carrier in the default registry; a second carrier with the same id is refused. */
export function registerCarrier(carrier: Carrier): void {
  defaultRegistry.registerCarrier(carrier);
}

/** Registers clocks, routes, records or quotas of one area in the default registry. */
export function registerCarriers(area: Area, carriers: readonly Omit<Carrier, 'area'>[]): void {
  defaultRegistry.registerCarriers(area, carriers);
}

/** Registers one area's rules in the default registry. */
export function registerRules(area: Area, rules: readonly Rule<never>[]): void {
  defaultRegistry.registerRules(area, rules);
}

/** Everything registered in the default registry, in registration order. */
export function allCarriers(): readonly Carrier[] {
  return defaultRegistry.allCarriers();
}

/** Ids of the rules (not plain carriers) in the default registry. */
export function registeredRuleIds(): ReadonlySet<string> {
  return defaultRegistry.ruleIds();
}

/** The parameters a rule in the default registry declares it reads. */
export function paramsOfRule(id: string): readonly ParameterKey[] {
  return defaultRegistry.paramsOf(id);
}

/** What running an act's rules found: refusals stop the act; flags let it through, marked for the office. */
export type RuleOutcome = {
  violations: readonly Violation[];
  refusals: readonly Violation[];
  flags: readonly Violation[];
  /** Ids of the rules that were in effect and ran. */
  ran: readonly string[];
};

let configuredJurisdiction = 'linzi';

/** Sets the jurisdiction whose rulebook the platform runs by (from `ZHENGWU_JURISDICTION`, at start). */
export function setJurisdiction(jurisdiction: string): void {
  configuredJurisdiction = jurisdiction;
}

/** The jurisdiction whose rulebook the platform runs by. */
export function jurisdiction(): string {
  return configuredJurisdiction;
}

/** Where rule parameters are read from: the rulebook set and jurisdiction (defaults: the shipped set, configured jurisdiction). */
export type RuleSource = { set?: RulebookSet; jurisdiction?: string };

/**
 * Checks, at start, that the rulebook in force for the jurisdiction on `asOf` sets every parameter a
 * registered rule in effect that day declares; returns the problems (empty when sound).
 */
export function registryProblems(asOf: LocalDate, source: RuleSource = {}): string[] {
  const problems: string[] = [];
  for (const carrier of defaultRegistry.allCarriers()) {
    if (!isInEffect(carrier.effective, asOf)) continue;
    for (const key of defaultRegistry.paramsOf(carrier.id)) {
      try {
        parameter(key, asOf, source);
      } catch {
        problems.push(`规则 ${carrier.id} 读取的参数 ${key} 在${chineseDate(asOf)}施行的工作规则中没有规定`);
      }
    }
  }
  return problems;
}

/** A rulebook parameter as of a day, in the configured jurisdiction (or the one given). */
export function parameter<K extends ParameterKey>(key: K, asOf: LocalDate, source: RuleSource = {}): ReturnType<typeof paramInForce<K>>['value'] {
  return paramInForce(source.set ?? defaultRulebookSet, source.jurisdiction ?? configuredJurisdiction, key, asOf).value;
}

function readerFor(rule: Rule<never>, asOf: LocalDate, source: RuleSource): ParamReader {
  const declared: readonly string[] = rule.params ?? [];
  return ((key: ParameterKey) => {
    if (!declared.includes(key)) throw new RegistryError(`rule ${rule.id} reads parameter ${key} without declaring it in params`);
    return parameter(key, asOf, source);
  }) as ParamReader;
}

/**
 * Runs the rules in effect on `asOf` — the date of the act — against its facts, each with the parameters it
 * declared as of that date. The engine stamps each finding with the rule's id and article; a finding without
 * a severity is a refusal. Rules not yet or no longer in effect on that date do not run.
 */
export function runRules<Facts>(rules: readonly Rule<Facts>[], facts: Facts, asOf: LocalDate, source: RuleSource = {}): RuleOutcome {
  assertLocalDate(asOf);
  const violations: Violation[] = [];
  const ran: string[] = [];
  for (const rule of rules) {
    if (!isInEffect(rule.effective, asOf)) continue;
    ran.push(rule.id);
    const finding = rule.check(facts, readerFor(rule as Rule<never>, asOf, source));
    if (!finding) continue;
    const article = finding.article ?? rule.cites[0]?.article ?? 0;
    violations.push({ ruleId: rule.id, article, message: finding.message, severity: finding.severity ?? 'refusal' });
  }
  return {
    violations,
    refusals: violations.filter((v) => v.severity === 'refusal'),
    flags: violations.filter((v) => v.severity === 'flag'),
    ran,
  };
}

/**
 * Runs the rules and refuses the act (DomainError `rule_violation`, with every refusal) if any refuses;
 * otherwise returns the flags for the operation to record.
 */
export function enforceRules<Facts>(rules: readonly Rule<Facts>[], facts: Facts, asOf: LocalDate, source: RuleSource = {}): readonly Violation[] {
  const outcome = runRules(rules, facts, asOf, source);
  if (outcome.refusals.length > 0) refuse(outcome.refusals);
  return outcome.flags;
}

/**
 * A violation of a registered carrier, for a refusal an operation decides itself (who may approve, what must
 * come first): the id must be registered — an unregistered id is a programming error, caught by the test
 * that every id an operation emits is registered — and its article is the carrier's first.
 */
export function violationOf(ruleId: string, message: string, options: { article?: number; severity?: 'refusal' | 'flag' } = {}): Violation {
  const carrier = defaultRegistry.allCarriers().find((c) => c.id === ruleId);
  if (!carrier) throw new RegistryError(`rule ${ruleId} is not registered`);
  return { ruleId, article: options.article ?? carrier.cites[0]?.article ?? 0, message, severity: options.severity ?? 'refusal' };
}

/** Refuses an act by a registered carrier (see `violationOf`). */
export function refuseBy(ruleId: string, message: string, options: { article?: number } = {}): never {
  refuse([violationOf(ruleId, message, options)]);
}
