// @ts-nocheck
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fieldCipherFor, fieldCipherOrReport } from '../../src/cli/runtime.js';
import { loadConfig } from '../../src/config.js';

describe('启动时加载 SM4 密钥', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-keys-'));
  afterAll(() => {
    vi.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('未设置 ZHENGWU_SM4_KEYS：首次生成数据目录中的 sm4.key 并警告，再次启动用同一密钥且不再警告', () => {
    const err: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
    const config = loadConfig({ ZHENGWU_DATA_DIR: dir }, dir);
    const first = fieldCipherFor(config);
    expect(err.join('')).toContain('生产环境应通过 ZHENGWU_SM4_KEYS 设置密钥');
    expect(fs.statSync(path.join(dir, 'sm4.key')).mode & 0o777).toBe(0o600);
    const value = first.encrypt('13812345678', 'ctx');
    err.length = 0;
    const second = fieldCipherFor(config);
    expect(err).toEqual([]);
    expect(second.currentKeyId).toBe(first.currentKeyId);
    expect(second.decrypt(value, 'ctx')).toBe('13812345678');
  });

  it('设置了 ZHENGWU_SM4_KEYS：用配置的密钥，配置不被清零', () => {
    const config = loadConfig({ ZHENGWU_DATA_DIR: dir, ZHENGWU_SM4_KEYS: `prod1:${'ab'.repeat(16)}` }, dir);
    expect(fieldCipherFor(config).currentKeyId).toBe('prod1');
    expect(config.sm4Keys[0]?.key.toString('hex')).toBe('ab'.repeat(16));
  });

  it('密钥文件权限过宽：报告原因并拒绝启动', () => {
    const err: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
    fs.chmodSync(path.join(dir, 'sm4.key'), 0o644);
    expect(fieldCipherOrReport(loadConfig({ ZHENGWU_DATA_DIR: dir }, dir))).toBeUndefined();
    expect(err.join('')).toContain('chmod 600');
  });
});
