// @ts-nocheck
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import type { FieldKey } from './field-cipher.js';

/** The generated key's file name in the data directory. */
export const KEY_FILE_NAME = 'sm4.key';

/** Where the SM4 keys came from: `ZHENGWU_SM4_KEYS`, or the key file in the data directory. */
export type FieldKeySource = { keys: FieldKey[]; source: 'config' } | { keys: FieldKey[]; source: 'file'; file: string; generated: boolean };

/** A key file that is missing (and may not be generated), unreadable, malformed or readable by others. */
export class KeyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyFileError';
  }
}

const LINE = /^([A-Za-z0-9_-]{1,16}):([0-9a-fA-F]{32})$/;

/**
 * The keys to use: the configured ones when `ZHENGWU_SM4_KEYS` is set (the key file is then ignored, so an
 * old file key must be listed there to keep decrypting); otherwise `<dataDir>/sm4.key`, generated with mode
 * 0600 when absent and `generate` is true.
 */
export function loadFieldKeys(config: Pick<Config, 'sm4Keys' | 'dataDir'>, options: { generate: boolean }): FieldKeySource {
  if (config.sm4Keys.length > 0) return { keys: config.sm4Keys.map((k) => ({ id: k.id, key: Buffer.from(k.key) })), source: 'config' };
  const file = path.join(config.dataDir, KEY_FILE_NAME);
  if (!fs.existsSync(file)) {
    if (!options.generate) throw new KeyFileError(`未配置 ZHENGWU_SM4_KEYS，且数据目录中没有密钥文件 ${file}（首次执行 zhengwu start 时生成）`);
    if (generateKeyFile(file)) return { keys: readKeyFile(file), source: 'file', file, generated: true };
  }
  return { keys: readKeyFile(file), source: 'file', file, generated: false };
}

/** Writes a new random key; false when another process created the file first (then use theirs). */
export function generateKeyFile(file: string): boolean {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const id = `local-${randomBytes(4).toString('hex')}`;
  const key = randomBytes(16);
  const text = [
    '# zhengwu 个人信息加密密钥（SM4），首次启动时生成。格式：编号:32位十六进制密钥，第一行为当前密钥。',
    '# 生产环境应改用 ZHENGWU_SM4_KEYS 设置密钥，并与数据库备份分开妥善保管；丢失密钥则已加密的个人信息无法恢复。',
    `${id}:${key.toString('hex')}`,
    '',
  ].join('\n');
  key.fill(0);
  try {
    // 'wx': never overwrite a key that exists, even when two processes start at once.
    fs.writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  fs.chmodSync(file, 0o600);
  return true;
}

/** Reads `id:hex` lines (first is current; `#` lines are comments); refuses a file others can read. */
export function readKeyFile(file: string): FieldKey[] {
  if (process.platform !== 'win32') {
    const mode = fs.statSync(file).mode & 0o777;
    if ((mode & 0o077) !== 0) {
      throw new KeyFileError(`密钥文件 ${file} 的权限为 ${mode.toString(8).padStart(4, '0')}，其他用户可读；请执行 chmod 600 ${file}`);
    }
  }
  const keys: FieldKey[] = [];
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = LINE.exec(line);
    if (!match) throw new KeyFileError(`密钥文件 ${file} 第${index + 1}行格式无效：应为 编号:32位十六进制密钥`);
    keys.push({ id: match[1] as string, key: Buffer.from(match[2] as string, 'hex') });
  }
  if (keys.length === 0) throw new KeyFileError(`密钥文件 ${file} 中没有密钥`);
  return keys;
}
