// @ts-nocheck
import fs from 'node:fs';
import path from 'node:path';
import { localDateOf } from '../../clock.js';
import { DomainError } from '../../domain/errors.js';
import { importNotice } from '../../operations/calendar/import-notice.js';
import { loadCalendar } from '../../operations/calendar/load-calendar.js';
import type { CliCommand } from '../command.js';
import { clock, configOrReport, openMigrated, wantsHelp } from '../runtime.js';

const USAGE = `用法：zhengwu calendar <子命令>

子命令：
  status                         列出 2020 年至明年各年度的日历来源（国务院通知 / 导入 / 暂定）
  import <文件> [--year 年份]     导入某年度放假通知：.json（本系统格式，见 src/calendar/README.md）
                                 或 .ics（iCalendar，须指定 --year）；导入后重新计算受影响的未结期限

没有放假通知的年度为"暂定"：按《全国年节及纪念日放假办法》计法定节假日，不推测调休；
据此算出的期限均标明"暂定"，导入该年通知后自动重算。`;

export const calendarCommand: CliCommand = {
  name: 'calendar',
  summary: '工作日历：查看各年度来源，导入放假通知',
  usage: USAGE,
  async run(args) {
    const [sub, ...rest] = args;
    if (wantsHelp(args) || !sub) {
      process.stdout.write(`${USAGE}\n`);
      return sub ? 0 : 2;
    }
    const config = configOrReport();
    if (!config) return 2;
    const { handle } = await openMigrated(config);
    try {
      if (sub === 'status') {
        const calendar = await loadCalendar(handle.db);
        const thisYear = Number(localDateOf(clock.now()).slice(0, 4));
        const label = { official: '国务院通知（随系统发布）', imported: '国务院通知（已导入）', provisional: '暂定（尚无通知）' } as const;
        for (let y = 2020; y <= thisYear + 1; y++) {
          const s = calendar.yearStatus(y);
          process.stdout.write(`${y}  ${label[s.status]}${s.notice?.source.documentNumber ? `  ${s.notice.source.documentNumber}` : ''}\n`);
        }
        return 0;
      }
      if (sub === 'import') {
        const file = rest.find((a) => !a.startsWith('--'));
        const yearIndex = rest.indexOf('--year');
        const year = yearIndex >= 0 ? Number(rest[yearIndex + 1]) : undefined;
        if (!file) {
          process.stderr.write(`${USAGE}\n`);
          return 2;
        }
        const text = fs.readFileSync(path.resolve(file), 'utf8');
        const format = file.toLowerCase().endsWith('.ics') ? 'ics' : 'json';
        const actor = { userId: null, name: '系统管理员（命令行）', roles: ['system_admin'], unitId: null, personId: null };
        const result = await importNotice(
          { handle, clock, actor, request: { requestId: null, ip: null } },
          { format, text, ...(year !== undefined && Number.isInteger(year) ? { year } : {}) },
        );
        process.stdout.write(`已${result.outcome === 'inserted' ? '导入' : '替换'} ${result.year} 年放假通知；重新计算未结期限 ${result.recomputed} 个，其中 ${result.changed.length} 个截止日变动\n`);
        for (const c of result.changed) process.stdout.write(`  ${c.label}（${c.objectType} ${c.objectId}）：${c.previousDue} → ${c.due}\n`);
        return 0;
      }
      process.stderr.write(`未知子命令：${sub}\n\n${USAGE}\n`);
      return 2;
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
