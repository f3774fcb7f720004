import type {Writable} from 'node:stream';
import {writeRows, type OutputOptions} from '../output/write-rows.js';
import {RunControl} from './run-control.js';
import type {RunStop} from '../scrape/run-guard.js';
import type {RunStats} from '../scrape/run-stats.js';
import {scrapeTickers, type ScrapeOptions} from '../scrape/scrape.js';
import type {TickerOutcome} from '../scrape/ticker-outcome.js';

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

export interface ScrapeToOutputOptions extends ScrapeOptions {
  readonly output?: OutputOptions;
  /** Called once per ticker as its row is written. */
  readonly onOutcome?: (outcome: TickerOutcome) => void;
}

/**
 * Scrapes the tickers and streams the output, one row per ticker in input
 * order (stdout, a pipe, a device). If `out` fails, the run stops at once.
 */
export async function scrapeToOutput(tickers: readonly string[], out: Writable, options: ScrapeToOutputOptions): Promise<ScrapeCounts> {
  const run = new RunControl(options);
  const {stats, guard, signal} = run;
  async function* rows(): AsyncGenerator<TickerOutcome> {
    for await (const outcome of scrapeTickers(tickers, {...options, stats, guard, signal})) {
      run.written(outcome);
      options.onOutcome?.(outcome);
      yield outcome;
    }
  }
  // Ahead of the pipeline's own listener, so requests are aborted before it takes the run down.
  const onError = (error: unknown) => run.fail(error);
  out.prependListener('error', onError);
  try {
    await writeRows(rows(), out, options.output);
  } catch (error) {
    if (run.writeError === undefined) throw error;
  } finally {
    out.off('error', onError);
  }
  return run.counts(tickers.length);
}
