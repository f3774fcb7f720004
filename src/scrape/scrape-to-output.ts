import type {Writable} from 'node:stream';
import {writeRows, type OutputOptions} from '../output/write-rows.js';
import {scrapeTickers, type ScrapeOptions} from './scrape.js';
import type {TickerOutcome} from './ticker-outcome.js';

export interface ScrapeCounts {
  readonly ok: number;
  readonly failed: number;
  /** True when the run was aborted before every ticker had its row. */
  readonly interrupted: boolean;
  readonly seconds: number;
}

export interface ScrapeToOutputOptions extends ScrapeOptions {
  readonly output?: OutputOptions;
  /** Called once per ticker, in input order, as its row is written. */
  readonly onOutcome?: (outcome: TickerOutcome) => void;
}

/** Scrapes the tickers and writes the output, one row per ticker in input order. */
export async function scrapeToOutput(tickers: readonly string[], out: Writable, options: ScrapeToOutputOptions): Promise<ScrapeCounts> {
  const started = performance.now();
  let ok = 0;
  let failed = 0;
  async function* outcomes() {
    for await (const outcome of scrapeTickers(tickers, options)) {
      if (outcome.ok) ok++;
      else failed++;
      options.onOutcome?.(outcome);
      yield outcome;
    }
  }
  await writeRows(outcomes(), out, options.output);
  const seconds = (performance.now() - started) / 1000;
  return {ok, failed, interrupted: ok + failed < tickers.length, seconds};
}
