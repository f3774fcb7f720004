import {readFile} from 'node:fs/promises';
import {isAbsolute, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {startStandInServer} from '../demo/stand-in-server.js';
import {parseTickerList} from '../input/ticker-list.js';
import {StringSink} from '../output/string-sink.js';
import {scrapeToOutput, type ScrapeCounts} from '../runs/scrape-to-output.js';
import type {ScrapeMode} from '../scrape/scrape.js';
import type {QuoteTableName} from '../finviz/quote-tables/index.js';
import {EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED} from './exit-codes.js';

const EXAMPLE_TICKERS = new URL('../../examples/tickers.txt', import.meta.url);

export interface DemoCommandOptions {
  readonly workers: number;
  /** Delay the stand-in adds to every response, in ms. */
  readonly latency: number;
}

/**
 * `screener demo`: serves generated 2026-layout quote pages from 127.0.0.1,
 * scrapes the example list in single and pool mode, and compares.
 */
export async function runDemoCommand(options: DemoCommandOptions, signal: AbortSignal): Promise<number> {
  const {tickers} = parseTickerList(await readFile(EXAMPLE_TICKERS, 'utf8'), 'examples/tickers.txt');
  const server = await startStandInServer({latencyMs: options.latency});
  const say = (line: string) => process.stdout.write(`${line}\n`);
  try {
    say(
      `Stand-in for finviz.com at ${server.origin}, ${options.latency} ms per response; ${tickers.length} tickers from examples/tickers.txt.`,
    );
    const runs: Record<ScrapeMode, {csv: string; counts: ScrapeCounts} | undefined> = {single: undefined, pool: undefined};
    for (const mode of ['single', 'pool'] as const) {
      say(`Scraping in ${mode} mode…`);
      const sink = new StringSink();
      const counts = await scrapeToOutput(tickers, sink, {
        mode,
        workers: options.workers,
        baseUrl: server.origin,
        timeoutMs: 20_000,
        signal,
        output: {end: true},
      });
      if (counts.interrupted) return EXIT_INTERRUPTED;
      runs[mode] = {csv: sink.text, counts};
      const how = mode === 'single' ? 'one request at a time' : `${options.workers} workers`;
      say(`  ${mode}: ${counts.ok} ok, ${counts.failed} failed in ${counts.seconds.toFixed(2)} s (${how})`);
    }
    const single = runs.single!;
    const pool = runs.pool!;
    say('');
    say('Head of the CSV (first 4 rows, first 12 columns):');
    for (const line of single.csv.split('\n').slice(0, 5)) say(`  ${firstFields(line, 12)}`);
    const news = await tableOf(tickers[0]!, 'news', server.origin, signal);
    if (news === undefined) return EXIT_INTERRUPTED;
    say('');
    say(`The news table of ${tickers[0]} (screener scrape FILE --table news), from the same kind of page:`);
    for (const line of news.split('\n').slice(0, 5)) say(`  ${line}`);
    say('');
    say(
      `single ${single.counts.seconds.toFixed(2)} s, pool ${pool.counts.seconds.toFixed(2)} s: pool is ${(single.counts.seconds / pool.counts.seconds).toFixed(1)}x faster.`,
    );
    say(single.csv === pool.csv ? 'Both modes wrote byte-identical CSV.' : 'WARNING: the two modes wrote different CSV.');
    say(`On a machine that reaches finviz.com: screener scrape ${exampleListPath()} > fundamentals.csv`);
    const failed = single.counts.failed + pool.counts.failed;
    return single.csv === pool.csv && failed === 0 ? EXIT_OK : EXIT_SOME_FAILED;
  } finally {
    await server.close();
  }
}

/** One ticker's rows of a quote-page table, as CSV; undefined when interrupted. */
async function tableOf(ticker: string, table: QuoteTableName, baseUrl: string, signal: AbortSignal): Promise<string | undefined> {
  const sink = new StringSink();
  const counts = await scrapeToOutput([ticker], sink, {
    baseUrl,
    mode: 'single',
    workers: 1,
    timeoutMs: 20_000,
    tables: [table],
    signal,
    output: {table, end: true},
  });
  return counts.interrupted ? undefined : sink.text;
}

/** The example list as the user can type it: relative to here when it is below (a clone), else absolute (an installed package). */
function exampleListPath(): string {
  const path = fileURLToPath(EXAMPLE_TICKERS);
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith('..') || isAbsolute(fromHere) ? path : fromHere;
}

/** Cuts a CSV line after `count` fields (quotes respected), for a readable preview. */
function firstFields(line: string, count: number): string {
  let fields = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted && ++fields === count) return `${line.slice(0, i)},…`;
  }
  return line;
}
