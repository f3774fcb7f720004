import type {QuotePage} from '../finviz/parse-quote.js';
import type {RowJournal} from '../resume/row-journal.js';
import {RunControl} from './run-control.js';
import {sourceOf, type ScrapeCounts, type ScrapeToOutputOptions} from './scrape-to-output.js';

/**
 * Scrapes the tickers and appends each row to the journal the moment it is
 * done, in the order they finish: a crash loses only the requests in flight.
 * If the journal cannot be written, the run stops at once.
 */
export async function scrapeToJournal<P = QuotePage>(
  tickers: readonly string[],
  journal: RowJournal,
  options: ScrapeToOutputOptions<P>,
): Promise<ScrapeCounts> {
  const run = new RunControl(options);
  const {stats, guard, signal} = run;
  const source = sourceOf(options);
  const makeRow = source.rowMaker(options.output ?? {});
  for await (const outcome of source.scrape(tickers, {...options, stats, guard, signal, order: 'completion'})) {
    try {
      await journal.append({ticker: outcome.ticker, failed: !outcome.ok, rows: makeRow(outcome)});
    } catch (error) {
      run.fail(error);
      break;
    }
    run.written(outcome);
    options.onOutcome?.(outcome);
  }
  return run.counts(tickers.length);
}
