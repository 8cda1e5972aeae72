/** The rulebook: articles, parameters with effective dates, the registry of what carries them, and coverage. */
export * from './types.js';
export { CHINESE_NUMERAL_CHARS, articleLabel, chapterLabel, fromChineseNumeral, toChineseNumeral } from './chinese-numerals.js';
export { assertLocalDate, effectiveOverlaps, isInEffect, isLocalDate } from './effective.js';
export { RulebookParseError, hashArticleText, parseRulebookText, splitParagraphs, type ParsedRulebookText } from './parse-rulebook-text.js';
export { compareWithManifest, type ManifestComparison, type RulebookManifest } from './source-module.js';
export {
  PARAMETER_KEYS,
  PARAMETER_UNITS,
  isParameterKey,
  meetsQuorum,
  parameterSpecs,
  quorumMinimum,
  type AnyParameter,
  type CountLimit,
  type CountRange,
  type Fraction,
  type Parameter,
  type ParameterKey,
  type ParameterUnit,
  type ParameterValues,
} from './parameters.js';
export {
  CARRYING_KINDS,
  formatCitation,
  getArticle,
  getCarrying,
  loadRulebook,
  rulebookDataSchema,
  type ArticleCarrying,
  type Jurisdiction,
  type Rulebook,
  type RulebookData,
} from './rulebook.js';
export { createRulebookSet, findParam, param, rulebookInForce, rulebookVersions, type ParameterInForce, type RulebookSet } from './rulebook-set.js';
export { defaultRulebookSet, linzi2022, linzi2022Data } from './rulebooks/index.js';
export {
  RegistryError,
  allCarriers,
  createRulesRegistry,
  enforceRules,
  registerCarrier,
  registerCarriers,
  registerRules,
  refuseBy,
  registryProblems,
  runRules,
  jurisdiction,
  parameter,
  setJurisdiction,
  violationOf,
  type RuleOutcome,
  type RuleSource,
  type RulesRegistry,
} from './registry.js';
export { rulebookCarriers } from './rulebook-carriers.js';
export { loadAllCarriers } from './all-carriers.js';
export {
  articlesNamedIn,
  assertsArticle,
  computeCoverage,
  displayWidth,
  findTestTitles,
  formatCoverageTable,
  type ArticleCoverage,
  type CarriedStatus,
  type Coverage,
  type CoverageTotals,
  type TestRef,
  type TestSource,
} from './coverage.js';
export { formatArticleShow, projectCoverage, readTestSources, rulesCommand, runRulesCommand, showArticle, type ArticleShow } from './coverage-command.js';
export { CARRIER_KINDS, findCodeCarriers, loadCaseDeclarations, readCodeSources, ruleCanRefuse, type CarrierKind, type CaseDeclaration, type CodeCarrier, type SourceFile } from './code-carriers.js';
export { findProjectRoot } from './project-root.js';
export { articleView, searchArticles, type ArticleSearchHit, type ArticleView } from './present.js';
