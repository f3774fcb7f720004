import type {Writable} from 'node:stream';
import {COLUMNS} from '../output/columns.js';
import {rawRecord} from '../output/raw-record.js';
import {writeCsv} from '../output/write-csv.js';
import {scrapeTickers, type ScrapeOptions} from './scrape.js';
import type {TickerOutcome} from './ticker-outcome.js';

export interface ScrapeCounts {
  readonly ok: number;
  readonly failed: number;
  /** True when the run was aborted before every ticker had its row. */
  readonly interrupted: boolean;
  readonly seconds: number;
}

export interface ScrapeToCsvOptions extends ScrapeOptions {
  /** Leave `out` open at the end (stdout). @default true */
  readonly end?: boolean;
  /** Called once per ticker, in input order, as its row is written. */
  readonly onOutcome?: (outcome: TickerOutcome) => void;
}

/** Scrapes the tickers and writes the CSV, header first, one row per ticker in input order. */
export async function scrapeToCsv(tickers: readonly string[], out: Writable, options: ScrapeToCsvOptions): Promise<ScrapeCounts> {
  const started = performance.now();
  let ok = 0;
  let failed = 0;
  async function* records() {
    for await (const outcome of scrapeTickers(tickers, options)) {
      if (outcome.ok) ok++;
      else failed++;
      options.onOutcome?.(outcome);
      yield rawRecord(outcome);
    }
  }
  await writeCsv(records(), COLUMNS, out, {end: options.end ?? true});
  const seconds = (performance.now() - started) / 1000;
  return {ok, failed, interrupted: ok + failed < tickers.length, seconds};
}
