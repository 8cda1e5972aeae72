// @ts-nocheck
import type { CliCommand } from './command.js';
import { auditCommand } from './commands/audit.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { migrateCommand } from './commands/migrate.js';
import { seedCommand } from './commands/seed.js';
import { startCommand } from './commands/start.js';
import { calendarCommand } from './commands/calendar.js';
import { cryptoCommand } from './commands/crypto.js';
import { rulesCommand } from '../rules/coverage-command.js';

/** Every `zhengwu` command; later areas add theirs here. */
export const commands: readonly CliCommand[] = [
  startCommand,
  migrateCommand,
  seedCommand,
  backupCommand,
  restoreCommand,
  rulesCommand,
  calendarCommand,
  auditCommand,
  cryptoCommand,
];

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'zhengwu 政务 — 按区政府工作规则运行的政务平台',
    '',
    '用法：zhengwu <命令> [参数]',
    '',
    '命令：',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    '每个命令加 --help 查看详细说明。设置项见 README（ZHENGWU_* 环境变量）。',
  ].join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help()}\n`);
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`未知命令：${name}\n\n${help()}\n`);
    return 2;
  }
  return command.run(rest);
}
