#!/usr/bin/env node
// @ts-nocheck
// Builds what is not yet built: the server (tsc → dist/) and the web app (vite → web/dist/), each only when
// its sources are newer than its last build. `--force` rebuilds both. Used by `npm start`, `npm install`
// (prepare) and `npm run build`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');

function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p)) if (entry !== 'node_modules' && entry !== 'dist') walk(path.join(p, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of paths) walk(path.join(root, p));
  return newest;
}

function stale(stampFile, sources) {
  if (force) return true;
  const stamp = path.join(root, stampFile);
  if (!fs.existsSync(stamp)) return true;
  return newestMtime(sources) > fs.statSync(stamp).mtimeMs;
}

function run(label, command, args) {
  process.stderr.write(`[build] ${label} …\n`);
  const started = Date.now();
  const bin = path.join(root, 'node_modules', '.bin', command);
  const result = spawnSync(fs.existsSync(bin) ? bin : command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`[build] ${label} 失败\n`);
    process.exit(result.status ?? 1);
  }
  process.stderr.write(`[build] ${label} 完成（${((Date.now() - started) / 1000).toFixed(1)} 秒）\n`);
}

if (!fs.existsSync(path.join(root, 'node_modules', '.bin', 'tsc'))) {
  process.stderr.write('[build] 缺少构建工具，请先运行 npm install\n');
  process.exit(1);
}

if (stale('dist/.built', ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json'])) {
  // Compile beside the current build and swap only on success, so a failed compile never leaves no build.
  const next = path.join(root, 'dist.next');
  fs.rmSync(next, { recursive: true, force: true });
  run('编译服务端', 'tsc', ['-p', 'tsconfig.build.json', '--outDir', 'dist.next']);
  fs.writeFileSync(path.join(next, '.built'), new Date().toISOString());
  fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  fs.renameSync(next, path.join(root, 'dist'));
}

if (fs.existsSync(path.join(root, 'web/vite.config.ts')) && stale('web/dist/.built', ['web', 'package.json'])) {
  run('构建网页', 'vite', ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
  fs.writeFileSync(path.join(root, 'web/dist/.built'), new Date().toISOString());
}
