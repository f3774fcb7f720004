import {parseTickerList} from '../input/ticker-list.js';
import type {HeaderNaming} from '../output/field-selection.js';
import {StringSink} from '../output/string-sink.js';
import {checkOutputOptions} from '../output/write-rows.js';
import {scrapeToOutput} from '../runs/scrape-to-output.js';
import {ProgressLine} from '../terminal/progress-line.js';
import {renderQuoteTable, type ShownRow} from '../terminal/quote-table.js';
import {makeCacheFolder, sessionOptionsOf, type FetchCommandOptions} from './command-options.js';
import {EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED} from './exit-codes.js';
import {scrapeIntoStream} from './scrape-command.js';
import {exitForStop, stopAdvice} from './stop-report.js';

/** The options of `screener quote`, as commander hands them over (format: 'table' on a terminal unless asked). */
export interface QuoteCommandOptions extends FetchCommandOptions {
  readonly format: 'table' | 'csv' | 'jsonl' | 'json';
  readonly fields?: string[];
  readonly raw?: boolean;
  readonly header: HeaderNaming;
  readonly scrapedAt?: boolean;
}

/**
 * `screener quote AAPL MSFT …`: a quick look at a few tickers. As a table (the values as the page
 * shows them, labels down the page) on a terminal or with --format table; otherwise the rows
 * `scrape` would write, on stdout.
 */
export async function runQuoteCommand(words: readonly string[], options: QuoteCommandOptions, signal: AbortSignal): Promise<number> {
  const {tickers} = parseTickerList(words.join(' '), 'the tickers given');
  await makeCacheFolder(options);
  const {format} = options;
  if (format !== 'table') return scrapeIntoStream(tickers, {kind: 'stdout'}, {...options, format, via: 'quote', table: 'snapshot'}, signal);
  const output = {raw: true, fields: options.fields, format: 'jsonl', end: true} as const;
  checkOutputOptions(output);
  const sink = new StringSink();
  const progress = new ProgressLine({total: tickers.length});
  const counts = await scrapeToOutput(tickers, sink, {
    ...sessionOptionsOf(options, signal),
    output,
    onSession: (session) => progress.watch(session),
    onOutcome: (outcome) => progress.tick(outcome.ok),
  }).finally(() => progress.stop());
  const rows = sink.text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ShownRow);
  if (rows.length > 0) process.stdout.write(renderQuoteTable(rows, process.stdout.columns ?? 100));
  if (counts.interrupted) return EXIT_INTERRUPTED;
  if (counts.stop !== undefined) {
    process.stderr.write(`${stopAdvice(counts.stop, undefined, undefined)}\n`);
    return exitForStop(counts.stop);
  }
  return counts.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}
