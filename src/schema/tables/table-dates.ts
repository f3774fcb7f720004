import {dayNear, isoDate, monthNumber, type CalendarDate} from '../value-readers.js';

/** How the tables show dates and times. */

/** A two-digit year ("26") is 2026, unless that is after `scrapeDate`'s year: then 1926 (all shown dates are past). */
export function fullYear(twoDigits: string, scrapeDate: CalendarDate): number {
  const year = 2000 + Number(twoDigits);
  return year > scrapeDate.year ? year - 100 : year;
}

/** "Apr-17-26" (ratings and news) -> that day; undefined for any other text or a day that does not exist. */
export function dashedDate(text: string, scrapeDate: CalendarDate): CalendarDate | undefined {
  const match = /^([A-Z][a-z]{2})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return undefined;
  const [, month = '', day = '', year = ''] = match;
  return calendarDate(fullYear(year, scrapeDate), monthNumber(month), Number(day));
}

/** "07:38AM", "06:30 PM" -> hour (0 to 23) and minute. */
export function clockTime(text: string): {readonly hour: number; readonly minute: number} | undefined {
  const match = /^(\d{1,2}):(\d{2}) ?(AM|PM)$/.exec(text);
  if (match === null) return undefined;
  const [, hourText = '', minuteText = '', half = ''] = match;
  const hour = Number(hourText);
  const minute = Number(minuteText);
  if (hour < 1 || hour > 12 || minute > 59) return undefined;
  return {hour: (hour % 12) + (half === 'PM' ? 12 : 0), minute};
}

/** A month and day without a year: "Nov 03", and whatever follows them. */
export function monthAndDay(text: string): {readonly month: number; readonly day: number; readonly rest: string} | undefined {
  const match = /^([A-Z][a-z]{2}) (\d{2})(?: (.*))?$/.exec(text);
  if (match === null) return undefined;
  const [, month = '', day = '', rest = ''] = match;
  const number = monthNumber(month);
  return Number.isNaN(number) ? undefined : {month: number, day: Number(day), rest};
}

/** The latest `month`/`day` not after `anchor`: a day that has passed (up to 8 years back, for a Feb 29). */
export function latestNotAfter(month: number, day: number, anchor: CalendarDate): CalendarDate | undefined {
  const after = month > anchor.month || (month === anchor.month && day > anchor.day);
  for (let year = anchor.year - (after ? 1 : 0); year >= anchor.year - 8; year--) {
    const date = calendarDate(year, month, day);
    if (date !== undefined) return date;
  }
  return undefined;
}

/** The day `month`/`day` nearest to `anchor`: the Earnings rule (../value-readers.ts). */
export const nearest = dayNear;

export function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  return isoDate(year, month, day) === undefined ? undefined : {year, month, day};
}

export function isoOf(date: CalendarDate): string {
  return isoDate(date.year, date.month, date.day) ?? '';
}
