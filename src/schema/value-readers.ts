import {MONTHS} from '../finviz/months.js';
import {readDecimal, readPercent} from './decimal.js';

/** A day without a time or zone; month is 1 to 12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface ReadContext {
  /** The day the row was scraped, in New York (Finviz's zone): dates shown without a year are placed near it. */
  readonly scrapeDate: CalendarDate;
}

/** Reads one shown value into its output text; undefined when the text is not what the column holds. */
export type Reader = (text: string, context: ReadContext) => string | undefined;

export const readText: Reader = (text) => text;

/** "4183.77B" -> "4183770000000", "76,239,268" -> "76239268", "-0.18" -> "-0.18". */
export const readNumber: Reader = (text) => readDecimal(text, {multipliers: true});

/** "5.32%" -> "5.32". The "%" is required, so that a column that changed its unit is noticed. */
export const readPercentPoints: Reader = (text) => readPercent(text);

export const readYesNo: Reader = (text) => (text === 'Yes' ? 'true' : text === 'No' ? 'false' : undefined);

/** "May 11, 2026" -> "2026-05-11". */
export const readLongDate: Reader = (text) => {
  const match = /^([A-Z][a-z]{2}) (\d{1,2}), (\d{4})$/.exec(text);
  if (match === null) return undefined;
  const [, monthName = '', day = '', year = ''] = match;
  return isoDate(Number(year), monthNumber(monthName), Number(day));
};

/**
 * "Apr 30" (the date of an "Earnings" cell) -> "2026-04-30". The page shows no
 * year, and the snapshot has no date of its own, so the year is the one that
 * puts the day nearest to the scrape date: at most about six months before or
 * after it. Finviz shows the last report until the next date is known, so
 * both past and future dates occur.
 */
export const readDayNearScrapeDate: Reader = (text, {scrapeDate}) => {
  const match = /^([A-Z][a-z]{2}) (\d{1,2})$/.exec(text);
  if (match === null) return undefined;
  const [, monthName = '', dayText = ''] = match;
  const date = dayNear(monthNumber(monthName), Number(dayText), scrapeDate);
  return date === undefined ? undefined : isoDate(date.year, date.month, date.day);
};

/**
 * The day `month`/`day` of the year that puts it nearest to `anchor` (the year before, of, or
 * after it): the rule of the earnings year, which the tables' dates without a year also follow.
 */
export function dayNear(month: number, day: number, anchor: CalendarDate): CalendarDate | undefined {
  const from = Date.UTC(anchor.year, anchor.month - 1, anchor.day);
  let best: {readonly year: number; readonly distance: number} | undefined;
  // Later years first, so that a tie (exactly half a year away) goes to the future.
  for (const year of [anchor.year + 1, anchor.year, anchor.year - 1]) {
    if (isoDate(year, month, day) === undefined) continue; // Feb 29 of a common year
    const distance = Math.abs(Date.UTC(year, month - 1, day) - from);
    if (best === undefined || distance < best.distance) best = {year, distance};
  }
  return best === undefined ? undefined : {year: best.year, month, day};
}

/** The "BMO" or "AMC" after an earnings date. */
export const readMarketSession: Reader = (text) => (text === 'BMO' || text === 'AMC' ? text : undefined);

/** 1 to 12, or NaN for a name that is no month (isoDate then refuses it). */
export function monthNumber(name: string): number {
  const index = MONTHS.indexOf(name);
  return index === -1 ? Number.NaN : index + 1;
}

/** "YYYY-MM-DD", or undefined unless the day exists (no Feb 30, Feb 29 only in leap years). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || year < 1000 || year > 9999) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The calendar day of `instant` in New York, where Finviz's dates are. Falls
 * back to UTC on a Node built without time-zone data.
 */
export function scrapeDateOf(instant: Date): CalendarDate {
  if (NEW_YORK !== undefined) {
    const parts = Object.fromEntries(NEW_YORK.formatToParts(instant).map((part) => [part.type, part.value]));
    const date = {year: Number(parts['year']), month: Number(parts['month']), day: Number(parts['day'])};
    if (isoDate(date.year, date.month, date.day) !== undefined) return date;
  }
  return {year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate()};
}

const NEW_YORK = newYorkFormat();

function newYorkFormat(): Intl.DateTimeFormat | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', {timeZone: 'America/New_York', year: 'numeric', month: 'numeric', day: 'numeric'});
  } catch {
    return undefined;
  }
}
