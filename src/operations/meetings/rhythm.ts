import type { Db, Tx } from '../../db/database.js';
import { meetingsRepository } from '../../db/meetings-repository.js';
import { parameter, violationOf } from '../../rules/index.js';
import type { LocalDate } from '../../rules/types.js';

export type RhythmWarning = { ruleId: string; article: number; message: string };

/**
 * Warnings, never refusals, about the meeting rhythm (art. 48–49): the executive meeting is held about once
 * a month, the plenary one or two times a year. Counts planned and held meetings.
 */
export async function meetingRhythm(db: Db | Tx, today: LocalDate): Promise<{ warnings: RhythmWarning[]; executiveThisMonth: number; plenaryThisYear: number }> {
  const year = today.slice(0, 4);
  const month = today.slice(0, 7);
  const meetings = await meetingsRepository.countsByKind(db, `${year}-01-01`, `${year}-12-31`);
  const executiveThisMonth = meetings.filter((m) => m.kind === 'executive' && m.meetingDate.startsWith(month)).length;
  const plenaryThisYear = meetings.filter((m) => m.kind === 'plenary').length;
  const perMonth = parameter('meetings.executive.perMonth', today);
  const plenary = parameter('meetings.plenary.perYear', today);
  const warnings: RhythmWarning[] = [];
  if (executiveThisMonth < perMonth) {
    warnings.push(violationOf('meetings.rhythm', `区政府常务会议一般每月召开${perMonth}次，本月（${Number(year)}年${Number(month.slice(5, 7))}月）尚未安排`, { article: 49, severity: 'flag' }));
  }
  if (plenaryThisYear < plenary.min) {
    warnings.push(violationOf('meetings.rhythm', `区政府全体会议一般每年召开${plenary.min}-${plenary.max}次，${year}年尚未安排`, { article: 48, severity: 'flag' }));
  } else if (plenaryThisYear > plenary.max) {
    warnings.push(violationOf('meetings.rhythm', `区政府全体会议一般每年召开${plenary.min}-${plenary.max}次，${year}年已安排${plenaryThisYear}次`, { article: 48, severity: 'flag' }));
  }
  return { warnings, executiveThisMonth, plenaryThisYear };
}
