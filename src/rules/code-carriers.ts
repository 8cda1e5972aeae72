import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lineAt, closingParen, scanObjects } from './source-scan.js';
import type { Area, Carrier, CarryingKind, Effective } from './types.js';

/**
 * What a place in the code does for an article. `guard`: it can refuse the act (a rule with a finding that is
 * not a flag, `refuseBy`, `violationOf` without `severity: 'flag'`). `flag`: it only marks the act for the
 * office — a rule declared a guard that never refuses is reported as this. `clock`: it starts or declares a
 * deadline that cites the article. `route`: a case declaration's action names the article (who may act next).
 * `record`: an audit or timeline entry is kept citing the article. `quota`: a count rule that can refuse.
 */
export type CarrierKind = Exclude<CarryingKind, 'advisory'> | 'flag';
export const CARRIER_KINDS = ['guard', 'flag', 'clock', 'route', 'record', 'quota'] as const satisfies readonly CarrierKind[];

/** How the place was found. */
export type CarrierSite = 'rule' | 'refuseBy' | 'violationOf' | 'countersign' | 'case-action' | 'case-clock' | 'clock' | 'record';

/** A carrier is a location in code: file (relative to the project root), line, the rule id, what it does, for which articles. */
export type CodeCarrier = {
  ruleId: string;
  kind: CarrierKind;
  articles: readonly number[];
  file: string;
  line: number;
  site: CarrierSite;
  area: Area | null;
  /** The registered carrier's sentence, when the id is registered. */
  summary: string | null;
  /** The registered carrier's window, when the id is registered. */
  effective: Effective | null;
};

/** A source file: path relative to the project root (with /) and its text. */
export type SourceFile = { path: string; text: string };

/** One action of a case declaration, as `CaseDefinition` declares it. */
export type CaseAction = { articles: readonly number[]; clock?: { article: number }; rules?: readonly string[] };
/** A case declaration found in `file`: its kind and actions. */
export type CaseDeclaration = { file: string; kind: string; actions: Readonly<Record<string, CaseAction>> };

export type CodeCarriers = {
  carriers: readonly CodeCarrier[];
  /** Registered carriers whose id no place in the code uses: a sentence, not a carrier. */
  unlinked: readonly Carrier[];
};

const ID = String.raw`'([a-z0-9]+(?:[.-][a-z0-9]+)*)'`;

/** Folders that belong to another area: outgoing documents are part of the documents area (design.md). */
const folderAreas: Readonly<Record<string, Area>> = { outgoing: 'documents' };

const areaOfFile = (file: string): Area | null => {
  const folder = /^src\/(?:domain|operations|http|db)\/([a-z]+)\//.exec(file)?.[1];
  return folder === undefined ? null : (folderAreas[folder] ?? (folder as Area));
};

/**
 * Whether a rule's source can refuse: some finding it returns (an object literal with `message:`) has no
 * `severity: 'flag'`. A rule whose findings are not visible in its text (built elsewhere) counts as able to.
 */
export function ruleCanRefuse(ruleSource: string): boolean {
  const checkAt = ruleSource.search(/\bcheck\s*:/);
  const check = checkAt < 0 ? ruleSource : ruleSource.slice(checkAt);
  const findings = scanObjects(check).filter((o) => /\bmessage\s*[:,}]/.test(o.direct));
  if (findings.length === 0) return true;
  return findings.some((o) => !/\bseverity\s*:\s*'flag'/.test(o.direct));
}

/** `const name = 'id'` anywhere in the sources, so that `ruleId: stepLimitsCarrier` is read as its id. */
function constantIds(sources: readonly SourceFile[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { text } of sources) for (const m of text.matchAll(new RegExp(String.raw`\bconst\s+(\w+)\s*=\s*${ID}\s*;`, 'g'))) out.set(m[1] as string, m[2] as string);
  return out;
}

/**
 * Every place in `sources` (non-test TypeScript under src/) that carries an article, and the registered carriers
 * no place uses. `ruleIds` are the registered rules (their definitions are found by `id: '…'` in rules.ts
 * files); `cases` the case declarations, read from their modules (their lines found in their files' text).
 */
export function findCodeCarriers(input: { sources: readonly SourceFile[]; registered: readonly Carrier[]; ruleIds: ReadonlySet<string>; cases: readonly CaseDeclaration[] }): CodeCarriers {
  const byId = new Map(input.registered.map((c) => [c.id, c]));
  const out: CodeCarrier[] = [];
  const add = (c: Omit<CodeCarrier, 'area' | 'summary' | 'effective'>) => {
    if (c.articles.length === 0) return;
    const registered = byId.get(c.ruleId);
    out.push({ ...c, area: registered?.area ?? areaOfFile(c.file), summary: registered?.summary ?? null, effective: registered?.effective ?? null });
  };
  const citesOf = (id: string) => [...new Set((byId.get(id)?.cites ?? []).map((c) => c.article))];
  const constants = constantIds(input.sources);

  for (const { path, text } of input.sources) {
    const isDeclarationFile = /\/(?:rules|carriers)\.ts$/.test(path) || path.startsWith('src/rules/');

    // Rule definitions: `id: '…'` of a registered rule, in the object literal that is the rule.
    if (/\/rules\.ts$/.test(path)) {
      const objects = scanObjects(text);
      for (const m of text.matchAll(new RegExp(String.raw`\bid\s*:\s*${ID}`, 'g'))) {
        const id = m[1] as string;
        if (!input.ruleIds.has(id)) continue;
        const rule = objects.filter((o) => o.start < m.index && m.index < o.end && new RegExp(String.raw`\bid\s*:\s*'${id.replace(/\./g, '\\.')}'`).test(o.direct)).at(-1);
        const source = rule ? text.slice(rule.start, rule.end) : text.slice(m.index);
        const declared = byId.get(id)?.kind ?? 'guard';
        const kind: CarrierKind = ruleCanRefuse(source) ? declared : 'flag';
        add({ ruleId: id, kind, articles: citesOf(id), file: path, line: lineAt(text, m.index), site: 'rule' });
      }
    }
    if (path.startsWith('src/rules/')) continue;

    // Refusals and flags an operation decides itself.
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\w$.])(refuseBy|violationOf)\(\s*${ID}`, 'g'))) {
      const id = m[2] as string;
      const args = text.slice(m.index, closingParen(text, m.index + (m[1] as string).length));
      const isFlag = m[1] === 'violationOf' && /\bseverity\s*:\s*'flag'/.test(args);
      const literal = /\barticle\s*:\s*(\d+)/.exec(args)?.[1];
      add({ ruleId: id, kind: isFlag ? 'flag' : 'guard', articles: literal ? [Number(literal)] : citesOf(id), file: path, line: lineAt(text, m.index), site: m[1] as 'refuseBy' | 'violationOf' });
    }
    // The countersign step refuses by the rule it is given (src/operations/case/countersign.ts).
    for (const m of text.matchAll(new RegExp(String.raw`\bprincipalRule\s*:\s*${ID}`, 'g'))) {
      add({ ruleId: m[1] as string, kind: 'guard', articles: citesOf(m[1] as string), file: path, line: lineAt(text, m.index), site: 'countersign' });
    }
    if (isDeclarationFile) continue;

    // Clocks and records: an object literal citing an article by number.
    for (const o of scanObjects(text)) {
      const article = /\barticle\s*:\s*(\d+)\b/.exec(o.direct);
      if (!article || /\bmessage\s*:/.test(o.direct) || /\bseverity\s*:/.test(o.direct)) continue;
      const at = o.start + text.slice(o.start, o.end).indexOf(article[0]);
      const isCites = /\bcites\s*:\s*$/.test(text.slice(Math.max(0, o.start - 20), o.start));
      const ruleRef = /\bruleId\s*:\s*(?:'([^']+)'|(\w+))/.exec(o.direct);
      if (isCites || ruleRef) {
        const id = ruleRef?.[1] ?? (ruleRef?.[2] ? constants.get(ruleRef[2]) : undefined) ?? `clock:${path.split('/').at(-1)?.replace(/\.ts$/, '')}`;
        add({ ruleId: id, kind: 'clock', articles: [Number(article[1])], file: path, line: lineAt(text, at), site: 'clock' });
      } else if (/\bobjectType\s*:/.test(o.direct)) {
        const act = /\bact\s*:\s*'([^']+)'/.exec(o.direct)?.[1] ?? /\baction\s*:\s*'([^']+)'/.exec(o.direct)?.[1] ?? 'audit';
        add({ ruleId: act, kind: 'record', articles: [Number(article[1])], file: path, line: lineAt(text, at), site: 'record' });
      }
    }
  }

  // Case declarations: each action routes under its articles; an action's clock counts under its article.
  for (const decl of input.cases) {
    const text = input.sources.find((s) => s.path === decl.file)?.text ?? '';
    const lines = text.split('\n');
    const kindLine = Math.max(0, lines.findIndex((l) => l.includes(`kind: '${decl.kind}'`)));
    for (const [action, spec] of Object.entries(decl.actions)) {
      const found = lines.findIndex((l, i) => i >= kindLine && new RegExp(String.raw`(?:^|[\s{,])'?${action}'?\s*:`).test(l));
      const line = (found < 0 ? kindLine : found) + 1;
      const ruleId = `${decl.kind}.${action}`;
      add({ ruleId, kind: 'route', articles: [...new Set(spec.articles)], file: decl.file, line, site: 'case-action' });
      if (spec.clock) add({ ruleId, kind: 'clock', articles: [spec.clock.article], file: decl.file, line, site: 'case-clock' });
    }
  }

  const used = new Set(out.map((c) => c.ruleId));
  const sorted = out.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { carriers: sorted, unlinked: input.registered.filter((c) => !used.has(c.id)) };
}

const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.git', 'coverage', '.tmp']);

function walk(dir: string, keep: (name: string) => boolean, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(path, keep, out);
    } else if (entry.isFile() && keep(entry.name)) out.push(path);
  }
}

/** The non-test TypeScript under `<root>/src`, paths relative to `root`. */
export function readCodeSources(root: string): SourceFile[] {
  const files: string[] = [];
  walk(join(root, 'src'), (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts'), files);
  return files.map((file) => ({ path: relative(root, file).split(sep).join('/'), text: readFileSync(file, 'utf8') })).sort((a, b) => (a.path < b.path ? -1 : 1));
}

const isCaseDefinition = (x: unknown): x is { kind: string; actions: Record<string, CaseAction> } =>
  typeof x === 'object' && x !== null && typeof (x as { kind?: unknown }).kind === 'string' && typeof (x as { actions?: unknown }).actions === 'object' && 'states' in x;

/**
 * The case declarations of every area (`src/domain/<area>/case.ts`), read from their modules next to this
 * one (source under tsx and vitest, compiled .js under dist), named by their source file.
 */
export async function loadCaseDeclarations(): Promise<CaseDeclaration[]> {
  const domain = fileURLToPath(new URL('../domain/', import.meta.url));
  const out: CaseDeclaration[] = [];
  const areas = readdirSync(domain, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  for (const area of areas) {
    const file = ['case.ts', 'case.js'].map((f) => join(domain, area, f)).find((f) => existsSync(f));
    if (!file) continue;
    const mod = (await import(new URL(`../domain/${area}/${file.endsWith('.ts') ? 'case.ts' : 'case.js'}`, import.meta.url).href)) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (isCaseDefinition(value)) out.push({ file: `src/domain/${area}/case.ts`, kind: value.kind, actions: value.actions });
    }
  }
  return out;
}
