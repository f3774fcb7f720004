import type {QuotePage} from '../finviz/parse-quote.js';
import {selectColumns, type Selection} from '../output/field-selection.js';
import type {RowMaker} from '../output/output-rows.js';
import {rowMakerFor, type OutputOptions} from '../output/write-rows.js';
import {scrapeTickers, type ScrapeOptions} from '../scrape/scrape.js';
import type {TickerOutcome} from '../scrape/ticker-outcome.js';

/**
 * What a run over a list of tickers fetches for each and how it writes it: everything else (the
 * session, the journal and --resume, the stream in input order, the progress and the summary)
 * is the same whatever the source.
 */
export interface TickerSource<P> {
  /** One outcome per ticker, in input order or as they finish (`options.order`). */
  readonly scrape: (tickers: readonly string[], options: ScrapeOptions) => AsyncIterable<TickerOutcome<P>>;
  /** The columns the output options choose; throws UsageError for a bad --fields, before any request. */
  readonly select: (output: OutputOptions) => Selection;
  /** Makes each outcome's rows, with the run's warnings. */
  readonly rowMaker: (output: OutputOptions) => RowMaker<P>;
}

/** Quote pages (or batch mode's screener rows): `screener scrape`'s rows. */
export const QUOTE_SOURCE: TickerSource<QuotePage> = {scrape: scrapeTickers, select: selectColumns, rowMaker: rowMakerFor};
