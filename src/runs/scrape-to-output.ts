import type {Writable} from 'node:stream';
import type {QuotePage} from '../finviz/parse-quote.js';
import {writeFormatted, type OutputOptions} from '../output/write-rows.js';
import type {OutputRow} from '../output/output-rows.js';
import {RunControl} from './run-control.js';
import type {RunStop} from '../scrape/run-guard.js';
import type {RunStats} from '../scrape/run-stats.js';
import type {ScrapeOptions} from '../scrape/scrape.js';
import type {TickerOutcome} from '../scrape/ticker-outcome.js';
import {QUOTE_SOURCE, type TickerSource} from './ticker-source.js';

export interface ScrapeCounts {
  readonly ok: number;
  readonly failed: number;
  /** True when the run ended before every ticker had its row (aborted, or the output failed). */
  readonly interrupted: boolean;
  readonly seconds: number;
  /** Requests, retries, throttling answers, status codes and errors. */
  readonly stats: RunStats;
  /** Why the run stopped before its end (blocked, pages not recognised, site gone), if it did. */
  readonly stop: RunStop | undefined;
  /** Why the output could not be written, if it could not: the run stopped there. */
  readonly writeError?: unknown;
}

export interface ScrapeToOutputOptions<P = QuotePage> extends ScrapeOptions {
  readonly output?: OutputOptions;
  /** Called once per ticker as its row is written. */
  readonly onOutcome?: (outcome: TickerOutcome<P>) => void;
  /** What to fetch for each ticker, and its rows. @default quote pages (QUOTE_SOURCE) */
  readonly source?: TickerSource<P>;
}

/** The run's source: quote pages unless it names another (P is then QuotePage). */
export function sourceOf<P>(options: {readonly source?: TickerSource<P>}): TickerSource<P> {
  return options.source ?? (QUOTE_SOURCE as unknown as TickerSource<P>);
}

/**
 * Scrapes the tickers and streams the output, one row per ticker in input
 * order (stdout, a pipe, a device). If `out` fails, the run stops at once.
 */
export async function scrapeToOutput<P = QuotePage>(
  tickers: readonly string[],
  out: Writable,
  options: ScrapeToOutputOptions<P>,
): Promise<ScrapeCounts> {
  const run = new RunControl(options);
  const {stats, guard, signal} = run;
  const source = sourceOf(options);
  const output = options.output ?? {};
  const selection = source.select(output);
  const makeRows = source.rowMaker(output);
  async function* rows(): AsyncGenerator<OutputRow> {
    for await (const outcome of source.scrape(tickers, {...options, stats, guard, signal})) {
      run.written(outcome);
      options.onOutcome?.(outcome);
      yield* makeRows(outcome);
    }
  }
  // Ahead of the pipeline's own listener, so requests are aborted before it takes the run down.
  const onError = (error: unknown) => run.fail(error);
  out.prependListener('error', onError);
  try {
    await writeFormatted(rows(), selection, out, output);
  } catch (error) {
    if (run.writeError === undefined) throw error;
  } finally {
    out.off('error', onError);
  }
  return run.counts(tickers.length);
}
