import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Actor } from '../../domain/audit/audit-event.js';
import { DomainError } from '../../domain/errors.js';
import { grantAppRole } from '../../operations/audit/grant-app-role.js';
import { purgeAuditEvents } from '../../operations/audit/purge-audit-events.js';
import { exportedHeadSchema, readAuditHead } from '../../operations/audit/read-audit-head.js';
import { verifyAuditChainSinceCheckpoint } from '../../operations/audit/verify-audit-chain.js';
import type { CliCommand } from '../command.js';
import { clock, configOrReport, openMigrated, wantsHelp } from '../runtime.js';

const USAGE = `用法：zhengwu audit <子命令>

子命令：
  verify [--full] [--head 文件]  逐条重算 SM3 哈希链并核对链头：只重算上次校验以来新增的记录（上次校验到的
                                那一条再核对一次）；--full 从清理锚点（或链首）起重算全部，距上次完整校验满7天时
                                也自动完整校验；--head 另核对先前导出的链头仍在链上（未被改写、数据库未被回退）
  head [--out 文件]             导出链头（序号、哈希、时间、条数）为 JSON，交由数据库管理员够不着的地方保管
  purge --before YYYY-MM-DD     清理该日零时（北京时间）之前的审计记录。保留期为 ZHENGWU_AUDIT_RETENTION_DAYS
                                （至少180天，网络安全法第二十一条）；未满保留期的记录数据库本身也拒绝删除。
                                PostgreSQL 上须以表的所有者连接（应用角色没有删除权限）
  grant-app-role <角色>         （仅 PostgreSQL）以表的所有者运行：授予应用角色各表的读写权限，但审计记录只能
                                查询和追加（SELECT、INSERT）。服务应以该角色连接（ZHENGWU_DATABASE_URL）

退出码：0 完整或成功；1 链已损坏或操作被拒绝；2 用法或配置有误。`;

/** Who a purge from the command line is recorded as: the operating-system account that ran it. */
function cliActor(): Actor {
  let user = 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    // No passwd entry (some containers): the record still says it came from the command line.
  }
  return { userId: null, name: `命令行（操作系统用户 ${user}）`, roles: [], unitId: null, personId: null };
}

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export const auditCommand: CliCommand = {
  name: 'audit',
  summary: '审计记录：校验哈希链、导出链头、依法清理、授予 PostgreSQL 应用角色',
  usage: USAGE,
  async run(args) {
    const [sub, ...rest] = args;
    if (wantsHelp(args) || !sub) {
      process.stdout.write(`${USAGE}\n`);
      return sub ? 0 : 2;
    }
    if (!['verify', 'head', 'purge', 'grant-app-role'].includes(sub)) {
      process.stderr.write(`未知子命令：${sub}\n\n${USAGE}\n`);
      return 2;
    }
    let exportedHead: { seq: number; hash: string } | undefined;
    const headFile = option(rest, '--head');
    if (sub === 'verify' && rest.includes('--head')) {
      if (!headFile) {
        process.stderr.write('--head 后须给出链头文件\n');
        return 2;
      }
      try {
        exportedHead = exportedHeadSchema.parse(JSON.parse(fs.readFileSync(path.resolve(headFile), 'utf8')));
      } catch (error) {
        process.stderr.write(`无法读取链头文件 ${headFile}：${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
      }
    }
    const before = option(rest, '--before');
    if (sub === 'purge' && (!before || !/^\d{4}-\d{2}-\d{2}$/.test(before))) {
      process.stderr.write('purge 须指定 --before YYYY-MM-DD\n');
      return 2;
    }
    const role = rest.find((a) => !a.startsWith('--'));
    if (sub === 'grant-app-role' && !role) {
      process.stderr.write('grant-app-role 须指定角色名\n');
      return 2;
    }
    const config = configOrReport();
    if (!config) return 2;
    if (sub === 'grant-app-role' && config.database.dialect !== 'postgres') {
      process.stderr.write('grant-app-role 只适用于 PostgreSQL（ZHENGWU_DATABASE_URL=postgres://…）；SQLite 由触发器保护审计记录\n');
      return 2;
    }
    const { handle } = await openMigrated(config);
    try {
      switch (sub) {
        case 'verify': {
          let shown = false;
          const result = await verifyAuditChainSinceCheckpoint(handle.db, clock, {
            full: rest.includes('--full'),
            ...(exportedHead ? { exportedHead } : {}),
            onProgress: (checked, total) => {
              if (total < 10_000) return;
              shown = true;
              process.stderr.write(`\r校验中 ${checked}/${total} 条`);
            },
          });
          if (shown) process.stderr.write('\n');
          if (!result.ok) {
            process.stdout.write(`审计链已损坏：${result.problem?.reason ?? '未知原因'}（已核对 ${result.count} 条）\n`);
            return 1;
          }
          const from = !result.isFull
            ? `（增量：自上次校验到的第${result.from.seq}条起；--full 完整校验）`
            : result.anchor
              ? `（自清理锚点第${result.anchor.seq}条起）`
              : '';
          process.stdout.write(`审计链完整：${result.count} 条${from}，链头 seq=${result.head.seq} hash=${result.head.hash}\n`);
          if (result.exportedHead) process.stdout.write(`${result.exportedHead.message}\n`);
          return 0;
        }
        case 'head': {
          const head = await readAuditHead(handle.db, clock);
          const text = `${JSON.stringify(head, null, 2)}\n`;
          const out = option(rest, '--out');
          if (out) {
            fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
            fs.writeFileSync(path.resolve(out), text, { mode: 0o644 });
            process.stderr.write(`链头已写入 ${path.resolve(out)}：seq=${head.seq}；请另行保管（异地或离线）\n`);
          } else {
            process.stdout.write(text);
          }
          return 0;
        }
        case 'purge': {
          const result = await purgeAuditEvents(
            { handle, clock, actor: cliActor(), request: { requestId: null, ip: null }, retentionDays: config.auditRetentionDays },
            { before: before ?? '' },
          );
          process.stdout.write(
            result.purged > 0
              ? `已清理 ${result.purged} 条审计记录（${before} 之前）；清理锚点为第${result.anchor?.seq}条，此后校验自锚点起\n`
              : `没有 ${before} 之前可清理的审计记录\n`,
          );
          return 0;
        }
        case 'grant-app-role': {
          const result = await grantAppRole(handle, role ?? '');
          process.stdout.write(`-- 已对模式 ${result.schema} 执行：\n${result.statements.join('\n')}\n`);
          process.stdout.write(`-- 完成。请让服务以角色 ${result.role} 连接；迁移（zhengwu migrate）与清理（zhengwu audit purge）仍以表的所有者运行。\n`);
          return 0;
        }
        default:
          return 2;
      }
    } catch (error) {
      if (error instanceof DomainError) {
        process.stderr.write(`${error.message}\n`);
        return 1;
      }
      throw error;
    } finally {
      await handle.close();
    }
  },
};
