import path from 'node:path';
import { z } from 'zod';

/**
 * Every setting zhengwu reads, from `ZHENGWU_*` environment variables, validated once at start.
 * A bad value stops the start with a list of what is wrong (see `loadConfig`).
 */
export type Config = {
  /** Interface to listen on. */
  host: string;
  port: number;
  /** Where SQLite data, uploads and backups live. */
  dataDir: string;
  database: { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Seed the demo government when the database is empty. */
  seedDemo: boolean;
  session: { idleMinutes: number; absoluteHours: number; cookieSecure: boolean };
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  /** Where the built web app is served from; empty when absent. */
  webDir: string;
};

const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: '应为 true 或 false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = (what: string) =>
  z.coerce.number({ error: `${what}应为正整数` }).int(`${what}应为正整数`).positive(`${what}应为正整数`);

const envSchema = z.object({
  ZHENGWU_HOST: z.string().min(1).default('127.0.0.1'),
  ZHENGWU_PORT: z.coerce
    .number({ error: '端口应为 0–65535 的整数' })
    .int('端口应为 0–65535 的整数')
    .min(0, '端口应为 0–65535 的整数')
    .max(65535, '端口应为 0–65535 的整数')
    .default(8080),
  ZHENGWU_DATA_DIR: z.string().min(1).default('./data'),
  ZHENGWU_DATABASE_URL: z
    .string()
    .refine((v) => /^(postgres|postgresql):\/\//.test(v) || /^(sqlite|file):/.test(v), {
      message: '应为 postgres://… 或 sqlite:路径',
    })
    .optional(),
  ZHENGWU_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ZHENGWU_SEED_DEMO: booleanText.default(true),
  ZHENGWU_SESSION_IDLE_MINUTES: positiveInt('会话空闲超时（分钟）').default(30),
  ZHENGWU_SESSION_ABSOLUTE_HOURS: positiveInt('会话最长时长（小时）').default(12),
  ZHENGWU_COOKIE_SECURE: booleanText.default(false),
  ZHENGWU_BODY_LIMIT: positiveInt('请求体上限（字节）').default(1_048_576),
  ZHENGWU_WEB_DIR: z.string().optional(),
});

export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`配置有误：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Reads and validates the environment; throws `ConfigError` listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const unknown = Object.keys(env).filter((k) => k.startsWith('ZHENGWU_') && !(k in envSchema.shape));
  const parsed = envSchema.safeParse(env);
  const problems = unknown.map((k) => `${k}：不是已知的设置项`);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}：${issue.message}`);
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  const e = parsed.data;
  const dataDir = path.resolve(cwd, e.ZHENGWU_DATA_DIR);
  return {
    host: e.ZHENGWU_HOST,
    port: e.ZHENGWU_PORT,
    dataDir,
    database: databaseFrom(e.ZHENGWU_DATABASE_URL, dataDir, cwd),
    logLevel: e.ZHENGWU_LOG_LEVEL,
    seedDemo: e.ZHENGWU_SEED_DEMO,
    session: {
      idleMinutes: e.ZHENGWU_SESSION_IDLE_MINUTES,
      absoluteHours: e.ZHENGWU_SESSION_ABSOLUTE_HOURS,
      cookieSecure: e.ZHENGWU_COOKIE_SECURE,
    },
    bodyLimit: e.ZHENGWU_BODY_LIMIT,
    webDir: e.ZHENGWU_WEB_DIR ? path.resolve(cwd, e.ZHENGWU_WEB_DIR) : '',
  };
}

function databaseFrom(url: string | undefined, dataDir: string, cwd: string): Config['database'] {
  if (!url) return { dialect: 'sqlite', file: path.join(dataDir, 'zhengwu.db') };
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', url };
  const file = url.replace(/^(sqlite|file):(\/\/)?/, '');
  return { dialect: 'sqlite', file: file === ':memory:' ? file : path.resolve(cwd, file) };
}
