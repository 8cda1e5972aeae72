#!/usr/bin/env node
// @ts-nocheck
// The `zhengwu` command: runs the compiled CLI (built by `npm install` or `npm run build`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('zhengwu 尚未构建：请先运行 npm run build（npm install 会自动构建）\n');
  process.exit(2);
}
const { main } = await import(entry.href);
try {
  const code = await main(process.argv.slice(2));
  process.exitCode = code;
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
