#!/usr/bin/env node
// @ts-nocheck
// Lists the mutants that survived the last `npm run test:mutation` (reports/mutation/mutation.json), one line
// each — file:line, mutator, replacement — optionally only for files whose path contains the argument.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(new URL('../reports/mutation/mutation.json', import.meta.url), 'utf8'));
const filter = process.argv[2] ?? '';
const statuses = new Set((process.env.STATUS ?? 'Survived,NoCoverage').split(','));
let total = 0;
for (const [file, { mutants }] of Object.entries(report.files)) {
  if (!file.includes(filter)) continue;
  for (const m of mutants) {
    if (!statuses.has(m.status)) continue;
    total++;
    const replacement = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100);
    console.log(`${file}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName} → ${replacement}`);
  }
}
console.log(`${total} mutant(s)`);
