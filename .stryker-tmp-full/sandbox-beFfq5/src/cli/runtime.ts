// @ts-nocheck
import { systemClock } from '../clock.js';
import { type Config, ConfigError, loadConfig } from '../config.js';
import { createFieldCipher, type FieldCipher } from '../crypto/field-cipher.js';
import { KeyFileError, loadFieldKeys } from '../crypto/key-file.js';
import { type DatabaseHandle, migrateToLatest, openDatabase } from '../db/database.js';

/** Loads the configuration, or prints what is wrong and returns undefined. */
export function configOrReport(): Config | undefined {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return undefined;
    }
    throw error;
  }
}

/** Opens and migrates the configured database. */
export async function openMigrated(config: Config): Promise<{ handle: DatabaseHandle; applied: string[] }> {
  const handle = openDatabase(config.database);
  try {
    return { handle, applied: await migrateToLatest(handle.db) };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

export const clock = systemClock;

export function wantsHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

export function describeDatabase(config: Config): string {
  return config.database.dialect === 'sqlite' ? `SQLite ${config.database.file}` : `PostgreSQL ${config.database.url.replace(/:[^:@/]*@/, ':***@')}`;
}

/**
 * The SM4 field cipher for the configured keys, or for the key file in the data directory when
 * `ZHENGWU_SM4_KEYS` is empty (generated on first use when `generate`). Prints a warning when it generates
 * one, and when a file key serves PostgreSQL (other processes would each generate a different key). Throws
 * `KeyFileError` when no usable key exists.
 */
export function fieldCipherFor(config: Config, options: { generate: boolean } = { generate: true }): FieldCipher {
  const loaded = loadFieldKeys(config, options);
  const cipher = createFieldCipher(loaded.keys);
  // The cipher keeps only derived subkeys; clear the raw key bytes (等保 8.1.4.10).
  for (const k of loaded.keys) k.key.fill(0);
  if (loaded.source === 'file') {
    const warnings = [
      ...(loaded.generated ? [`已生成个人信息加密密钥（SM4）：${loaded.file}（权限 0600）。`] : []),
      ...(loaded.generated || config.database.dialect === 'postgres'
        ? [
            '警告：未设置 ZHENGWU_SM4_KEYS，正在使用数据目录中的密钥文件。生产环境应通过 ZHENGWU_SM4_KEYS 设置密钥，',
            '并与数据库备份分开保管；多个进程共用 PostgreSQL 时必须使用同一组密钥。',
          ]
        : []),
    ];
    if (warnings.length > 0) process.stderr.write(`${warnings.join('\n')}\n`);
  }
  return cipher;
}

/** `fieldCipherFor`, or prints why there is no usable key and returns undefined (like `configOrReport`). */
export function fieldCipherOrReport(config: Config, options: { generate: boolean } = { generate: true }): FieldCipher | undefined {
  try {
    return fieldCipherFor(config, options);
  } catch (error) {
    if (error instanceof KeyFileError) {
      process.stderr.write(`${error.message}\n`);
      return undefined;
    }
    throw error;
  }
}
