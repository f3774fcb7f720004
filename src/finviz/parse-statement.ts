import {PageNotRecognisedError} from '../errors.js';
import {parseJsonNumbersAsText} from './json-exact-numbers.js';

/**
 * Finviz's statements JSON (`/api/statement.ashx?t=AAPL&s=IA`), its shape checked, its values the
 * text it holds. No real answer was found; the shape is what public clients read (finvizfinance's
 * Statements, financialdatapy, legout/finvizp's parser and fixtures of August 2026):
 *
 *   {"currency": "USD", "data": {"Period": ["TTM", "2025FY", …], "Period End Date": ["", "9/30/2025", …],
 *    "Period Length": ["12 Months", …], "Total Revenue": ["401,500.00", …], …}}
 *
 * one array per line of the statement, each as long as `Period`. `{"error": "no data"}` is the
 * answer for a ticker without statements.
 */
export interface StatementAnswer {
  /** e.g. "USD". */
  readonly currency: string;
  /** The columns of the statement, e.g. "TTM", "2025FY". */
  readonly periods: readonly string[];
  /** Each period's end as written ("9/30/2025"), null where the answer has none (TTM: ""). */
  readonly periodEnds: readonly (string | null)[];
  /** Each period's length as written ("12 Months"), null where the answer has none. */
  readonly periodLengths: readonly (string | null)[];
  /** The lines of the statement, in the answer's order. */
  readonly items: readonly StatementItem[];
}

export interface StatementItem {
  /** e.g. "Total Revenue". */
  readonly name: string;
  /** A value per period: its text (a JSON number as its digits), null for a JSON null. */
  readonly values: readonly (string | null)[];
}

/** What an answer says: a statement, or that Finviz has none for the ticker. */
export type StatementReading =
  | {readonly kind: 'statement'; readonly statement: StatementAnswer}
  /** `{"error": "no data"}`: `message` is Finviz's text. */
  | {readonly kind: 'no-data'; readonly message: string};

const PERIOD = 'Period';
const PERIOD_END = 'Period End Date';
const PERIOD_LENGTH = 'Period Length';

/**
 * Reads a statements answer. Throws PageNotRecognisedError ("statement not recognised: …") for
 * anything but the shape above: another top-level key, no currency, `data` not an object of
 * arrays of one length, no Period or Period End Date, a value that is not text, a number or null.
 */
export function parseStatement(text: string): StatementReading {
  let answer: unknown;
  try {
    answer = parseJsonNumbersAsText(text);
  } catch {
    throw notRecognised(`not JSON (it starts ${JSON.stringify(text.trimStart().slice(0, 40))})`);
  }
  if (!isObject(answer)) throw notRecognised(`the answer is ${describe(answer)}, not an object`);
  const keys = Object.keys(answer);
  if (keys.length === 1 && keys[0] === 'error') {
    const message = answer['error'];
    if (typeof message !== 'string') throw notRecognised(`"error" is ${describe(message)}`);
    return {kind: 'no-data', message};
  }
  const unknown = keys.filter((key) => key !== 'currency' && key !== 'data');
  if (unknown.length > 0) throw notRecognised(`unknown key${unknown.length === 1 ? '' : 's'} ${unknown.map(quote).join(', ')}`);
  const {currency, data} = answer;
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) throw notRecognised(`"currency" is ${describe(currency)}`);
  if (!isObject(data)) throw notRecognised(`"data" is ${describe(data)}, not an object`);

  const columns = new Map<string, (string | null)[]>();
  for (const [name, values] of Object.entries(data)) {
    if (!Array.isArray(values)) throw notRecognised(`data[${quote(name)}] is ${describe(values)}, not an array`);
    const bad = values.findIndex((value) => value !== null && typeof value !== 'string');
    if (bad !== -1) throw notRecognised(`data[${quote(name)}][${bad}] is ${describe(values[bad])}`);
    columns.set(name, values as (string | null)[]);
  }
  const periods = columns.get(PERIOD);
  const periodEnds = columns.get(PERIOD_END);
  if (periods === undefined) throw notRecognised(`no ${quote(PERIOD)} in "data"`);
  if (periodEnds === undefined) throw notRecognised(`no ${quote(PERIOD_END)} in "data"`);
  for (const [name, values] of columns) {
    if (values.length !== periods.length) {
      throw notRecognised(`data[${quote(name)}] has ${values.length} values for ${periods.length} periods`);
    }
  }
  const label = periods.findIndex((period) => period === null || period.trim() === '');
  if (label !== -1) throw notRecognised(`period ${label} has no name`);
  const items = [...columns]
    .filter(([name]) => name !== PERIOD && name !== PERIOD_END && name !== PERIOD_LENGTH)
    .map(([name, values]) => ({name, values}));
  return {
    kind: 'statement',
    statement: {
      currency,
      periods: periods as string[],
      periodEnds: periodEnds.map(blankAsNull),
      periodLengths: (columns.get(PERIOD_LENGTH) ?? periods.map(() => null)).map(blankAsNull),
      items,
    },
  };
}

function notRecognised(detail: string): PageNotRecognisedError {
  return new PageNotRecognisedError(`statement not recognised: ${detail}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function blankAsNull(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value;
}

/** A JSON value in a few words, for a message. */
function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'boolean') return String(value);
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function quote(name: string): string {
  const text = JSON.stringify(name);
  return text.length > 42 ? `${text.slice(0, 41)}…"` : text;
}
