import type {Writable} from 'node:stream';
import {formatSummary} from '../terminal/summary-line.js';
import {ProgressLine} from '../terminal/progress-line.js';
import {OutputError, UsageError} from '../errors.js';
import {
  makeCacheFolder,
  makeSavePagesFolder,
  sessionOptionsOf,
  takeShard,
  type FetchCommandOptions,
  type ListCommandOptions,
  type OutputCommandOptions,
} from './command-options.js';
import {EXIT_INTERRUPTED, EXIT_OK, EXIT_OUTPUT, EXIT_SOME_FAILED} from './exit-codes.js';
import {exitForStop, stopAdvice, stopOf, stoppedRowsNote} from './stop-report.js';
import {readTickerList} from '../input/ticker-list.js';
import type {ColumnOptions} from '../output/field-selection.js';
import {openThrough} from '../output/open-through.js';
import {outputTarget, type OutputTarget} from '../output/output-target.js';
import {OutputJobs} from '../resume/output-jobs.js';
import {quoteTablesAmong} from '../output/output-tables.js';
import type {OutputTableName} from '../output/table-names.js';
import {tableFiles, type TableFile} from '../output/table-files.js';
import {resumeCommand} from '../resume/resume-command.js';
import {STOPPED} from '../scrape/retry-request.js';
import {scrapeToJournal} from '../runs/scrape-to-journal.js';
import {scrapeToOutput, sourceOf, type ScrapeCounts, type ScrapeToOutputOptions} from '../runs/scrape-to-output.js';
import type {TickerSource} from '../runs/ticker-source.js';
import type {QuotePage} from '../finviz/parse-quote.js';
import type {TickerOutcome} from '../scrape/ticker-outcome.js';
import {systemErrorText} from '../system-error.js';

/** The options of `screener scrape`, as commander hands them over. */
export interface ScrapeCommandOptions<P = QuotePage> extends FetchCommandOptions, OutputCommandOptions, ListCommandOptions {
  readonly via: 'quote' | 'screener';
  /** What to fetch for each ticker and how to write it (`screener statements`). @default quote pages */
  readonly source?: TickerSource<P>;
  /** --table: the one table to write. */
  readonly table: OutputTableName;
  /** --tables: several tables from the same pages, a file each in the folder -o names. */
  readonly tables?: OutputTableName[];
  readonly resume?: boolean;
  readonly keepFailed?: boolean;
  /** --column: the list is a CSV file with a header; the tickers are in this column. */
  readonly column?: string;
}

/** Runs `screener scrape FILE`; returns the exit status. */
export async function runScrapeCommand<P = QuotePage>(
  file: string,
  options: ScrapeCommandOptions<P>,
  signal: AbortSignal,
): Promise<number> {
  const tables = options.tables ?? [options.table];
  if (options.tables !== undefined && options.output === undefined)
    throw new UsageError('--tables writes a file a table: name their folder with -o DIR (or write one table to stdout with --table)');
  if (options.tables !== undefined && options.fields !== undefined)
    throw new UsageError('--fields chooses the columns of one table: use it with --table NAME');
  if (options.via === 'screener' && tables.some((table) => table !== 'snapshot'))
    throw new UsageError('--via screener gives the snapshot only: the screener has no news, ratings, insider or profile table');
  // A bad --fields is a usage error before any request.
  for (const table of tables) sourceOf(options).select({...columnOptionsOf(options), table});
  const target = options.tables === undefined ? await outputTarget(options.output) : undefined;
  if (options.resume && target !== undefined && target.kind !== 'file') {
    throw new UsageError(
      target.kind === 'stdout'
        ? '--resume needs -o FILE: the file whose run to finish'
        : `--resume needs -o FILE to name a regular file; ${options.output} is written through`,
    );
  }
  if (options.keepFailed && !options.resume) throw new UsageError('--keep-failed goes with --resume');
  const files =
    target === undefined
      ? await tableFiles(options.output ?? '', tables, options.format)
      : target.kind === 'file'
        ? [{table: options.table, ...target}]
        : undefined;
  const list = await readTickerList(file, {column: options.column});
  const {duplicates} = list;
  const tickers = takeShard(list.tickers, options.shard);
  await makeSavePagesFolder(options);
  await makeCacheFolder(options);
  if (duplicates.length > 0) {
    process.stderr.write(`screener: note: duplicate tickers kept once, at their first position: ${duplicates.join(', ')}\n`);
  }
  const resume = resumeCommand(process.argv.slice(2), file);
  if (files !== undefined) {
    const named = target === undefined ? (options.output ?? '') : files[0]!.named;
    return scrapeIntoFiles(tickers, files, named, options, signal, resume);
  }
  return scrapeIntoStream(tickers, target as Exclude<OutputTarget, {kind: 'file'}>, options, signal);
}

/**
 * -o FILE, or the folder of --tables: rows go to each FILE.journal as they finish; each FILE is
 * written from its journal, whole, at the end. `named` is what messages call the output.
 */
async function scrapeIntoFiles<P>(
  tickers: readonly string[],
  files: readonly TableFile[],
  named: string,
  options: ScrapeCommandOptions<P>,
  signal: AbortSignal,
  resume: string,
): Promise<number> {
  const jobFiles = files.map((file) => ({...file, selection: sourceOf(options).select({...columnOptionsOf(options), table: file.table})}));
  const job = await OutputJobs.start(jobFiles, {
    resume: options.resume === true,
    keepFailed: options.keepFailed === true,
    format: options.format,
  });
  const existed = files.some((file) => file.existed);
  // The message before names the journal that failed.
  const keptIn = job.jobs.length === 1 ? 'it' : 'the journals';
  let finished = false;
  try {
    if (job.discardedJournal) {
      process.stderr.write(
        `screener: note: starting over; the rows an unfinished run left in ${job.journalsNamed} are dropped (--resume keeps them)\n`,
      );
    }
    const toFetch = tickers.filter((ticker) => !job.keeps(ticker));
    const kept = tickers.length - toFetch.length;
    const sinks = job.jobs.map((one, index) => ({journal: one.journal, output: {table: files[index]!.table}}));
    const counts = await scrape(toFetch, options, signal, (run) => scrapeToJournal(toFetch, sinks, run));
    if (kept > 0) process.stderr.write(`resumed: ${kept} rows kept from the earlier run, ${toFetch.length} tickers fetched\n`);
    const {done, failed} = job.rowsFor(tickers);

    if (counts.writeError !== undefined) {
      process.stderr.write(
        `screener: ${messageOf(counts.writeError, job.journalsNamed)}; the ${done} rows done are kept in ${keptIn}; once it can be written: ${resume}\n`,
      );
      return EXIT_OUTPUT;
    }
    // An existing FILE is replaced only by a whole run, or by the run that finishes it (--resume).
    if (counts.interrupted && existed && !options.resume) {
      process.stderr.write(
        `screener: interrupted: ${done} of ${tickers.length} tickers done, kept in ${job.journalsNamed} (${named} is untouched)\n`,
      );
      process.stderr.write(`screener: to fetch the rest: ${resume}\n`);
      return EXIT_INTERRUPTED;
    }
    try {
      await job.writeFiles(tickers);
    } catch (error) {
      if (!(error instanceof OutputError)) throw error;
      process.stderr.write(`screener: ${error.message}; the ${done} rows done are kept in ${keptIn}; once it can be written: ${resume}\n`);
      return EXIT_OUTPUT;
    }
    await job.finish();
    finished = true;

    if (counts.interrupted) {
      process.stderr.write(`screener: interrupted: ${done} of ${tickers.length} tickers done, written to ${named}\n`);
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
export async function scrapeIntoStream<P = QuotePage>(
  tickers: readonly string[],
  target: Exclude<OutputTarget, {kind: 'file'}>,
  options: ScrapeCommandOptions<P>,
  signal: AbortSignal,
): Promise<number> {
  const name = target.kind === 'stdout' ? 'stdout' : target.path;
  const out: Writable = target.kind === 'stdout' ? process.stdout : await openThrough(target.path);
  const end = target.kind !== 'stdout';
  let counts: ScrapeCounts;
  try {
    counts = await scrape(tickers, options, signal, (run) =>
      scrapeToOutput(tickers, out, {...run, output: {...run.output, table: options.table, end}}),
    );
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

/** Runs `scrapeWith` with the session and output options, a progress line, and the summary at the end. */
async function scrape<P>(
  tickers: readonly string[],
  options: ScrapeCommandOptions<P>,
  signal: AbortSignal,
  scrapeWith: (run: ScrapeToOutputOptions<P>) => Promise<ScrapeCounts>,
): Promise<ScrapeCounts> {
  const progress = new ProgressLine({total: tickers.length});
  const tables = options.tables ?? [options.table];
  const items = new Map(quoteTablesAmong(tables).map((table) => [table, 0]));
  let counts: ScrapeCounts;
  try {
    counts = await scrapeWith({
      ...sessionOptionsOf(options, signal),
      via: options.via,
      tables: quoteTablesAmong(tables),
      source: options.source,
      onSession: (session) => progress.watch(session),
      output: {...columnOptionsOf(options), format: options.format, warn: (line) => progress.print(line)},
      onOutcome(outcome: TickerOutcome<P>) {
        progress.tick(outcome.ok);
        if (outcome.ok) for (const [table, count] of items) items.set(table, count + (tablesOf(outcome.page)?.[table]?.length ?? 0));
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
    items,
    ...counts,
    ...stopOf(counts.stop),
  })) {
    process.stderr.write(`${line}\n`);
  }
  return counts;
}

/** The options that choose the columns and name them. */
function columnOptionsOf(options: OutputCommandOptions): ColumnOptions {
  return {raw: options.raw, fields: options.fields, header: options.header, scrapedAt: options.scrapedAt};
}

/** The tables a quote page holds, if `page` is one that holds any (statements do not). */
function tablesOf(page: unknown): QuotePage['tables'] {
  return typeof page === 'object' && page !== null && 'tables' in page ? (page as QuotePage).tables : undefined;
}

/** An OutputError's message, or a system error's, said about `path`. */
function messageOf(error: unknown, path: string): string {
  return error instanceof OutputError ? error.message : `cannot write ${path}: ${systemErrorText(error)}`;
}
