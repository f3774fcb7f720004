import type {Writable} from 'node:stream';
import {formatSummary} from '../terminal/summary-line.js';
import {ProgressLine} from '../terminal/progress-line.js';
import {OutputError, UsageError} from '../errors.js';
import {
  makeCacheFolder,
  makeSavePagesFolder,
  sessionOptionsOf,
  type FetchCommandOptions,
  type OutputCommandOptions,
} from './command-options.js';
import {EXIT_INTERRUPTED, EXIT_OK, EXIT_OUTPUT, EXIT_SOME_FAILED} from './exit-codes.js';
import {exitForStop, stopAdvice, stopOf, stoppedRowsNote} from './stop-report.js';
import {readTickerList} from '../input/ticker-list.js';
import {selectColumns} from '../output/field-selection.js';
import {openThrough} from '../output/open-through.js';
import {outputTarget, type OutputTarget} from '../output/output-target.js';
import {checkOutputOptions} from '../output/write-rows.js';
import {OutputJob} from '../resume/output-job.js';
import {resumeCommand} from '../resume/resume-command.js';
import {STOPPED} from '../scrape/retry-request.js';
import {scrapeToJournal} from '../runs/scrape-to-journal.js';
import {scrapeToOutput, type ScrapeCounts} from '../runs/scrape-to-output.js';
import type {TickerOutcome} from '../scrape/ticker-outcome.js';
import {systemErrorText} from '../system-error.js';

/** The options of `screener scrape`, as commander hands them over. */
export interface ScrapeCommandOptions extends FetchCommandOptions, OutputCommandOptions {
  readonly via: 'quote' | 'screener';
  readonly resume?: boolean;
  readonly keepFailed?: boolean;
  /** --column: the list is a CSV file with a header; the tickers are in this column. */
  readonly column?: string;
}

/** Runs `screener scrape FILE`; returns the exit status. */
export async function runScrapeCommand(file: string, options: ScrapeCommandOptions, signal: AbortSignal): Promise<number> {
  const selection = {raw: options.raw, format: options.format, fields: options.fields};
  checkOutputOptions(selection); // a bad --fields is a usage error before any request
  const target = await outputTarget(options.output);
  if (options.resume && target.kind !== 'file') {
    throw new UsageError(
      target.kind === 'stdout'
        ? '--resume needs -o FILE: the file whose run to finish'
        : `--resume needs -o FILE to name a regular file; ${options.output} is written through`,
    );
  }
  if (options.keepFailed && !options.resume) throw new UsageError('--keep-failed goes with --resume');
  const {tickers, duplicates} = await readTickerList(file, {column: options.column});
  await makeSavePagesFolder(options);
  await makeCacheFolder(options);
  if (duplicates.length > 0) {
    process.stderr.write(`screener: note: duplicate tickers kept once, at their first position: ${duplicates.join(', ')}\n`);
  }
  const resume = resumeCommand(process.argv.slice(2), file);
  return target.kind === 'file'
    ? scrapeIntoFile(tickers, target, options, signal, resume)
    : scrapeIntoStream(tickers, target, options, signal);
}

/** -o FILE: rows go to FILE.journal as they finish; FILE is written from it, whole, at the end. */
async function scrapeIntoFile(
  tickers: readonly string[],
  target: Extract<OutputTarget, {kind: 'file'}>,
  options: ScrapeCommandOptions,
  signal: AbortSignal,
  resume: string,
): Promise<number> {
  const selection = selectColumns({raw: options.raw, fields: options.fields});
  const job = await OutputJob.start(target.path, target.named, {
    resume: options.resume === true,
    keepFailed: options.keepFailed === true,
    format: options.format,
    selection,
  });
  let finished = false;
  try {
    if (job.discardedJournal) {
      process.stderr.write(
        `screener: note: starting over; the rows an unfinished run left in ${job.journal.path} are dropped (--resume keeps them)\n`,
      );
    }
    const toFetch = tickers.filter((ticker) => !job.keeps(ticker));
    const kept = tickers.length - toFetch.length;
    const counts = await scrape(toFetch, options, signal, (run) => scrapeToJournal(toFetch, job.journal, run));
    if (kept > 0) process.stderr.write(`resumed: ${kept} rows kept from the earlier run, ${toFetch.length} tickers fetched\n`);
    const {done, failed} = job.rowsFor(tickers);

    if (counts.writeError !== undefined) {
      process.stderr.write(
        `screener: ${messageOf(counts.writeError, job.journal.path)}; the ${done} rows done are kept in it; once it can be written: ${resume}\n`,
      );
      return EXIT_OUTPUT;
    }
    // An existing FILE is replaced only by a whole run, or by the run that finishes it (--resume).
    if (counts.interrupted && target.existed && !options.resume) {
      process.stderr.write(
        `screener: interrupted: ${done} of ${tickers.length} tickers done, kept in ${job.journal.path} (${target.named} is untouched)\n`,
      );
      process.stderr.write(`screener: to fetch the rest: ${resume}\n`);
      return EXIT_INTERRUPTED;
    }
    try {
      await job.writeFile(tickers);
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      process.stderr.write(
        `screener: ${error.message}; the ${done} rows done are kept in ${job.journal.path}; once it can be written: ${resume}\n`,
      );
      return EXIT_OUTPUT;
    }
    await job.finish();
    finished = true;

    if (counts.interrupted) {
      process.stderr.write(`screener: interrupted: ${done} of ${tickers.length} tickers done, written to ${target.named}\n`);
      process.stderr.write(`screener: to fetch the rest: ${resume}\n`);
      return EXIT_INTERRUPTED;
    }
    if (counts.stop !== undefined) {
      process.stderr.write(`${stopAdvice(counts.stop, stoppedRowsNote(counts.stop), resume)}\n`);
      return exitForStop(counts.stop);
    }
    return failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  } finally {
    if (!finished) await job.leave();
  }
}

/** stdout, or -o naming a device or a FIFO: rows are streamed in input order (scrape, and quote when piped). */
export async function scrapeIntoStream(
  tickers: readonly string[],
  target: Exclude<OutputTarget, {kind: 'file'}>,
  options: ScrapeCommandOptions,
  signal: AbortSignal,
): Promise<number> {
  const name = target.kind === 'stdout' ? 'stdout' : target.path;
  const out: Writable = target.kind === 'stdout' ? process.stdout : await openThrough(target.path);
  const end = target.kind !== 'stdout';
  let counts: ScrapeCounts;
  try {
    counts = await scrape(tickers, options, signal, (run) => scrapeToOutput(tickers, out, {...run, output: {...run.output, end}}));
  } finally {
    if (end) out.destroy();
  }
  const done = counts.ok + counts.failed;
  if (counts.writeError !== undefined) {
    process.stderr.write(
      `screener: cannot write ${name}: ${systemErrorText(counts.writeError)}; stopped after ${done} of ${tickers.length} tickers\n`,
    );
    return EXIT_OUTPUT;
  }
  if (counts.interrupted) {
    process.stderr.write(`screener: interrupted: ${done} of ${tickers.length} tickers done, written to ${name}\n`);
    return EXIT_INTERRUPTED;
  }
  if (counts.stop !== undefined) {
    process.stderr.write(`${stopAdvice(counts.stop, stoppedRowsNote(counts.stop), undefined)}\n`);
    return exitForStop(counts.stop);
  }
  return counts.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

type RunOptions = Parameters<typeof scrapeToOutput>[2];

/** Runs `scrapeWith` with the session and output options, a progress line, and the summary at the end. */
async function scrape(
  tickers: readonly string[],
  options: ScrapeCommandOptions,
  signal: AbortSignal,
  scrapeWith: (run: RunOptions) => Promise<ScrapeCounts>,
): Promise<ScrapeCounts> {
  const progress = new ProgressLine(tickers.length);
  let counts: ScrapeCounts;
  try {
    counts = await scrapeWith({
      ...sessionOptionsOf(options, signal),
      via: options.via,
      output: {raw: options.raw, format: options.format, fields: options.fields, warn: (line) => progress.print(line)},
      onOutcome(outcome: TickerOutcome) {
        progress.tick(outcome.ok);
        // Tickers not fetched because the run stopped are told of once, in the advice at the end.
        if (!outcome.ok && outcome.code !== STOPPED) progress.print(`screener: ${outcome.ticker}: ${outcome.message}`);
      },
    });
  } finally {
    progress.stop();
  }
  for (const line of formatSummary({
    mode: options.mode,
    workers: options.workers,
    total: tickers.length,
    ...counts,
    ...stopOf(counts.stop),
  })) {
    process.stderr.write(`${line}\n`);
  }
  return counts;
}

/** An OutputError's message, or a system error's, said about `path`. */
function messageOf(error: unknown, path: string): string {
  return error instanceof OutputError ? error.message : `cannot write ${path}: ${systemErrorText(error)}`;
}
