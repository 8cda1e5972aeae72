// @ts-nocheck
import { countFieldKeys, rotateFieldKeys } from '../../crypto/rotate-keys.js';
import type { CliCommand } from '../command.js';
import { clock, configOrReport, fieldCipherOrReport, openMigrated, wantsHelp } from '../runtime.js';

const USAGE = `用法：zhengwu crypto <子命令>

子命令：
  status                    按密钥编号统计各加密字段（手机号码、居民身份证号码、动态口令密钥）的密文数量
  rotate [--batch 条数]      将不在当前密钥下的密文用当前密钥重新加密（默认每批500条，每批一个事务，记入审计）

密钥由 ZHENGWU_SM4_KEYS 设置（编号:32位十六进制，逗号分隔，第一个为当前密钥）；未设置时使用数据目录中的 sm4.key。
轮换步骤：把新密钥加在最前（新,旧），重启服务，执行 zhengwu crypto rotate，status 显示旧密钥计数为0后再删去旧密钥。
详见 src/crypto/README.md。`;

/** The CLI acts as the system administrator on the server's console; the audit trail says so. */
const cliActor = { userId: null, name: '系统管理员（命令行）', roles: ['system_admin'], unitId: null, personId: null };

export const cryptoCommand: CliCommand = {
  name: 'crypto',
  summary: '个人信息加密：按密钥统计密文，密钥轮换后重新加密',
  usage: USAGE,
  async run(args) {
    const [sub, ...rest] = args;
    if (wantsHelp(args) || !sub) {
      process.stdout.write(`${USAGE}\n`);
      return sub ? 0 : 2;
    }
    if (sub !== 'status' && sub !== 'rotate') {
      process.stderr.write(`未知子命令：${sub}\n\n${USAGE}\n`);
      return 2;
    }
    const batchIndex = rest.indexOf('--batch');
    const batchSize = batchIndex >= 0 ? Number(rest[batchIndex + 1]) : 500;
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
      process.stderr.write('--batch 应为 1–100000 的整数\n');
      return 2;
    }
    const config = configOrReport();
    if (!config) return 2;
    // Never generate a key here: a new key could decrypt nothing that is stored.
    const cipher = fieldCipherOrReport(config, { generate: false });
    if (!cipher) return 2;
    const { handle } = await openMigrated(config);
    try {
      if (sub === 'status') {
        const counts = await countFieldKeys(handle.db);
        process.stdout.write(`当前密钥：${cipher.currentKeyId}\n`);
        let stale = 0;
        for (const c of counts) {
          const parts = Object.entries(c.byKeyId).map(([id, n]) => `${id}${id === cipher.currentKeyId ? '（当前）' : ''} ${n}`);
          if (c.malformed > 0) parts.push(`格式无效 ${c.malformed}`);
          process.stdout.write(`${c.column.padEnd(18)} ${parts.length > 0 ? parts.join('，') : '无'}\n`);
          stale += Object.entries(c.byKeyId).reduce((sum, [id, n]) => sum + (id === cipher.currentKeyId ? 0 : n), 0);
        }
        process.stdout.write(stale > 0 ? `尚有 ${stale} 项不在当前密钥下，请执行 zhengwu crypto rotate\n` : '全部密文均在当前密钥下\n');
        return 0;
      }
      const results = await rotateFieldKeys({ handle, clock, actor: cliActor, request: { requestId: null, ip: null } }, cipher, {
        batchSize,
        onProgress: (p) => process.stderr.write(`${p.column}：已检查 ${p.scanned} 项，重新加密 ${p.rotated} 项${p.failed ? `，失败 ${p.failed} 项` : ''}\n`),
      });
      const rotated = results.reduce((sum, r) => sum + r.rotated, 0);
      const failed = results.reduce((sum, r) => sum + r.failed, 0);
      process.stdout.write(`已用密钥 ${cipher.currentKeyId} 重新加密 ${rotated} 项${failed ? `；${failed} 项无法解密，未改动（密钥缺失或数据被篡改，请核查）` : ''}\n`);
      return failed > 0 ? 1 : 0;
    } finally {
      await handle.close();
    }
  },
};
