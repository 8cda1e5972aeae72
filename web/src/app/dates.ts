import dayjs from 'dayjs';

/** A calendar date as the API speaks it. */
export const dateFormat = 'YYYY-MM-DD';

/** The government works on Beijing time whatever the browser's zone is (a laptop abroad, a UTC kiosk). */
const timeZone = 'Asia/Shanghai';
const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

const dateParts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
const timeParts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function beijingDate(instant: Date): string {
  return dateParts.format(instant); // en-CA formats as YYYY-MM-DD
}

/** Today's date in Beijing. */
export function today(): string {
  return beijingDate(new Date());
}

/** The Beijing calendar date of a date or a timestamp. */
export function toLocalDate(value: string): string {
  if (dateOnly.test(value)) return value;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? value : beijingDate(instant);
}

/** "2025-03-07 周五" for a date or a timestamp. */
export function formatDate(value: string): string {
  const date = dayjs(toLocalDate(value), dateFormat);
  return date.isValid() ? date.format('YYYY-MM-DD ddd') : value;
}

/** "2025-03-07 14:30", Beijing time. */
export function formatDateTime(value: string): string {
  if (dateOnly.test(value)) return value;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  return `${beijingDate(instant)} ${timeParts.format(instant)}`;
}

export function isValidDate(value: string | null): value is string {
  return value !== null && dateOnly.test(value) && dayjs(value, dateFormat).isValid();
}

const secondParts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** "2025-03-07 14:30:05", Beijing time: for records where the second matters (the audit trail). */
export function formatDateTimeSeconds(value: string): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  return `${beijingDate(instant)} ${secondParts.format(instant)}`;
}
