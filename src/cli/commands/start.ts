import { DEMO_PASSWORD, demoLogins } from '../../db/seed/demo-government.js';
import { buildApp } from '../../http/app.js';
import { chaseIncoming } from '../../operations/documents/chase-incoming.js';
import { chaseCountersigns } from '../../operations/outgoing/chase-countersign.js';
import { openDueLookBacks } from '../../operations/supervision/suggestions.js';
import { seedDemoGovernment } from '../../operations/seed-demo-government.js';
import type { CliCommand } from '../command.js';
import { clock, configOrReport, describeDatabase, fieldCipherOrReport, openMigrated, wantsHelp } from '../runtime.js';

export const startCommand: CliCommand = {
  name: 'start',
  summary: '启动服务：迁移数据库，首次启动时生成演示政府，提供接口与网页',
  usage: `用法：zhengwu start

迁移数据库到最新结构；数据库中没有用户时生成演示政府（ZHENGWU_SEED_DEMO=false 可关闭）；
在 ZHENGWU_HOST:ZHENGWU_PORT（默认 127.0.0.1:8080）提供接口与网页。Ctrl+C 或 SIGTERM 平稳停止。`,
  async run(args) {
    if (wantsHelp(args)) {
      process.stdout.write(`${this.usage}\n`);
      return 0;
    }
    const config = configOrReport();
    if (!config) return 2;
    // The key first: without one, personal data could be neither read nor written, so do not start at all.
    const fieldCipher = fieldCipherOrReport(config);
    if (!fieldCipher) return 2;
    const { handle, applied } = await openMigrated(config);
    const seeded = config.seedDemo ? (await seedDemoGovernment(handle, clock)).seeded : false;
    const app = await buildApp({ config, handle, clock, fieldCipher });
    let closing = false;
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      app.log.info({ signal }, '正在停止服务');
      await app.close();
      await handle.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    await app.listen({ host: config.host, port: config.port });
    // 催办 runs at start and every hour: incoming documents' steps (art. 66) and outgoing drafts' late
    // countersignatures (art. 68), one pass after the other; a failure is logged and retried next time. Each pass works in
    // chunks and yields between them, so it never holds the server; a pass still running when the hour strikes
    // (a very large register) is left to finish rather than joined by a second one.
    let isChasing = false;
    const chase = async () => {
      if (isChasing) return;
      isChasing = true;
      const passes: [string, () => Promise<unknown>][] = [
        ['收文', () => chaseIncoming(handle, clock)],
        ['发文会签', () => chaseCountersigns(handle, clock)],
        ['整改回头看', () => openDueLookBacks(handle, clock)],
      ];
      try {
        for (const [what, pass] of passes) {
          try {
            await pass();
          } catch (err: unknown) {
            app.log.error({ err }, `自动催办失败（${what}）`);
          }
        }
      } finally {
        isChasing = false;
      }
    };
    void chase();
    const chaseTimer = setInterval(chase, 3600_000);
    chaseTimer.unref();
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const lines = [
      '',
      `zhengwu 政务 已启动：http://${shownHost}:${port}/`,
      `数据库：${describeDatabase(config)}${applied.length ? `（本次迁移 ${applied.length} 项）` : ''}`,
      `接口文档：http://${shownHost}:${port}/api/docs`,
      `个人信息加密：SM4，当前密钥编号 ${fieldCipher.currentKeyId}${config.sm4Keys.length > 0 ? '（ZHENGWU_SM4_KEYS）' : '（数据目录密钥文件）'}`,
    ];
    if (seeded || config.seedDemo) {
      lines.push(`演示账号（初始密码均为 ${DEMO_PASSWORD}，首次登录须修改密码；区政府领导与三员还须用手机验证器绑定动态口令）：`);
      for (const login of demoLogins) lines.push(`  ${login.loginName.padEnd(12)} ${login.description}`);
    }
    process.stdout.write(`${lines.join('\n')}\n\n`);
    return await new Promise<number>(() => {});
  },
};
