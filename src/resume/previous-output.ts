import {readFile} from 'node:fs/promises';
import {parse} from 'csv-parse/sync';
import {UsageError} from '../errors.js';
import type {Selection} from '../output/field-selection.js';
import type {OutputFormat} from '../output/write-rows.js';
import {systemErrorText} from '../system-error.js';
import {parseJsonNumbersAsText} from '../finviz/json-exact-numbers.js';
import type {OutputRow} from '../output/output-rows.js';
import type {TickerRows} from './row-journal.js';

/**
 * The rows of FILE, written by an earlier run of the same command (finished,
 * or interrupted and written with the rows it had done), in the format this
 * run writes, by ticker. None when FILE does not exist, is empty, or has
 * only its header: nothing was done yet. A row's ticker is its Ticker column
 * (a ticker's rows are adjacent); a ticker failed when its row's Error
 * column is not empty. A table's ticker without rows (a page without news)
 * left no trace in FILE, so it is fetched again.
 */
export async function readPreviousOutput(path: string, format: OutputFormat, selection: Selection): Promise<TickerRows[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new UsageError(`${path}: cannot read: ${systemErrorText(error)}`, {cause: error});
  }
  const records = format === 'csv' ? csvRecords(path, text) : jsonRecords(path, format, text, selection);
  if (records.rows.length === 0) return [];
  // The header in this run's naming (--header); the columns by their page names.
  if (records.columns.join('\u0000') !== selection.headers.join('\u0000')) {
    throw new UsageError(
      `${path}: its columns differ from this run's; resume with the same --fields, --raw, --header and --scraped-at as the first run`,
    );
  }
  const names = selection.columns.map((column) => column.name);
  const tickerAt = names.indexOf('Ticker');
  if (tickerAt === -1) throw new UsageError(`${path}: has no Ticker column; cannot resume from it`);
  const errorAt = names.indexOf('Error');
  const tickers: {ticker: string; failed: boolean; rows: OutputRow[]}[] = [];
  for (const row of records.rows) {
    const ticker = row.values[tickerAt] ?? '';
    const failed = errorAt !== -1 && (row.values[errorAt] ?? null) !== null;
    const last = tickers.at(-1);
    if (last?.ticker === ticker) {
      last.rows.push(row);
      last.failed ||= failed;
    } else {
      tickers.push({ticker, failed, rows: [row]});
    }
  }
  return tickers;
}

interface Records {
  readonly columns: readonly string[];
  readonly rows: readonly {readonly values: readonly (string | null)[]; readonly extra: Readonly<Record<string, string>>}[];
}

function csvRecords(path: string, text: string): Records {
  let records: string[][];
  try {
    records = parse(text, {relaxColumnCount: false});
  } catch (error) {
    throw new UsageError(`${path}: not a CSV file that screener wrote (${(error as Error).message}); cannot resume from it`, {
      cause: error,
    });
  }
  const [columns = [], ...body] = records;
  return {columns, rows: body.map((record) => ({values: record.map((value) => (value === '' ? null : value)), extra: {}}))};
}

function jsonRecords(path: string, format: 'jsonl' | 'json', text: string, {headers: names, extraAt}: Selection): Records {
  let objects: unknown[];
  try {
    objects =
      format === 'json'
        ? text.trim() === ''
          ? []
          : (parseJsonNumbersAsText(text) as unknown[])
        : text
            .split('\n')
            .filter((line) => line.trim() !== '')
            .map(parseJsonNumbersAsText);
    if (!Array.isArray(objects)) throw new SyntaxError('not an array');
  } catch (error) {
    throw new UsageError(
      `${path}: not a ${format === 'json' ? 'JSON' : 'JSON Lines'} file that screener wrote (${(error as Error).message}); cannot resume from it`,
      {cause: error},
    );
  }
  const rows = objects.map((object) => {
    if (typeof object !== 'object' || object === null || Array.isArray(object))
      throw new UsageError(`${path}: a row is not a JSON object; cannot resume from it`);
    const record = object as Record<string, unknown>;
    const keys = Object.keys(record).filter((key) => !(key === 'extra' && extraAt !== undefined));
    if (keys.join('\u0000') !== names.join('\u0000')) {
      throw new UsageError(
        `${path}: its columns differ from this run's; resume with the same --fields, --raw, --header and --scraped-at as the first run`,
      );
    }
    const extra = extraAt === undefined ? {} : record['extra'];
    return {
      values: names.map((name) => jsonValueText(record[name])),
      extra: typeof extra === 'object' && extra !== null ? (extra as Record<string, string>) : {},
    };
  });
  return {columns: names, rows};
}

/** A value as screener's rows hold it: text, with numbers as their digits and empty as null. */
function jsonValueText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
