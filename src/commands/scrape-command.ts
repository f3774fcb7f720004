import {formatSummary} from '../cli/summary-line.js';
import {ProgressLine} from '../cli/progress-line.js';
import {readTickerList} from '../input/ticker-list.js';
import {createAtomicFile, type AtomicFile} from '../output/atomic-file.js';
import {UsageError} from '../errors.js';
import {scrapeToOutput} from '../scrape/scrape-to-output.js';
import type {ScrapeMode} from '../scrape/scrape.js';

/** The options of `screener scrape`, as commander hands them over. */
export interface ScrapeCommandOptions {
  readonly workers: number;
  readonly mode: ScrapeMode;
  readonly baseUrl: string;
  readonly timeout: number;
  readonly output?: string;
  readonly raw?: boolean;
}

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

/** Runs `screener scrape FILE`; returns the exit status. */
export async function runScrapeCommand(file: string, options: ScrapeCommandOptions, signal: AbortSignal): Promise<number> {
  const {tickers, duplicates} = await readTickerList(file);
  if (duplicates.length > 0) {
    process.stderr.write(`screener: note: duplicate tickers kept once, at their first position: ${duplicates.join(', ')}\n`);
  }
  const output = options.output === undefined ? undefined : await openOutput(options.output);
  const progress = new ProgressLine(tickers.length);
  let counts;
  try {
    counts = await scrapeToOutput(tickers, output?.stream ?? process.stdout, {
      mode: options.mode,
      workers: options.workers,
      baseUrl: options.baseUrl,
      timeoutMs: options.timeout,
      signal,
      output: {raw: options.raw, end: output !== undefined},
      onOutcome(outcome) {
        progress.tick(outcome.ok);
        if (!outcome.ok) progress.print(`screener: ${outcome.ticker}: ${outcome.message}`);
      },
    });
  } catch (error) {
    progress.stop();
    await output?.discard();
    throw error;
  }
  progress.stop();
  await output?.commit();
  process.stderr.write(
    formatSummary({mode: options.mode, workers: options.workers, total: tickers.length, ...counts}) + '\n',
  );
  if (counts.interrupted) {
    process.stderr.write(`screener: interrupted: ${counts.ok + counts.failed} of ${tickers.length} tickers written\n`);
    return EXIT_INTERRUPTED;
  }
  return counts.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

async function openOutput(path: string): Promise<AtomicFile> {
  try {
    return await createAtomicFile(path);
  } catch (error) {
    throw new UsageError(`${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {cause: error});
  }
}
