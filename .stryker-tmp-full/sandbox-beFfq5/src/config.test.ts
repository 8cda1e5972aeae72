// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('配置：ZHENGWU_* 环境变量一次校验', () => {
  it('默认：SQLite 在 ./data，端口 8080，生成演示政府', () => {
    const c = loadConfig({}, '/srv/zw');
    expect(c.port).toBe(8080);
    expect(c.database).toEqual({ dialect: 'sqlite', file: '/srv/zw/data/zhengwu.db' });
    expect(c.seedDemo).toBe(true);
    expect(c.session).toEqual({ idleMinutes: 30, absoluteHours: 12, cookieSecure: false });
  });

  it('postgres:// 地址切换到 PostgreSQL', () => {
    expect(loadConfig({ ZHENGWU_DATABASE_URL: 'postgres://u:p@db/zw' }).database).toEqual({ dialect: 'postgres', url: 'postgres://u:p@db/zw' });
  });

  it('错误的值阻止启动，并逐项列出所有问题', () => {
    try {
      loadConfig({ ZHENGWU_PORT: 'eighty', ZHENGWU_SEED_DEMO: 'maybe', ZHENGWU_DATABASE_URL: 'mysql://x', ZHENGWU_COLOUR: 'red' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(4);
      expect(problems.join('\n')).toMatch(/ZHENGWU_PORT/);
      expect(problems.join('\n')).toMatch(/ZHENGWU_SEED_DEMO/);
      expect(problems.join('\n')).toMatch(/ZHENGWU_DATABASE_URL/);
      expect(problems.join('\n')).toMatch(/ZHENGWU_COLOUR：不是已知的设置项/);
    }
  });
});
