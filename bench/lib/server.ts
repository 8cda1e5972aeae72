// Starts a benchmark server in its own process and talks to it over IPC (see bench/zhengwu-server.ts).
import { type ChildProcess, fork } from 'node:child_process';
import net from 'node:net';

export type BenchServer = {
  url: string;
  /** Milliseconds from fork to listening (migrate, seed check, build) as the child measured it, and as seen from here. */
  startMs: number;
  /** The process's uptime when it was listening (module loading included). */
  uptimeMs: number;
  spawnToReadyMs: number;
  /** Resolves with the 催办 pass's duration once the one at start has finished. */
  chased: Promise<number>;
  stats: (reset?: boolean) => Promise<{ statements: number; rss: number; heapUsed: number }>;
  pid: number;
  stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

type Message = { type: string; startMs?: number; uptimeMs?: number; ms?: number; statements?: number; rss?: number; heapUsed?: number };

/** `script` relative to bench/ ('./zhengwu-server.ts', './hello-server.ts'); `env` adds to this process's environment. */
export async function startServer(script: string, env: Record<string, string> = {}, execArgv: readonly string[] = []): Promise<BenchServer> {
  const port = await freePort();
  const forkedAt = performance.now();
  const child: ChildProcess = fork(new URL(`../${script}`, import.meta.url).pathname, [String(port)], {
    execArgv: ['--import', 'tsx', ...execArgv],
    env: { ...process.env, ...env },
    // The server's request log goes nowhere (BENCH_SERVER_LOG=1 shows it): its cost stays in the figures, its volume out of the terminal.
    stdio: ['ignore', process.env.BENCH_SERVER_LOG ? 'inherit' : 'ignore', 'inherit', 'ipc'],
  });
  let onChased: (ms: number) => void = () => {};
  let onDied: (error: Error) => void = () => {};
  const chased = new Promise<number>((resolve, reject) => {
    onChased = resolve;
    onDied = reject;
  });
  chased.catch(() => {});
  const waiting: ((m: Message) => void)[] = [];
  const dying: ((error: Error) => void)[] = [];
  child.on('message', (m: Message) => {
    if (m.type === 'chased') onChased(m.ms ?? 0);
    if (m.type === 'stats') waiting.shift()?.(m);
  });
  const ready = await new Promise<Message>((resolve, reject) => {
    const onReady = (m: Message) => {
      if (m.type !== 'ready') return;
      child.off('message', onReady);
      resolve(m);
    };
    child.on('message', onReady);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  const spawnToReadyMs = performance.now() - forkedAt;
  let stopping = false;
  // A server that dies must fail the run loudly, never leave a promise pending (Node would exit 0 in silence).
  child.once('exit', (code, signal) => {
    if (stopping) return;
    const error = new Error(`benchmark server ${script} exited (code ${code}, signal ${signal})`);
    process.stderr.write(`${error.message}\n`);
    onDied(error);
    for (const reject of dying.splice(0)) reject(error);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    startMs: ready.startMs ?? spawnToReadyMs,
    uptimeMs: ready.uptimeMs ?? spawnToReadyMs,
    spawnToReadyMs,
    chased,
    pid: child.pid ?? 0,
    stats: (reset = false) =>
      new Promise((resolve, reject) => {
        if (child.exitCode !== null) return reject(new Error(`benchmark server ${script} is not running`));
        dying.push(reject);
        waiting.push((m) => resolve({ statements: m.statements ?? 0, rss: m.rss ?? 0, heapUsed: m.heapUsed ?? 0 }));
        child.send({ type: reset ? 'reset' : 'stats' });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
