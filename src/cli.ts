import {Command, CommanderError, Option} from 'commander';
import {httpUrl, integerIn, proxyUrls, rateSetting} from './cli/option-parsers.js';
import {DEFAULT_MAX_BYTES} from './http/fetch-page.js';
import {readFileSync} from 'node:fs';
import {runDemoCommand, type DemoCommandOptions} from './commands/demo-command.js';
import {fieldList, runFieldsCommand} from './commands/fields-command.js';
import {EXIT_INTERRUPTED, EXIT_USAGE, runScrapeCommand, type ScrapeCommandOptions} from './commands/scrape-command.js';
import {UsageError} from './errors.js';

/** The command-line interface, without running it. */
export function buildProgram(signal: AbortSignal): Command {
  const program = new Command('screener')
    .description('Fetch Finviz quote-page fundamentals for a list of tickers and write CSV.')
    .version(packageVersion())
    .exitOverride()
    .configureOutput({outputError: (message, write) => write(`screener: ${message.replace(/^error: /, '')}`)});

  program
    .command('scrape')
    .description('Scrape the quote page of every ticker in FILE (or stdin for "-") and write one CSV row per ticker.')
    .argument('<file>', 'ticker list: one or more tickers per line, separated by commas or spaces; # starts a comment; - reads stdin')
    .addOption(new Option('-w, --workers <n>', 'worker threads in pool mode, and requests in flight').default(8).argParser(integerIn(1, 256)))
    .addOption(new Option('-m, --mode <mode>', 'pool: worker threads; single: one request at a time').choices(['pool', 'single']).default('pool'))
    .addOption(new Option('--base-url <url>', 'site to fetch from').default('https://finviz.com').argParser(httpUrl))
    .addOption(new Option('--timeout <ms>', 'time limit per request in ms; 0 for none').default(20_000).argParser(integerIn(0, 3_600_000)))
    .addOption(new Option('--concurrency <n>', 'requests in flight at once (default: --workers); may exceed it').argParser(integerIn(1, 1024)))
    .addOption(new Option('--retries <n>', 'retries per ticker after faults (5xx, resets, timeouts, pages cut short)').default(4).argParser(integerIn(0, 20)))
    .addOption(new Option('--rate <n|auto>', 'requests per second, or auto: adapt to the site\'s throttling').default('auto').argParser(rateSetting))
    .addOption(new Option('--proxy <url>', 'send requests through this proxy; repeat to rotate among several').argParser(proxyUrls))
    .addOption(new Option('--max-bytes <n>', 'refuse a response larger than this, after decompression').default(DEFAULT_MAX_BYTES).argParser(integerIn(1024, 1024 ** 3)))
    .addOption(new Option('-o, --output <file>', 'write to FILE instead of stdout: rows go to FILE.partial as they come, renamed to FILE when the run ends'))
    .addOption(new Option('--resume', 'finish an earlier run of the same command: keep the rows FILE (or FILE.partial) has, fetch the rest and the failed'))
    .addOption(new Option('--keep-failed', 'with --resume, keep failed rows too instead of fetching them again'))
    .addOption(new Option('--format <format>', 'csv; jsonl: one JSON object a line; json: one array').choices(['csv', 'jsonl', 'json']).default('csv'))
    .addOption(new Option('--fields <list>', 'columns to write, in this order, e.g. "Ticker,P/E,Market Cap" (see screener fields)').argParser(fieldList))
    .addOption(new Option('--raw', 'values exactly as the page shows them, under its labels'))
    .exitOverride()
    .action(async (file: string, options: ScrapeCommandOptions) => {
      process.exitCode = await runScrapeCommand(file, options, signal);
    });

  program
    .command('fields')
    .description('List the columns of the output, with their unit and meaning.')
    .exitOverride()
    .action(() => {
      process.exitCode = runFieldsCommand();
    });

  program
    .command('demo')
    .description('Scrape a built-in stand-in for finviz.com on 127.0.0.1, in single and pool mode, and compare the timings.')
    .addOption(new Option('-w, --workers <n>', 'worker threads in pool mode').default(8).argParser(integerIn(1, 256)))
    .addOption(new Option('--latency <ms>', 'delay the stand-in adds to each response').default(100).argParser(integerIn(0, 60_000)))
    .exitOverride()
    .action(async (options: DemoCommandOptions) => {
      process.exitCode = await runDemoCommand(options, signal);
    });

  return program;
}

/** Runs the CLI; sets process.exitCode rather than exiting, so output is flushed. */
export async function main(argv: readonly string[]): Promise<void> {
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED); // a second Ctrl-C: leave now
    controller.abort(new Error('interrupted'));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await buildProgram(controller.signal).parseAsync(argv, {from: 'node'});
  } catch (error) {
    process.exitCode = exitCodeFor(error);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
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
  throw error;
}

function packageVersion(): string {
  const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string};
  return packageJson.version;
}
