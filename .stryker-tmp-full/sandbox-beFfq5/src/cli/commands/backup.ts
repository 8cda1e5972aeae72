// @ts-nocheck
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { Config } from '../../config.js';
import type { CliCommand } from '../command.js';
import { configOrReport, describeDatabase, openMigrated, wantsHelp } from '../runtime.js';

const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\..+$/, '');

function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${total === 0 ? 100 : Math.round((done / total) * 100)}%`;
}

/** Checks a SQLite file with `PRAGMA integrity_check`; returns the problems, none when sound. */
export function sqliteIntegrityProblems(file: string): string[] {
  let db: SQLite.Database | undefined;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
  } catch (error) {
    return [`无法作为 SQLite 数据库读取：${error instanceof Error ? error.message : String(error)}`];
  } finally {
    db?.close();
  }
}

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: '备份数据库（SQLite 在线备份；PostgreSQL 用 pg_dump）',
  usage: `用法：zhengwu backup [文件]

SQLite：在线备份（服务运行时亦可），完成后做完整性检查。默认写到 <数据目录>/backups/zhengwu-时间.db。
PostgreSQL：调用 pg_dump 生成自定义格式备份，默认 <数据目录>/backups/zhengwu-时间.dump。`,
  async run(args) {
    if (wantsHelp(args)) {
      process.stdout.write(`${this.usage}\n`);
      return 0;
    }
    const config = configOrReport();
    if (!config) return 2;
    const target = path.resolve(args[0] ?? path.join(config.dataDir, 'backups', `zhengwu-${stamp()}.${config.database.dialect === 'sqlite' ? 'db' : 'dump'}`));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (config.database.dialect === 'postgres') return pgDump(config.database.url, target);
    const { handle } = await openMigrated(config);
    try {
      const sqlite = handle.sqlite;
      if (!sqlite) throw new Error('SQLite connection missing');
      await sqlite.backup(target, {
        progress: ({ totalPages, remainingPages }) => {
          process.stderr.write(`\r备份中 ${progressBar(totalPages - remainingPages, totalPages)}`);
          return 256;
        },
      });
      process.stderr.write('\n');
    } finally {
      await handle.close();
    }
    const problems = sqliteIntegrityProblems(target);
    if (problems.length > 0) {
      process.stderr.write(`备份文件完整性检查失败：${problems.join('; ')}\n`);
      return 1;
    }
    process.stdout.write(`已备份 ${describeDatabase(config)} 到 ${target}（完整性检查通过）\n`);
    return 0;
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: '从备份恢复数据库（须先停止服务）',
  usage: `用法：zhengwu restore <备份文件>

SQLite：先检查备份文件完整性，把当前数据库改名保留（.before-restore-时间），再放入备份。须先停止服务。
PostgreSQL：调用 pg_restore --clean --if-exists 恢复到 ZHENGWU_DATABASE_URL 指向的数据库。`,
  async run(args) {
    if (wantsHelp(args) || !args[0]) {
      process.stdout.write(`${this.usage}\n`);
      return args[0] ? 0 : 2;
    }
    const config = configOrReport();
    if (!config) return 2;
    const source = path.resolve(args[0]);
    if (!fs.existsSync(source)) {
      process.stderr.write(`备份文件不存在：${source}\n`);
      return 2;
    }
    if (config.database.dialect === 'postgres') return pgRestore(config.database.url, source);
    return sqliteRestore(config, source);
  },
};

function sqliteRestore(config: Config, source: string): number {
  if (config.database.dialect !== 'sqlite') return 2;
  const problems = sqliteIntegrityProblems(source);
  if (problems.length > 0) {
    process.stderr.write(`备份文件完整性检查失败，未恢复：${problems.join('; ')}\n`);
    return 1;
  }
  const target = config.database.file;
  if (fs.existsSync(target)) {
    const kept = `${target}.before-restore-${stamp()}`;
    // Fold the WAL into the main file first, so the kept copy is whole.
    const current = new SQLite(target);
    current.pragma('wal_checkpoint(TRUNCATE)');
    current.close();
    fs.renameSync(target, kept);
    process.stdout.write(`当前数据库已保留为 ${kept}\n`);
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(source, target);
  process.stdout.write(`已从 ${source} 恢复到 ${target}\n`);
  return 0;
}

function pgDump(url: string, target: string): number {
  const result = spawnSync('pg_dump', ['--format=custom', '--no-owner', `--file=${target}`, url], { stdio: 'inherit' });
  if (result.error) {
    process.stderr.write(`无法运行 pg_dump：${result.error.message}（请安装 PostgreSQL 客户端）\n`);
    return 1;
  }
  if (result.status === 0) process.stdout.write(`已备份到 ${target}\n`);
  return result.status ?? 1;
}

function pgRestore(url: string, source: string): number {
  const result = spawnSync('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${url}`, source], { stdio: 'inherit' });
  if (result.error) {
    process.stderr.write(`无法运行 pg_restore：${result.error.message}（请安装 PostgreSQL 客户端）\n`);
    return 1;
  }
  if (result.status === 0) process.stdout.write(`已从 ${source} 恢复\n`);
  return result.status ?? 1;
}
