import {formatSummary} from '../cli/summary-line.js';
import {ProgressLine} from '../cli/progress-line.js';
import {UsageError} from '../errors.js';
import {makeSavePagesFolder, openOutput, sessionOptionsOf, type FetchCommandOptions, type OutputCommandOptions} from './command-options.js';
import {readTickerList} from '../input/ticker-list.js';
import {selectColumns} from '../output/field-selection.js';
import {checkOutputOptions} from '../output/write-rows.js';
import {exists} from '../resume/partial-file.js';
import {readPreviousOutput} from '../resume/previous-output.js';
import {resumeCommand} from '../resume/resume-command.js';
import {STOPPED} from '../scrape/retry-request.js';
import {scrapeToOutput} from '../scrape/scrape-to-output.js';
import {EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED} from './exit-codes.js';
import {exitForStop, stopAdvice, stopOf, stoppedRowsNote} from './stop-report.js';

/** The options of `screener scrape`, as commander hands them over. */
export interface ScrapeCommandOptions extends FetchCommandOptions, OutputCommandOptions {
  readonly via: 'quote' | 'screener';
  readonly resume?: boolean;
  readonly keepFailed?: boolean;
}


/** Runs `screener scrape FILE`; returns the exit status. */
export async function runScrapeCommand(file: string, options: ScrapeCommandOptions, signal: AbortSignal): Promise<number> {
  const selection = {raw: options.raw, format: options.format, fields: options.fields};
  checkOutputOptions(selection); // a bad --fields is a usage error before any request
  const {tickers, duplicates} = await readTickerList(file);
  await makeSavePagesFolder(options);
  if (duplicates.length > 0) {
    process.stderr.write(`screener: note: duplicate tickers kept once, at their first position: ${duplicates.join(', ')}\n`);
  }
  const kept = options.resume ? await rowsToKeep(tickers, options) : new Map<string, readonly string[]>();
  const destinationExisted = options.output !== undefined && (await exists(options.output));
  const output = options.output === undefined ? undefined : await openOutput(options.output);
  const progress = new ProgressLine(tickers.length - kept.size);
  let counts;
  try {
    counts = await scrapeToOutput(tickers, output?.stream ?? process.stdout, {
      ...sessionOptionsOf(options, signal),
      via: options.via,
      kept,
      output: {...selection, end: output !== undefined, warn: (line) => progress.print(line)},
      onOutcome(outcome) {
        progress.tick(outcome.ok);
        // Tickers not fetched because the run stopped are told of once, in the advice at the end.
        if (!outcome.ok && outcome.code !== STOPPED) progress.print(`screener: ${outcome.ticker}: ${outcome.message}`);
      },
    });
  } finally {
    progress.stop();
    await output?.close();
  }

  for (const line of formatSummary({mode: options.mode, workers: options.workers, total: tickers.length - kept.size, ...counts, ...stopOf(counts.stop)})) {
    process.stderr.write(`${line}\n`);
  }
  if (kept.size > 0) process.stderr.write(`resumed: ${kept.size} rows kept from the earlier run, ${tickers.length - kept.size} tickers fetched\n`);

  if (counts.interrupted) {
    const written = kept.size + counts.ok + counts.failed;
    // A new FILE, or one being resumed, takes the rows done so far; an existing FILE is never replaced by part of a run.
    if (output !== undefined && (options.resume || !destinationExisted)) await output.commit();
    const where = output === undefined ? 'stdout' : options.resume || !destinationExisted ? output.path : `${output.partialPath} (${output.path} is untouched)`;
    process.stderr.write(`screener: interrupted: ${written} of ${tickers.length} tickers done, written to ${where}\n`);
    if (output !== undefined) process.stderr.write(`screener: to fetch the rest: ${resumeCommand(process.argv.slice(2), file)}\n`);
    return EXIT_INTERRUPTED;
  }
  await output?.commit();
  if (counts.stop !== undefined) {
    const again = output === undefined ? undefined : resumeCommand(process.argv.slice(2), file);
    process.stderr.write(`${stopAdvice(counts.stop, stoppedRowsNote(counts.stop), again)}\n`);
    return exitForStop(counts.stop);
  }
  return counts.failed + failedRowsIn(kept, options) > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

/** Kept rows that were failures (--keep-failed): the file still has failed rows. */
function failedRowsIn(kept: ReadonlyMap<string, readonly string[]>, options: ScrapeCommandOptions): number {
  const errorAt = outputHeader(options).indexOf('Error');
  return errorAt === -1 ? 0 : [...kept.values()].filter((row) => (row[errorAt] ?? '') !== '').length;
}

/** The rows of the earlier run to keep: done ones, and failed ones too with --keep-failed. */
async function rowsToKeep(tickers: readonly string[], options: ScrapeCommandOptions): Promise<Map<string, readonly string[]>> {
  if (options.output === undefined) throw new UsageError('--resume needs -o FILE: the file whose run to finish');
  if (options.format !== 'csv') throw new UsageError(`--resume works with --format csv only, got --format ${options.format}`);
  const previous = await readPreviousOutput(options.output);
  const kept = new Map<string, readonly string[]>();
  if (previous === undefined) return kept;
  const header = outputHeader(options);
  if (previous.header.join('\u0000') !== header.join('\u0000')) {
    throw new UsageError(`${previous.source}: its columns differ from this run's; resume with the same --fields and --raw as the first run`);
  }
  const errorAt = header.indexOf('Error');
  const wanted = new Set(tickers);
  for (const [ticker, row] of previous.rows) {
    const done = errorAt === -1 || row[errorAt] === '' || options.keepFailed === true;
    if (wanted.has(ticker) && done) kept.set(ticker, row);
  }
  return kept;
}

/** The column names this run writes, in order. */
function outputHeader(options: ScrapeCommandOptions): string[] {
  return selectColumns({raw: options.raw, fields: options.fields}).columns.map((column) => column.name);
}
