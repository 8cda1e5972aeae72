// @ts-nocheck
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backupCommand, restoreCommand, sqliteIntegrityProblems } from '../../src/cli/commands/backup.js';
import { seedCommand } from '../../src/cli/commands/seed.js';

const count = (file: string, table: string) => {
  const db = new SQLite(file, { readonly: true });
  try {
    return (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('备份与恢复演练（SQLite）', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-backup-'));
  const dbFile = path.join(dir, 'zhengwu.db');

  beforeAll(() => {
    vi.stubEnv('ZHENGWU_DATA_DIR', dir);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('在线备份通过完整性检查；恢复后行数一致，原库改名保留', async () => {
    expect(await seedCommand.run([])).toBe(0);
    const units = count(dbFile, 'units');
    const audit = count(dbFile, 'audit_events');
    expect(units).toBeGreaterThan(40);

    const backup = path.join(dir, 'drill.db');
    expect(await backupCommand.run([backup])).toBe(0);
    expect(sqliteIntegrityProblems(backup)).toEqual([]);

    // Damage the live database's data after the backup; the restore must bring back the backed-up state.
    const live = new SQLite(dbFile);
    live.pragma('foreign_keys = OFF');
    live.exec("delete from posts where unit_id = 'tjj'");
    live.close();

    expect(await restoreCommand.run([backup])).toBe(0);
    expect(count(dbFile, 'units')).toBe(units);
    expect(count(dbFile, 'audit_events')).toBe(audit);
    expect(sqliteIntegrityProblems(dbFile)).toEqual([]);
    expect(fs.readdirSync(dir).some((f) => f.includes('.before-restore-'))).toBe(true);
  });

  it('损坏的备份文件不会被恢复', async () => {
    const broken = path.join(dir, 'broken.db');
    fs.writeFileSync(broken, 'not a database');
    expect(await restoreCommand.run([broken])).toBe(1);
    expect(sqliteIntegrityProblems(dbFile)).toEqual([]);
  });
});
