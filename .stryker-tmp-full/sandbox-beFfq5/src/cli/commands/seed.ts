// @ts-nocheck
import { seedDemoGovernment } from '../../operations/seed-demo-government.js';
import type { CliCommand } from '../command.js';
import { clock, configOrReport, openMigrated, wantsHelp } from '../runtime.js';

export const seedCommand: CliCommand = {
  name: 'seed',
  summary: '生成演示政府（仅当数据库中还没有用户）',
  usage: '用法：zhengwu seed\n\n数据库中没有任何用户时，写入演示政府的组织机构与每个角色一个演示账号。',
  async run(args) {
    if (wantsHelp(args)) {
      process.stdout.write(`${this.usage}\n`);
      return 0;
    }
    const config = configOrReport();
    if (!config) return 2;
    const { handle } = await openMigrated(config);
    const { seeded } = await seedDemoGovernment(handle, clock);
    await handle.close();
    process.stdout.write(seeded ? '已生成演示政府\n' : '数据库中已有用户，未生成演示数据\n');
    return 0;
  },
};
