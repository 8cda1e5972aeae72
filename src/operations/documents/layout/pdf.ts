import { spawn } from 'node:child_process';
import { accessSync, constants, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DomainError, invalid } from '../../../domain/errors.js';

/** How long one conversion may take before it is killed (a first start of LibreOffice builds its profile). */
const TIMEOUT_MS = 90_000;
/**
 * Conversions at a time. LibreOffice takes a core for a second or two per document; with two cores shared with
 * the server and the database, one at a time keeps PDF requests from starving everything else.
 */
const CONCURRENCY = 1;

/** The LibreOffice binary on PATH (`soffice` or `libreoffice`), or null where it is not installed. */
export function findSoffice(): string | null {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['soffice', 'libreoffice']) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not in this directory
      }
    }
  }
  return null;
}

/** Whether this server can turn a .docx into a PDF. */
export function isPdfAvailable(): boolean {
  return findSoffice() !== null;
}

/**
 * One private LibreOffice profile per conversion slot: two instances sharing a profile block each other, and a
 * fresh profile for every conversion costs seconds. A slot runs one conversion at a time, so its profile is never
 * shared. Profiles live under one directory, named by process id; a process removes its own on exit, and those of
 * processes that died without exiting (a killed test worker) are swept by the next one.
 */
let profileRoot: string | undefined;
async function root(): Promise<string> {
  if (profileRoot) return profileRoot;
  const base = join(tmpdir(), 'zhengwu-soffice');
  await mkdir(base, { recursive: true, mode: 0o700 });
  for (const entry of await readdir(base).catch(() => [] as string[])) {
    const pid = Number(entry.split('-')[0]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isAlive(pid)) await rm(join(base, entry), { recursive: true, force: true });
  }
  const dir = join(base, String(process.pid));
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'fonts.conf'), fontsConf);
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  profileRoot = dir;
  return dir;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function profileFor(slot: number): Promise<string> {
  const dir = join(await root(), `profile-${slot}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

/**
 * The faces GB/T 9704 names (方正小标宋简体, 仿宋_GB2312, 楷体_GB2312, 黑体, 宋体) are commercial and rarely on a
 * server. Where they are missing, the PDF uses the nearest free face instead of whatever fontconfig falls back to
 * (often a Japanese sans): Song-style serif for 仿宋, 宋体 and 小标宋, a 楷 face where one is installed, sans for
 * 黑体. `accept` puts them after the named face, so a machine with the real fonts uses the real fonts.
 */
const substitutes: Record<string, readonly string[]> = {
  方正小标宋简体: ['Noto Serif CJK SC', 'AR PL UMing CN'],
  '仿宋_GB2312': ['FangSong', 'Noto Serif CJK SC', 'AR PL UMing CN'],
  '楷体_GB2312': ['KaiTi', 'AR PL UKai CN', 'Noto Serif CJK SC'],
  黑体: ['SimHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei'],
  宋体: ['SimSun', 'Noto Serif CJK SC', 'AR PL UMing CN'],
};
const fontsConf = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
  '<fontconfig>',
  '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
  ...Object.entries(substitutes).map(
    ([family, faces]) => `  <alias binding="same"><family>${family}</family><accept>${faces.map((f) => `<family>${f}</family>`).join('')}</accept></alias>`,
  ),
  '</fontconfig>',
  '',
].join('\n');

const waiting: (() => void)[] = [];
const freeSlots = Array.from({ length: CONCURRENCY }, (_, i) => i);

async function withSlot<T>(work: (slot: number) => Promise<T>): Promise<T> {
  while (freeSlots.length === 0) await new Promise<void>((resolve) => waiting.push(resolve));
  const slot = freeSlots.pop() as number;
  try {
    return await work(slot);
  } finally {
    freeSlots.push(slot);
    waiting.shift()?.();
  }
}

function run(binary: string, args: readonly string[], fontConfig: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout kills LibreOffice's helper processes too.
    const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true, env: { ...process.env, FONTCONFIG_FILE: fontConfig } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new Error(`LibreOffice did not finish within ${TIMEOUT_MS / 1000} s`));
    }, TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`LibreOffice exited with ${code}: ${stderr.trim()}`));
    });
  });
}

/**
 * Converts a .docx to PDF with LibreOffice headless, one conversion at a time. Where LibreOffice is not installed
 * it refuses with `unavailable` (503) and says the Word file can be downloaded instead.
 */
export async function docxToPdf(docx: Buffer): Promise<Buffer> {
  const binary = findSoffice();
  if (!binary) throw new DomainError('unavailable', '服务器未安装 LibreOffice，暂不能生成 PDF；可下载 Word 文件');
  // A .docx is a zip; anything else LibreOffice would happily print as plain text.
  if (docx.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004') invalid('不是 Word（.docx）文件，不能转换为 PDF');
  return withSlot(async (slot) => {
    const profile = await profileFor(slot);
    const work = await mkdtemp(join(tmpdir(), 'zhengwu-pdf-'));
    try {
      const input = join(work, 'document.docx');
      await writeFile(input, docx);
      await run(binary, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nologo', '--convert-to', 'pdf', '--outdir', work, input], join(await root(), 'fonts.conf'));
      return await readFile(join(work, 'document.pdf')).catch(() => {
        throw new Error('LibreOffice finished without writing a PDF');
      });
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
}
