import { type Calendar, createOfficialCalendar } from '../../calendar/index.js';
import { calendarRepository } from '../../db/calendar-repository.js';
import type { Db, Tx } from '../../db/database.js';

/**
 * Calendars built, by the stamp of the imported notices they were built from. The database renews the stamp
 * (`change_stamps.calendar`, a trigger on `calendar_notices`) whenever a notice is imported or replaced, in the
 * importing transaction; so one short primary-key read tells every process whether its calendar is current —
 * an import in one process holds in all of them for their next read, and inside the importing transaction the
 * new notices hold at once (the transaction sees its own stamp). A calendar is an immutable value: sharing
 * one among requests is safe. Random stamps never collide between databases, so the map is per process.
 */
const byStamp = new Map<string, Calendar>();
const MAX_STAMPS = 8;

/** The official calendar: the shipped notices plus every notice the system administrator imported. */
export async function loadCalendar(db: Db | Tx): Promise<Calendar> {
  const stamp = await calendarRepository.noticesStamp(db);
  const hit = stamp ? byStamp.get(stamp) : undefined;
  if (hit) return hit;
  // The notices and their stamp in one statement, so what is cached under a stamp is what it stamps.
  const loaded = await calendarRepository.importedNoticesWithStamp(db);
  const calendar = createOfficialCalendar(loaded.notices);
  if (loaded.stamp) {
    byStamp.set(loaded.stamp, calendar);
    if (byStamp.size > MAX_STAMPS) byStamp.delete(byStamp.keys().next().value as string);
  }
  return calendar;
}
