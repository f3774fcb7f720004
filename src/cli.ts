import {Command, CommanderError, Option} from 'commander';
import {
  fieldList,
  filterCodes,
  httpUrl,
  integerIn,
  durationSeconds,
  integerListIn,
  localAddresses,
  oneTicker,
  proxyUrls,
  rateSetting,
  requestsPerSecond,
  screenerCode,
  tableNames,
  shardSetting,
} from './option-parsers.js';
import {OUTPUT_TABLE_NAMES} from './output/table-names.js';
import {DEFAULT_MAX_BYTES} from './http/max-bytes.js';
import {setMaxListeners} from 'node:events';
import {readFileSync} from 'node:fs';
import {constants} from 'node:os';
import type {BenchCommandOptions} from './commands/bench-command.js';
import type {DoctorCommandOptions} from './commands/doctor-command.js';
import type {DemoCommandOptions} from './commands/demo-command.js';
import type {FieldsCommandOptions} from './commands/fields-command.js';

import {EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OUTPUT, EXIT_USAGE, exitStatusHelp} from './commands/exit-codes.js';
import type {QuoteCommandOptions} from './commands/quote-command.js';
import type {MergeCommandOptions} from './commands/merge-command.js';
import type {ScrapeCommandOptions} from './commands/scrape-command.js';
import type {ServeCommandOptions} from './commands/serve-command.js';
import type {StatementsCommandOptions} from './commands/statements-command.js';
import type {SymbolsCommandOptions} from './commands/symbols-command.js';
import type {ScreenCommandOptions} from './commands/screen-command.js';
import type {FiltersCommandOptions} from './commands/filters-command.js';
import {OutputError, UsageError} from './errors.js';
import {limitHeapGrowth} from './heap-growth.js';
import {VIEWS} from './screen/screener-query.js';

/**
 * Each command's module, loaded when that command runs: `--version`, `--help` and a command
 * load only what they use (the HTTP client, the parsers and the pool are not needed to print help).
 */
const commands = {
  scrape: () => import('./commands/scrape-command.js'),
  statements: () => import('./commands/statements-command.js'),
  symbols: () => import('./commands/symbols-command.js'),
  screen: () => import('./commands/screen-command.js'),
  fields: () => import('./commands/fields-command.js'),
  filters: () => import('./commands/filters-command.js'),
  quote: () => import('./commands/quote-command.js'),
  doctor: () => import('./commands/doctor-command.js'),
  demo: () => import('./commands/demo-command.js'),
  bench: () => import('./commands/bench-command.js'),
  serve: () => import('./commands/serve-command.js'),
  merge: () => import('./commands/merge-command.js'),
};

/** The command-line interface, without running it. */
export function buildProgram(signal: AbortSignal): Command {
  const program = new Command('screener')
    .description('Fetch Finviz fundamentals for a list of tickers, or for the matches of a screen, and write CSV or JSON.')
    .version(packageVersion())
    .addHelpText('after', exitStatusHelp())
    .exitOverride()
    .configureOutput({outputError: (message, write) => write(`screener: ${message.replace(/^error: /, '')}`)});

  const scrape = program
    .command('scrape')
    .description('Scrape the quote page of every ticker in FILE (or stdin for "-") and write one row per ticker.')
    .argument('<file>', 'ticker list: one or more tickers per line, separated by commas or spaces; # starts a comment; - reads stdin')
    .addOption(
      new Option(
        '--column <name>',
        "the list is a CSV file with a header (a broker's export): read the tickers from this column, e.g. Symbol",
      ),
    )
    .addOption(
      new Option('--via <source>', 'quote: one quote page per ticker; screener: 20 tickers a request through the screener (fewer fields)')
        .choices(['quote', 'screener'])
        .default('quote'),
    )
    .addOption(
      new Option('--table <name>', 'which table of the quote page to write: snapshot (a row a ticker), news, ratings, insider, profile')
        .choices(OUTPUT_TABLE_NAMES)
        .default('snapshot'),
    )
    .addOption(
      new Option(
        '--tables <names>',
        'several tables from the same one request a ticker, comma-separated, e.g. snapshot,news: a file each in the folder -o DIR',
      )
        .argParser(tableNames)
        .conflicts('table'),
    );
  for (const option of [shardOption(), ...sessionOptions(), ...outputOptions()]) scrape.addOption(option);
  scrape
    .addOption(
      new Option(
        '--resume',
        'with -o FILE, finish an earlier run of the same command: keep the rows it saved (FILE.journal, else FILE), fetch the rest and the failed',
      ),
    )
    .addOption(new Option('--keep-failed', 'with --resume, keep failed rows too instead of fetching them again'))
    .exitOverride()
    .action(async (file: string, options: ScrapeCommandOptions) => {
      process.exitCode = await (await commands.scrape()).runScrapeCommand(file, options, signal);
    });

  const statements = program
    .command('statements')
    .description("Fetch each ticker's income statement, balance sheet or cash flow from Finviz and write a row per line and period.")
    .argument('<file>', 'ticker list, as for scrape; - reads stdin')
    .addOption(new Option('--statement <name>', 'which statement').choices(['income', 'balance', 'cashflow']).default('income'))
    .addOption(new Option('--period <period>', 'annual or quarterly figures').choices(['annual', 'quarterly']).default('annual'))
    .addOption(new Option('--column <name>', 'the list is a CSV file with a header: read the tickers from this column'));
  const statementOutput = outputOptions().filter((option) => option.long !== '--raw' && option.long !== '--fields');
  for (const option of [shardOption(), ...sessionOptions(), ...statementOutput]) statements.addOption(option);
  statements
    .addOption(
      new Option(
        '--fields <list>',
        'columns to write, in this order, e.g. "Ticker,Period,Item,Value" (see screener fields --statement)',
      ).argParser(fieldList),
    )
    .addOption(
      new Option(
        '--resume',
        'with -o FILE, finish an earlier run of the same command: keep the rows it saved, fetch the rest and the failed',
      ),
    )
    .addOption(new Option('--keep-failed', 'with --resume, keep failed rows too instead of fetching them again'))
    .exitOverride()
    .action(async (file: string, options: StatementsCommandOptions) => {
      process.exitCode = await (await commands.statements()).runStatementsCommand(file, options, signal);
    });

  const symbols = program
    .command('symbols')
    .description('Print every stock ticker Finviz lists, one a line, from its sitemap (one request): for screener scrape -.');
  for (const option of sessionOptions()) symbols.addOption(option);
  symbols
    .addOption(new Option('-o, --output <file>', 'write to FILE instead of stdout; FILE is replaced whole when the list is read'))
    .exitOverride()
    .action(async (options: SymbolsCommandOptions) => {
      process.exitCode = await (await commands.symbols()).runSymbolsCommand(options, signal);
    });

  const screen = program
    .command('screen')
    .description("Fetch the rows of a Finviz screen, every page in parallel, and write them in the screener's order.")
    .addOption(
      new Option('--filters <codes>', 'Finviz filter codes, comma-separated, e.g. cap_large,sec_technology,fa_pe_u15').argParser(
        filterCodes,
      ),
    )
    .addOption(new Option('--signal <code>', 'a Finviz signal, e.g. ta_topgainers').argParser(screenerCode))
    .addOption(new Option('--order <code>', 'sort order, e.g. -marketcap (- for descending)').argParser(screenerCode))
    .addOption(new Option('--view <name>', 'which columns the screener pages show').choices(Object.keys(VIEWS)).default('overview'))
    .addOption(new Option('--limit <n>', 'at most this many rows').argParser(integerIn(1, 1_000_000)))
    .addOption(new Option('--tickers-only', 'write only the tickers, one a line (for screener scrape -)'));
  for (const option of [...sessionOptions(), ...outputOptions()]) screen.addOption(option);
  screen.exitOverride().action(async (options: ScreenCommandOptions) => {
    // --tickers-only writes bare tickers from the tickers view: these would be silently ignored.
    const ignored = ['view', 'format', 'fields', 'raw', 'header', 'scrapedAt'].filter(
      (name) => screen.getOptionValueSource(name) === 'cli',
    );
    if (options.tickersOnly && ignored.length > 0) {
      throw new UsageError(
        `--tickers-only writes tickers, one a line, from the tickers view; it takes no ${ignored.map(optionName).join(', ')}`,
      );
    }
    process.exitCode = await (await commands.screen()).runScreenCommand(options, signal);
  });

  const quote = program
    .command('quote')
    .description('A quick look at a few tickers: a readable table on a terminal, the rows scrape writes when piped.')
    .argument('<tickers...>', 'tickers, e.g. AAPL MSFT BRK-B')
    .addOption(
      new Option('--format <format>', 'table (the default on a terminal); csv (the default when piped), jsonl or json').choices([
        'table',
        'csv',
        'jsonl',
        'json',
      ]),
    )
    .addOption(
      new Option('--fields <list>', 'columns to show, e.g. "Ticker,P/E,Market Cap" (page labels in the table, as with --raw)').argParser(
        fieldList,
      ),
    )
    .addOption(new Option('--raw', 'with csv or json: values exactly as the page shows them'))
    .addOption(headerOption())
    .addOption(scrapedAtOption());
  for (const option of sessionOptions()) quote.addOption(option);
  quote
    .exitOverride()
    .action(async (tickers: string[], options: Omit<QuoteCommandOptions, 'format'> & {format?: QuoteCommandOptions['format']}) => {
      // A table for a person at a terminal, rows for a program reading a pipe, unless asked.
      const format = options.format ?? (process.stdout.isTTY ? 'table' : 'csv');
      // The table shows the page's labels and values: these would be silently ignored.
      const ignored = ['header', 'scrapedAt'].filter((name) => quote.getOptionValueSource(name) === 'cli');
      if (format === 'table' && ignored.length > 0) {
        throw new UsageError(
          `the table shows the page's labels and values; ${ignored.map(optionName).join(', ')} goes with --format csv, jsonl or json`,
        );
      }
      process.exitCode = await (await commands.quote()).runQuoteCommand(tickers, {...options, format}, signal);
    });

  program
    .command('merge')
    .description(
      "Merge the parts of a sharded run (files, or folders of tables) into one, in the list's order, proving no ticker missing or twice.",
    )
    .argument('<out>', 'the merged file (- for stdout), or the folder for folders of tables')
    .argument('<parts...>', 'the parts, in the order of their shards: files written by scrape -o, or folders of tables')
    .addOption(
      new Option('--tickers <file>', 'the list the parts were cut from: every ticker of it must be there once, and OUT follows its order'),
    )
    .addOption(new Option('--column <name>', 'with --tickers: the list is a CSV file; its tickers are in this column'))
    .addOption(
      new Option(
        '--rows-per-ticker <n>',
        'one (scrape, snapshot) or many (news, ratings, insider, profile); default: by the name of OUT',
      ).choices(['one', 'many']),
    )
    .exitOverride()
    .action(async (out: string, parts: string[], options: MergeCommandOptions) => {
      if (options.column !== undefined && options.tickers === undefined) throw new UsageError('--column goes with --tickers');
      process.exitCode = await (await commands.merge()).runMergeCommand(out, parts, options);
    });

  program
    .command('fields')
    .description('List the columns of the output, with their unit and meaning.')
    .addOption(new Option('--table <name>', 'the columns of this table').choices(OUTPUT_TABLE_NAMES).default('snapshot'))
    .addOption(new Option('--statement', 'the columns of screener statements instead').conflicts('table'))
    .exitOverride()
    .action(async (options: FieldsCommandOptions) => {
      process.exitCode = (await commands.fields()).runFieldsCommand(options);
    });

  program
    .command('filters')
    .description("List the filter, signal and order codes Finviz's screener offers today, read from its page 1, with their names.")
    .addOption(
      new Option('--format <format>', 'text (one code a line, grouped); csv or json for programs')
        .choices(['text', 'csv', 'json'])
        .default('text'),
    )
    .addOption(new Option('--base-url <url>', 'site to ask').default('https://finviz.com').argParser(httpUrl))
    .addOption(new Option('--timeout <ms>', 'time limit per request in ms; 0 for none').default(20_000).argParser(integerIn(0, 3_600_000)))
    .addOption(new Option('--proxy <url>', 'ask through this proxy; repeat to rotate among several').argParser(proxyUrls))
    .exitOverride()
    .action(async (options: FiltersCommandOptions) => {
      process.exitCode = await (await commands.filters()).runFiltersCommand(options, signal);
    });

  program
    .command('doctor')
    .description(
      'Ask the site for one quote page and one screener page, once each, and report what came back and whether screener reads it.',
    )
    .addOption(new Option('--ticker <ticker>', "the quote page's ticker").default('AAPL').argParser(oneTicker))
    .addOption(new Option('--base-url <url>', 'site to ask').default('https://finviz.com').argParser(httpUrl))
    .addOption(new Option('--timeout <ms>', 'time limit per request in ms; 0 for none').default(20_000).argParser(integerIn(0, 3_600_000)))
    .addOption(new Option('--proxy <url>', 'ask through this proxy').argParser(proxyUrls))
    .addOption(new Option('--local-address <ip>', 'connect from this address of this host').argParser(localAddresses))
    .addOption(new Option('--save <dir>', 'write the answers there, as they came, for a bug report'))
    .exitOverride()
    .action(async (options: DoctorCommandOptions) => {
      process.exitCode = await (await commands.doctor()).runDoctorCommand(options, signal);
    });

  program
    .command('demo')
    .description('Scrape a built-in stand-in for finviz.com on 127.0.0.1, in single and pool mode, and compare the timings.')
    .addOption(new Option('-w, --workers <n>', 'worker threads in pool mode').default(8).argParser(integerIn(1, 256)))
    .addOption(new Option('--latency <ms>', 'delay the stand-in adds to each response').default(100).argParser(integerIn(0, 60_000)))
    .exitOverride()
    .action(async (options: DemoCommandOptions) => {
      process.exitCode = await (await commands.demo()).runDemoCommand(options, signal);
    });

  program
    .command('serve')
    .description('Run the stand-in for finviz.com on 127.0.0.1 until Ctrl-C, and print its address: for pipelines and tests offline.')
    .addOption(new Option('--port <n>', 'port on 127.0.0.1; 0 for any free one').default(0).argParser(integerIn(0, 65_535)))
    .addOption(new Option('--latency <ms>', 'delay the stand-in adds to each response').default(0).argParser(integerIn(0, 60_000)))
    .addOption(new Option('--quote-layout <name>', "the quote pages' layout, e.g. old or new (default: the newest)"))
    .addOption(new Option('--screener-layout <name>', "the screener pages' layout, e.g. old or 2025 (default: the newest)"))
    .addOption(
      new Option('--rate-per-client <n>', 'requests a second allowed from each client address; beyond, 429 with Retry-After').argParser(
        requestsPerSecond,
      ),
    )
    .exitOverride()
    .action(async (options: ServeCommandOptions) => {
      process.exitCode = await (await commands.serve()).runServeCommand(options, signal);
    });

  program
    .command('bench')
    .description(
      'Measure single mode, the pool at each worker count and a bare fetch loop (the floor) against the stand-in site; print the table.',
    )
    .addOption(
      new Option('-w, --workers <list>', 'pool sizes, comma-separated')
        .default([1, 2, 4, 8, 16], '1,2,4,8,16')
        .argParser(integerListIn(1, 256)),
    )
    .addOption(new Option('--latency <ms>', 'delay the stand-in adds to each response').default(30).argParser(integerIn(0, 60_000)))
    .addOption(new Option('--pages <n>', 'pages (tickers) per run').default(300).argParser(integerIn(1, 1_000_000)))
    .addOption(new Option('--repeat <n>', 'runs of each kind; the table shows the median').default(1).argParser(integerIn(1, 99)))
    .addOption(new Option('--json <file>', 'also write the table as JSON'))
    .addOption(new Option('--svg <file>', 'also write an SVG chart of speedup against workers'))
    .exitOverride()
    .action(async (options: BenchCommandOptions) => {
      process.exitCode = await (await commands.bench()).runBenchCommand(options, signal);
    });

  return program;
}

/** --shard: taken by every command that reads a ticker list. */
export function shardOption(): Option {
  return new Option(
    '--shard <K/N|auto>',
    "take part K of N of the list (K from 0; contiguous parts, in list order), or auto[/N]: the part a scheduler's array index names",
  ).argParser(shardSetting);
}

/** How to talk to the site: shared by every command that fetches. */
function sessionOptions(): Option[] {
  return [
    new Option('-w, --workers <n>', 'worker threads in pool mode, and requests in flight').default(8).argParser(integerIn(1, 256)),
    new Option('-m, --mode <mode>', 'pool: worker threads; single: one request at a time').choices(['pool', 'single']).default('pool'),
    new Option('--base-url <url>', 'site to fetch from').default('https://finviz.com').argParser(httpUrl),
    new Option('--timeout <ms>', 'time limit per request in ms; 0 for none').default(20_000).argParser(integerIn(0, 3_600_000)),
    new Option('--concurrency <n>', 'requests in flight at once (default: --workers); may exceed it').argParser(integerIn(1, 1024)),
    new Option('--retries <n>', 'retries per request after faults (5xx, resets, timeouts, pages cut short)')
      .default(4)
      .argParser(integerIn(0, 20)),
    new Option('--rate <n|auto>', "requests per second, or auto: adapt to the site's throttling").default('auto').argParser(rateSetting),
    new Option('--proxy <url>', 'send requests through this proxy; repeat to rotate among several').argParser(proxyUrls),
    new Option(
      '--local-address <ip>',
      'connect from this address of this host (to the proxy, with --proxy); repeat to rotate among several',
    ).argParser(localAddresses),
    new Option('--max-bytes <n>', 'refuse a response larger than this, after decompression')
      .default(DEFAULT_MAX_BYTES)
      .argParser(integerIn(1024, 1024 ** 3)),
    new Option(
      '--save-pages <dir>',
      'keep every page that was not recognised or was short in DIR, named by ticker or query (for a bug report)',
    ),
    new Option('--cache <dir>', 'keep every good page in DIR, and read pages from there instead of the site while they are fresh'),
    new Option('--max-age <duration>', 'with --cache: how long a kept page is fresh: seconds, or 30m, 2h, 1d (default: 1h)').argParser(
      durationSeconds,
    ),
    new Option('--offline', 'with --cache: read only the cache, never the site; a page not there is a failed row'),
  ];
}

/** What to write and where: shared by scrape and screen. */
function outputOptions(): Option[] {
  return [
    new Option(
      '-o, --output <file>',
      'write to FILE instead of stdout; FILE is replaced whole when the run ends (a device, a FIFO or /dev/stdout is written through)',
    ),
    new Option('--format <format>', 'csv; jsonl: one JSON object a line; json: one array').choices(['csv', 'jsonl', 'json']).default('csv'),
    new Option('--fields <list>', 'columns to write, in this order, e.g. "Ticker,P/E,Market Cap" (see screener fields)').argParser(
      fieldList,
    ),
    new Option('--raw', 'values exactly as the page shows them, under its labels'),
    headerOption(),
    scrapedAtOption(),
  ];
}

/** --header page|snake: the columns' names as the page's, or as SQL identifiers. */
function headerOption(): Option {
  return new Option('--header <naming>', 'page: the names screener fields lists (P/E, Market Cap); snake: pe, market_cap, for SQL')
    .choices(['page', 'snake'])
    .default('page');
}

function scrapedAtOption(): Option {
  return new Option('--scraped-at', 'add a Scraped At column before Error: when the page was fetched, in UTC (2026-07-01T14:03:12Z)');
}

/** An option's attribute name as typed: scrapedAt -> --scraped-at. */
function optionName(attribute: string): string {
  return `--${attribute.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** The signals that end a run the way Ctrl-C does: docker and systemd stop with SIGTERM, a closed terminal sends SIGHUP. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Runs the CLI; sets process.exitCode rather than exiting, so output is flushed. */
export async function main(argv: readonly string[]): Promise<void> {
  limitHeapGrowth();
  const controller = new AbortController();
  // Every request in flight and every queued wait listens for Ctrl-C on this one signal.
  setMaxListeners(10_000, controller.signal);
  let received: NodeJS.Signals | undefined;
  const onSignal = (name: NodeJS.Signals) => {
    if (received !== undefined) process.exit(statusAfter(name)); // a second signal: leave now
    received = name;
    controller.abort(new Error(`interrupted (${name})`));
  };
  for (const name of STOP_SIGNALS) process.on(name, onSignal);
  // The reader of stderr may go (`screener … 2>&1 >/dev/null | head -1`): warnings are not worth the run, which goes on.
  process.stderr.on('error', () => undefined);
  // A command that writes stdout tells its failures itself (exit 6); this only keeps a late one from crashing the process.
  process.stdout.on('error', () => undefined);
  try {
    await buildProgram(controller.signal).parseAsync(argv, {from: 'node'});
    if (received !== undefined && process.exitCode === EXIT_INTERRUPTED) process.exitCode = statusAfter(received);
  } catch (error) {
    // Once a signal has aborted the run, whatever it threw on the way out is the interrupt.
    process.exitCode = received !== undefined ? statusAfter(received) : exitCodeFor(error);
  } finally {
    for (const name of STOP_SIGNALS) process.off(name, onSignal);
  }
}

/** 128 + the signal's number, as shells report a process a signal ended: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP. */
function statusAfter(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal];
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // --help and --version end through here too, with exit code 0.
    return error.exitCode === 0 ? 0 : EXIT_USAGE;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`screener: ${error.message}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof OutputError) {
    process.stderr.write(`screener: ${error.message}\n`);
    return EXIT_OUTPUT;
  }
  // A bug of ours: one line, and the stack only when DEBUG asks for it.
  const detail = process.env['DEBUG'] ? `\n${(error as Error).stack ?? String(error)}` : ' (set DEBUG=1 for the details)';
  process.stderr.write(`screener: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\n`);
  return EXIT_INTERNAL;
}

function packageVersion(): string {
  const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string};
  return packageJson.version;
}
