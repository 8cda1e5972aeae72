// @ts-nocheck
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
  /** The jurisdiction whose rulebook the platform runs by (a key of the rulebook set: `linzi`). */
  jurisdiction: string;
  session: { idleMinutes: number; absoluteHours: number; cookieSecure: boolean };
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  /** Where the built web app is served from; empty when absent. */
  webDir: string;
  /**
   * The security policy's defaults (等保 2.0 level 3 profile). The security administrator may change them at
   * run time; these are what a fresh installation starts with.
   */
  security: {
    passwordMinLength: number;
    passwordMinClasses: number;
    passwordExpiryDays: number;
    passwordHistory: number;
    lockoutAttempts: number;
    lockoutMinutes: number;
    /** Login attempts allowed per IP address per minute. */
    loginRatePerMinute: number;
  };
  /**
   * SM4 keys for personal data at rest, as `id:32-hex-chars`. The first is current (used to encrypt); the
   * rest are older keys still accepted for decryption during rotation. Empty: a key is generated in the data
   * directory on first start.
   */
  sm4Keys: readonly { id: string; key: Buffer }[];
  /** Audit rows younger than this many days can never be purged (网络安全法 art. 21: at least 6 months). */
  auditRetentionDays: number;
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
  ZHENGWU_JURISDICTION: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, '应为规则库中的辖区编号，如 linzi').default('linzi'),
  ZHENGWU_SESSION_IDLE_MINUTES: positiveInt('会话空闲超时（分钟）').default(30),
  ZHENGWU_SESSION_ABSOLUTE_HOURS: positiveInt('会话最长时长（小时）').default(12),
  ZHENGWU_COOKIE_SECURE: booleanText.default(false),
  ZHENGWU_BODY_LIMIT: positiveInt('请求体上限（字节）').default(1_048_576),
  ZHENGWU_WEB_DIR: z.string().optional(),
  ZHENGWU_PASSWORD_MIN_LENGTH: positiveInt('密码最小长度').default(8),
  ZHENGWU_PASSWORD_MIN_CLASSES: z.coerce.number().int().min(1, '密码字符类别应为 1–4').max(4, '密码字符类别应为 1–4').default(3),
  ZHENGWU_PASSWORD_EXPIRY_DAYS: positiveInt('密码有效期（天）').default(90),
  ZHENGWU_PASSWORD_HISTORY: positiveInt('不得重复使用的历史密码个数').default(5),
  ZHENGWU_LOCKOUT_ATTEMPTS: positiveInt('锁定前允许的连续失败次数').default(5),
  ZHENGWU_LOCKOUT_MINUTES: positiveInt('锁定时长（分钟）').default(15),
  ZHENGWU_LOGIN_RATE_PER_MINUTE: positiveInt('每分钟每个地址的登录请求数').default(20),
  ZHENGWU_SM4_KEYS: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,16}:[0-9a-fA-F]{32}(,[A-Za-z0-9_-]{1,16}:[0-9a-fA-F]{32})*$/, '应为 编号:32位十六进制密钥，多个以逗号分隔，第一个为当前密钥')
    .optional(),
  ZHENGWU_AUDIT_RETENTION_DAYS: z.coerce
    .number({ error: '审计记录保留天数应为整数' })
    .int('审计记录保留天数应为整数')
    .min(180, '审计记录至少保留180天（网络安全法第二十一条：不少于六个月）')
    .default(180),
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
    jurisdiction: e.ZHENGWU_JURISDICTION,
    session: {
      idleMinutes: e.ZHENGWU_SESSION_IDLE_MINUTES,
      absoluteHours: e.ZHENGWU_SESSION_ABSOLUTE_HOURS,
      cookieSecure: e.ZHENGWU_COOKIE_SECURE,
    },
    bodyLimit: e.ZHENGWU_BODY_LIMIT,
    webDir: e.ZHENGWU_WEB_DIR ? path.resolve(cwd, e.ZHENGWU_WEB_DIR) : '',
    security: {
      passwordMinLength: e.ZHENGWU_PASSWORD_MIN_LENGTH,
      passwordMinClasses: e.ZHENGWU_PASSWORD_MIN_CLASSES,
      passwordExpiryDays: e.ZHENGWU_PASSWORD_EXPIRY_DAYS,
      passwordHistory: e.ZHENGWU_PASSWORD_HISTORY,
      lockoutAttempts: e.ZHENGWU_LOCKOUT_ATTEMPTS,
      lockoutMinutes: e.ZHENGWU_LOCKOUT_MINUTES,
      loginRatePerMinute: e.ZHENGWU_LOGIN_RATE_PER_MINUTE,
    },
    sm4Keys: (e.ZHENGWU_SM4_KEYS ?? '')
      .split(',')
      .filter(Boolean)
      .map((entry) => {
        const [id, hex] = entry.split(':') as [string, string];
        return { id, key: Buffer.from(hex, 'hex') };
      }),
    auditRetentionDays: e.ZHENGWU_AUDIT_RETENTION_DAYS,
  };
}

function databaseFrom(url: string | undefined, dataDir: string, cwd: string): Config['database'] {
  if (!url) return { dialect: 'sqlite', file: path.join(dataDir, 'zhengwu.db') };
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', url };
  const file = url.replace(/^(sqlite|file):(\/\/)?/, '');
  return { dialect: 'sqlite', file: file === ':memory:' ? file : path.resolve(cwd, file) };
}
