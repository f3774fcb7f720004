import type {Writable} from 'node:stream';
import type {TickerOutcome} from '../scrape/ticker-outcome.js';
import {Diagnostics} from './diagnostics.js';
import {selectColumns, type ColumnOptions, type Selection} from './field-selection.js';
import {normalizedRowMaker, rawRowMaker, type OutputRow, type RowMaker} from './output-rows.js';
import {quoteTableRowMaker} from './table-rows.js';
import {writeCsv} from './write-csv.js';
import {writeJson} from './write-json.js';

export type OutputFormat = 'csv' | 'jsonl' | 'json';

export interface OutputOptions extends ColumnOptions {
  /** csv; jsonl, one JSON object a line; json, one array. @default 'csv' */
  readonly format?: OutputFormat;
  /** Receives each diagnostic as one line without its newline. @default writes it to stderr */
  readonly warn?: (line: string) => void;
  /** The clock that dates each row, for dates the page shows without a year. @default () => new Date() */
  readonly now?: () => Date;
  /** End `out` when the rows are written (a file); false leaves it open (stdout). @default true */
  readonly end?: boolean;
}

/** Throws the UsageError that writeRows would, so that a bad --fields stops a run before any request. */
export function checkOutputOptions(options: OutputOptions): void {
  selectColumns(options);
}

/** The function that turns each outcome into its row, with the run's warnings (each said once). */
export function rowMakerFor(options: OutputOptions): RowMaker {
  const {
    format = 'csv',
    raw = false,
    table = 'snapshot',
    warn = (line) => process.stderr.write(`${line}\n`),
    now = () => new Date(),
  } = options;
  const selection = selectColumns(options);
  const diagnostics = new Diagnostics(warn, unknownLabelFate(format, selection.extraAt !== undefined));
  if (table !== 'snapshot') return quoteTableRowMaker(table, selection.columns, {raw, now, diagnostics});
  return raw ? rawRowMaker(selection.columns, {diagnostics}) : normalizedRowMaker(selection.columns, {now, diagnostics});
}

/** Writes each outcome's rows, in the order given, header first (CSV). */
export async function writeRows(outcomes: AsyncIterable<TickerOutcome>, out: Writable, options: OutputOptions = {}): Promise<void> {
  const makeRow = rowMakerFor(options);
  async function* rows(): AsyncGenerator<OutputRow> {
    for await (const outcome of outcomes) yield* makeRow(outcome);
  }
  await writeFormatted(rows(), selectColumns(options), out, options);
}

/** Writes rows already made, in the order given, in the format asked for (header first in CSV). */
export async function writeFormatted(
  rows: AsyncIterable<OutputRow>,
  selection: Selection,
  out: Writable,
  {format = 'csv', end = true}: Pick<OutputOptions, 'format' | 'end'>,
): Promise<void> {
  if (format === 'csv') {
    await writeCsv(csvRecords(rows), selection.headers, out, {end});
  } else {
    await writeJson(rows, selection, out, {format, end});
  }
}

async function* csvRecords(rows: AsyncIterable<OutputRow>): AsyncGenerator<string[]> {
  for await (const row of rows) yield row.values.map((value) => value ?? '');
}

function unknownLabelFate(format: OutputFormat, hasExtra: boolean): string {
  if (format === 'csv') return 'not in the CSV (--format jsonl keeps such labels under "extra")';
  return hasExtra ? 'kept under "extra" in each JSON row' : 'not written (with --fields, JSON rows have no "extra")';
}
