import type {Writable} from 'node:stream';
import {finished} from 'node:stream/promises';
import {once} from 'node:events';
import {OutputError} from '../errors.js';
import {isTicker} from '../input/ticker-list.js';
import {openThrough} from '../output/open-through.js';
import {lockOutput} from '../output/output-lock.js';
import {outputTarget} from '../output/output-target.js';
import {replaceFile} from '../output/replace-file.js';
import {RunStats} from '../scrape/run-stats.js';
import {SiteSession} from '../scrape/site-session.js';
import {stockSymbols, STOCK_SITEMAP} from '../scrape/stock-symbols.js';
import {systemErrorText} from '../system-error.js';
import {formatRequestSummary} from '../terminal/summary-line.js';
import {makeCacheFolder, makeSavePagesFolder, sessionOptionsOf, type FetchCommandOptions} from './command-options.js';
import {EXIT_BLOCKED, EXIT_INTERRUPTED, EXIT_NOT_RECOGNISED, EXIT_OK, EXIT_OUTPUT, EXIT_SOME_FAILED} from './exit-codes.js';
import {exitForStop, stopAdvice, stopOf} from './stop-report.js';

/** The options of `screener symbols`, as commander hands them over. */
export interface SymbolsCommandOptions extends FetchCommandOptions {
  readonly output?: string;
}

/**
 * Runs `screener symbols`: every ticker of Finviz's stock sitemap, one a line, for `screener
 * scrape -`. An answer that is no sitemap of stock pages is not recognised (exit 4), never an
 * empty list.
 */
export async function runSymbolsCommand(options: SymbolsCommandOptions, signal: AbortSignal): Promise<number> {
  await makeSavePagesFolder(options);
  await makeCacheFolder(options);
  const target = await outputTarget(options.output);
  const lock = target.kind === 'file' ? await lockOutput(target.path, target.named) : undefined;
  const started = performance.now();
  const session = new SiteSession({...sessionOptionsOf(options, signal), stats: new RunStats()});
  try {
    const result = await stockSymbols(session, signal).finally(() => session.close(signal.aborted));
    const seconds = (performance.now() - started) / 1000;
    const summary = () => {
      for (const line of formatRequestSummary({stats: session.stats, ...stopOf(session.guard.stop)})) process.stderr.write(`${line}\n`);
    };
    if (signal.aborted) {
      process.stderr.write('screener: interrupted: no tickers written\n');
      return EXIT_INTERRUPTED;
    }
    if (!result.ok) {
      process.stderr.write(`screener: the stock sitemap (sitemap.xml?${STOCK_SITEMAP}): ${result.message}\n`);
      summary();
      const stop = session.guard.stop;
      if (stop !== undefined) {
        process.stderr.write(`${stopAdvice(stop, 'no tickers were written.', undefined)}\n`);
        return exitForStop(stop);
      }
      if (result.code === 'PAGE_NOT_RECOGNISED') {
        process.stderr.write(
          `${stopAdvice({kind: 'not-recognised', reason: 'the sitemap was not recognised'}, 'no tickers were written.', undefined)}\n`,
        );
        return EXIT_NOT_RECOGNISED;
      }
      return result.code === 'BLOCKED' ? EXIT_BLOCKED : EXIT_SOME_FAILED;
    }
    const {tickers, sitemaps, addresses, otherExample} = result.page;
    const good = tickers.filter(isTicker);
    const bad = tickers.filter((ticker) => !isTicker(ticker));
    if (otherExample !== undefined)
      process.stderr.write(`screener: note: addresses that are no stock page were passed over, e.g. ${otherExample}\n`);
    if (bad.length > 0) {
      const shown = bad.slice(0, 3).map((ticker) => JSON.stringify(ticker.slice(0, 20)));
      process.stderr.write(
        `screener: note: ${bad.length} addresses name no ticker screener can read (${shown.join(', ')}${bad.length > 3 ? ', …' : ''}); passed over\n`,
      );
    }
    if (good.length === 0) {
      process.stderr.write(`screener: the stock sitemap: sitemap not recognised: none of its ${addresses} addresses names a ticker\n`);
      return EXIT_NOT_RECOGNISED;
    }
    const text = good.map((ticker) => `${ticker}\n`).join('');
    try {
      if (target.kind === 'file') await replaceFile(target.path, (out) => writeAll(out, text));
      else if (target.kind === 'through') await writeAll(await openThrough(target.path), text);
      else await writeAll(process.stdout, text, false);
    } catch (error) {
      const where = target.kind === 'stdout' ? 'stdout' : target.kind === 'file' ? target.named : target.path;
      process.stderr.write(
        `screener: ${error instanceof OutputError ? error.message : `cannot write ${where}: ${systemErrorText(error)}`}\n`,
      );
      return EXIT_OUTPUT;
    }
    process.stderr.write(
      `symbols: ${good.length} tickers from ${sitemaps} sitemap${sitemaps === 1 ? '' : 's'} (${addresses} addresses) in ${seconds.toFixed(2)} s\n`,
    );
    summary();
    return EXIT_OK;
  } finally {
    await lock?.release();
  }
}

/** Writes `text` and, unless told not to (stdout), ends the stream; a failure of the stream is thrown. */
async function writeAll(out: Writable, text: string, end = true): Promise<void> {
  const failed = once(out, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => undefined);
  if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  if (end) {
    out.end();
    await finished(out);
  }
}
