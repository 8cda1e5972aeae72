// @ts-nocheck
import { type Calendar, createOfficialCalendar } from '../../calendar/index.js';
import { calendarRepository } from '../../db/calendar-repository.js';
import type { Db, Tx } from '../../db/database.js';

/** The official calendar: the shipped notices plus every notice the system administrator imported. */
export async function loadCalendar(db: Db | Tx): Promise<Calendar> {
  const imported = await calendarRepository.importedNotices(db);
  return createOfficialCalendar(imported.map((i) => i.notice));
}
