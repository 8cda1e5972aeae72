/**
 * Regenerates src/rules/rulebooks/linzi-2022/source.ts from the seed text, byte for byte:
 *
 *   npx tsx src/rules/scripts/embed-source.ts [path/to/seed.txt] [--write-manifest]
 *
 * The seed defaults to ../shared/seed/linzi-government-work-rules-2022.txt beside the project root. The build
 * does not copy .txt files into dist/, so the text lives in a TypeScript module. `--write-manifest` also
 * rewrites manifest.ts (the article hashes the drift test checks against): use it only when a revised text
 * is adopted on purpose, and review the diff.
 */
// @ts-nocheck

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRulebookText } from '../parse-rulebook-text.js';
import { findProjectRoot } from '../project-root.js';
import { renderManifestModule, renderSourceModule } from '../source-module.js';

const root = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
if (root === undefined) throw new Error('embed-source: no package.json named "zhengwu" above this script');

const args = process.argv.slice(2);
const writeManifest = args.includes('--write-manifest');
const seedArg = args.find((a) => !a.startsWith('--'));
const seedPath = seedArg ?? join(root, '..', 'shared', 'seed', 'linzi-government-work-rules-2022.txt');
const outDir = join(root, 'src', 'rules', 'rulebooks', 'linzi-2022');

const text = readFileSync(seedPath, 'utf8');
if (!Buffer.from(text, 'utf8').equals(readFileSync(seedPath))) throw new Error(`embed-source: ${seedPath} is not valid UTF-8`);

const seedLabel = relative(root, seedPath).split('\\').join('/');
writeFileSync(join(outDir, 'source.ts'), renderSourceModule(text, { exportName: 'linzi2022Source', seedPath: seedLabel }));
console.log(`wrote ${relative(root, join(outDir, 'source.ts'))} (${Buffer.byteLength(text)} bytes)`);

if (writeManifest) {
  const { articles } = parseRulebookText(text);
  writeFileSync(join(outDir, 'manifest.ts'), renderManifestModule(text, articles, { exportName: 'linzi2022Manifest', rulebookId: 'linzi-2022' }));
  console.log(`wrote ${relative(root, join(outDir, 'manifest.ts'))} (${articles.length} articles)`);
}
