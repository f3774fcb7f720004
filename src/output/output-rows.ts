import type {QuotePage} from '../finviz/parse-quote.js';
import {SNAPSHOT_LABELS} from '../finviz/snapshot-labels.js';
import {normalizeQuote} from '../schema/normalize-quote.js';
import {scrapeDateOf} from '../schema/value-readers.js';
import type {TickerOutcome} from '../scrape/ticker-outcome.js';
import {RAW_COLUMNS} from './columns.js';
import type {Diagnostics} from './diagnostics.js';
import type {OutputColumn} from './field-selection.js';
import {rawRecord} from './raw-record.js';
import {SCRAPED_AT, scrapedAtText} from './scraped-at.js';

/** One row to write: a value per selected column (null: empty), and the page's unknown labels. */
export interface OutputRow {
  readonly values: readonly (string | null)[];
  /** Label -> text as shown, for labels the schema does not know. */
  readonly extra: Readonly<Record<string, string>>;
}

/** Makes the rows of one outcome: the snapshot's one row, or a table's rows (none when the page has no such table). */
export type RowMaker<P = QuotePage> = (outcome: TickerOutcome<P>) => readonly OutputRow[];

/** Rows of normalized values; each row's scrape date is read from `now` as the row is made. */
export function normalizedRowMaker(
  columns: readonly OutputColumn[],
  {now, diagnostics}: {readonly now: () => Date; readonly diagnostics: Diagnostics},
): RowMaker {
  return (outcome) => {
    if (!outcome.ok) return [failedRow(outcome.ticker, outcome.message, columns)];
    const quote = normalizeQuote(outcome.page, {scrapeDate: scrapeDateOf(now())});
    for (const problem of quote.unreadable) diagnostics.unreadable(outcome.ticker, problem);
    for (const [label, text] of quote.unknown) diagnostics.unknownLabel(outcome.ticker, label, text);
    diagnostics.otherTicker(outcome.ticker, outcome.page);
    const values = columns.map(({name}) =>
      name === 'Ticker' ? outcome.ticker : name === SCRAPED_AT ? scrapedAtOf(outcome) : (quote.values.get(name) ?? null),
    );
    return [{values, extra: Object.fromEntries(quote.unknown)}];
  };
}

const KNOWN_LABELS = new Set(SNAPSHOT_LABELS);
const RAW_INDEX = new Map(RAW_COLUMNS.map((name, index) => [name, index]));

/** Rows of values exactly as shown (the CSV of `--raw`); empty strings become null. */
export function rawRowMaker(columns: readonly OutputColumn[], {diagnostics}: {readonly diagnostics: Diagnostics}): RowMaker {
  const indexes = columns.map(({name}) => RAW_INDEX.get(name) ?? -1);
  return (outcome) => {
    const record = rawRecord(outcome);
    const extra: [string, string][] = [];
    if (outcome.ok) {
      diagnostics.otherTicker(outcome.ticker, outcome.page);
      for (const [label, text] of Object.entries(outcome.page.snapshot)) {
        if (KNOWN_LABELS.has(label)) continue;
        diagnostics.unknownLabel(outcome.ticker, label, text);
        extra.push([label, text]);
      }
    }
    const values = indexes.map((index, column) => (columns[column]?.name === SCRAPED_AT ? scrapedAtOf(outcome) : record[index] || null));
    return [{values, extra: Object.fromEntries(extra)}];
  };
}

/** When the row's page was fetched; a failed row has no page. */
export function scrapedAtOf(outcome: TickerOutcome<unknown>): string | null {
  return outcome.ok && outcome.fetchedAt !== undefined ? scrapedAtText(outcome.fetchedAt) : null;
}

/** A failed ticker's one row: its Ticker and its Error, every other column empty. */
export function failedRow(ticker: string, message: string, columns: readonly OutputColumn[]): OutputRow {
  return {values: columns.map(({name}) => (name === 'Ticker' ? ticker : name === 'Error' ? message : null)), extra: {}};
}
