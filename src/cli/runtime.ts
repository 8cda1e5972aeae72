import { systemClock } from '../clock.js';
import { type Config, ConfigError, loadConfig } from '../config.js';
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
