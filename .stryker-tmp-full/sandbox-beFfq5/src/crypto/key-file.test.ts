// @ts-nocheck
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY_FILE_NAME, KeyFileError, loadFieldKeys, readKeyFile } from './key-file.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-key-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('SM4 密钥来源', () => {
  it('设置了 ZHENGWU_SM4_KEYS 时使用配置的密钥，不生成文件', () => {
    const dataDir = tempDir();
    const loaded = loadFieldKeys({ dataDir, sm4Keys: [{ id: 'env1', key: Buffer.alloc(16, 2) }] }, { generate: true });
    expect(loaded.source).toBe('config');
    expect(loaded.keys.map((k) => k.id)).toEqual(['env1']);
    expect(fs.existsSync(path.join(dataDir, KEY_FILE_NAME))).toBe(false);
  });

  it('未设置时首次生成 0600 的密钥文件，之后读取同一密钥', () => {
    const dataDir = path.join(tempDir(), 'data');
    const first = loadFieldKeys({ dataDir, sm4Keys: [] }, { generate: true });
    expect(first).toMatchObject({ source: 'file', generated: true });
    const file = path.join(dataDir, KEY_FILE_NAME);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const second = loadFieldKeys({ dataDir, sm4Keys: [] }, { generate: true });
    expect(second).toMatchObject({ source: 'file', generated: false });
    expect(second.keys[0]?.id).toBe(first.keys[0]?.id);
    expect(second.keys[0]?.key.equals(first.keys[0]?.key as Buffer)).toBe(true);
    expect(first.keys[0]?.key).toHaveLength(16);
  });

  it('不允许生成时没有密钥即报错', () => {
    expect(() => loadFieldKeys({ dataDir: tempDir(), sm4Keys: [] }, { generate: false })).toThrow(KeyFileError);
  });

  it.skipIf(process.platform === 'win32')('其他用户可读的密钥文件被拒绝', () => {
    const file = path.join(tempDir(), KEY_FILE_NAME);
    fs.writeFileSync(file, `k1:${'ab'.repeat(16)}\n`, { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    expect(() => readKeyFile(file)).toThrow(/chmod 600/);
  });

  it('格式无效的行指出行号；可有多行，第一行为当前密钥', () => {
    const file = path.join(tempDir(), KEY_FILE_NAME);
    fs.writeFileSync(file, `# comment\nnew:${'cd'.repeat(16)}\nold:${'ab'.repeat(16)}\n`, { mode: 0o600 });
    expect(readKeyFile(file).map((k) => k.id)).toEqual(['new', 'old']);
    fs.writeFileSync(file, 'k1:nothex\n');
    expect(() => readKeyFile(file)).toThrow('第1行');
  });
});
