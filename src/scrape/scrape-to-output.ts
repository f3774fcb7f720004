import type {Writable} from 'node:stream';
import type {RowSource} from '../output/output-rows.js';
import {writeRows, type OutputOptions} from '../output/write-rows.js';
import {RunGuard, type RunStop} from './run-guard.js';
import {RunStats} from './run-stats.js';
import {scrapeTickers, type ScrapeOptions} from './scrape.js';
import type {TickerOutcome} from './ticker-outcome.js';

export interface ScrapeCounts {
  readonly ok: number;
  readonly failed: number;
  /** True when the run was aborted before every ticker had its row. */
  readonly interrupted: boolean;
  readonly seconds: number;
  /** Requests, retries, throttling answers, status codes and errors. */
  readonly stats: RunStats;
  /** Why the run stopped before its end (blocked, pages not recognised, site gone), if it did. */
  readonly stop: RunStop | undefined;
}

export interface ScrapeToOutputOptions extends ScrapeOptions {
  readonly output?: OutputOptions;
  /** Rows of an earlier run to write again as they were (--resume); their tickers are not fetched. */
  readonly kept?: ReadonlyMap<string, readonly string[]>;
  /** Called once per ticker, in input order, as its row is written. */
  readonly onOutcome?: (outcome: TickerOutcome) => void;
}

/** Scrapes the tickers and writes the output, one row per ticker in input order. */
export async function scrapeToOutput(tickers: readonly string[], out: Writable, options: ScrapeToOutputOptions): Promise<ScrapeCounts> {
  const started = performance.now();
  let ok = 0;
  let failed = 0;
  const stats = new RunStats();
  const guard = new RunGuard();
  const kept = options.kept ?? new Map<string, readonly string[]>();
  const toFetch = tickers.filter((ticker) => !kept.has(ticker));
  // Fresh outcomes come in the order of `toFetch`; kept rows slot in between at their input positions.
  // After an interrupt, the kept rows are still all written, so none has to be fetched again.
  async function* rows(): AsyncGenerator<RowSource> {
    const fresh = scrapeTickers(toFetch, {...options, stats, guard});
    let interrupted = false;
    try {
      for (const ticker of tickers) {
        const values = kept.get(ticker);
        if (values !== undefined) {
          yield {kept: true, ticker, values};
          continue;
        }
        const next = interrupted ? undefined : await fresh.next();
        if (next === undefined || next.done === true) {
          interrupted = true;
          continue;
        }
        const outcome = next.value;
        if (outcome.ok) ok++;
        else {
          failed++;
          stats.recordFailure(outcome.message);
        }
        options.onOutcome?.(outcome);
        yield outcome;
      }
    } finally {
      await fresh.return(undefined); // ends the pool
    }
  }
  await writeRows(rows(), out, options.output);
  const seconds = (performance.now() - started) / 1000;
  return {ok, failed, interrupted: ok + failed < toFetch.length, seconds, stats, stop: guard.stop};
}
