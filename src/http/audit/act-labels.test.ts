import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { actLabel, actOfAction, caseDefinitions, listActLabels, objectTypeLabel, recordedActLabels } from './act-labels.js';

const srcRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The expression after `act:` up to the first `,` `}` or line end outside brackets. */
function expressionAt(text: string, start: number): string {
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) return text.slice(start, i);
      depth--;
    } else if ((ch === ',' || ch === '\n' || ch === ';') && depth === 0) return text.slice(start, i);
  }
  return text.slice(start);
}

const ACT = /^[a-z_]+(\.[a-z_]+)+$/;

/** Every audit act written as `act: …` in the source, literal or in a conditional; templates apart. */
function actsInSource(): { acts: Map<string, string>; templates: string[] } {
  const acts = new Map<string, string>();
  const templates: string[] = [];
  for (const file of sourceFiles(srcRoot)) {
    const text = fs.readFileSync(file, 'utf8');
    const relative = path.relative(srcRoot, file);
    for (const match of text.matchAll(/(?<![\w.])act:\s*/g)) {
      const expression = expressionAt(text, (match.index ?? 0) + match[0].length);
      for (const literal of expression.matchAll(/'([^'\\]*)'|"([^"\\]*)"/g)) {
        const value = literal[1] ?? literal[2] ?? '';
        if (ACT.test(value)) acts.set(value, relative);
      }
      // A computed act inside a case declaration is checked through the declaration itself, below.
      if (expression.includes('${') && !text.includes('CaseDefinition<')) templates.push(`${relative}: ${expression.trim()}`);
    }
  }
  return { acts, templates };
}

describe('审计记录的操作名称由服务端提供', () => {
  it('源码中写出的每一个审计操作都有中文名称', () => {
    const { acts } = actsInSource();
    expect(acts.size).toBeGreaterThan(40);
    const unnamed = [...acts].filter(([act]) => actLabel(act) === null).map(([act, file]) => `${act}（${file}）`);
    expect(unnamed, '在 src/http/audit/act-labels.ts 的 recordedActLabels 中为这些操作加上中文名称').toEqual([]);
  });

  it('审计操作不以模板字符串拼出（否则无法核对名称）', () => {
    expect(actsInSource().templates).toEqual([]);
  });

  it('每一类案件的每一个动作（内核记录的 kind.action）都有中文名称', () => {
    const missing = caseDefinitions.flatMap((def) => Object.keys(def.actions).filter((action) => actLabel(actOfAction(def, action)) === null));
    expect(missing).toEqual([]);
    expect(actLabel('documents.incoming.receive')).toBe('签收（公文）');
  });

  it('每一个案件声明都登记在 caseDefinitions 中', async () => {
    const declared: string[] = [];
    for (const file of sourceFiles(path.join(srcRoot, 'domain'))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(/export const (\w+): CaseDefinition</g)) {
        const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
        if (!caseDefinitions.includes(module[match[1] as string] as (typeof caseDefinitions)[number])) declared.push(`${path.relative(srcRoot, file)} ${match[1]}`);
      }
    }
    expect(declared, '把这些案件声明加入 src/http/audit/act-labels.ts 的 caseDefinitions').toEqual([]);
  });

  it('名称表只列代码会记录的操作（写错或已删除的操作不留名称）', () => {
    const { acts } = actsInSource();
    const caseActs = new Set(caseDefinitions.flatMap((def) => Object.keys(def.actions).map((action) => actOfAction(def, action))));
    const stale = Object.keys(recordedActLabels).filter((act) => !acts.has(act) && !caseActs.has(act));
    expect(stale).toEqual([]);
  });

  it('每一类案件的对象类型有中文名称；未知的操作与类型如实返回 null', () => {
    for (const def of caseDefinitions) expect(objectTypeLabel(def.kind)).toBe(def.label);
    expect(actLabel('no.such.act')).toBeNull();
    expect(objectTypeLabel('constructor')).toBeNull();
    expect(listActLabels().map((a) => a.act)).toContain('identity.login');
  });
});
