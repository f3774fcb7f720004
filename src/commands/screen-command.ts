import {Writable} from 'node:stream';
import {finished} from 'node:stream/promises';
import {formatSummary} from '../cli/summary-line.js';
import {checkOutputOptions, writeRows} from '../output/write-rows.js';
import {screenRows, ScreenPageError} from '../screen/screen.js';
import {TICKERS_VIEW} from '../finviz/screener-views.js';
import {VIEWS, type ViewName} from '../screen/screener-query.js';
import {SiteSession} from '../scrape/site-session.js';
import type {TickerOutcome} from '../scrape/ticker-outcome.js';
import {makeSavePagesFolder, openOutput, sessionOptionsOf, type FetchCommandOptions, type OutputCommandOptions} from './command-options.js';
import {EXIT_INTERRUPTED, EXIT_NOT_RECOGNISED, EXIT_OK, EXIT_SOME_FAILED} from './exit-codes.js';
import {exitForStop, stopAdvice, stopOf} from './stop-report.js';

/** The options of `screener screen`, as commander hands them over. */
export interface ScreenCommandOptions extends FetchCommandOptions, OutputCommandOptions {
  readonly filters?: string[];
  readonly signal?: string;
  readonly order?: string;
  readonly view: ViewName;
  readonly limit?: number;
  readonly tickersOnly?: boolean;
}

/** Runs `screener screen`: the rows of a Finviz screen, in screener order; returns the exit status. */
export async function runScreenCommand(options: ScreenCommandOptions, abort: AbortSignal): Promise<number> {
  const selection = {raw: options.raw, format: options.format, fields: options.fields};
  if (!options.tickersOnly) checkOutputOptions(selection);
  await makeSavePagesFolder(options);
  const output = options.output === undefined ? undefined : await openOutput(options.output);
  const out = output?.stream ?? process.stdout;
  const session = new SiteSession(sessionOptionsOf(options, abort));

  const started = performance.now();
  let rowCount = 0;
  let pageError: ScreenPageError | undefined;
  async function* rows(): AsyncGenerator<TickerOutcome> {
    try {
      // --tickers-only asks the tickers view: 1,000 tickers a request instead of 20 rows.
      const view = options.tickersOnly ? TICKERS_VIEW : VIEWS[options.view];
      for await (const outcome of screenRows(session, {view, filters: options.filters ?? [], signal: options.signal, order: options.order}, {limit: options.limit, signal: abort})) {
        rowCount++;
        yield outcome;
      }
    } catch (error) {
      if (!(error instanceof ScreenPageError)) throw error;
      pageError = error;
    }
  }
  try {
    if (options.tickersOnly) await writeTickers(rows(), out, output !== undefined);
    else await writeRows(rows(), out, {...selection, end: output !== undefined});
  } finally {
    await session.close(abort.aborted);
    await output?.close();
  }
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`screen: ${rowCount} rows in ${seconds.toFixed(2)} s\n`);
  for (const line of formatSummary({mode: options.mode, workers: options.workers, total: 0, ok: 0, failed: 0, seconds, stats: session.stats, ...stopOf(session.guard.stop)}).slice(1)) {
    process.stderr.write(`${line}\n`);
  }
  if (abort.aborted) {
    process.stderr.write(`screener: interrupted: ${rowCount} rows written\n`);
    if (output !== undefined) await output.commit();
    return EXIT_INTERRUPTED;
  }
  await output?.commit();
  const {stop} = session.guard;
  if (stop !== undefined) {
    process.stderr.write(`${stopAdvice(stop, `the ${rowCount} rows before it were written.`, undefined)}\n`);
    return exitForStop(stop);
  }
  if (pageError !== undefined) {
    process.stderr.write(`screener: ${pageError.message}; the ${rowCount} rows before it were written\n`);
    if (pageError.failure === 'PAGE_NOT_RECOGNISED') {
      process.stderr.write(`${stopAdvice({kind: 'not-recognised', reason: 'a screener page was not recognised'}, undefined, undefined)}\n`);
      return EXIT_NOT_RECOGNISED;
    }
    return EXIT_SOME_FAILED;
  }
  return EXIT_OK;
}

/** --tickers-only: one ticker a line, ready for `screener scrape -`. */
async function writeTickers(rows: AsyncIterable<TickerOutcome>, out: Writable, end: boolean): Promise<void> {
  for await (const row of rows) {
    if (!out.write(`${row.ticker}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
  if (end) {
    out.end();
    await finished(out);
  }
}
