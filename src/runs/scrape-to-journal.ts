import type {QuotePage} from '../finviz/parse-quote.js';
import type {OutputOptions} from '../output/write-rows.js';
import type {RowJournal} from '../resume/row-journal.js';
import {RunControl} from './run-control.js';
import {sourceOf, type ScrapeCounts, type ScrapeToOutputOptions} from './scrape-to-output.js';

/** A journal and what to write in it: the rows of one table, in its columns. */
export interface JournalSink {
  readonly journal: RowJournal;
  readonly output: OutputOptions;
}

/**
 * Scrapes the tickers and appends each ticker's rows to every journal (one
 * a table) the moment it is done, in the order they finish: a crash loses
 * only the requests in flight. If a journal cannot be written, the run stops
 * at once.
 */
export async function scrapeToJournal<P = QuotePage>(
  tickers: readonly string[],
  sinks: readonly JournalSink[],
  options: ScrapeToOutputOptions<P>,
): Promise<ScrapeCounts> {
  const run = new RunControl(options);
  const {stats, guard, signal} = run;
  const source = sourceOf(options);
  const writers = sinks.map(({journal, output}) => ({journal, makeRows: source.rowMaker({...options.output, ...output})}));
  outcomes: for await (const outcome of source.scrape(tickers, {...options, stats, guard, signal, order: 'completion'})) {
    for (const {journal, makeRows} of writers) {
      try {
        await journal.append({ticker: outcome.ticker, failed: !outcome.ok, rows: makeRows(outcome)});
      } catch (error) {
        run.fail(error);
        break outcomes;
      }
    }
    run.written(outcome);
    options.onOutcome?.(outcome);
  }
  return run.counts(tickers.length);
}
