import type {CalendarDate} from './value-readers.js';

/**
 * "2026-04-18T07:38:00-04:00": a wall-clock time in New York (where Finviz's times are) as ISO
 * 8601 with the offset New York had then, -05:00 or -04:00, by the time-zone rules Intl knows
 * (daylight saving time included). A time the clocks skipped (2:30 AM on the March change) gets
 * the offset before the change; one that happened twice (1:30 AM on the November change), the
 * first. undefined on a Node built without time-zone data.
 */
export function newYorkDateTime(date: CalendarDate, hour: number, minute: number): string | undefined {
  if (OFFSET_FORMAT === undefined) return undefined;
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  // The offset at the instant the wall time would be in UTC, then at the instant it is: equal
  // except within a few hours of a change, where the first guess may be on the wrong side.
  const guess = offsetMinutes(wall);
  const offset = offsetMinutes(wall - guess * 60_000);
  const chosen = offsetMinutes(wall - offset * 60_000) === offset ? offset : guess;
  const pad = (value: number): string => String(value).padStart(2, '0');
  const sign = chosen < 0 ? '-' : '+';
  const size = Math.abs(chosen);
  return (
    `${String(date.year)}-${pad(date.month)}-${pad(date.day)}T${pad(hour)}:${pad(minute)}:00` +
    `${sign}${pad(Math.floor(size / 60))}:${pad(size % 60)}`
  );
}

/** New York's offset from UTC at `instant`, in minutes (-240 in summer, -300 in winter). */
function offsetMinutes(instant: number): number {
  const parts = OFFSET_FORMAT?.formatToParts(instant) ?? [];
  const zone = parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(zone);
  if (match === null) return 0;
  const [, sign = '+', hours = '0', minutes = '0'] = match;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

const OFFSET_FORMAT = offsetFormat();

function offsetFormat(): Intl.DateTimeFormat | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', {timeZone: 'America/New_York', timeZoneName: 'longOffset'});
  } catch {
    return undefined;
  }
}
