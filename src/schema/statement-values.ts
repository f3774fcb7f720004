import {PageNotRecognisedError} from '../errors.js';
import type {StatementAnswer} from '../finviz/parse-statement.js';
import {readDecimal} from './decimal.js';
import {isoDate} from './value-readers.js';

/** A statement with compute-ready values: what a statements row is made from. */
export interface StatementPage {
  readonly currency: string;
  readonly periods: readonly StatementPeriodColumn[];
  readonly items: readonly {readonly name: string; readonly values: readonly (string | null)[]}[];
}

export interface StatementPeriodColumn {
  /** e.g. "TTM", "2025FY". */
  readonly name: string;
  /** "2025-09-30", or null. */
  readonly end: string | null;
  /** e.g. "12 Months", or null. */
  readonly length: string | null;
}

/** What Finviz writes for no value, on its pages and (by public clients) in these answers. */
const NO_VALUE = new Set(['', '-']);

/**
 * Reads a statement's values: amounts as exact decimal text ("-31,370.00" -> "-31370"), empty
 * for "" or "-", period ends as ISO dates ("9/30/2025" -> "2025-09-30"). A value that does not
 * read is never guessed at: the whole statement is refused (PageNotRecognisedError).
 */
export function readStatement(answer: StatementAnswer): StatementPage {
  const periods = answer.periods.map((name, index) => ({
    name,
    end: periodEnd(answer.periodEnds[index] ?? null, name),
    length: answer.periodLengths[index] ?? null,
  }));
  const items = answer.items.map(({name, values}) => ({
    name,
    values: values.map((value, index) => statementValue(value, name, answer.periods[index] ?? '')),
  }));
  return {currency: answer.currency, periods, items};
}

function statementValue(text: string | null, item: string, period: string): string | null {
  if (text === null || NO_VALUE.has(text.trim())) return null;
  const value = readDecimal(text.trim());
  if (value === undefined) throw notRecognised(`${JSON.stringify(item)} of ${period} is ${JSON.stringify(text)}, not a number`);
  return value;
}

/** "9/30/2025" (month/day/year, as public clients read it) -> "2025-09-30". */
function periodEnd(text: string | null, period: string): string | null {
  if (text === null) return null;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const date = match === null ? undefined : isoDate(Number(match[3]), Number(match[1]), Number(match[2]));
  if (date === undefined) throw notRecognised(`the end of ${period} is ${JSON.stringify(text)}, not a month/day/year date`);
  return date;
}

function notRecognised(detail: string): PageNotRecognisedError {
  return new PageNotRecognisedError(`statement not recognised: ${detail}`);
}
