// @ts-nocheck
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, where `bin/zhengwu.js` and the compiled `dist/` live. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Stops the run with a clear message when the compiled server is missing; the child runs `dist/`, not `src/`. */
export function assertServerBuilt(): void {
  const entry = path.join(repoRoot, 'dist', 'cli', 'main.js');
  if (!fs.existsSync(entry)) {
    throw new Error(`找不到编译后的服务端 ${entry}：请先运行 npm run build（崩溃测试启动的是真实的 node bin/zhengwu.js start）`);
  }
}

/** A real `zhengwu start` child process. */
export type ServerProcess = {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  pid: number;
  /** What the child wrote to stderr so far (for failure messages). */
  stderr: () => string;
  /** SIGKILL, then wait until the process is gone. Safe to call twice. */
  kill: () => Promise<void>;
  /** SIGTERM (graceful stop); resolves with the exit code. */
  stop: () => Promise<number | null>;
};

export type ServerOptions = {
  dataDir: string;
  /** PostgreSQL URL; absent for SQLite in `dataDir`. */
  databaseUrl?: string;
  readyTimeoutMs?: number;
};

/** Every child still alive, so `afterEach`/`afterAll` can kill them whatever happened in the test. */
const live = new Set<ChildProcess>();
// Last resort when the test worker itself goes away: no server may outlive it.
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** Kills every server child this module started that is still running. */
export async function killAllServers(): Promise<void> {
  await Promise.all(
    [...live].map(async (child) => {
      if (child.exitCode === null && child.signalCode === null) {
        const gone = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await gone;
      }
      live.delete(child);
    }),
  );
}

/**
 * Starts `node bin/zhengwu.js start` with only the crash test's `ZHENGWU_*` settings (the server refuses
 * unknown `ZHENGWU_*` variables, such as the test run's own), on a port the OS picks, and waits for the
 * ready line `zhengwu 政务 已启动：http://…`.
 */
export async function startServer(options: ServerOptions): Promise<ServerProcess> {
  assertServerBuilt();
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('ZHENGWU_')));
  env.ZHENGWU_DATA_DIR = options.dataDir;
  env.ZHENGWU_PORT = '0';
  env.ZHENGWU_LOG_LEVEL = 'warn';
  if (options.databaseUrl) env.ZHENGWU_DATABASE_URL = options.databaseUrl;

  const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'zhengwu.js'), 'start'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      live.delete(child);
      resolve(code);
    }),
  );
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    err = (err + chunk).slice(-20_000);
  });

  const isRunning = () => child.exitCode === null && child.signalCode === null;
  const kill = async () => {
    if (isRunning()) child.kill('SIGKILL');
    await exited;
  };

  const timeoutMs = options.readyTimeoutMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', (chunk: string) => {
        out += chunk;
        const match = /已启动：(http:\/\/[^\s/]+)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      void exited.then((code) => reject(new Error(`服务未能启动（退出码 ${code}）：\n${err || out}`)));
      child.once('error', reject);
      timer = setTimeout(() => reject(new Error(`服务 ${timeoutMs} ms 内未就绪：\n${err || out}`)), timeoutMs);
    });
    return {
      url,
      pid: child.pid ?? -1,
      stderr: () => err,
      kill,
      stop: async () => {
        if (isRunning()) child.kill('SIGTERM');
        return exited;
      },
    };
  } catch (error) {
    await kill();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
