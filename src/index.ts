/**
 * screener's Node API: the same pool, rate limiter, retries, run guard and columns as the CLI,
 * for scripts and notebooks.
 *
 *   import {scrape, screen} from 'finviz-fundamentals';
 *   for await (const row of scrape(['AAPL', 'MSFT'])) console.log(row['Ticker'], row['P/E']);
 *   for await (const ticker of screen({filters: ['cap_mega'], tickersOnly: true})) console.log(ticker);
 */
import {parseTickerList} from './input/ticker-list.js';
import {selectColumns} from './output/field-selection.js';
import {rowMakerFor} from './output/write-rows.js';
import {quoteTablesAmong} from './output/output-tables.js';
import type {OutputTableName} from './output/table-names.js';
import {UsageError} from './errors.js';
import {scrapeTickers} from './scrape/scrape.js';
import {typedRow, type Row} from './api/typed-row.js';
import {sessionOptionsOfApi, type ColumnApiOptions, type SiteApiOptions} from './api/api-options.js';

export type {Row} from './api/typed-row.js';
export type {OutputTableName as TableName} from './output/table-names.js';
export {screen, type ScreenApiOptions} from './api/screen.js';
export type {ViewName} from './screen/screener-query.js';
export {parseQuotePage, type QuotePage} from './finviz/parse-quote.js';
export {parseScreenerPage, type ScreenerPage} from './finviz/parse-screener.js';
export {parseQuoteTables, type QuoteTableName, type QuoteTables, type RawTableRow} from './finviz/quote-tables/index.js';
export {PageIncompleteError, PageNotRecognisedError, ScreenPageError, TickerNotFoundError, UsageError} from './errors.js';

export interface ScrapeApiOptions extends SiteApiOptions, ColumnApiOptions {
  /** 'quote': a quote page per ticker; 'screener': 20 tickers a request. @default 'quote' */
  readonly via?: 'quote' | 'screener';
  /**
   * Which table of the quote page: 'snapshot', one row a ticker; or 'news', 'ratings', 'insider',
   * 'profile', a row per item (none when the page has no such table), as the CLI's --table.
   * @default 'snapshot'
   */
  readonly table?: OutputTableName;
  /** Receives each warning (a value that does not read, a label screener does not know). @default stderr */
  readonly warn?: (line: string) => void;
  /** Stops the run: the rows done are yielded, then the iteration ends. */
  readonly signal?: AbortSignal;
}

/**
 * One row per ticker (a table's rows per ticker with `table`), in input order, each as soon as every earlier one is done: the columns of
 * the CLI's output (see `screener fields`), numbers and booleans typed, empty as null; a failed
 * ticker's row has its reason in `Error`. Throws UsageError for a bad ticker or field name
 * before any request.
 */
export async function* scrape(tickers: Iterable<string>, options: ScrapeApiOptions = {}): AsyncGenerator<Row> {
  const list = parseTickerList([...tickers].join('\n'), 'the tickers given').tickers;
  const table = options.table ?? 'snapshot';
  if (table !== 'snapshot' && options.via === 'screener') throw new UsageError("via 'screener' gives the snapshot only");
  const output = {
    raw: options.raw,
    fields: options.fields,
    table,
    header: options.header,
    scrapedAt: options.scrapedAt,
    format: 'jsonl',
    warn: options.warn,
  } as const;
  const selection = selectColumns(output);
  const makeRow = rowMakerFor(output);
  const outcomes = scrapeTickers(list, {
    ...sessionOptionsOfApi(options, options.signal),
    via: options.via,
    tables: quoteTablesAmong([table]),
  });
  for await (const outcome of outcomes) for (const row of makeRow(outcome)) yield typedRow(selection, row);
}
