import {once, setMaxListeners} from 'node:events';
import type {Writable} from 'node:stream';
import {finished} from 'node:stream/promises';
import {formatRequestSummary} from '../terminal/summary-line.js';
import {ProgressLine} from '../terminal/progress-line.js';
import {OutputError} from '../errors.js';
import {openThrough} from '../output/open-through.js';
import {lockOutput} from '../output/output-lock.js';
import {outputTarget} from '../output/output-target.js';
import {replaceFile} from '../output/replace-file.js';
import {checkOutputOptions, writeRows} from '../output/write-rows.js';
import {ScreenPageError} from '../errors.js';
import {screenRows} from '../screen/screen.js';
import {TICKERS_VIEW} from '../finviz/screener-views.js';
import {VIEWS, type ViewName} from '../screen/screener-query.js';
import {RunStats} from '../scrape/run-stats.js';
import {SiteSession} from '../scrape/site-session.js';
import type {TickerOutcome} from '../scrape/ticker-outcome.js';
import {systemErrorText} from '../system-error.js';
import {
  makeCacheFolder,
  makeSavePagesFolder,
  sessionOptionsOf,
  type FetchCommandOptions,
  type OutputCommandOptions,
} from './command-options.js';
import {EXIT_INTERRUPTED, EXIT_NOT_RECOGNISED, EXIT_OK, EXIT_OUTPUT, EXIT_SOME_FAILED} from './exit-codes.js';
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
  const selection = {
    raw: options.raw,
    format: options.format,
    fields: options.fields,
    header: options.header,
    scrapedAt: options.scrapedAt,
  };
  if (!options.tickersOnly) checkOutputOptions(selection);
  await makeSavePagesFolder(options);
  await makeCacheFolder(options);
  const target = await outputTarget(options.output);
  const lock = target.kind === 'file' ? await lockOutput(target.path, target.named) : undefined;
  // Ctrl-C, or an output that fails: either stops the requests.
  const stop = new AbortController();
  const signal = AbortSignal.any([abort, stop.signal]);
  setMaxListeners(10_000, signal);
  const session = new SiteSession({...sessionOptionsOf(options, signal), stats: new RunStats()});
  const progress = new ProgressLine({unit: 'pages'});
  progress.watch(session);

  const started = performance.now();
  let rowCount = 0;
  let pageError: ScreenPageError | undefined;
  let writeError: unknown;
  async function* rows(): AsyncGenerator<TickerOutcome> {
    try {
      // --tickers-only asks the tickers view: 1,000 tickers a request instead of 20 rows.
      const view = options.tickersOnly ? TICKERS_VIEW : VIEWS[options.view];
      for await (const outcome of screenRows(
        session,
        {view, filters: options.filters ?? [], signal: options.signal, order: options.order},
        {
          limit: options.limit,
          signal,
          onPage(pages) {
            if (pages !== undefined) progress.setTotal(pages);
            progress.tick(true);
          },
        },
      )) {
        rowCount++;
        yield outcome;
      }
    } catch (error) {
      if (signal.aborted) return; // Ctrl-C, or the output failed: the rows so far stand
      if (!(error instanceof ScreenPageError)) throw error;
      pageError = error;
    }
  }
  /** Writes the rows to `out`; a failed write stops the run and is thrown. */
  async function write(out: Writable, end: boolean): Promise<void> {
    // Ahead of the pipeline's own listener, so requests are aborted before it takes the run down.
    const onError = (error: unknown) => {
      writeError ??= error;
      stop.abort(error);
    };
    out.prependListener('error', onError);
    try {
      if (options.tickersOnly) await writeTickers(rows(), out, end);
      else await writeRows(rows(), out, {...selection, end});
    } finally {
      out.off('error', onError);
    }
    // Never rename a file whose writing failed.
    if (writeError !== undefined) throw writeError as Error; // a stream's 'error'
  }

  const where = target.kind === 'stdout' ? 'stdout' : target.kind === 'through' ? target.path : target.named;
  try {
    if (target.kind === 'file') await replaceFile(target.path, (out) => write(out, true));
    else if (target.kind === 'through') await write(await openThrough(target.path), true);
    else await write(process.stdout, false);
  } catch (error) {
    if (writeError === undefined) throw error;
    writeError = error;
  } finally {
    progress.stop();
    await session.close(signal.aborted);
    await lock?.release();
  }
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`screen: ${rowCount} rows in ${seconds.toFixed(2)} s\n`);
  for (const line of formatRequestSummary({stats: session.stats, ...stopOf(session.guard.stop)})) process.stderr.write(`${line}\n`);
  if (writeError !== undefined) {
    const what = writeError instanceof OutputError ? writeError.message : `cannot write ${where}: ${systemErrorText(writeError)}`;
    process.stderr.write(
      `screener: ${what}${target.kind === 'file' ? `; ${target.named} is untouched` : `; stopped after ${rowCount} rows`}\n`,
    );
    return EXIT_OUTPUT;
  }
  if (abort.aborted) {
    process.stderr.write(`screener: interrupted: ${rowCount} rows written to ${where}\n`);
    return EXIT_INTERRUPTED;
  }
  const stopped = session.guard.stop;
  if (stopped !== undefined) {
    process.stderr.write(`${stopAdvice(stopped, `the ${rowCount} rows before it were written.`, undefined)}\n`);
    return exitForStop(stopped);
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
    // once() rejects if the stream fails instead of draining.
    if (!out.write(`${row.ticker}\n`)) await once(out, 'drain');
  }
  if (end) {
    out.end();
    await finished(out);
  }
}
