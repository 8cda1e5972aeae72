// @ts-nocheck
import type { CliCommand } from '../command.js';
import { configOrReport, describeDatabase, openMigrated, wantsHelp } from '../runtime.js';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: '把数据库迁移到最新结构',
  usage: '用法：zhengwu migrate\n\n对 ZHENGWU_DATABASE_URL（默认 ./data/zhengwu.db）执行尚未执行的迁移。',
  async run(args) {
    if (wantsHelp(args)) {
      process.stdout.write(`${this.usage}\n`);
      return 0;
    }
    const config = configOrReport();
    if (!config) return 2;
    const { handle, applied } = await openMigrated(config);
    await handle.close();
    process.stdout.write(`${describeDatabase(config)}：${applied.length ? `已执行迁移 ${applied.join(', ')}` : '已是最新结构'}\n`);
    return 0;
  },
};
