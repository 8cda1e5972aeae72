import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditCommand } from '../../src/cli/commands/audit.js';
import { seedCommand } from '../../src/cli/commands/seed.js';

describe('第四十六条 zhengwu audit 命令（SQLite 文件）', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-audit-'));
  const dbFile = path.join(dir, 'zhengwu.db');
  let stdout: string[] = [];
  let stderr: string[] = [];

  beforeAll(async () => {
    vi.stubEnv('ZHENGWU_DATA_DIR', dir);
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      stdout.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr.push(String(chunk));
      return true;
    });
    expect(await seedCommand.run([])).toBe(0);
  });
  beforeEach(() => {
    stdout = [];
    stderr = [];
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('verify 报告链完整；head --out 导出链头；verify --head 核对链头仍在链上', async () => {
    expect(await auditCommand.run(['verify'])).toBe(0);
    expect(stdout.join('')).toMatch(/^审计链完整：\d+ 条，链头 seq=\d+ hash=[0-9a-f]{64}\n$/);

    const headFile = path.join(dir, 'head.json');
    expect(await auditCommand.run(['head', '--out', headFile])).toBe(0);
    const head = JSON.parse(fs.readFileSync(headFile, 'utf8'));
    expect(head).toMatchObject({ format: 'zhengwu-audit-head/1', seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(head.count).toBe(head.seq);

    stdout = [];
    expect(await auditCommand.run(['verify', '--head', headFile])).toBe(0);
    expect(stdout.join('')).toContain(`导出的链头（第${head.seq}条）仍在链上`);
  });

  it('purge 拒绝未满保留期的清理；grant-app-role 在 SQLite 上不可用', async () => {
    const tomorrow = new Date(Date.now() + 8 * 3600_000 + 86_400_000).toISOString().slice(0, 10);
    expect(await auditCommand.run(['purge', '--before', tomorrow])).toBe(1);
    expect(stderr.join('')).toContain('网络安全法第二十一条');
    expect(await auditCommand.run(['purge'])).toBe(2);
    expect(await auditCommand.run(['grant-app-role', 'zw_app'])).toBe(2);
    expect(await auditCommand.run(['nonsense'])).toBe(2);
  });

  it('改动一条记录后 verify 指出第几条并以 1 退出', async () => {
    const db = new SQLite(dbFile);
    try {
      db.exec('drop trigger audit_events_no_update');
      db.prepare("update audit_events set summary = summary || ' ' where seq = 2").run();
    } finally {
      db.close();
    }
    // The runs above verified only the seed's few records, so seq 2 is at or after the checkpoint and the
    // incremental run finds it; `--full` walks the whole chain (incremental-verify.test.ts covers a record
    // before the checkpoint, which only `--full` or the weekly full pass sees).
    expect(await auditCommand.run(['verify'])).toBe(1);
    expect(stdout.join('')).toMatch(/^审计链已损坏：第2条记录.*不符（已被改动）/);
    stdout = [];
    expect(await auditCommand.run(['verify', '--full'])).toBe(1);
    expect(stdout.join('')).toBe('审计链已损坏：第2条记录的内容与其哈希不符（已被改动）（已核对 1 条）\n');
  });
});
