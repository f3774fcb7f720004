/** The exit statuses of every command; `screener --help` lists them from EXIT_STATUSES, as the README's table does. */
export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_BLOCKED = 3;
export const EXIT_NOT_RECOGNISED = 4;
export const EXIT_UNREACHABLE = 5;
export const EXIT_OUTPUT = 6;
/** A bug of screener's: one line on stderr (the stack with DEBUG set). */
export const EXIT_INTERNAL = 70;
/** A command's status when a signal ended it; cli.ts makes it 128 + the signal's number. */
export const EXIT_INTERRUPTED = 130;

/** Each status and what it means, in one line each. */
export const EXIT_STATUSES: ReadonlyArray<readonly [number, string]> = [
  [EXIT_OK, 'every ticker has a good row'],
  [EXIT_SOME_FAILED, 'one or more tickers failed; every row, failed or not, was still written'],
  [EXIT_USAGE, 'usage or input error, before any request'],
  [EXIT_BLOCKED, 'the site blocked the run (a challenge page, 403s in a row, or nothing but throttling for 5 minutes)'],
  [EXIT_NOT_RECOGNISED, 'pages in a row were not recognised: Finviz may have changed its layout'],
  [EXIT_UNREACHABLE, 'the site could not be reached, several times in a row'],
  [EXIT_OUTPUT, 'the output could not be written (disk full, permission, the reader gone): rows done are kept, the resume command printed'],
  [EXIT_INTERNAL, "an internal error (a bug of screener's: please report it with the line it printed, or its stack with DEBUG=1)"],
  [EXIT_INTERRUPTED, 'interrupted by Ctrl-C (SIGINT); 143 for SIGTERM, 129 for SIGHUP'],
];

/** The exit statuses as `--help` lists them. */
export function exitStatusHelp(): string {
  return ['', 'Exit status:', ...EXIT_STATUSES.map(([code, meaning]) => `  ${String(code).padStart(3)}  ${meaning}`)].join('\n');
}
